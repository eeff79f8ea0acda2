//! The follow-up opener: what the rep says first when calling back, in the coach's five
//! languages. It names the thread (F2), asks about the outcome as if the customer did what they
//! said (F3), and proposes a concrete day and time (F4) taken from [`next_contact`].
//!
//! Inputs are free text typed by the rep; empty parts are left out of the sentences rather than
//! leaving dangling words, and nothing here panics. Text is returned as text: the interface
//! renders it as text, so markup in an input is shown, not interpreted.
//!
//! Formality defaults ([`default_formal`]): German *Sie*, because a prospect is addressed
//! formally there until they offer otherwise; Dutch *je*, what Dutch reps say to a contact they
//! call by first name (*u* is the rep's choice); Swedish *du* (*ni*
//! sounds distant or old-fashioned to most Swedes); Norwegian *du* (the formal *De* is no
//! longer used, so `formal` changes nothing there); English has no such choice, and
//! `formal` only picks "Hello" over "Hi".
//!
//! Grammar the rep's words have to fit: `promised_action` is an infinitive phrase without
//! "to"/"att"/"å" ("check the budget with the board", "das Budget mit dem Vorstand prüfen"); a
//! leading "to", "att" or "å" is dropped. `topic` follows "about" ("über", "om", "over"), so in
//! German it is written in the accusative ("die neue Preisliste", "den Vertrag").

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use super::grammar::{de, en, month_name, nb, nl, promise, sv, weekday_name};
use super::greeting::{greeting, spoken_names};
use super::schedule::{
    next_contact, without_repeats, CustomerTime, DayWish, Proposal, ScheduleInput,
};
use super::settings::Settings;
use super::text::tidy;
use super::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowUpInput {
    pub lang: Lang,
    pub contact_name: String,
    /// What was discussed last time: "the new price list".
    pub topic: String,
    /// What the customer was going to do, as an infinitive phrase: "check the budget with the
    /// board".
    pub promised_action: String,
    /// By when the customer was going to do it; also the due date the schedule follows up after.
    pub due_date: Option<NaiveDate>,
    /// Sie / u / ni rather than du / je.
    pub formal: bool,
    /// The day the lines will be said, which the due date is said from ("yesterday");
    /// `None` for the proposed next contact's day.
    pub call_day: Option<NaiveDate>,
    /// The rest of the lead's situation for [`next_contact`]; its `promised_by` is replaced by
    /// `due_date` when that is set.
    pub situation: ScheduleInput,
}

impl FollowUpInput {
    /// An empty input in `lang`, with that language's usual formality.
    pub fn new(lang: Lang) -> Self {
        FollowUpInput {
            lang,
            contact_name: String::new(),
            topic: String::new(),
            promised_action: String::new(),
            due_date: None,
            formal: default_formal(lang),
            call_day: None,
            situation: ScheduleInput::default(),
        }
    }
}

impl Default for FollowUpInput {
    fn default() -> Self {
        FollowUpInput::new(Lang::default())
    }
}

/// Whether a rep writing to a prospect in `lang` addresses them formally by default: what reps
/// there use with a contact they call by name. German B2B keeps *Sie*; Dutch B2B says *je*.
pub fn default_formal(lang: Lang) -> bool {
    lang == Lang::De
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowUp {
    /// Greeting and the thread: what was discussed and what the customer was going to do (F2).
    pub opener: String,
    /// An open question that assumes the customer did it (F3).
    pub question: String,
    /// The rep's concrete proposal for the next contact, asking how it fits (F4).
    pub next_step: String,
    /// The day and time `next_step` proposes: the contact after the one the lines are said at.
    pub next_step_at: NaiveDateTime,
    /// When to make the contact the opener and the question are said at.
    pub next_contact: NaiveDateTime,
    /// The rules behind the whole follow-up, F2–F4 first, then those of the schedule.
    pub rules: Vec<&'static str>,
    /// The full scheduling answer, for "why this time?" and a customer time that was too far.
    pub proposal: Proposal,
}

pub fn build_follow_up(input: &FollowUpInput, settings: &Settings, now: NaiveDateTime) -> FollowUp {
    let situation = ScheduleInput {
        promised_by: input.due_date.or(input.situation.promised_by),
        lang: Some(input.lang),
        ..input.situation.clone()
    };
    let proposal = next_contact(&situation, settings, now);
    let said_at = match input.call_day {
        Some(day) if day == now.date() => now,
        Some(day) => day.and_time(proposal.at.time()),
        None => proposal.at,
    };
    let after = step_after(&situation, settings, said_at);
    let thread = Thread {
        name: tidy(&input.contact_name),
        topic: spoken(input.lang, &tidy(&input.topic)),
        action: said_action(input),
        due: input.due_date.map(|due| {
            let call_day = input.call_day.unwrap_or(proposal.at.date());
            due_phrase(input.lang, due, call_day)
        }),
    };
    let voice = Voice {
        lang: input.lang,
        formal: match input.lang {
            Lang::Nl => nl::formal(input.formal, &input.contact_name),
            _ => input.formal,
        },
    };

    let rules = without_repeats(
        ["F2", "F3", "F4"]
            .into_iter()
            .chain(proposal.rules.iter().copied())
            .collect(),
    );
    FollowUp {
        opener: voice.opener(&thread),
        question: voice.question(&thread, true),
        next_step: voice.next_step(after),
        next_step_at: after,
        next_contact: proposal.at,
        rules,
        proposal,
    }
}

/// The assumptive question (F3) for a line that has just named the topic, as the prep card
/// says it after the opener: about what was promised, without naming the topic again.
pub fn question_after_thread(input: &FollowUpInput) -> String {
    let thread = Thread {
        name: String::new(),
        topic: spoken(input.lang, &tidy(&input.topic)),
        action: said_action(input),
        due: None,
    };
    let voice = Voice {
        lang: input.lang,
        formal: match input.lang {
            Lang::Nl => nl::formal(input.formal, &input.contact_name),
            _ => input.formal,
        },
    };
    voice.question(&thread, false)
}

/// When the next step said at the end of the contact at `said_at` proposes to call again. The
/// opener and the question are said at that contact, after the promised day, so the next step
/// cannot propose that same contact (F4 ends every conversation with the next one). What the
/// customer promised is settled by then, and a dated wish was for that contact; a wish for a
/// weekday or a time of day ("after five") still holds (F6). Nothing is known yet of how that
/// contact ends, so the rules' own interval applies.
fn step_after(
    situation: &ScheduleInput,
    settings: &Settings,
    said_at: NaiveDateTime,
) -> NaiveDateTime {
    let lasting_wish = situation.customer_time.map(|wish| CustomerTime {
        day: wish.day.filter(|day| matches!(day, DayWish::Weekday(_))),
        time: wish.time,
    });
    let after = ScheduleInput {
        promised_by: None,
        customer_time: lasting_wish,
        last_outcome: Default::default(),
        ..situation.clone()
    };
    next_contact(&after, settings, said_at).at
}

/// "Friday 4 December at 12:00", "fredag 4 december kl. 12.00", "Freitag, 4. Dezember, um
/// 12:00 Uhr", "fredag 4. desember kl. 12.00", "vrijdag 4 december om 12.00 uur". Hours are
/// written without a leading zero ("at 9:30"), as people say and write them in all five.
pub fn format_day_time(lang: Lang, at: NaiveDateTime) -> String {
    let day = format_day(lang, at.date());
    let (hour, minute) = (at.hour(), at.minute());
    match lang {
        Lang::En => format!("{day} at {hour}:{minute:02}"),
        Lang::Sv | Lang::Nb => format!("{day} kl. {hour}.{minute:02}"),
        // "um 10 Uhr", as said; "10:00 Uhr" reads like a timetable.
        Lang::De if minute == 0 => format!("{day}, um {hour} Uhr"),
        Lang::De => format!("{day}, um {hour}:{minute:02} Uhr"),
        Lang::Nl => format!("{day} om {hour}.{minute:02} uur"),
    }
}

/// "Friday 4 December", "fredag 4 december", "Freitag, 4. Dezember", "fredag 4. desember",
/// "vrijdag 4 december".
pub fn format_day(lang: Lang, date: NaiveDate) -> String {
    let weekday = weekday_name(lang, date.weekday());
    let date = day_and_month(lang, date);
    match lang {
        Lang::De => format!("{weekday}, {date}"),
        _ => format!("{weekday} {date}"),
    }
}

fn day_and_month(lang: Lang, date: NaiveDate) -> String {
    let day = date.day();
    let month = month_name(lang, date.month());
    match lang {
        Lang::De | Lang::Nb => format!("{day}. {month}"),
        _ => format!("{day} {month}"),
    }
}

/// The due date as said in the opener on `call_day`, the day the line is spoken (not the day
/// the rep prepares it): "today", "yesterday", a weekday within the six days ahead, else the
/// day and month. A weekday that has passed is said as a date: "by Friday" said on a Thursday
/// about the Friday before sounds like tomorrow, and "last Friday" is read differently by
/// different people.
fn due_phrase(lang: Lang, due: NaiveDate, call_day: NaiveDate) -> Due {
    match (due - call_day).num_days() {
        0 => Due::Today,
        -1 => Due::Yesterday,
        1..=6 => Due::Weekday(weekday_name(lang, due.weekday())),
        _ => Due::Date(day_and_month(lang, due)),
    }
}

enum Due {
    Today,
    Yesterday,
    Weekday(&'static str),
    Date(String),
}

struct Thread {
    name: String,
    topic: String,
    action: String,
    due: Option<Due>,
}

struct Voice {
    lang: Lang,
    formal: bool,
}

impl Voice {
    fn opener(&self, thread: &Thread) -> String {
        let greeting = self.greeting(&thread.name);
        let body = match (thread.topic.is_empty(), thread.action.is_empty()) {
            (false, false) => self.talked_and_promised(&thread.topic, &thread.action, &thread.due),
            (false, true) => self.talked(&thread.topic),
            (true, false) => self.promised(&thread.action, &thread.due),
            (true, true) => self.general_follow_up(),
        };
        format!("{greeting} {body}")
    }

    fn greeting(&self, name: &str) -> String {
        format!("{},", greeting(self.lang, self.formal, name))
    }

    fn talked_and_promised(&self, topic: &str, action: &str, due: &Option<Due>) -> String {
        let promised = self.promise_clause(action, due);
        match self.lang {
            Lang::En => format!("last time we talked about {topic}, and {promised}."),
            Lang::Sv => format!("när vi hördes sist pratade vi om {topic}, och {promised}."),
            Lang::De => format!(
                "bei unserem letzten Gespräch ging es um {}, und {promised}.",
                de::topic(topic, self.formal)
            ),
            Lang::Nb => format!("sist snakket vi om {topic}, og {promised}."),
            Lang::Nl => format!(
                "vorige keer hadden we het over {} en {promised}.",
                nl::phrase(topic, self.formal)
            ),
        }
    }

    fn talked(&self, topic: &str) -> String {
        match self.lang {
            Lang::En => format!("last time we talked about {topic}."),
            Lang::Sv => format!("när vi hördes sist pratade vi om {topic}."),
            Lang::De => format!(
                "bei unserem letzten Gespräch ging es um {}.",
                de::topic(topic, self.formal)
            ),
            Lang::Nb => format!("sist snakket vi om {topic}."),
            Lang::Nl => format!(
                "vorige keer hadden we het over {}.",
                nl::phrase(topic, self.formal)
            ),
        }
    }

    fn promised(&self, action: &str, due: &Option<Due>) -> String {
        if self.lang == Lang::De {
            let by = due.as_ref().map(|due| self.by(due));
            return format!("{}.", de::promise(action, by.as_deref(), self.formal, true));
        }
        let promised = self.promise_clause(action, due);
        match self.lang {
            Lang::En => format!("when we last spoke {promised}."),
            Lang::Sv => format!("när vi hördes sist sa {} att {promised}.", self.you()),
            Lang::De | Lang::Nb | Lang::Nl => format!("{promised}."),
        }
    }

    fn general_follow_up(&self) -> String {
        match (self.lang, self.formal) {
            (Lang::En, _) => "I'm following up on our last conversation.".to_owned(),
            (Lang::Sv, _) => "jag hör av mig som vi sa vid vårt senaste samtal.".to_owned(),
            (Lang::De, false) => "ich melde mich wie besprochen noch einmal bei dir.".to_owned(),
            (Lang::De, true) => "ich melde mich wie besprochen noch einmal bei Ihnen.".to_owned(),
            (Lang::Nb, _) => "jeg følger opp samtalen vår fra sist.".to_owned(),
            (Lang::Nl, _) => "ik kom terug op ons vorige gesprek.".to_owned(),
        }
    }

    /// "you were going to check the budget by Thursday" and its translations; German and Dutch
    /// put the due date before the infinitive phrase, whose verb comes last.
    fn promise_clause(&self, action: &str, due: &Option<Due>) -> String {
        let by = due.as_ref().map(|due| self.by(due));
        match (self.lang, by) {
            (Lang::En, Some(by)) => format!("you were going to {}", en::with_deadline(action, &by)),
            (Lang::En, None) => format!("you were going to {action}"),
            (Lang::Sv, Some(by)) => {
                format!("{} skulle {}", self.you(), sv::with_deadline(action, &by))
            }
            (Lang::Sv, None) => format!("{} skulle {action}", self.you()),
            (Lang::De, by) => de::promise(action, by.as_deref(), self.formal, false),
            (Lang::Nb, Some(by)) => format!("du skulle {}", nb::with_deadline(action, &by)),
            (Lang::Nb, None) => format!("du skulle {action}"),
            (Lang::Nl, by) => nl::promise(self.you(), by.as_deref(), action, self.formal),
        }
    }

    fn by(&self, due: &Due) -> String {
        match (self.lang, due) {
            (Lang::En, Due::Today) => "by today".to_owned(),
            // "by yesterday", as reps say it: a bare "yesterday" lands on the wrong word ("let
            // me know yesterday which package") and drops the deadline.
            (Lang::En, Due::Yesterday) => "by yesterday".to_owned(),
            (Lang::En, Due::Weekday(day)) => format!("by {day}"),
            (Lang::En, Due::Date(date)) => format!("by {date}"),
            (Lang::Sv, Due::Today) => "senast i dag".to_owned(),
            (Lang::Sv, Due::Yesterday) => "senast i går".to_owned(),
            (Lang::Sv, Due::Weekday(day)) => format!("senast {day}"),
            (Lang::Sv, Due::Date(date)) => format!("senast {date}"),
            (Lang::De, Due::Today) => "bis heute".to_owned(),
            (Lang::De, Due::Yesterday) => "bis gestern".to_owned(),
            (Lang::De, Due::Weekday(day)) => format!("bis {day}"),
            (Lang::De, Due::Date(date)) => format!("bis zum {date}"),
            (Lang::Nb, Due::Today) => "innen i dag".to_owned(),
            (Lang::Nb, Due::Yesterday) => "innen i går".to_owned(),
            (Lang::Nb, Due::Weekday(day)) => format!("innen {day}"),
            (Lang::Nb, Due::Date(date)) => format!("innen {date}"),
            // "uiterlijk gisteren" is not said; the day itself carries the deadline.
            (Lang::Nl, Due::Today) => "vandaag".to_owned(),
            (Lang::Nl, Due::Yesterday) => "gisteren".to_owned(),
            (Lang::Nl, Due::Weekday(day)) => format!("uiterlijk {day}"),
            (Lang::Nl, Due::Date(date)) => format!("uiterlijk {date}"),
        }
    }

    /// The assumptive question (F3) about what was promised; `name_topic` names the topic in
    /// a question about a decision ("What did you decide about the contract?"), which a line
    /// that has just named it leaves out.
    fn question(&self, thread: &Thread, name_topic: bool) -> String {
        let topic = if name_topic {
            thread.topic.as_str()
        } else {
            ""
        };
        if thread.action.is_empty() {
            // Nothing was promised, so ask what has happened rather than what they concluded.
            return match self.lang {
                Lang::En => "How have things moved on since then?",
                Lang::Sv => "Vad har hänt sedan vi hördes senast?",
                // The opener has just said "bei unserem letzten Gespräch".
                Lang::De => "Was hat sich seitdem ergeben?",
                Lang::Nb => "Hva har skjedd siden sist vi snakket?",
                // The opener has just named the last conversation; "sinds ons laatste gesprek"
                // would say it twice.
                Lang::Nl => "Wat is er sindsdien gebeurd?",
            }
            .to_owned();
        }
        let promise = promise::read(self.lang, &thread.action);
        if let Some(question) = promise::question(self.lang, &promise, self.formal) {
            return question;
        }
        match (self.lang, topic.is_empty()) {
            // "conclude" is what a report does; people on the phone "decide".
            (Lang::En, false) => format!("What did you decide about {topic}?"),
            (Lang::En, true) => "What did you decide?".to_owned(),
            // "när det gäller" takes a topic typed definite or not ("ett nytt affärssystem").
            (Lang::Sv, false) => {
                format!("Vad kom {} fram till när det gäller {topic}?", self.you())
            }
            (Lang::Sv, true) => format!("Vad kom {} fram till?", self.you()),
            // "dabei" points back to the action the opener just named; naming the topic again
            // would need it in the dative, which the rep's words are not written in.
            (Lang::De, _) => "Was ist dabei herausgekommen?".to_owned(),
            (Lang::Nb, false) => format!("Hva kom du fram til når det gjelder {topic}?"),
            (Lang::Nb, true) => "Hva kom du fram til?".to_owned(),
            // The opener has just named the topic: "daarover" points back to it, as the
            // customer hears the two together.
            (Lang::Nl, false) if self.formal => "Wat heeft u daarover besloten?".to_owned(),
            (Lang::Nl, false) => "Wat heb je daarover besloten?".to_owned(),
            (Lang::Nl, true) if self.formal => "Wat heeft u besloten?".to_owned(),
            (Lang::Nl, true) => "Wat heb je besloten?".to_owned(),
        }
    }

    fn next_step(&self, at: NaiveDateTime) -> String {
        let when = format_day_time(self.lang, at);
        match (self.lang, self.formal) {
            (Lang::En, _) => format!("I'll call you on {when} — how does that look for you?"),
            (Lang::Sv, false) => format!("Jag ringer dig {when} – hur låter det?"),
            (Lang::Sv, true) => format!("Jag ringer er {when} – hur låter det?"),
            // "wie passt Ihnen das?" is a calque; the conditional offers rather than announces.
            (Lang::De, false) => format!("Ich würde dich am {when} anrufen – passt dir das?"),
            (Lang::De, true) => format!("Ich würde Sie am {when} anrufen – passt Ihnen das?"),
            (Lang::Nb, _) => {
                format!("Jeg ringer deg {when} – hvordan høres det ut?")
            }
            // "past dat in je agenda?" is office Dutch; on the phone "komt dat (u) uit?".
            (Lang::Nl, false) => format!("Ik bel je {when} – komt dat uit?"),
            (Lang::Nl, true) => format!("Ik bel u {when} – komt dat u uit?"),
        }
    }

    /// The subject pronoun "you" where the language distinguishes formality.
    fn you(&self) -> &'static str {
        match (self.lang, self.formal) {
            (Lang::Sv, true) => "ni",
            (Lang::Nl, true) => "u",
            (Lang::Nl, false) => "je",
            (Lang::De, true) => "Sie",
            (Lang::De, false) => "du",
            _ => "du",
        }
    }
}

/// The rep's words as said aloud: without the legal forms of the companies named ("Harbour
/// Logistics Ltd" is said "Harbour Logistics"). German keeps them: "mit der Nordfrakt GmbH"
/// is what is said, and the article is the legal form's.
fn spoken(lang: Lang, text: &str) -> String {
    match lang {
        Lang::De => text.to_owned(),
        _ => spoken_names(text),
    }
}

/// The promised action as the line says it: tidied, without an infinitive marker or the
/// legal forms, and with the customer's own things said to them ("sin chef" → "din chef").
fn said_action(input: &FollowUpInput) -> String {
    let action = spoken(
        input.lang,
        &infinitive(input.lang, &tidy(&input.promised_action)),
    );
    promise::to_the_customer(input.lang, &action, input.formal)
}

/// Drops an infinitive marker the rep typed ("to check", "att kolla", "å sjekke"), which the
/// sentence already supplies or does not take.
fn infinitive(lang: Lang, action: &str) -> String {
    let marker = match lang {
        Lang::En => "to ",
        Lang::Sv => "att ",
        Lang::Nb => "å ",
        Lang::De | Lang::Nl => return action.to_owned(),
    };
    match action.get(..marker.len()) {
        Some(start) if start.eq_ignore_ascii_case(marker) => {
            action[marker.len()..].trim_start().to_owned()
        }
        _ => action.to_owned(),
    }
}

/// What F4 asks of the rep's own next step: a concrete day, an exact time, and a question that
/// hands the choice to the customer ("how does that look for you?").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextStepCheck {
    pub names_day: bool,
    pub names_time: bool,
    pub asks: bool,
}

impl NextStepCheck {
    pub fn passes(&self) -> bool {
        self.names_day && self.names_time && self.asks
    }
}

/// Reads the next step with the customer-time parser: "next week" or "after five" is not yet a
/// proposal; "Friday 4 December at 12:00" or "tomorrow at 10" is.
pub fn check_next_step(text: &str, lang: Option<Lang>) -> NextStepCheck {
    use super::question::analyze_question;
    use super::schedule::{parse_customer_time, DayWish, Span, TimeWish};

    let when = parse_customer_time(text).unwrap_or_default();
    NextStepCheck {
        names_day: matches!(
            when.day,
            Some(
                DayWish::Date(_)
                    | DayWish::DayOfMonth { .. }
                    | DayWish::Weekday(_)
                    | DayWish::In(Span::Days(_))
            )
        ),
        names_time: matches!(when.time, Some(TimeWish::At { .. })),
        asks: analyze_question(text, lang, lang.unwrap_or_default()).asks(),
    }
}

#[cfg(test)]
mod next_step_tests {
    use super::*;
    use crate::schedule::parse_iso_local;

    #[test]
    fn every_built_next_step_passes_f4() {
        let now = parse_iso_local("2026-12-04T16:30").unwrap();
        for lang in Lang::ALL {
            let mut input = FollowUpInput::new(lang);
            input.topic = "x".into();
            let built = build_follow_up(&input, &Settings::default(), now);
            assert!(
                check_next_step(&built.next_step, Some(lang)).passes(),
                "{}",
                built.next_step
            );
        }
    }

    #[test]
    fn vague_steps_fail_f4_and_say_what_is_missing() {
        let check = |text: &str| check_next_step(text, None);
        assert_eq!(
            check("I'll call you next week."),
            NextStepCheck {
                names_day: false,
                names_time: false,
                asks: false
            }
        );
        assert_eq!(
            check("Ich rufe Sie am Freitag an."),
            NextStepCheck {
                names_day: true,
                names_time: false,
                asks: false
            }
        );
        assert_eq!(
            check("I'll call you soon — how does that look for you?"),
            NextStepCheck {
                names_day: false,
                names_time: false,
                asks: true
            }
        );
        assert!(check("Jag ringer dig på fredag kl. 12, hur passar det?").passes());
        assert!(check("Ik bel u morgen om 10.00 uur, hoe past dat in uw agenda?").passes());
        assert!(!check("").passes());
    }
}
