//! German grammar in the coach's lines, per class of error the review found (issue 13): real
//! inputs as reps type them, and the line a native speaker says.

use chrono::{NaiveDate, NaiveDateTime};
use warmcall_coach::followup::{build_follow_up, FollowUpInput};
use warmcall_coach::grammar::de;
use warmcall_coach::opener::{build_openers, discovery_questions, OpenerStyle, PrepInput};
use warmcall_coach::settings::Settings;
use warmcall_coach::Lang;

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 3)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .expect("a valid time")
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a valid date")
}

fn follow_up_opener(
    name: &str,
    topic: &str,
    action: &str,
    due: Option<&str>,
    formal: bool,
) -> String {
    let input = FollowUpInput {
        contact_name: name.to_owned(),
        topic: topic.to_owned(),
        promised_action: action.to_owned(),
        due_date: due.map(day),
        formal,
        call_day: Some(day("2026-12-03")),
        ..FollowUpInput::new(Lang::De)
    };
    build_follow_up(&input, &Settings::default(), now()).opener
}

fn card(name: &str, company: &str, hook: &str, need: &str) -> PrepInput {
    PrepInput {
        lang: Some(Lang::De),
        contact_name: name.to_owned(),
        company: company.to_owned(),
        hook: hook.to_owned(),
        need: need.to_owned(),
        ..PrepInput::default()
    }
}

fn opener(input: &PrepInput, style: OpenerStyle) -> String {
    build_openers(input, Lang::De)
        .into_iter()
        .find(|o| o.style == style)
        .map(|o| o.text)
        .unwrap_or_default()
}

#[test]
fn case_a_masculine_phrase_typed_in_the_nominative_is_said_in_the_accusative() {
    let cases = [
        ("der Wartungsvertrag", "den Wartungsvertrag"),
        ("der neue Rahmenvertrag", "den neuen Rahmenvertrag"),
        ("den neuen Rahmenvertrag", "den neuen Rahmenvertrag"),
        ("ein besserer Überblick", "einen besseren Überblick"),
        (
            "besserer Überblick über die Kosten",
            "besseren Überblick über die Kosten",
        ),
        ("dein Beitrag auf LinkedIn", "deinen Beitrag auf LinkedIn"),
        ("Ihr Vortrag auf der Messe", "Ihren Vortrag auf der Messe"),
        ("unser neuer Rahmenvertrag", "unseren neuen Rahmenvertrag"),
        // Neuter, feminine and plural phrases read the same; an unknown gender stays as typed.
        ("ein neues Kassensystem", "ein neues Kassensystem"),
        (
            "Ihr Interview im Handelsblatt",
            "Ihr Interview im Handelsblatt",
        ),
        ("die Online-Terminbuchung", "die Online-Terminbuchung"),
        ("kürzere Lieferzeiten", "kürzere Lieferzeiten"),
        ("weniger Papierkram", "weniger Papierkram"),
        (
            "Ihre drei neuen Vertriebsmitarbeiter",
            "Ihre drei neuen Vertriebsmitarbeiter",
        ),
    ];
    for (typed, said) in cases {
        assert_eq!(de::accusative(typed), said, "{typed}");
    }
    assert_eq!(
        follow_up_opener("", "der Wartungsvertrag", "", None, true),
        "Guten Tag, bei unserem letzten Gespräch ging es um den Wartungsvertrag."
    );
    let keller = PrepInput {
        mutual_contact: "Stefan Braun".to_owned(),
        ..card(
            "Frau Keller",
            "Keller Bau AG",
            "der Vortrag von Ihnen auf der Personalmesse in Köln",
            "",
        )
    };
    assert_eq!(
        opener(&keller, OpenerStyle::HookFirst),
        "Guten Tag Frau Keller! Ich habe den Vortrag von Ihnen auf der Personalmesse in Köln \
         mitbekommen. Was steht bei Keller Bau gerade ganz oben auf der Agenda?"
    );
}

#[test]
fn agreement_a_plural_hook_or_need_fits_the_same_frames() {
    let becker = card(
        "Herr Becker",
        "Hansen & Söhne KG",
        "Ihre drei neuen Vertriebsmitarbeiter",
        "kürzere Lieferzeiten",
    );
    assert_eq!(
        opener(&becker, OpenerStyle::HookFirst),
        "Guten Tag Herr Becker! Ich habe von Ihren drei neuen Vertriebsmitarbeitern gehört. Was \
         ist bei Hansen & Söhne gerade für kürzere Lieferzeiten geplant?"
    );
    // An indefinite need after "für" reads as a split "was für ein" (what kind of): it is
    // asked about with "mit" and the dative.
    assert_eq!(
        discovery_questions(
            &card(
                "Dr. Thomas Müller",
                "Klinikum Nord",
                "",
                "eine schnellere Einarbeitung neuer Pflegekräfte"
            ),
            Lang::De
        )[0],
        "Wie sieht es beim Klinikum Nord gerade mit einer schnelleren Einarbeitung neuer \
         Pflegekräfte aus?"
    );
    let wagner = card(
        "Frau Wagner",
        "Nordfrakt GmbH",
        "der Artikel über Ihr neues Lager in Leipzig",
        "ein besserer Überblick über die Außendienstzeiten",
    );
    assert_eq!(
        discovery_questions(&wagner, Lang::De)[0],
        "Wie sieht es bei Nordfrakt gerade mit einem besseren Überblick über die \
         Außendienstzeiten aus?"
    );
}

#[test]
fn need_first_names_the_need_once_and_asks_about_it() {
    let wagner = card(
        "Frau Wagner",
        "Nordfrakt GmbH",
        "der Artikel über Ihr neues Lager in Leipzig",
        "einen besseren Überblick über die Außendienstzeiten",
    );
    assert_eq!(
        opener(&wagner, OpenerStyle::NeedFirst),
        "Guten Tag Frau Wagner! Ich habe den Artikel über Ihr neues Lager in Leipzig gelesen. \
         Viele in der Branche wünschen sich gerade einen besseren Überblick über die \
         Außendienstzeiten. Welche Rolle spielt das Thema bei Ihnen?"
    );
    // "das Thema" comes right after the need; with a hook the reason is left to the
    // hook-first opener; "bei euch" is the company in an informal line.
    let hoffmann = PrepInput {
        reason: "eine Frage dazu, wie Ihre Patienten Termine buchen".to_owned(),
        ..card(
            "Frau Hoffmann",
            "Zahnarztpraxis am Markt",
            "die Eröffnung Ihrer zweiten Praxis im Herbst",
            "die Online-Terminbuchung",
        )
    };
    assert_eq!(
        opener(&hoffmann, OpenerStyle::NeedFirst),
        "Guten Tag Frau Hoffmann! Ich habe die Eröffnung Ihrer zweiten Praxis im Herbst \
         mitbekommen. Viele in der Branche haben gerade die Online-Terminbuchung ganz oben auf der \
         Agenda. Welche Rolle spielt das Thema bei Ihnen?"
    );
    let lena = PrepInput {
        formal: Some(false),
        ..card(
            "Lena",
            "Bäckerei Schulze",
            "dein Beitrag auf LinkedIn über die neue Filiale",
            "ein neues Kassensystem",
        )
    };
    assert_eq!(
        opener(&lena, OpenerStyle::NeedFirst),
        "Hallo Lena! Ich habe deinen Beitrag auf LinkedIn über die neue Filiale gesehen. Viele \
         in der Branche wünschen sich gerade ein neues Kassensystem. Welche \
         Rolle spielt das Thema bei euch?"
    );
}

#[test]
fn organisations_take_their_article_and_preposition() {
    let cases = [
        ("Nordfrakt GmbH", "bei der Nordfrakt GmbH"),
        ("Hansen & Söhne KG", "bei der Hansen & Söhne KG"),
        ("Keller Bau AG", "bei der Keller Bau AG"),
        ("Klinikum Nord", "beim Klinikum Nord"),
        ("Autohaus Schmitt", "beim Autohaus Schmitt"),
        ("Bäckerei Schulze", "bei der Bäckerei Schulze"),
        ("Zahnarztpraxis am Markt", "bei der Zahnarztpraxis am Markt"),
        ("Stadtwerke Bielefeld", "bei den Stadtwerken Bielefeld"),
        (
            "Turnverein Eintracht e.V.",
            "beim Turnverein Eintracht e.V.",
        ),
        ("die Sparkasse Köln", "bei der Sparkasse Köln"),
        // A name without a common noun at its head takes no article.
        ("Siemens", "bei Siemens"),
        (
            "Braun & Partner Rechtsanwälte",
            "bei Braun & Partner Rechtsanwälte",
        ),
        ("Heitkamp", "bei Heitkamp"),
    ];
    for (name, said) in cases {
        assert_eq!(de::at_organisation(name), said, "{name}");
    }
}

#[test]
fn pronouns_of_a_promised_action_go_before_the_due_phrase() {
    let cases = [
        (
            "mir die Zahlen schicken",
            Some("bis gestern"),
            true,
            "Sie wollten mir bis gestern die Zahlen schicken",
        ),
        (
            "uns Bescheid geben, welches Paket passt",
            Some("bis zum 15. Dezember"),
            true,
            "Sie wollten uns bis zum 15. Dezember Bescheid geben, welches Paket passt",
        ),
        (
            "es mit dem Vorstand besprechen",
            Some("bis Freitag"),
            true,
            "Sie wollten das bis Freitag mit dem Vorstand besprechen",
        ),
        (
            "sich mit dem Einkauf abstimmen",
            Some("bis heute"),
            true,
            "Sie wollten sich bis heute mit dem Einkauf abstimmen",
        ),
        (
            "sich mit dem Einkauf abstimmen",
            Some("bis heute"),
            false,
            "du wolltest dich bis heute mit dem Einkauf abstimmen",
        ),
        (
            "sich das Angebot ansehen",
            None,
            false,
            "du wolltest dir das Angebot ansehen",
        ),
        (
            "es mir schicken",
            Some("bis Montag"),
            true,
            "Sie wollten es mir bis Montag schicken",
        ),
        (
            "das Budget mit dem Vorstand prüfen",
            Some("bis Freitag"),
            true,
            "Sie wollten bis Freitag das Budget mit dem Vorstand prüfen",
        ),
    ];
    for (action, by, formal, said) in cases {
        assert_eq!(de::promise(action, by, formal, false), said, "{action}");
    }
    assert_eq!(
        follow_up_opener(
            "Frau Keller",
            "die Einführungskosten",
            "uns mit Ihrem jetzigen Lieferanten vergleichen",
            Some("2026-12-02"),
            true
        ),
        "Guten Tag Frau Keller, bei unserem letzten Gespräch ging es um die Einführungskosten, \
         und Sie wollten uns bis gestern mit Ihrem jetzigen Lieferanten vergleichen."
    );
    assert_eq!(
        follow_up_opener(
            "Thomas Müller",
            "",
            "ihnen die Zahlen schicken",
            Some("2026-12-02"),
            true
        ),
        "Guten Tag Herr Müller, Sie wollten mir ja bis gestern die Zahlen schicken."
    );
    // "Ihnen" in the note is the rep, as the customer said it; said by the rep it is "mir".
    assert_eq!(
        de::promise(
            "Ihnen die Zahlen schicken",
            Some("bis Freitag"),
            true,
            false
        ),
        "Sie wollten mir bis Freitag die Zahlen schicken"
    );
    assert_eq!(
        de::promise(
            "Ihnen Bescheid geben, welches Paket passt",
            None,
            false,
            false
        ),
        "du wolltest mir Bescheid geben, welches Paket passt"
    );
}

#[test]
fn a_promise_typed_as_a_noun_is_said_as_promised() {
    assert_eq!(
        de::promise("Rückmeldung zum Angebot", Some("bis gestern"), true, false),
        "Sie hatten mir bis gestern eine Rückmeldung zum Angebot zugesagt"
    );
    assert_eq!(
        de::promise("uns ein Angebot", None, false, false),
        "du hattest uns ein Angebot zugesagt"
    );
    assert_eq!(
        de::promise("ein Rückruf", Some("bis Freitag"), true, false),
        "Sie hatten mir bis Freitag einen Rückruf zugesagt"
    );
}

#[test]
fn a_bare_topic_gets_its_article() {
    assert_eq!(
        de::topic("Preiserhöhung zum 1. Januar", true),
        "die Preiserhöhung zum 1. Januar"
    );
    assert_eq!(de::topic("Lieferzeiten", true), "Lieferzeiten");
    assert_eq!(de::topic("SAP", true), "SAP");
}

#[test]
fn register_the_rep_s_possessives_follow_the_line() {
    assert_eq!(
        de::in_register("dein Beitrag über eure neue Filiale", true),
        "Ihr Beitrag über Ihre neue Filiale"
    );
    assert_eq!(
        de::in_register("den Vortrag von Ihnen über Ihre Expansion.", false),
        "den Vortrag von dir über deine Expansion."
    );
    assert_eq!(
        de::in_register("ihre neue Chefin", false),
        "ihre neue Chefin"
    );
    let lena = PrepInput {
        formal: Some(false),
        ..card(
            "Lena",
            "Bäckerei Schulze",
            "Ihr Beitrag auf LinkedIn",
            "ein neues Kassensystem",
        )
    };
    assert_eq!(
        opener(&lena, OpenerStyle::HookFirst),
        "Hallo Lena! Ich habe deinen Beitrag auf LinkedIn gesehen. Wie sieht es bei der \
         Bäckerei Schulze gerade mit einem neuen Kassensystem aus?"
    );
}

#[test]
fn formal_greetings_use_herr_or_frau_and_the_surname() {
    let cases = [
        ("Jonas Becker", Some("Herr Becker")),
        ("Dr. Thomas Müller", Some("Herr Dr. Müller")),
        ("Sarah Neumann", Some("Frau Neumann")),
        ("Prof. Dr. Anna von Berg", Some("Frau Prof. Dr. von Berg")),
        // A first name that does not tell, or no surname: no guess.
        ("Kim Becker", None),
        ("Jonas", None),
    ];
    for (name, address) in cases {
        assert_eq!(de::formal_address(name).as_deref(), address, "{name}");
    }
}

#[test]
fn a_role_after_sie_als_is_in_the_accusative() {
    assert_eq!(
        de::role_in_accusative("Kaufmännischer Direktor"),
        "Kaufmännischen Direktor"
    );
    assert_eq!(
        de::role_in_accusative("Assistent der Geschäftsführung"),
        "Assistenten der Geschäftsführung"
    );
    assert_eq!(de::role_in_accusative("Leiter IT"), "Leiter IT");
    assert_eq!(
        de::role_in_accusative("Vertriebsleiterin"),
        "Vertriebsleiterin"
    );
}

#[test]
fn nothing_panics_on_odd_input() {
    for text in [
        "",
        " ",
        "ä",
        "der",
        "ein",
        "sich",
        "es",
        "😀 der 😀",
        "Ihr,",
        "-er Ü",
    ] {
        let _ = de::accusative(text);
        let _ = de::topic(text, false);
        let _ = de::at_organisation(text);
        let _ = de::promise(text, Some("bis heute"), false, true);
        let _ = de::role_in_accusative(text);
        let _ = de::formal_address(text);
        let _ = de::in_register(text, true);
    }
}
