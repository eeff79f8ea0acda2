//! Issue 13: first-call lines as a native speaker says them, per language, for inputs from the
//! review corpus and others of the same kinds. What each table checks:
//!
//! - the need-first opener says the need right before the question that points back at it
//!   ("How are you going about it?", "Hur jobbar ni med det i dag?", "Hoe is dat bij …?",
//!   "Welche Rolle spielt das Thema bei Ihnen?"), so "it" never points at the hook or the
//!   reason, and names the need and the company once;
//! - a comparative or verb-phrase need gets a frame that fits it ("cutting delivery times",
//!   "att få kortare leveranstider", "werken aan kortere levertijden", "om nieuwe verkopers
//!   snel op stoom te krijgen", "mit einem neuen Kassensystem");
//! - Swedish asks about the company's practice with "ni" and the person with "du";
//! - a Dutch first call greets a first name with "Hallo", not "Hoi";
//! - with a hook, the need-first opener goes from the hook to the need without the reason
//!   (the hook-first opener says it): three sentences, not five, before the question;
//! - no legal form is said.

use warmcall_coach::opener::{build_openers, discovery_questions, OpenerStyle, PrepInput};
use warmcall_coach::Lang;

/// name, role, company, hook, need, reason
type Card<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str, &'a str);

fn prep(lang: Lang, (name, role, company, hook, need, reason): Card) -> PrepInput {
    PrepInput {
        lang: Some(lang),
        contact_name: name.to_owned(),
        role: role.to_owned(),
        company: company.to_owned(),
        hook: hook.to_owned(),
        need: need.to_owned(),
        reason: reason.to_owned(),
        ..PrepInput::default()
    }
}

fn opener(lang: Lang, card: Card, style: OpenerStyle) -> String {
    build_openers(&prep(lang, card), lang)
        .into_iter()
        .find(|opener| opener.style == style)
        .map(|opener| opener.text)
        .unwrap_or_default()
}

/// Each case: the card, the need-first opener, the first discovery question.
fn check(lang: Lang, cases: &[(Card, &str, &str)]) {
    for (card, need_first, question) in cases {
        assert_eq!(opener(lang, *card, OpenerStyle::NeedFirst), *need_first);
        assert_eq!(discovery_questions(&prep(lang, *card), lang)[0], *question);
    }
}

#[test]
fn english() {
    check(
        Lang::En,
        &[
            (
                ("Anna Holm", "Head of Sales", "Nordic Freight Ltd", "your new warehouse in Malmö", "onboarding new sellers", "a way to cut onboarding time"),
                "Hi Anna! I read about your new warehouse in Malmö. A lot of companies like Nordic Freight are working on onboarding new sellers at the moment. How are you going about it?",
                "How are you going about onboarding new sellers at Nordic Freight?",
            ),
            (
                ("Tom", "Operations Manager", "Harbour Logistics", "the interview with you in Logistics Weekly", "shorter delivery times", ""),
                "Hi Tom! I read your interview in Logistics Weekly. A lot of companies like Harbour Logistics are working on cutting delivery times at the moment. How are you going about it?",
                "How are you going about cutting delivery times at Harbour Logistics?",
            ),
            (
                ("Priya Shah", "CFO", "St Mary's Hospital", "", "tighter cost control", ""),
                "Hi Priya! A lot of organisations like St Mary's Hospital are working on tightening cost control at the moment. How are you going about it?",
                "How are you going about tightening cost control at St Mary's Hospital?",
            ),
            (
                ("Mr Patel", "Procurement Director", "Patel & Sons Ltd", "your expansion into Scotland", "a second supplier", "we help wholesalers like you halve stock-outs"),
                "Hello Mr Patel! I read about your expansion into Scotland. A lot of companies like Patel & Sons are looking for a second supplier at the moment. How are you going about it?",
                "How are you going about finding a second supplier at Patel & Sons?",
            ),
            (
                ("Sam Reed", "Finance Director", "Acme Foods Ltd", "your new plant in Leeds", "lower energy costs", ""),
                "Hi Sam! I read about your new plant in Leeds. A lot of companies like Acme Foods are working on reducing energy costs at the moment. How are you going about it?",
                "How are you going about reducing energy costs at Acme Foods?",
            ),
            (
                ("Jo", "", "Dales Dairy", "", "faster invoicing", ""),
                "Hi Jo! A lot of companies like Dales Dairy are working on speeding up invoicing at the moment. How are you going about it?",
                "How are you going about speeding up invoicing at Dales Dairy?",
            ),
            (
                ("Ben Ford", "Head of Customer Success", "Cloudly", "", "reduce churn", ""),
                "Hi Ben! A lot of companies like Cloudly are working on reducing churn at the moment. How are you going about it?",
                "How are you going about reducing churn at Cloudly?",
            ),
        ],
    );
}

#[test]
fn swedish() {
    check(
        Lang::Sv,
        &[
            (
                ("Erik", "driftchef", "Hamnlogistik i Gävle", "intervjun med dig i Dagens Industri", "kortare leveranstider", ""),
                "Hej Erik! Jag läste intervjun med dig i Dagens Industri. Många företag som Hamnlogistik i Gävle jobbar just nu med att få kortare leveranstider. Hur jobbar ni med det i dag?",
                "Hur jobbar ni med att få kortare leveranstider på Hamnlogistik i Gävle i dag?",
            ),
            (
                ("Karin Ström", "ekonomichef", "Region Skåne", "", "bättre kostnadskontroll", ""),
                "Hej Karin! Många organisationer som Region Skåne jobbar just nu med att få bättre kostnadskontroll. Hur jobbar ni med det i dag?",
                "Hur jobbar ni med att få bättre kostnadskontroll på Region Skåne i dag?",
            ),
            (
                ("Lars Berg", "inköpschef", "Bergs Bygg AB", "er expansion till Norrland", "ett nytt affärssystem", ""),
                "Hej Lars! Jag läste om er expansion till Norrland. Många företag som Bergs Bygg tittar just nu på ett nytt affärssystem. Hur ser ni på det i dag?",
                "Hur ser ni på ett nytt affärssystem på Bergs Bygg i dag?",
            ),
            (
                ("Sara", "HR-chef", "Malmö stad", "", "färre sjukskrivningar", ""),
                "Hej Sara! Många organisationer som Malmö stad jobbar just nu med att få färre sjukskrivningar. Hur jobbar ni med det i dag?",
                "Hur jobbar ni med att få färre sjukskrivningar på Malmö stad i dag?",
            ),
            (
                ("Per", "vd", "Lindgrens Åkeri AB", "", "minska bränslekostnaderna", ""),
                "Hej Per! Många företag som Lindgrens Åkeri jobbar just nu med att minska bränslekostnaderna. Hur jobbar ni med det i dag?",
                "Hur jobbar ni med att minska bränslekostnaderna på Lindgrens Åkeri i dag?",
            ),
        ],
    );
    // The person is "du", also when the rep asks for the formal register: "ni" to one person
    // is dated.
    let formal = PrepInput {
        formal: Some(true),
        ..prep(
            Lang::Sv,
            ("Lars Berg", "inköpschef", "Bergs Bygg AB", "", "", ""),
        )
    };
    assert_eq!(
        discovery_questions(&formal, Lang::Sv)[1],
        "Vad tar mest tid för dig som inköpschef just nu?"
    );
}

#[test]
fn norwegian() {
    check(
        Lang::Nb,
        &[
            (
                ("Ola", "driftssjef", "Havnelogistikk Drammen", "intervjuet med deg i Dagens Næringsliv", "kortere leveringstider", ""),
                "Hei Ola! Jeg leste intervjuet med deg i Dagens Næringsliv. Mange bedrifter som Havnelogistikk Drammen jobber for tiden med å få kortere leveringstider. Hvordan jobber dere med det i dag?",
                "Hvordan jobber dere med å få kortere leveringstider i Havnelogistikk Drammen i dag?",
            ),
            (
                ("Lars Johansen", "innkjøpssjef", "Johansen Bygg AS", "utvidelsen deres til Nord-Norge", "et nytt økonomisystem", "vi hjelper byggefirmaer som deres med å halvere administrasjonen"),
                "Hei Lars! Jeg leste om utvidelsen deres til Nord-Norge. Mange bedrifter som Johansen Bygg jobber for tiden med å få på plass et nytt økonomisystem. Hvordan jobber dere med det i dag?",
                "Hvordan jobber dere med å få på plass et nytt økonomisystem i Johansen Bygg i dag?",
            ),
            (
                ("Marte", "økonomisjef", "Sykehuset Østfold", "", "bedre kostnadskontroll", ""),
                "Hei Marte! Mange sykehus som Sykehuset Østfold jobber for tiden med å få bedre kostnadskontroll. Hvordan jobber dere med det i dag?",
                "Hvordan jobber dere med å få bedre kostnadskontroll på Sykehuset Østfold i dag?",
            ),
            (
                ("Tone", "HR-sjef", "Bergen kommune", "", "redusere sykefraværet", ""),
                "Hei Tone! Mange offentlige virksomheter som Bergen kommune jobber for tiden med å redusere sykefraværet. Hvordan jobber dere med det i dag?",
                "Hvordan jobber dere med å redusere sykefraværet i Bergen kommune i dag?",
            ),
        ],
    );
}

#[test]
fn dutch() {
    check(
        Lang::Nl,
        &[
            (
                ("Daan", "operationeel manager", "Van Dijk Transport B.V.", "", "kortere levertijden", ""),
                "Hallo Daan! Veel bedrijven willen op dit moment kortere levertijden. Hoe is dat bij Van Dijk Transport?",
                "Hoe werken jullie bij Van Dijk Transport aan kortere levertijden?",
            ),
            (
                ("meneer Jansen", "inkoopmanager", "Jansen Bouw B.V.", "uw uitbreiding naar Groningen", "een nieuw ERP-systeem", ""),
                "Goedendag meneer Jansen! Ik las over uw uitbreiding naar Groningen. Veel bedrijven zijn op dit moment bezig met een nieuw ERP-systeem. Hoe is dat bij Jansen Bouw?",
                "Hoe staat het bij Jansen Bouw met een nieuw ERP-systeem?",
            ),
            (
                ("Mark", "inkoper", "Bouwbedrijf Jansen B.V.", "jullie nieuwe vestiging in Zwolle", "de planning verbeteren", ""),
                "Hallo Mark! Ik las over jullie nieuwe vestiging in Zwolle. Veel bedrijven willen de planning verbeteren. Hoe pakken jullie dat aan?",
                "Hoe pakken jullie het bij Bouwbedrijf Jansen aan om de planning te verbeteren?",
            ),
            (
                ("Lisa", "praktijkmanager", "Fysio Oost", "", "nieuwe patiënten sneller inplannen", ""),
                "Hallo Lisa! Veel praktijken willen nieuwe patiënten sneller inplannen. Hoe pakken jullie dat aan?",
                "Hoe pakken jullie het bij Fysio Oost aan om nieuwe patiënten sneller in te plannen?",
            ),
            (
                ("Eva", "directeur", "Gemeente Utrecht", "", "minder papierwerk", ""),
                "Hallo Eva! Veel organisaties willen op dit moment minder papierwerk. Hoe is dat bij de gemeente Utrecht?",
                "Hoe werken jullie bij de gemeente Utrecht aan minder papierwerk?",
            ),
        ],
    );
}

#[test]
fn german() {
    check(
        Lang::De,
        &[
            (
                ("Herr Kraus", "Einkaufsleiter", "Kraus Metall GmbH", "Ihr Interview im Handelsblatt", "einen zweiten Lieferanten", ""),
                "Guten Tag Herr Kraus! Ich habe Ihr Interview im Handelsblatt gelesen. Viele in der Branche wünschen sich gerade einen zweiten Lieferanten. Welche Rolle spielt das Thema bei Ihnen?",
                "Wie sieht es bei Kraus Metall gerade mit einem zweiten Lieferanten aus?",
            ),
            (
                ("Frau Roth", "Leiterin IT", "Stadtwerke Kiel", "Ihren LinkedIn-Beitrag über die Cloud", "eine bessere Planung der Einsätze", ""),
                "Guten Tag Frau Roth! Ich habe Ihren LinkedIn-Beitrag über die Cloud gesehen. Viele in der Branche wünschen sich gerade eine bessere Planung der Einsätze. Welche Rolle spielt das Thema bei Ihnen?",
                "Wie sieht es bei den Stadtwerken Kiel gerade mit einer besseren Planung der Einsätze aus?",
            ),
            (
                ("Jonas Becker", "Leiter IT", "Stadtwerke Bielefeld", "die Ausschreibung für das neue Kundenportal", "die Digitalisierung der Zählerablesung", ""),
                "Guten Tag Herr Becker! Ich habe die Ausschreibung für das neue Kundenportal mitbekommen. Viele in der Branche haben gerade die Digitalisierung der Zählerablesung ganz oben auf der Agenda. Welche Rolle spielt das Thema bei Ihnen?",
                "Was ist bei den Stadtwerken Bielefeld gerade für die Digitalisierung der Zählerablesung geplant?",
            ),
        ],
    );
}
