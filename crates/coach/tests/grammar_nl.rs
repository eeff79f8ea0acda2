//! Dutch grammar for the rep's words inside the coach's lines (issue 13), one table per class,
//! with inputs from the Dutch review corpus and the lines the native review asked for.

use chrono::NaiveDate;
use proptest::prelude::*;
use warmcall_coach::followup::{build_follow_up, FollowUpInput};
use warmcall_coach::grammar::nl;
use warmcall_coach::opener::{build_openers, discovery_questions, OpenerStyle, PrepInput};
use warmcall_coach::settings::Settings;
use warmcall_coach::Lang;

mod support;
use support::{at, date};

/// Pronoun placement: weak object pronouns go before the due phrase, the verbs after a
/// trailing phrase; a determiner stays where it is.
#[test]
fn pronouns_go_before_the_due_phrase() {
    let cases = [
        // (action, due, formal, clause)
        (
            "mij de cijfers sturen",
            Some("uiterlijk 2 december"),
            false,
            "je zou me uiterlijk 2 december de cijfers sturen",
        ),
        (
            "het laten bekijken door de jurist",
            Some("uiterlijk 27 november"),
            false,
            "je zou het uiterlijk 27 november door de jurist laten bekijken",
        ),
        (
            "ons laten weten welk pakket jullie kiezen",
            Some("gisteren"),
            false,
            "je zou ons gisteren laten weten welk pakket jullie kiezen",
        ),
        (
            "ons vergelijken met jullie huidige leverancier",
            Some("gisteren"),
            false,
            "je zou ons gisteren met jullie huidige leverancier vergelijken",
        ),
        (
            "het voorleggen aan het Amphia Ziekenhuis",
            Some("gisteren"),
            false,
            "je zou het gisteren aan het Amphia Ziekenhuis voorleggen",
        ),
        (
            "het bespreken met de raad van bestuur",
            Some("gisteren"),
            false,
            "je zou het gisteren met de raad van bestuur bespreken",
        ),
        // "hun vragen" would read as "their questions".
        (
            "hun vragen naar de startdatum",
            None,
            false,
            "je zou ze naar de startdatum vragen",
        ),
        (
            "het ons laten weten",
            Some("uiterlijk vrijdag"),
            false,
            "je zou het ons uiterlijk vrijdag laten weten",
        ),
        // Determiners, not pronouns: the words stay as typed.
        (
            "het budget met het bestuur bekijken",
            Some("uiterlijk vrijdag"),
            false,
            "je zou uiterlijk vrijdag het budget met het bestuur bekijken",
        ),
        (
            "ons voorstel doorsturen naar de directie",
            Some("vandaag"),
            false,
            "je zou vandaag ons voorstel doorsturen naar de directie",
        ),
        (
            "het inwerken van nieuwe verkopers regelen",
            Some("vandaag"),
            false,
            "je zou vandaag het inwerken van nieuwe verkopers regelen",
        ),
        (
            "hun wensen doorgeven",
            Some("vandaag"),
            false,
            "je zou vandaag hun wensen doorgeven",
        ),
        // A clause after the verbs stays after them.
        (
            "het bespreken met IT of dat kan",
            Some("vandaag"),
            false,
            "je zou het vandaag bespreken met IT of dat kan",
        ),
        ("", Some("vandaag"), false, "je zou vandaag"),
    ];
    for (action, due, formal, clause) in cases {
        let subject = if formal { "u" } else { "je" };
        assert_eq!(
            nl::promise(subject, due, action, formal),
            clause,
            "{action}"
        );
    }
}

/// Reflexives agree with the subject: "je zou je verdiepen", "u zou zich verdiepen".
#[test]
fn the_reflexive_agrees_with_the_subject() {
    let cases = [
        (
            "zich verdiepen in de koppeling met jullie ERP",
            false,
            "je zou je gisteren in de koppeling met jullie ERP verdiepen",
        ),
        (
            "zich verdiepen in de koppeling met jullie ERP",
            true,
            "u zou zich gisteren in de koppeling met jullie ERP verdiepen",
        ),
        (
            "je verdiepen in de koppeling",
            true,
            "u zou zich gisteren in de koppeling verdiepen",
        ),
        (
            "u aanmelden voor de demo",
            false,
            "je zou je gisteren voor de demo aanmelden",
        ),
    ];
    for (action, formal, clause) in cases {
        let subject = if formal { "u" } else { "je" };
        assert_eq!(
            nl::promise(subject, Some("gisteren"), action, formal),
            clause
        );
    }
}

/// Register: the rep's words take the line's je or u; "jullie" fits both.
#[test]
fn the_reps_words_take_the_lines_register() {
    let cases = [
        (
            "je bericht op LinkedIn over werving",
            true,
            "uw bericht op LinkedIn over werving",
        ),
        (
            "het interview met je in het FD",
            true,
            "het interview met u in het FD",
        ),
        (
            "het bericht dat je schreef",
            true,
            "het bericht dat u schreef",
        ),
        ("jouw nieuwe rol", true, "uw nieuwe rol"),
        (
            "uw uitbreiding naar Groningen",
            false,
            "je uitbreiding naar Groningen",
        ),
        (
            "het interview met u in het FD",
            false,
            "het interview met jou in het FD",
        ),
        ("Uw nieuwe vestiging", false, "Je nieuwe vestiging"),
        (
            "jullie nieuwe magazijn in Tilburg",
            true,
            "jullie nieuwe magazijn in Tilburg",
        ),
        (
            "jullie nieuwe magazijn in Tilburg",
            false,
            "jullie nieuwe magazijn in Tilburg",
        ),
    ];
    for (text, formal, expected) in cases {
        assert_eq!(nl::register(text, formal), expected, "{text}");
    }
    // A courtesy title makes the line formal, as the greeting already is.
    assert!(nl::formal(false, "meneer Jansen"));
    assert!(nl::formal(false, "Mevr. Bakker"));
    assert!(!nl::formal(false, "Sanne de Vries"));
    assert!(nl::formal(true, "Sanne"));
}

/// Organisation names: no legal form in speech, an article where a generic noun asks for one.
#[test]
fn organisation_names_take_their_article_and_lose_their_legal_form() {
    let cases = [
        ("Bakkerij de Vries B.V.", "Bakkerij de Vries"),
        ("Van Dijk Transport B.V", "Van Dijk Transport"),
        ("Jansen Bouw BV", "Jansen Bouw"),
        ("Philips N.V.", "Philips"),
        ("Amphia Ziekenhuis", "het Amphia Ziekenhuis"),
        ("Gemeente Utrecht", "de gemeente Utrecht"),
        ("Provincie Noord-Brabant", "de provincie Noord-Brabant"),
        ("Universiteit Utrecht", "de Universiteit Utrecht"),
        ("Maasstad Ziekenhuis", "het Maasstad Ziekenhuis"),
        ("Erasmus MC", "het Erasmus MC"),
        ("Rivas Zorgcentrum", "het Rivas Zorgcentrum"),
        // A practice in the town centre, not an institution called "centrum".
        ("Tandartspraktijk Centrum", "Tandartspraktijk Centrum"),
        ("Woonstichting De Kempen", "Woonstichting De Kempen"),
        ("De Vries Makelaars", "De Vries Makelaars"),
        ("Rabobank", "Rabobank"),
        ("", ""),
    ];
    for (name, said) in cases {
        assert_eq!(nl::organisation(name), said, "{name}");
    }
    assert_eq!(
        nl::spoken("met Van Dijk Transport B.V., en daarna"),
        "met Van Dijk Transport, en daarna"
    );
}

/// Hooks: what one reads or sees directly is read or seen, not read about.
#[test]
fn the_hook_takes_the_verb_that_fits_it() {
    let cases = [
        (
            "jullie nieuwe vestiging in Eindhoven",
            false,
            "Ik las over jullie nieuwe vestiging in Eindhoven",
        ),
        (
            "je bericht op LinkedIn over werving",
            false,
            "Ik zag je bericht op LinkedIn over werving",
        ),
        (
            "je bericht op LinkedIn over werving",
            true,
            "Ik zag uw bericht op LinkedIn over werving",
        ),
        (
            "het interview met u in het FD",
            false,
            "Ik las het interview met jou in het FD",
        ),
        (
            "je artikel in Computable",
            false,
            "Ik las je artikel in Computable",
        ),
        ("jullie jaarverslag", false, "Ik las jullie jaarverslag"),
        (
            "je podcast over inkoop",
            false,
            "Ik hoorde je podcast over inkoop",
        ),
        (
            "uw uitbreiding naar Groningen",
            true,
            "Ik las over uw uitbreiding naar Groningen",
        ),
        // "over" before the head: the head is "nieuws", not "artikel".
        (
            "het nieuws over jullie overname",
            false,
            "Ik las over het nieuws over jullie overname",
        ),
    ];
    for (hook, formal, sentence) in cases {
        assert_eq!(nl::hook_sentence(hook, formal), sentence, "{hook}");
    }
}

/// Needs after "met" are noun phrases; an infinitive phrase is made one with "het".
#[test]
fn a_need_is_said_as_a_noun_phrase() {
    let cases = [
        ("online afspraken maken", "het online afspraken maken"),
        (
            "nieuwe verkopers snel op stoom krijgen",
            "het nieuwe verkopers snel op stoom krijgen",
        ),
        ("processen digitaliseren", "het processen digitaliseren"),
        ("kortere levertijden", "kortere levertijden"),
        ("betere kostenbeheersing", "betere kostenbeheersing"),
        (
            "het sneller inwerken van nieuwe verkopers",
            "het sneller inwerken van nieuwe verkopers",
        ),
        ("een nieuw ERP-systeem", "een nieuw ERP-systeem"),
    ];
    for (need, said) in cases {
        assert_eq!(nl::need(need, false), said, "{need}");
    }
}

/// Why the rep calls, as a sentence with a verb.
#[test]
fn the_reason_is_a_sentence_with_a_verb() {
    let cases = [
        ("een vraag over hoe jullie patiënten een afspraak maken",
         "Ik bel met een vraag over hoe jullie patiënten een afspraak maken"),
        ("een manier om de inwerktijd te verkorten", "Ik bel over een manier om de inwerktijd te verkorten"),
        ("wij helpen bouwbedrijven zoals het uwe de administratie te halveren",
         "De reden dat ik bel: wij helpen bouwbedrijven zoals het uwe de administratie te halveren"),
    ];
    for (reason, sentence) in cases {
        assert_eq!(nl::reason_sentence(reason, false), sentence);
    }
    assert_eq!(nl::part_of_month(4, 6), "begin juni");
    assert_eq!(nl::part_of_month(15, 6), "half juni");
    assert_eq!(nl::part_of_month(31, 12), "eind december");
}

fn follow_up(
    name: &str,
    topic: &str,
    action: &str,
    due: Option<NaiveDate>,
    formal: bool,
) -> String {
    let input = FollowUpInput {
        contact_name: name.to_owned(),
        topic: topic.to_owned(),
        promised_action: action.to_owned(),
        due_date: due,
        formal,
        call_day: Some(date("2026-12-03")),
        ..FollowUpInput::new(Lang::Nl)
    };
    let built = build_follow_up(&input, &Settings::default(), at("2026-12-03T10:00"));
    format!("{} {} {}", built.opener, built.question, built.next_step)
}

/// Whole follow-ups from the review corpus, as the native review corrected them.
#[test]
fn follow_ups_read_as_the_review_corrected_them() {
    let cases = [
        (follow_up("Daan de Vries", "het raamcontract", "mij de cijfers sturen", Some(date("2026-12-02")), false),
         "Hoi Daan, vorige keer hadden we het over het raamcontract en je zou me gisteren de cijfers sturen. \
          Hoe zijn de cijfers uitgevallen?"),
        (follow_up("Lotte", "de levertijden", "het laten bekijken door de jurist", Some(date("2026-11-27")), false),
         "Hoi Lotte, vorige keer hadden we het over de levertijden en je zou het uiterlijk 27 november door de \
          jurist laten bekijken. Wat zei de jurist?"),
        (follow_up("Iris Mulder", "de pilot in Rotterdam", "zich verdiepen in de koppeling met jullie ERP", Some(date("2026-12-07")), false),
         "Hoi Iris, vorige keer hadden we het over de pilot in Rotterdam en je zou je uiterlijk maandag in de \
          koppeling met jullie ERP verdiepen. Wat ben je te weten gekomen?"),
        // A title makes the line formal even where the rep left "formal" off.
        (follow_up("meneer Jansen", "het onderhoudscontract", "met Van Dijk Transport B.V. over de ophaaltijden praten", None, false),
         "Goedendag meneer Jansen, vorige keer hadden we het over het onderhoudscontract en u zou met Van Dijk \
          Transport over de ophaaltijden praten. Wat kwam er uit het gesprek met Van Dijk Transport?"),
        (follow_up("Thijs", "het drukwerkcontract", "", None, false),
         "Hoi Thijs, vorige keer hadden we het over het drukwerkcontract. Wat is er sindsdien gebeurd?"),
        (follow_up("Bram", "", "ons laten weten welk pakket jullie kiezen", Some(date("2026-12-03")), false),
         "Hoi Bram, je zou ons vandaag laten weten welk pakket jullie kiezen. Wat heb je besloten?"),
    ];
    for (line, expected) in cases {
        let said = line.split(" Ik bel ").next().unwrap_or_default();
        assert_eq!(said, expected);
        assert!(line.contains("– komt dat "), "{line}");
    }
}

fn prep(
    name: &str,
    company: &str,
    hook: &str,
    need: &str,
    reason: &str,
    formal: Option<bool>,
) -> PrepInput {
    PrepInput {
        lang: Some(Lang::Nl),
        contact_name: name.to_owned(),
        role: "salesmanager".to_owned(),
        company: company.to_owned(),
        hook: hook.to_owned(),
        need: need.to_owned(),
        reason: reason.to_owned(),
        formal,
        ..PrepInput::default()
    }
}

fn opener(input: &PrepInput, style: OpenerStyle) -> String {
    build_openers(input, Lang::Nl)
        .into_iter()
        .find(|opener| opener.style == style)
        .map(|opener| opener.text)
        .unwrap_or_default()
}

/// First-call openers: no legal form, the organisation's article, the line's register, and a
/// need-first opener that names the need and the company once each.
#[test]
fn openers_read_as_the_review_corrected_them() {
    let sanne = prep(
        "Sanne de Vries",
        "Bakkerij de Vries B.V.",
        "jullie nieuwe vestiging in Eindhoven",
        "het sneller inwerken van nieuwe verkopers",
        "een manier om de inwerktijd te verkorten",
        None,
    );
    assert_eq!(
        opener(&sanne, OpenerStyle::HookFirst),
        "Hallo Sanne! Ik las over jullie nieuwe vestiging in Eindhoven. Ik bel over een manier om \
         de inwerktijd te verkorten. Hoe pakken jullie bij Bakkerij de Vries het sneller inwerken \
         van nieuwe verkopers aan?"
    );
    assert_eq!(
        opener(&sanne, OpenerStyle::NeedFirst),
        "Hallo Sanne! Ik las over jullie nieuwe vestiging in Eindhoven. Veel bedrijven zijn op dit moment bezig met het sneller \
         inwerken van nieuwe verkopers. Hoe is dat bij Bakkerij de Vries?"
    );
    assert_eq!(
        discovery_questions(&sanne, Lang::Nl),
        [
            "Hoe pakken jullie bij Bakkerij de Vries het sneller inwerken van nieuwe verkopers aan?",
            "Wat kost jou als salesmanager nu de meeste tijd?",
            "Wanneer is het komende jaar voor Bakkerij de Vries geslaagd?",
        ]
    );

    // A formal "u" in the hook, in a first-name (je) line; an interview with them is theirs.
    let daan = PrepInput {
        mutual_contact: "Lotte Jansen".to_owned(),
        ..prep(
            "Daan",
            "Van Dijk Transport B.V.",
            "het interview met u in het FD",
            "kortere levertijden",
            "",
            None,
        )
    };
    assert_eq!(
        opener(&daan, OpenerStyle::MutualContact),
        "Hallo Daan! Lotte Jansen raadde me aan je te bellen. Ik las je interview in het FD. \
         Hoe werken jullie bij Van Dijk Transport aan kortere levertijden?"
    );

    // A "je" in the hook, in a formal line.
    let iris = prep(
        "mevrouw Mulder",
        "Woonstichting De Kempen",
        "je bericht op LinkedIn over werving",
        "",
        "",
        None,
    );
    assert_eq!(
        opener(&iris, OpenerStyle::HookFirst),
        "Goedendag mevrouw Mulder! Ik zag uw bericht op LinkedIn over werving. Wat staat er bij \
         Woonstichting De Kempen nu bovenaan de agenda?"
    );

    let ruud = prep(
        "Ruud Smit",
        "Amphia Ziekenhuis",
        "",
        "betere kostenbeheersing",
        "",
        None,
    );
    assert_eq!(
        opener(&ruud, OpenerStyle::NeedFirst),
        "Hallo Ruud! Veel ziekenhuizen willen op dit moment betere kostenbeheersing. Hoe is dat \
         bij het Amphia Ziekenhuis?"
    );

    let bram = prep(
        "Bram",
        "",
        "je drie nieuwe verkopers",
        "nieuwe verkopers snel op stoom krijgen",
        "",
        Some(false),
    );
    // A verb phrase as typed, not "bezig met het nieuwe verkopers … krijgen"; "voor jou" where
    // no company is named.
    assert_eq!(
        opener(&bram, OpenerStyle::NeedFirst),
        "Hallo Bram! Ik las over je drie nieuwe verkopers. Veel bedrijven willen nieuwe verkopers \
         snel op stoom krijgen. Hoe pakken jullie dat aan?"
    );
    assert_eq!(
        discovery_questions(&bram, Lang::Nl),
        [
            "Hoe pakken jullie het aan om nieuwe verkopers snel op stoom te krijgen?",
            "Wat kost jou als salesmanager nu de meeste tijd?",
            "Wanneer is het komende jaar voor jou geslaagd?",
        ]
    );
    // A comparative is worked towards ("werken aan"), not asked about with "hoe staat het met".
    assert_eq!(
        discovery_questions(&ruud, Lang::Nl)[0],
        "Hoe werken jullie bij het Amphia Ziekenhuis aan betere kostenbeheersing?"
    );
}

/// No line offered as ready to say has a gap or a placeholder.
#[test]
fn no_dutch_line_has_a_gap() {
    let empty = prep("", "", "", "", "", None);
    let mut lines: Vec<String> = build_openers(&empty, Lang::Nl)
        .into_iter()
        .map(|opener| opener.text)
        .collect();
    lines.extend(discovery_questions(&empty, Lang::Nl));
    lines.push(follow_up("", "", "", None, false));
    for line in lines {
        assert!(
            !line.contains('[') && !line.contains('{') && !line.contains("  "),
            "{line}"
        );
    }
}

proptest! {
    /// Whatever the rep types (accents, emoji, stray punctuation), nothing panics and no word
    /// of theirs is lost.
    #[test]
    fn any_input_is_handled(text in "[a-zA-Zé ë€😀.,]{0,40}", formal in any::<bool>()) {
        let clause = nl::promise("je", Some("gisteren"), &text, formal);
        let _ = nl::register(&text, formal);
        let _ = nl::organisation(&text);
        let _ = nl::hook_sentence(&text, formal);
        let _ = nl::need(&text, formal);
        let _ = nl::reason_sentence(&text, formal);
        prop_assert!(clause.starts_with("je zou"));
    }
}
