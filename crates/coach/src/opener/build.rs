//! The opener builder and the discovery questions, from the rep's prep card.
//!
//! Fields are free text that the templates put inside a sentence, so they are written as the
//! sentence needs them: `hook` is a noun phrase about the prospect ("your new office in
//! Oslo", "the interview with you in Dagens Industri"), `need` what they may be working on, as a
//! noun phrase, a comparative or a verb phrase ("onboarding new sellers", "shorter delivery
//! times", "reduce churn": `need.rs` gives each kind its frame), `reason` anything short ("a way to cut onboarding
//! time"); in German hook and need in the accusative ("Ihren neuen Standort in Leipzig"), which
//! [`crate::grammar::de::prepare_card`] makes of a masculine nominative where it can tell. Empty fields
//! leave their sentence out, and without a hook there is no hook-first opener: every opener
//! offered can be said as it stands. Text stays text: nothing is escaped.
//!
//! Formality follows [`default_formal`] unless the card says otherwise. Every opener ends with
//! an open question about the prospect's situation (W4), and is checked with
//! [`analyze_opener`]: if the reason sentence pushes it below 80, it is left out.
//!
//! The need-first opener says the hook (if any), then what others like them are working on,
//! then a question that points back at that need ("How are you going about it?"), so the
//! pronoun is next to what it means; with a hook it leaves the reason to the hook-first opener.
//! How each kind of need is said is in `need.rs`.

use serde::{Deserialize, Serialize};

use super::{analyze_opener, need, rules_for};
use crate::detect::{writing_lang, WritingLang};
use crate::followup::default_formal;
use crate::grammar;
use crate::grammar::nl;
use crate::greeting::{greeting, spoken_company};
use crate::text::tidy;
use crate::Lang;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PrepInput {
    pub lang: Option<Lang>,
    pub contact_name: String,
    pub role: String,
    pub company: String,
    pub hook: String,
    pub need: String,
    pub reason: String,
    pub mutual_contact: String,
    pub formal: Option<bool>,
}

impl PrepInput {
    /// The language the openers and questions are written in: `lang`, or with `lang` left
    /// to detection the language of what the rep wrote about the prospect. Names (contact,
    /// company, mutual contact) say nothing about it, and job titles are often English
    /// loanwords ("Head of Sales", "CFO") in a call held in another language.
    pub fn writing_lang(&self, ui_lang: Lang) -> WritingLang {
        writing_lang(
            self.lang,
            &[self.hook.as_str(), self.need.as_str(), self.reason.as_str()],
            ui_lang,
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OpenerStyle {
    HookFirst,
    NeedFirst,
    MutualContact,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BuiltOpener {
    pub style: OpenerStyle,
    pub text: String,
}

/// A language's sentence templates. Markers: `{s}` `{o}` `{d}` the prospect as subject,
/// object and dative; `{a}` where they work (`at`), `{c}` companies like theirs (`like`), `{l}`
/// their role (`role`); `{x}` company, `{y}` role, `{h}` hook, `{m}` mutual contact, `{n}`
/// need, `{r}` reason.
pub(super) struct Templates {
    /// `{s}`, `{o}`, `{d}`: informal, then formal.
    pub you: [[&'static str; 3]; 2],
    /// With a company, then without.
    pub at: [&'static str; 2],
    pub like: &'static str,
    /// What `{c}` says without a company ("voor jou" in Dutch), or nothing.
    pub like_alone: &'static str,
    pub role: &'static str,
    pub hook: &'static str,
    pub mutual: &'static str,
    pub need: &'static str,
    pub reason: &'static str,
    pub ask_need: &'static str,
    pub ask: &'static str,
    pub busy: &'static str,
    pub year: &'static str,
    /// W5 and P1, for [`call_purpose`].
    pub purpose: &'static str,
}

struct Card<'a> {
    lang: Lang,
    t: &'a Templates,
    formal: bool,
    name: String,
    role: String,
    company: String,
    hook: String,
    need: String,
    reason: String,
    mutual: String,
}

impl Card<'_> {
    fn new(input: &PrepInput, ui_lang: Lang) -> Card<'static> {
        let lang = input.writing_lang(ui_lang).lang;
        let formal = input.formal.unwrap_or_else(|| default_formal(lang));
        let mut card = Card {
            lang,
            t: &rules_for(lang).build,
            formal,
            name: tidy(&input.contact_name),
            role: tidy(&input.role),
            company: spoken_company(&tidy(&input.company)),
            hook: tidy(&input.hook),
            need: tidy(&input.need),
            reason: tidy(&input.reason),
            mutual: tidy(&input.mutual_contact),
        };
        card.hook = own_interview(lang, &card.hook);
        match lang {
            // The rep's words in the line's register, without legal forms; the hook with the
            // verb that fits it ("Ik zag je bericht", "Ik las over jullie vestiging").
            Lang::Nl => {
                let formal = nl::formal(formal, &card.name);
                let hook = match card.hook.is_empty() {
                    true => String::new(),
                    false => nl::hook_sentence(&card.hook, formal),
                };
                Card {
                    formal,
                    hook,
                    company: nl::organisation(&card.company),
                    // As typed, in the line's register: `need::nl` picks the frame it fits.
                    need: nl::phrase(&card.need, formal),
                    reason: match card.reason.is_empty() {
                        true => String::new(),
                        false => nl::reason_sentence(&card.reason, formal),
                    },
                    ..card
                }
            }
            Lang::De => {
                grammar::de::prepare_card(
                    card.formal,
                    [&mut card.hook, &mut card.need, &mut card.reason],
                    &mut card.role,
                    &mut card.company,
                );
                card
            }
            _ => card,
        }
    }

    /// Fills `template` in one pass, so that a field containing a marker stays as typed.
    fn fill(&self, template: &str) -> String {
        let mut out = String::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let marker = rest[open + 1..].chars().next().unwrap_or('}');
            rest = rest[open + 1..].get(marker.len_utf8() + 1..).unwrap_or("");
            let you = &self.t.you[usize::from(self.formal)];
            let company = !self.company.is_empty();
            match marker {
                's' => out.push_str(you[0]),
                'o' => out.push_str(you[1]),
                'd' => out.push_str(you[2]),
                'a' => out.push_str(&self.fill(self.t.at[usize::from(!company)])),
                'c' if company => out.push_str(&self.fill(self.t.like)),
                'c' => out.push_str(&self.fill(self.t.like_alone)),
                'l' if !self.role.is_empty() => out.push_str(&self.fill(self.t.role)),
                'p' => out.push_str(grammar::nb::at(&self.company)),
                'x' => out.push_str(&self.company),
                'y' => out.push_str(&self.role),
                'h' => out.push_str(&self.hook),
                'm' => out.push_str(&self.mutual),
                'n' => out.push_str(&self.need),
                'r' => out.push_str(&self.reason),
                _ => {}
            }
        }
        out.push_str(rest);
        out
    }

    fn question(&self) -> String {
        if let Some(asked) = self.grammar(Part::AskNeed) {
            return asked;
        }
        self.fill(if self.need.is_empty() {
            self.t.ask
        } else {
            self.t.ask_need
        })
    }

    fn opener(&self, style: OpenerStyle, with_reason: bool) -> String {
        let t = self.t;
        let mut parts = vec![format!("{}!", self.greeting())];
        let has_hook = !self.hook.is_empty();
        let need_first = style == OpenerStyle::NeedFirst && !self.need.is_empty();
        if style == OpenerStyle::MutualContact {
            parts.push(self.fill(t.mutual));
        }
        if has_hook {
            parts.push(
                self.grammar(Part::Hook)
                    .unwrap_or_else(|| self.fill(t.hook)),
            );
        }
        // With a hook, the hook-first opener says the reason; the need-first one goes from the
        // hook to the need, so that it is not a stack of five sentences before the question.
        let reason_here = !(need_first && has_hook);
        if with_reason && reason_here && !self.reason.is_empty() {
            parts.push(
                self.grammar(Part::Reason)
                    .unwrap_or_else(|| self.fill(t.reason)),
            );
        }
        if need_first {
            // The need, with what others like them do about it, comes right before the
            // question that points back at it ("How are you going about it?"): with the hook
            // or the reason in between, "it" would point at them. The need and the company
            // are named once.
            let need = t
                .need
                .split_once('|')
                .map_or(t.need, |(sentence, _)| sentence);
            parts.push(
                self.grammar(Part::NeedSentence)
                    .unwrap_or_else(|| self.fill(need)),
            );
            parts.push(
                self.grammar(Part::AskBack)
                    .unwrap_or_else(|| self.question()),
            );
        } else {
            parts.push(self.question());
        }
        parts.join(" ")
    }

    /// The greeting without punctuation. A first call in Dutch greets a first name with
    /// "Hallo", which fits a hospital's director as well as a shop owner; "Hoi" is for someone
    /// the rep has spoken to (the follow-up's greeting).
    fn greeting(&self) -> String {
        let said = greeting(self.lang, self.formal, &self.name);
        match (self.lang, said.strip_prefix("Hoi ")) {
            (Lang::Nl, Some(name)) => format!("Hallo {name}"),
            _ => said,
        }
    }

    /// The sentences whose form depends on what the rep typed, for the languages with a
    /// grammar module; `None` leaves the language's template to it.
    fn grammar(&self, part: Part) -> Option<String> {
        let (need, company) = (self.need.as_str(), self.company.as_str());
        let lines = || match self.lang {
            Lang::En => Some(need::en(need, company)),
            Lang::Sv => Some(need::sv(need, company)),
            Lang::Nb => Some(need::nb(need, company)),
            Lang::Nl => Some(need::nl(need, company, &self.fill("{a}"), self.formal)),
            Lang::De => None,
        };
        match (self.lang, part) {
            (_, Part::AskNeed | Part::NeedSentence | Part::AskBack) if need.is_empty() => None,
            (Lang::De, Part::AskNeed) => need::de_with(need).map(|with| {
                let frame = need::DE_ASK_WITH;
                format!("{}{with}{}", self.fill(frame[0]), frame[1])
            }),
            (Lang::De, Part::NeedSentence) => need::de_with(need).map(|_| self.fill(need::DE_WISH)),
            // German carries its closing question in the need template, after '|'.
            (Lang::De, Part::AskBack) => self.t.need.split_once('|').map(|(_, ask)| self.fill(ask)),
            (_, Part::NeedSentence) => lines().map(|lines| lines.sentence),
            (_, Part::AskNeed) => lines().map(|lines| lines.ask),
            (_, Part::AskBack) => lines().map(|lines| lines.back),
            (Lang::De, Part::Hook) => Some(match need::de_person_dative(&self.hook) {
                Some(people) => format!("Ich habe von {people} gehört."),
                None => self.fill(t_hook_de(&self.hook)),
            }),
            (Lang::En, Part::Hook) => Some(grammar::en::hook_sentence(&self.hook)),
            (Lang::En, Part::Reason) => Some(grammar::en::reason_sentence(&self.reason)),
            (Lang::Sv, Part::Hook) => Some(grammar::sv::hook_sentence(&self.hook)),
            (Lang::Sv, Part::Reason) => Some(grammar::sv::reason_sentence(&self.reason)),
            (Lang::Nb, Part::Hook) => Some(grammar::nb::hook_sentence(&self.hook)),
            (Lang::Nb, Part::Reason) => Some(grammar::nb::reason_sentence(&self.reason)),
            _ => None,
        }
    }
}

/// "Ich habe {h} gelesen." and its kin: see `need::de_hook_participle`.
fn t_hook_de(hook: &str) -> &'static str {
    match need::de_hook_participle(hook) {
        "gelesen" => "Ich habe {h} gelesen.",
        "gesehen" => "Ich habe {h} gesehen.",
        _ => "Ich habe {h} mitbekommen.",
    }
}

/// "the interview with you in Logistics Weekly" is said "your interview in Logistics Weekly",
/// "het interview met u in het FD" "je interview in het FD" (the register follows in
/// `nl::hook_sentence`): an interview, a podcast or a talk with them is theirs.
fn own_interview(lang: Lang, hook: &str) -> String {
    let words: Vec<&str> = hook.split(' ').collect();
    let (articles, with, you, yours): (&[&str], &str, &[&str], &str) = match lang {
        Lang::En => (&["the", "The"], "with", &["you"], "your"),
        Lang::Nl => (
            &["het", "Het", "de", "De"],
            "met",
            &["u", "jou", "je"],
            "je",
        ),
        _ => return hook.to_owned(),
    };
    match words.as_slice() {
        [article, noun, w, y, rest @ ..]
            if articles.contains(article) && *w == with && you.contains(y) =>
        {
            let mut out = vec![yours, noun];
            out.extend(rest);
            out.join(" ")
        }
        _ => hook.to_owned(),
    }
}

#[derive(Clone, Copy)]
enum Part {
    Hook,
    Reason,
    NeedSentence,
    AskNeed,
    AskBack,
}

/// Hook-first and need-first openers, and a mutual-contact one when the card names a contact,
/// in the card's [`PrepInput::writing_lang`].
pub fn build_openers(input: &PrepInput, ui_lang: Lang) -> Vec<BuiltOpener> {
    let card = Card::new(input, ui_lang);
    let lang = card.lang;
    // Without a hook there is nothing to start with: a bracketed gap would be a line that
    // cannot be said, so the need-first opener, which needs none, stands alone.
    let mut styles = if card.hook.is_empty() {
        vec![OpenerStyle::NeedFirst]
    } else {
        vec![OpenerStyle::HookFirst, OpenerStyle::NeedFirst]
    };
    if !card.mutual.is_empty() {
        styles.push(OpenerStyle::MutualContact);
    }
    styles
        .into_iter()
        .map(|style| {
            let mut text = card.opener(style, true);
            if !card.reason.is_empty() && analyze_opener(&text, Some(lang), lang).score < 80 {
                text = card.opener(style, false);
            }
            BuiltOpener { style, text }
        })
        .collect()
}

/// Three open questions about the prospect's situation (W4): what they do about the need (or
/// what matters most), what takes their time in their role, and what a good year would be.
pub fn discovery_questions(input: &PrepInput, ui_lang: Lang) -> Vec<String> {
    let card = Card::new(input, ui_lang);
    vec![
        card.question(),
        card.fill(card.t.busy),
        card.fill(card.t.year),
    ]
}

/// What the call is for (W5), and that the rep, not a dialler, places it (P1).
pub fn call_purpose(lang: Lang) -> &'static str {
    rules_for(lang).build.purpose
}
