//! Practice in words, in the five interface languages. Layout as in `advice_text`: every text
//! is a `[&str; 5]` in [`Lang::ALL`] order (en, sv, de, nb, nl) inside an exhaustive `match`, so
//! neither a missing translation nor a missing variant compiles. Address: the rep is "du" in
//! Swedish and Norwegian, "Sie" in German and "je" in Dutch, as everywhere in the coach.
//!
//! Problem messages name the exercise by number (from 1) and id, and the field by its JSON name,
//! which is what a course author searches their file for.

use super::problem::{Problem, ProblemKind, MAX_ID_CHARS, MAX_TEXT_CHARS};
use super::rubric::{Item, Missing};
use super::{Choice, Skill};
use crate::advice_text::{action_label, deal_size_label, source_label, stage_label};
use crate::advisor::Action;
use crate::lead::Lead;
use crate::Lang;

pub fn skill_label(lang: Lang, skill: Skill) -> &'static str {
    let row = match skill {
        Skill::Assumptive => [
            "Ask assumptively",
            "Fråga som om det är gjort",
            "Vom Ergebnis ausgehend fragen",
            "Spør som om det er gjort",
            "Vragen alsof het al gedaan is",
        ],
        Skill::WarmUp => [
            "Warm openers",
            "Varma öppningar",
            "Warme Gesprächseinstiege",
            "Varme åpninger",
            "Warme openingen",
        ],
        Skill::WhatNow => ["What now?", "Vad nu?", "Wie weiter?", "Hva nå?", "Wat nu?"],
        Skill::NextStep => [
            "Next step with day and time",
            "Nästa steg med dag och tid",
            "Nächster Schritt mit Tag und Uhrzeit",
            "Neste steg med dag og klokkeslett",
            "Volgende stap met dag en tijd",
        ],
    };
    row[lang.index()]
}

/// What the rep is asked to do, shown above the situation.
pub fn skill_instruction(lang: Lang, skill: Skill) -> &'static str {
    let row = match skill {
        Skill::Assumptive => [
            "Rewrite the question so that it takes for granted the customer did what they \
             promised.",
            "Skriv om frågan så att den utgår från att kunden har gjort det hen lovade.",
            "Formulieren Sie die Frage so um, dass sie davon ausgeht, dass der Kunde getan hat, \
             was er zugesagt hat.",
            "Skriv om spørsmålet slik at det tar for gitt at kunden har gjort det de lovet.",
            "Herschrijf de vraag zo dat je ervan uitgaat dat de klant heeft gedaan wat hij \
             beloofde.",
        ],
        Skill::WarmUp => [
            "Rewrite the opener: start with something specific about them and end with an open \
             question.",
            "Skriv om öppningen: börja med något konkret om dem och avsluta med en öppen fråga.",
            "Formulieren Sie den Einstieg neu: Beginnen Sie mit etwas Konkretem über Ihr \
             Gegenüber und enden Sie mit einer offenen Frage.",
            "Skriv om åpningen: begynn med noe konkret om dem og avslutt med et åpent spørsmål.",
            "Herschrijf de opening: begin met iets concreets over hen en eindig met een open \
             vraag.",
        ],
        Skill::WhatNow => [
            "What is the right next move with this lead?",
            "Vad är rätt nästa drag med det här leadet?",
            "Was ist jetzt der richtige nächste Schritt mit diesem Lead?",
            "Hva er riktig neste trekk med dette leadet?",
            "Wat is nu de juiste volgende zet bij deze lead?",
        ],
        Skill::NextStep => [
            "Rewrite the close: propose a day and an exact time, and ask how that suits them.",
            "Skriv om avslutningen: föreslå en dag och en exakt tid, och fråga hur det passar.",
            "Formulieren Sie den Abschluss neu: Schlagen Sie einen Tag und eine genaue Uhrzeit \
             vor und fragen Sie, wie das passt.",
            "Skriv om avslutningen: foreslå en dag og et nøyaktig klokkeslett, og spør hvordan \
             det passer.",
            "Herschrijf de afsluiting: stel een dag en een precieze tijd voor en vraag hoe dat \
             uitkomt.",
        ],
    };
    row[lang.index()]
}

/// A what-now choice as a picker offers it. The advisor's own actions keep the advisor's labels,
/// so that practice and the lead list speak alike.
pub fn choice_label(lang: Lang, choice: Choice) -> &'static str {
    let row = match choice {
        Choice::FollowUpSoon => [
            "Follow up within two days",
            "Följ upp inom två dagar",
            "Innerhalb von zwei Tagen nachfassen",
            "Følg opp innen to dager",
            "Binnen twee dagen opvolgen",
        ],
        Choice::FollowUpWeek => [
            "Follow up within a week",
            "Följ upp inom en vecka",
            "Innerhalb einer Woche nachfassen",
            "Følg opp innen en uke",
            "Binnen een week opvolgen",
        ],
        Choice::FollowUpLater => [
            "Follow up later, in more than a week",
            "Följ upp senare, om mer än en vecka",
            "Später nachfassen, in mehr als einer Woche",
            "Følg opp senere, om mer enn en uke",
            "Later opvolgen, over meer dan een week",
        ],
        Choice::Nurture => return action_label(lang, Action::Nurture),
        Choice::FindDecisionMaker => return action_label(lang, Action::FindDecisionMaker),
        Choice::LetGo => ["Let go", "Släpp", "Abschreiben", "Gi slipp", "Loslaten"],
        Choice::DoNotContact => return action_label(lang, Action::DoNotContact),
    };
    row[lang.index()]
}

/// Opens a what-now verdict, before the coach's choice.
pub(super) fn what_now_verdict(lang: Lang, pass: bool) -> &'static str {
    let row = if pass {
        ["Right:", "Rätt:", "Richtig:", "Riktig:", "Goed:"]
    } else {
        [
            "The coach would choose:",
            "Coachen väljer:",
            "Der Coach würde wählen:",
            "Coachen velger:",
            "De coach kiest:",
        ]
    };
    row[lang.index()]
}

/// An opener without a single finding.
pub(super) fn warm_opener_message(lang: Lang) -> &'static str {
    [
        "A warm opener: it is about them, and a question hands them the word.",
        "En varm öppning: den handlar om dem, och en fråga lämnar över ordet.",
        "Ein warmer Einstieg: Er handelt von Ihrem Gegenüber, und eine Frage übergibt das Wort.",
        "En varm åpning: den handler om dem, og et spørsmål gir dem ordet.",
        "Een warme opening: hij gaat over hen, en een vraag geeft hun het woord.",
    ][lang.index()]
}

/// F4's verdict: that the next step has everything, or which of its parts are missing.
pub(super) fn next_step_message(lang: Lang, missing: &[Missing]) -> String {
    if missing.is_empty() {
        return [
            "A concrete next step: a day, an exact time, and a question that leaves the choice \
             to the customer.",
            "Ett konkret nästa steg: en dag, en exakt tid och en fråga som låter kunden välja.",
            "Ein konkreter nächster Schritt: Tag, genaue Uhrzeit und eine Frage, die dem Kunden \
             die Wahl lässt.",
            "Et konkret neste steg: en dag, et nøyaktig klokkeslett og et spørsmål som lar \
             kunden velge.",
            "Een concrete volgende stap: een dag, een precieze tijd en een vraag die de keuze \
             bij de klant laat.",
        ][lang.index()]
        .to_owned();
    }
    let mut message = String::from(
        [
            "Still missing: ",
            "Det saknas: ",
            "Es fehlt noch: ",
            "Dette mangler: ",
            "Wat nog ontbreekt: ",
        ][lang.index()],
    );
    for (n, item) in missing.iter().enumerate() {
        if n > 0 {
            message.push_str(", ");
        }
        message.push_str(&part_text(lang, item));
    }
    message.push('.');
    message
}

/// A missing item as a part of a list ("an exact time").
fn part_text(lang: Lang, missing: &Missing) -> String {
    let row = match missing.item {
        Item::Day => [
            "a concrete day",
            "en bestämd dag",
            "ein konkreter Tag",
            "en bestemt dag",
            "een concrete dag",
        ],
        Item::Time => [
            "an exact time",
            "en exakt tid",
            "eine genaue Uhrzeit",
            "et nøyaktig klokkeslett",
            "een precieze tijd",
        ],
        Item::Question => [
            "a question that lets the customer choose (\"how does that suit you?\")",
            "en fråga som låter kunden välja (”hur passar det?”)",
            "eine Frage, die dem Kunden die Wahl lässt („Wie passt Ihnen das?“)",
            "et spørsmål som lar kunden velge («hvordan passer det?»)",
            "een vraag die de klant laat kiezen (“hoe komt dat uit?”)",
        ],
        Item::Purpose => [
            "what the call is about (for example {examples})",
            "vad samtalet ska handla om (till exempel {examples})",
            "worum es im Gespräch gehen soll (zum Beispiel {examples})",
            "hva samtalen skal handle om (for eksempel {examples})",
            "waar het gesprek over gaat (bijvoorbeeld {examples})",
        ],
        Item::Thread | Item::Hook => return missing_message(lang, missing),
    };
    row[lang.index()].replace("{examples}", &examples(lang, &missing.phrases))
}

/// A missing content item as a sentence of its own, after the analyzer's verdict.
pub(super) fn missing_message(lang: Lang, missing: &Missing) -> String {
    let row = match missing.item {
        Item::Thread => [
            "Name the thread: what you talked about or what they were going to do, for example \
             {examples}.",
            "Nämn tråden: vad ni pratade om eller vad kunden skulle göra, till exempel \
             {examples}.",
            "Knüpfen Sie an: Nennen Sie, worüber Sie gesprochen haben oder was der Kunde tun \
             wollte, zum Beispiel {examples}.",
            "Nevn tråden: hva dere snakket om eller hva kunden skulle gjøre, for eksempel \
             {examples}.",
            "Noem de draad: waar jullie het over hadden of wat de klant zou doen, bijvoorbeeld \
             {examples}.",
        ],
        Item::Hook => [
            "Make it about this prospect: name something you found out about them, for example \
             {examples}.",
            "Gör öppningen personlig: nämn något du har tagit reda på om just dem, till exempel \
             {examples}.",
            "Machen Sie den Einstieg persönlich: Nennen Sie etwas, das Sie über genau dieses \
             Gegenüber herausgefunden haben, zum Beispiel {examples}.",
            "Gjør åpningen personlig: nevn noe du har funnet ut om akkurat dem, for eksempel \
             {examples}.",
            "Maak de opening persoonlijk: noem iets wat je over juist deze klant hebt \
             uitgezocht, bijvoorbeeld {examples}.",
        ],
        Item::Purpose | Item::Day | Item::Time | Item::Question => {
            return next_step_message(lang, std::slice::from_ref(missing));
        }
    };
    row[lang.index()].replace("{examples}", &examples(lang, &missing.phrases))
}

/// The first two phrases of a group, quoted the language's way: “no-shows” or “slots”.
fn examples(lang: Lang, phrases: &[String]) -> String {
    let (open, close) = quotes(lang);
    let or = [" or ", " eller ", " oder ", " eller ", " of "][lang.index()];
    phrases
        .iter()
        .take(2)
        .map(|phrase| format!("{open}{phrase}{close}"))
        .collect::<Vec<_>>()
        .join(or)
}

fn quotes(lang: Lang) -> (&'static str, &'static str) {
    [("“", "”"), ("”", "”"), ("„", "“"), ("«", "»"), ("“", "”")][lang.index()]
}

/// A problem found by [`super::parse_exercises`], as one sentence for the course author: where
/// (the exercise's number and id, the field) and what is wrong.
pub fn problem_message(problem: &Problem, lang: Lang) -> String {
    let i = lang.index();
    let mut message = String::new();
    if let Some(index) = problem.index {
        let (open, close) = quotes(lang);
        message.push_str(["Exercise ", "Övning ", "Übung ", "Øvelse ", "Oefening "][i]);
        message.push_str(&(index + 1).to_string());
        if let Some(id) = &problem.id {
            for part in [" (", open, id, close, ")"] {
                message.push_str(part);
            }
        }
        if let Some(field) = problem.field {
            let name = [", field ", ", fältet ", ", Feld ", ", feltet ", ", veld "][i];
            for part in [name, open, field, close] {
                message.push_str(part);
            }
        }
        message.push_str(": ");
    }
    let what = match problem.kind {
        ProblemKind::NotJson => [
            "The file is not valid JSON. Check for a missing comma, quote or bracket.",
            "Filen är inte giltig JSON. Kontrollera om ett kommatecken, citattecken eller en \
             parentes saknas.",
            "Die Datei ist kein gültiges JSON. Prüfen Sie, ob ein Komma, ein Anführungszeichen \
             oder eine Klammer fehlt.",
            "Filen er ikke gyldig JSON. Sjekk om det mangler et komma, et anførselstegn eller en \
             parentes.",
            "Het bestand is geen geldige JSON. Controleer of er een komma, aanhalingsteken of \
             haakje ontbreekt.",
        ],
        ProblemKind::NotAList => [
            "The file holds no list of exercises: it must be a JSON array, or an object with an \
             \"exercises\" array.",
            "Filen innehåller ingen lista med övningar: den ska vara en JSON-array eller ett \
             objekt med en array \"exercises\".",
            "Die Datei enthält keine Liste von Übungen: Erwartet wird ein JSON-Array oder ein \
             Objekt mit einem Array \"exercises\".",
            "Filen inneholder ingen liste med øvelser: den må være en JSON-array eller et objekt \
             med en array \"exercises\".",
            "Het bestand bevat geen lijst met oefeningen: het moet een JSON-array zijn, of een \
             object met een array \"exercises\".",
        ],
        ProblemKind::TooMany => [
            "More than 500 exercises: only the first 500 are read.",
            "Fler än 500 övningar: bara de första 500 läses in.",
            "Mehr als 500 Übungen: Nur die ersten 500 werden gelesen.",
            "Mer enn 500 øvelser: bare de første 500 leses inn.",
            "Meer dan 500 oefeningen: alleen de eerste 500 worden ingelezen.",
        ],
        ProblemKind::NotAnExercise => [
            "this is not an exercise; each exercise is an object in curly brackets { }.",
            "det här är ingen övning; varje övning är ett objekt inom klammerparenteser { }.",
            "Das ist keine Übung; jede Übung ist ein Objekt in geschweiften Klammern { }.",
            "dette er ingen øvelse; hver øvelse er et objekt i krøllparenteser { }.",
            "dit is geen oefening; elke oefening is een object tussen accolades { }.",
        ],
        ProblemKind::MissingField => [
            "this field is missing.",
            "fältet saknas.",
            "Dieses Feld fehlt.",
            "feltet mangler.",
            "dit veld ontbreekt.",
        ],
        ProblemKind::DuplicateField => [
            "this field is given twice; keep one.",
            "fältet finns två gånger; behåll ett av dem.",
            "Dieses Feld steht zweimal da; behalten Sie eines.",
            "feltet står to ganger; behold ett av dem.",
            "dit veld staat er twee keer in; houd er één over.",
        ],
        ProblemKind::Unreadable => [
            "the value cannot be read. Check its type and format: texts in quotes, times like \
             2026-12-03T09:00.",
            "värdet går inte att läsa. Kontrollera typ och format: texter inom citattecken, \
             tider som 2026-12-03T09:00.",
            "Der Wert ist nicht lesbar. Prüfen Sie Typ und Format: Texte in Anführungszeichen, \
             Zeitpunkte wie 2026-12-03T09:00.",
            "verdien kan ikke leses. Sjekk type og format: tekster i anførselstegn, tidspunkter \
             som 2026-12-03T09:00.",
            "de waarde is niet te lezen. Controleer type en notatie: teksten tussen \
             aanhalingstekens, tijden als 2026-12-03T09:00.",
        ],
        ProblemKind::UnknownSkill => [
            "unknown skill; use assumptive, warm-up, what-now or next-step.",
            "okänd färdighet; använd assumptive, warm-up, what-now eller next-step.",
            "Unbekannte Fertigkeit; möglich sind assumptive, warm-up, what-now und next-step.",
            "ukjent ferdighet; bruk assumptive, warm-up, what-now eller next-step.",
            "onbekende vaardigheid; gebruik assumptive, warm-up, what-now of next-step.",
        ],
        ProblemKind::UnknownLang => [
            "unknown language; use en, sv, de, nb or nl.",
            "okänt språk; använd en, sv, de, nb eller nl.",
            "Unbekannte Sprache; möglich sind en, sv, de, nb und nl.",
            "ukjent språk; bruk en, sv, de, nb eller nl.",
            "onbekende taal; gebruik en, sv, de, nb of nl.",
        ],
        ProblemKind::UnknownChoice => [
            "unknown choice; use follow-up-soon, follow-up-week, follow-up-later, nurture, \
             find-decision-maker, let-go or do-not-contact.",
            "okänt val; använd follow-up-soon, follow-up-week, follow-up-later, nurture, \
             find-decision-maker, let-go eller do-not-contact.",
            "Unbekannte Wahl; möglich sind follow-up-soon, follow-up-week, follow-up-later, \
             nurture, find-decision-maker, let-go und do-not-contact.",
            "ukjent valg; bruk follow-up-soon, follow-up-week, follow-up-later, nurture, \
             find-decision-maker, let-go eller do-not-contact.",
            "onbekende keuze; gebruik follow-up-soon, follow-up-week, follow-up-later, nurture, \
             find-decision-maker, let-go of do-not-contact.",
        ],
        ProblemKind::EmptyText => [
            "the text is empty.",
            "texten är tom.",
            "Der Text ist leer.",
            "teksten er tom.",
            "de tekst is leeg.",
        ],
        ProblemKind::TooLong => {
            let limit = if problem.field == Some("id") {
                MAX_ID_CHARS
            } else {
                MAX_TEXT_CHARS
            };
            let (before, after) = [
                ("the text is too long; the limit is ", " characters."),
                ("texten är för lång; gränsen är ", " tecken."),
                ("Der Text ist zu lang; die Grenze liegt bei ", " Zeichen."),
                ("teksten er for lang; grensen er ", " tegn."),
                ("de tekst is te lang; de grens is ", " tekens."),
            ][i];
            for part in [before, &limit.to_string(), after] {
                message.push_str(part);
            }
            return message;
        }
        ProblemKind::DuplicateId => [
            "an earlier exercise already has this id; every id must be unique.",
            "en tidigare övning har redan det här id:t; varje id måste vara unikt.",
            "Eine frühere Übung hat bereits diese ID; jede ID darf nur einmal vorkommen.",
            "en tidligere øvelse har allerede denne id-en; hver id må være unik.",
            "een eerdere oefening heeft deze id al; elke id moet uniek zijn.",
        ],
        ProblemKind::MissingForWhatNow => [
            "a what-now exercise needs a \"lead\" and a \"now\" (the moment the rep decides, \
             like 2026-12-03T09:00).",
            "en what-now-övning behöver \"lead\" och \"now\" (tidpunkten då säljaren bestämmer \
             sig, till exempel 2026-12-03T09:00).",
            "Eine what-now-Übung braucht \"lead\" und \"now\" (den Zeitpunkt der Entscheidung, \
             etwa 2026-12-03T09:00).",
            "en what-now-øvelse trenger \"lead\" og \"now\" (tidspunktet selgeren bestemmer seg, \
             for eksempel 2026-12-03T09:00).",
            "een what-now-oefening heeft een \"lead\" en een \"now\" nodig (het moment waarop de \
             verkoper beslist, bijvoorbeeld 2026-12-03T09:00).",
        ],
        ProblemKind::ModelFails => [
            "the model answer does not pass its own grader; for what-now, it is not the choice \
             the coach makes for this lead.",
            "modellsvaret klarar inte sin egen bedömning; i what-now är det inte det val coachen \
             gör för det här leadet.",
            "Die Musterantwort besteht ihre eigene Bewertung nicht; bei what-now ist sie nicht \
             die Wahl, die der Coach für diesen Lead trifft.",
            "modellsvaret består ikke sin egen vurdering; i what-now er det ikke valget coachen \
             tar for dette leadet.",
            "het modelantwoord haalt zijn eigen beoordeling niet; bij what-now is het niet de \
             keuze die de coach voor deze lead maakt.",
        ],
        ProblemKind::ModelMissesRubric { group } | ProblemKind::EmptyRubricGroup { group } => {
            let missing = matches!(problem.kind, ProblemKind::ModelMissesRubric { .. });
            let (before, after) = if missing {
                [
                    ("the model answer carries no phrase of group ", "; add one of the group's phrases to the model, or the model's wording to the group."),
                    ("modellsvaret innehåller ingen fras ur grupp ", "; lägg in en av gruppens fraser i modellsvaret, eller modellsvarets ordalydelse i gruppen."),
                    ("Die Musterantwort enthält keine Wendung aus Gruppe ", "; nehmen Sie eine davon in die Musterantwort auf oder deren Wortlaut in die Gruppe."),
                    ("modellsvaret inneholder ingen frase fra gruppe ", "; ta med en av gruppens fraser i modellsvaret, eller modellsvarets ordlyd i gruppen."),
                    ("het modelantwoord bevat geen enkel zinsdeel uit groep ", "; neem er een op in het modelantwoord, of de woorden van het model in de groep."),
                ][i]
            } else {
                [
                    ("group ", " is empty or holds a phrase without a word; every group needs at least one phrase."),
                    ("grupp ", " är tom eller har en fras utan ord; varje grupp behöver minst en fras."),
                    ("Gruppe ", " ist leer oder enthält eine Wendung ohne Wort; jede Gruppe braucht mindestens eine Wendung."),
                    ("gruppe ", " er tom eller har en frase uten ord; hver gruppe trenger minst én frase."),
                    ("groep ", " is leeg of bevat een zinsdeel zonder woord; elke groep heeft minstens één zinsdeel nodig."),
                ][i]
            };
            for part in [before, &(group + 1).to_string(), after] {
                message.push_str(part);
            }
            return message;
        }
        ProblemKind::RubricTooLarge => [
            "the list is too large: at most 6 groups of at most 30 phrases, each up to 80 \
             characters.",
            "listan är för stor: högst 6 grupper med högst 30 fraser, var och en högst 80 \
             tecken.",
            "Die Liste ist zu groß: höchstens 6 Gruppen mit je höchstens 30 Wendungen von \
             höchstens 80 Zeichen.",
            "listen er for stor: høyst 6 grupper med høyst 30 fraser, hver på høyst 80 tegn.",
            "de lijst is te groot: hoogstens 6 groepen van hoogstens 30 zinsdelen, elk hoogstens \
             80 tekens.",
        ],
        ProblemKind::PromptPasses => [
            "the prompt already passes the grader, so there is nothing to improve; for what-now, \
             the trap must be another choice than the coach's.",
            "utgångstexten klarar redan bedömningen, så det finns inget att förbättra; i \
             what-now måste fällan vara ett annat val än coachens.",
            "Die Vorgabe besteht die Bewertung schon, es gibt also nichts zu verbessern; bei \
             what-now muss die Falle eine andere Wahl sein als die des Coachs.",
            "utgangsteksten består allerede vurderingen, så det er ingenting å forbedre; i \
             what-now må fellen være et annet valg enn coachens.",
            "de opgave haalt de beoordeling al, er valt dus niets te verbeteren; bij what-now \
             moet de valkuil een andere keuze zijn dan die van de coach.",
        ],
    };
    message.push_str(what[i]);
    message
}

/// Told once to a course author whose text exercises lack a rubric: they are graded by their
/// form alone, so an answer that names nothing of the situation can pass them.
pub fn without_rubric_message(lang: Lang, ids: &[String]) -> String {
    let (open, close) = quotes(lang);
    let intro = [
        "These exercises have no \"rubric\", so only the form of an answer is graded, and an answer \
         that names nothing of the situation can pass: ",
        "De här övningarna har inget fält \"rubric\", så bara svarets form bedöms, och ett svar som inte \
         nämner något ur läget kan bli godkänt: ",
        "Diese Übungen haben kein Feld \"rubric\"; bewertet wird nur die Form der Antwort, und eine \
         Antwort, die nichts aus der Lage nennt, kann bestehen: ",
        "Disse øvelsene har ikke noe felt \"rubric\", så bare svarets form vurderes, og et svar som ikke \
         nevner noe fra situasjonen, kan bli godkjent: ",
        "Deze oefeningen hebben geen veld \"rubric\", dus alleen de vorm van het antwoord wordt \
         beoordeeld, en een antwoord dat niets uit de situatie noemt, kan slagen: ",
    ][lang.index()];
    let listed: Vec<String> = ids.iter().map(|id| format!("{open}{id}{close}")).collect();
    format!("{intro}{}.", listed.join(", "))
}

/// What a what-now card says about the lead besides its name and log: the stage, the source and
/// the deal size. Not the do-not-contact flag, which would name the answer: the situation tells
/// it in the customer's words, and the rep has to read it there.
pub fn card_facts(lead: &Lead, lang: Lang) -> Vec<&'static str> {
    vec![
        stage_label(lang, lead.stage),
        source_label(lang, lead.source),
        deal_size_label(lang, lead.deal_size),
    ]
}
