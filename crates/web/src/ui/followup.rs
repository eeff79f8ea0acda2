//! The Follow-up tab: the builder (F2–F4, T1–T5) and the live question analysis (F3).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::conversation_lang::conversation_lang;
use super::copy::CopyText;
use super::fields::{area, checkbox, date, input};
use super::notices::Notices;
use super::put_aside::{filled_notice, DraftKeys};
use super::{local_now, save_problem_view, use_stored, why, AppStore, Stored};
use crate::coach::detect::{writing_lang, WritingLang};
use crate::coach::followup::{
    build_follow_up, check_next_step, default_formal, format_day_time, FollowUpInput, NextStepCheck,
};
use crate::coach::question::{analyze_question, QuestionAnalysis, QuestionKind};
use crate::coach::rules::COACHING;
use crate::coach::schedule::{
    iso_local, parse_customer_time, parse_iso_date, DealSize, LastOutcome, Proposal, ScheduleInput,
    Stage,
};
use crate::coach::settings::Settings;
use crate::coach::Lang;
use crate::i18n::{t, Text};

pub const DRAFT_KEY: &str = "followup-draft";

pub const FOLLOW_UP_KEYS: DraftKeys = DraftKeys {
    draft: DRAFT_KEY,
    put_aside: "followup-draft-put-aside",
    filled: "followup-draft-filled",
};

/// Everything the rep typed on this tab, kept as typed so a reload restores it exactly.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct FollowUpDraft {
    /// The conversation's language; `None` detects it from what the rep writes.
    pub lang: Option<Lang>,
    pub contact_name: String,
    pub topic: String,
    pub promised_action: String,
    /// As the date input gives it: "2026-12-04", or empty.
    pub due_date: String,
    pub customer_time: String,
    pub stage: Stage,
    pub thinking_it_over: bool,
    pub large_deal: bool,
    /// `None` uses the language's usual form of address.
    pub formal: Option<bool>,
    pub opener: String,
    pub question: String,
    pub next_step: String,
    pub proposal: Option<ProposalSummary>,
    /// The lead the tab was filled from ("Write the follow-up"), by name; empty when typed.
    pub filled_from: String,
}

/// What the screen shows about the proposed next contact.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProposalSummary {
    #[serde(with = "crate::coach::schedule::iso_serde::date_time")]
    pub at: NaiveDateTime,
    pub rules: Vec<String>,
    pub customer_time_too_far: bool,
    pub outside_working_hours: bool,
}

impl From<&Proposal> for ProposalSummary {
    fn from(proposal: &Proposal) -> Self {
        ProposalSummary {
            at: proposal.at,
            rules: proposal.rules.iter().map(|r| r.to_string()).collect(),
            customer_time_too_far: proposal.customer_time_too_far,
            outside_working_hours: proposal.outside_working_hours,
        }
    }
}

impl FollowUpDraft {
    /// The same fields and parts, whenever the next contact was proposed.
    pub fn same_conversation(&self, other: &FollowUpDraft) -> bool {
        let unproposed = |draft: &FollowUpDraft| FollowUpDraft {
            proposal: None,
            ..draft.clone()
        };
        unproposed(self) == unproposed(other)
    }

    /// The language the follow-up is written in: `lang`, or with `lang` left to detection the
    /// language of what the rep wrote about the last conversation. The contact's name says
    /// nothing about it, and the three parts are the coach's own output, which would only
    /// echo its last choice back.
    pub fn writing_lang(&self, ui_lang: Lang) -> WritingLang {
        writing_lang(
            self.lang,
            &[
                self.topic.as_str(),
                self.promised_action.as_str(),
                self.customer_time.as_str(),
            ],
            ui_lang,
        )
    }

    /// The builder's input, in [`Self::writing_lang`].
    pub fn builder_input(&self, ui_lang: Lang) -> FollowUpInput {
        let lang = self.writing_lang(ui_lang).lang;
        FollowUpInput {
            lang,
            contact_name: self.contact_name.clone(),
            topic: self.topic.clone(),
            promised_action: self.promised_action.clone(),
            due_date: parse_iso_date(&self.due_date),
            formal: self.formal.unwrap_or_else(|| default_formal(lang)),
            call_day: None,
            situation: ScheduleInput {
                stage: self.stage,
                deal_size: if self.large_deal {
                    DealSize::Large
                } else {
                    DealSize::Regular
                },
                last_outcome: if self.thinking_it_over {
                    LastOutcome::ThinkingItOver
                } else {
                    LastOutcome::Talked
                },
                customer_time: parse_customer_time(&self.customer_time),
                promised_by: None,
                // The builder sets the conversation's language.
                lang: None,
            },
        }
    }

    /// Fills the three parts from the builder, replacing what was there.
    pub fn write(&mut self, ui_lang: Lang, settings: &Settings, now: NaiveDateTime) {
        let built = build_follow_up(&self.builder_input(ui_lang), settings, now);
        self.opener = built.opener;
        self.question = built.question;
        self.next_step = built.next_step;
        self.proposal = Some(ProposalSummary::from(&built.proposal));
    }
}

#[derive(Properties, PartialEq)]
pub struct FollowUpScreenProps {
    pub store: AppStore,
    pub settings: Settings,
    pub lang: Lang,
}

#[component]
pub fn FollowUpScreen(props: &FollowUpScreenProps) -> Html {
    let Stored {
        value: current,
        update,
        save_problem,
        notices,
        dismiss,
    } = use_stored::<FollowUpDraft>(&props.store, DRAFT_KEY);
    let put_aside = use_stored::<Option<FollowUpDraft>>(&props.store, FOLLOW_UP_KEYS.put_aside);
    let lang = props.lang;
    let text = |key: Text| t(lang, key);

    let text_field = |set: fn(&mut FollowUpDraft, String)| {
        let update = update.clone();
        Callback::from(move |value: String| update.emit(Box::new(move |d| set(d, value))))
    };
    let check_field = |set: fn(&mut FollowUpDraft, bool)| {
        let update = update.clone();
        Callback::from(move |value: String| {
            let checked = value == "true";
            update.emit(Box::new(move |d| set(d, checked)));
        })
    };
    let on_lang = {
        let update = update.clone();
        Callback::from(move |chosen: Option<Lang>| update.emit(Box::new(move |d| d.lang = chosen)))
    };
    let on_stage = {
        let update = update.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            let stage = STAGES
                .iter()
                .find(|(slug, ..)| *slug == value)
                .map(|(_, stage, _)| *stage);
            update.emit(Box::new(move |d| d.stage = stage.unwrap_or_default()));
        })
    };
    let on_write = {
        let update = update.clone();
        let settings = props.settings.clone();
        Callback::from(move |_| {
            let settings = settings.clone();
            update.emit(Box::new(move |d| d.write(lang, &settings, local_now())));
        })
    };
    let on_accept = {
        let update = update.clone();
        Callback::from(move |rewrite: String| update.emit(Box::new(move |d| d.question = rewrite)))
    };

    let written = current.writing_lang(lang);
    let formal = current
        .formal
        .unwrap_or_else(|| default_formal(written.lang));
    let customer_time_unread = !current.customer_time.trim().is_empty()
        && parse_customer_time(&current.customer_time).is_none();
    let opener_analysis = analyze_question(&current.opener, written.settled(), lang);
    let question_analysis = analyze_question(&current.question, written.settled(), lang);

    html! {
        <section class="wc-followup" data-testid="followup">
            <h2>{text(Text::TabFollowUp)}</h2>
            <p class="wc-help">{text(Text::FollowUpIntro)}</p>
            <Notices {notices} {lang} ondismiss={dismiss} />
            {save_problem_view(save_problem.or(put_aside.save_problem), lang)}
            {filled_notice(lang, &current.filled_from, &update, &put_aside)}
            <div class="wc-columns">
                <form class="wc-builder" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <fieldset>
                        <legend>{text(Text::LastConversation)}</legend>
                        {input(text(Text::FieldContact), "followup-contact", &current.contact_name, text_field(|d, v| d.contact_name = v))}
                        {input(text(Text::FieldTopic), "followup-topic", &current.topic, text_field(|d, v| d.topic = v))}
                        {input(text(Text::FieldPromise), "followup-promise", &current.promised_action, text_field(|d, v| d.promised_action = v))}
                        {date(text(Text::FieldDue), "followup-due", &current.due_date, text_field(|d, v| d.due_date = v))}
                        {input(text(Text::FieldCustomerTime), "followup-customer-time", &current.customer_time, text_field(|d, v| d.customer_time = v))}
                        if customer_time_unread {
                            <p class="wc-help" data-testid="customer-time-unread">{text(Text::CustomerTimeNotUnderstood)}</p>
                        }
                        <label>
                            {text(Text::FieldStage)}
                            <select data-testid="followup-stage" onchange={on_stage}>
                                { for STAGES.iter().map(|(slug, stage, label)| html! {
                                    <option value={*slug} selected={current.stage == *stage}>{text(*label)}</option>
                                }) }
                            </select>
                        </label>
                        {checkbox(text(Text::FieldThinking), "followup-thinking", current.thinking_it_over, check_field(|d, v| d.thinking_it_over = v))}
                        {checkbox(text(Text::FieldLargeDeal), "followup-large", current.large_deal, check_field(|d, v| d.large_deal = v))}
                        {conversation_lang("followup-lang", current.lang, written, lang, on_lang)}
                        {checkbox(text(Text::FieldFormal), "followup-formal", formal, check_field(|d, v| d.formal = Some(v)))}
                    </fieldset>
                    <button type="button" class="wc-button" data-testid="followup-write" onclick={on_write}>
                        {text(Text::BuildFollowUp)}
                    </button>
                </form>
                <div class="wc-draft">
                    <h3>{text(Text::YourFollowUp)}</h3>
                    {area(text(Text::PartOpener), "followup-opener", &current.opener, 3, Some(opener_analysis.lang), text_field(|d, v| d.opener = v))}
                    if opener_analysis.kind == QuestionKind::Recap {
                        <Analysis analysis={opener_analysis} text={current.opener.clone()} {lang}
                            test_id="opener-analysis" onaccept={Callback::noop()} />
                    }
                    {area(text(Text::PartQuestion), "followup-question", &current.question, 3, Some(question_analysis.lang), text_field(|d, v| d.question = v))}
                    <Analysis analysis={question_analysis} text={current.question.clone()} {lang}
                        test_id="question-analysis" onaccept={on_accept} />
                    {area(text(Text::PartNextStep), "followup-next-step", &current.next_step, 3, Some(written.lang), text_field(|d, v| d.next_step = v))}
                    if !current.next_step.trim().is_empty() {
                        {next_step_view(check_next_step(&current.next_step, written.settled()), lang)}
                    }
                    <div class="wc-row" data-testid="followup-copy">
                        <CopyText text={whole_follow_up(&current)} {lang} what={text(Text::YourFollowUp)} />
                    </div>
                    if let Some(proposal) = &current.proposal {
                        <ProposalView proposal={proposal.clone()} {lang} />
                    }
                </div>
            </div>
        </section>
    }
}

/// The three parts as the rep says or sends them, one after the other.
fn whole_follow_up(draft: &FollowUpDraft) -> AttrValue {
    [&draft.opener, &draft.question, &draft.next_step]
        .into_iter()
        .map(|part| part.trim())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
        .into()
}

const STAGES: [(&str, Stage, Text); 4] = [
    (
        "first-contact",
        Stage::FirstContact,
        Text::StageFirstContact,
    ),
    ("in-dialogue", Stage::InDialogue, Text::StageInDialogue),
    ("offer-out", Stage::OfferOut, Text::StageOfferOut),
    (
        "closing-attempted",
        Stage::ClosingAttempted,
        Text::StageClosingAttempted,
    ),
];

#[derive(Properties, PartialEq)]
struct AnalysisProps {
    analysis: QuestionAnalysis,
    text: String,
    lang: Lang,
    test_id: &'static str,
    onaccept: Callback<String>,
}

/// The verdict on one text: its kind, what triggered it, why, and rewrites to accept.
#[component]
fn Analysis(props: &AnalysisProps) -> Html {
    let analysis = &props.analysis;
    let lang = props.lang;
    let (kind_text, kind_slug) = kind_label(analysis);
    let flagged = matches!(analysis.kind, QuestionKind::Closed | QuestionKind::Recap);
    let span = props
        .text
        .get(analysis.span.clone())
        .filter(|s| !s.is_empty())
        .map(|marked| {
            let before = &props.text[..analysis.span.start];
            let after = &props.text[analysis.span.end..];
            html! { <p class="wc-quote">{before}<mark>{marked}</mark>{after}</p> }
        });
    html! {
        <div class={classes!("wc-analysis", flagged.then_some("wc-flagged"))}
            data-testid={props.test_id} data-kind={kind_slug} data-length={props.text.encode_utf16().count().to_string()}>
            <p class="wc-kind" aria-live="polite">
                <strong>{t(lang, kind_text)}</strong>
                if analysis.lang_detected {
                    {" · "}{t(lang, Text::AssumedLanguage)}{" "}{analysis.lang.native_name()}
                }
            </p>
            if analysis.asks() {
                {span.unwrap_or_default()}
                <p>{&analysis.message}</p>
            }
            if !analysis.rewrites.is_empty() {
                <p class="wc-try">{t(lang, Text::TryInstead)}</p>
                <ul class="wc-rewrites">
                    { for analysis.rewrites.iter().map(|rewrite| {
                        let accepted = rewrite.clone();
                        let onclick = props.onaccept.reform(move |_| accepted.clone());
                        html! {
                            <li>
                                <span lang={analysis.lang.code()}>{rewrite}</span>{" "}
                                <button type="button" class="wc-button wc-secondary" data-testid="accept-rewrite" {onclick}>
                                    {t(lang, Text::UseThis)}
                                </button>{" "}
                                <CopyText text={rewrite.clone()} {lang} what={rewrite.clone()} />
                            </li>
                        }
                    }) }
                </ul>
            }
            {why(&analysis.rules, lang, &[&COACHING])}
        </div>
    }
}

/// The F4 checklist under the rep's next step.
fn next_step_view(check: NextStepCheck, lang: Lang) -> Html {
    let item = |ok: bool, key: Text| {
        html! {
            <li class={if ok { "wc-ok" } else { "wc-error" }} data-ok={ok.to_string()}>
                {if ok { "✓ " } else { "✗ " }}{t(lang, key)}
            </li>
        }
    };
    html! {
        <div class={classes!("wc-analysis", (!check.passes()).then_some("wc-flagged"))}
            data-testid="next-step-check" data-passes={check.passes().to_string()}>
            <ul class="wc-checklist">
                {item(check.names_day, Text::StepNamesDay)}
                {item(check.names_time, Text::StepNamesTime)}
                {item(check.asks, Text::StepAsks)}
            </ul>
            {why(&["F4"], lang, &[&COACHING])}
        </div>
    }
}

fn kind_label(analysis: &QuestionAnalysis) -> (Text, &'static str) {
    if analysis.unsure {
        return (Text::KindUnsure, "unsure");
    }
    match analysis.kind {
        QuestionKind::Closed => (Text::KindClosed, "closed"),
        QuestionKind::Assumptive => (Text::KindAssumptive, "assumptive"),
        QuestionKind::Open => (Text::KindOpen, "open"),
        QuestionKind::Recap => (Text::KindRecap, "recap"),
        QuestionKind::None => (Text::KindNone, "none"),
    }
}

#[derive(Properties, PartialEq)]
struct ProposalViewProps {
    proposal: ProposalSummary,
    lang: Lang,
}

#[component]
fn ProposalView(props: &ProposalViewProps) -> Html {
    let proposal = &props.proposal;
    let lang = props.lang;
    html! {
        <div class="wc-proposal" data-testid="next-contact" data-at={iso_local(proposal.at)}>
            <p><strong>{t(lang, Text::NextContact)}{": "}</strong>{format_day_time(lang, proposal.at)}</p>
            if proposal.customer_time_too_far {
                <p class="wc-error">{t(lang, Text::CustomerTimeTooFar)}</p>
            }
            if proposal.outside_working_hours {
                <p class="wc-help">{t(lang, Text::OutsideWorkingHours)}</p>
            }
            {why(&proposal.rules, lang, &[&COACHING])}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::detect::LangSource;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    #[test]
    fn writing_fills_every_part_and_an_assumptive_question() {
        let mut draft = FollowUpDraft {
            lang: Some(Lang::Sv),
            contact_name: "Anna".into(),
            topic: "den nya prislistan".into(),
            promised_action: "kolla budgeten med styrelsen".into(),
            due_date: "2026-12-03".into(),
            ..FollowUpDraft::default()
        };
        draft.write(Lang::En, &Settings::default(), at(2026, 11, 30, 10, 0));
        assert!(draft.opener.contains("Anna") && draft.opener.contains("den nya prislistan"));
        let analysis = analyze_question(&draft.question, Some(Lang::Sv), Lang::En);
        assert_eq!(
            analysis.kind,
            QuestionKind::Assumptive,
            "{}",
            draft.question
        );
        let proposal = draft.proposal.expect("a proposal");
        assert!(proposal.at.date() > NaiveDate::from_ymd_opt(2026, 12, 3).unwrap());
        assert!(draft.next_step.contains("december"), "{}", draft.next_step);
    }

    #[test]
    fn a_draft_round_trips_through_json_and_tolerates_missing_fields() {
        let mut draft = FollowUpDraft {
            topic: "<script>alert(1)</script>".into(),
            ..FollowUpDraft::default()
        };
        draft.write(Lang::De, &Settings::default(), at(2026, 12, 4, 16, 30));
        // Written as the store writes it (serde_json), read as the store reads it.
        let json = serde_json::to_string(&draft).unwrap();
        assert!(json.contains("\"at\":\"2026-12-"), "{json}");
        assert_eq!(
            warmcall_json::from_str::<FollowUpDraft>(&json).unwrap(),
            draft
        );
        let partial: FollowUpDraft = warmcall_json::from_str(r#"{"question":"Hast du?"}"#).unwrap();
        assert_eq!(partial.question, "Hast du?");
        assert_eq!(partial.stage, Stage::InDialogue);
    }

    fn swedish_draft() -> FollowUpDraft {
        FollowUpDraft {
            contact_name: "Anna Berg".into(),
            topic: "nya prislistan".into(),
            promised_action: "stämma av budgeten med ekonomichefen".into(),
            due_date: "2026-12-03".into(),
            ..FollowUpDraft::default()
        }
    }

    #[test]
    fn left_to_detection_the_follow_up_is_in_the_language_of_the_fields() {
        let mut draft = swedish_draft();
        assert_eq!(
            draft.writing_lang(Lang::En),
            WritingLang {
                lang: Lang::Sv,
                source: LangSource::Detected
            }
        );
        let input = draft.builder_input(Lang::En);
        assert_eq!(input.lang, Lang::Sv);
        assert!(
            !input.formal,
            "Swedish defaults to du, whatever the interface"
        );
        draft.write(Lang::En, &Settings::default(), at(2026, 11, 30, 10, 0));
        // The issue's case: "Hi Anna, last time we talked about nya prislistan, and you were
        // going to stämma av budgeten…".
        assert!(!draft.opener.contains("talked"), "{}", draft.opener);
        for part in [&draft.opener, &draft.question, &draft.next_step] {
            let analysis = analyze_question(part, None, Lang::En);
            assert_eq!(analysis.lang, Lang::Sv, "{part}");
        }
        assert!(draft.next_step.contains("december"), "{}", draft.next_step);

        let german = FollowUpDraft {
            topic: "die neue Preisliste".into(),
            promised_action: "das Budget mit dem Vorstand abstimmen".into(),
            ..FollowUpDraft::default()
        };
        let input = german.builder_input(Lang::Nl);
        assert_eq!(input.lang, Lang::De);
        assert!(input.formal, "German defaults to Sie");
    }

    #[test]
    fn what_the_coach_wrote_and_the_name_do_not_sway_detection() {
        let mut draft = swedish_draft();
        draft.lang = Some(Lang::En);
        draft.write(Lang::En, &Settings::default(), at(2026, 11, 30, 10, 0));
        // English parts from an earlier choice, and an English-looking name.
        draft.lang = None;
        draft.contact_name = "Mr Will Hunting the Third".into();
        assert_eq!(draft.writing_lang(Lang::En).lang, Lang::Sv);

        let named_only = FollowUpDraft {
            contact_name: "Herr Jonas Becker".into(),
            topic: String::new(),
            promised_action: String::new(),
            ..draft
        };
        assert_eq!(
            named_only.writing_lang(Lang::Nb).source,
            LangSource::NothingWritten
        );
    }

    #[test]
    fn a_chosen_language_overrides_the_fields() {
        let draft = FollowUpDraft {
            lang: Some(Lang::Nl),
            ..swedish_draft()
        };
        assert_eq!(draft.builder_input(Lang::En).lang, Lang::Nl);
        assert_eq!(draft.writing_lang(Lang::En).settled(), Some(Lang::Nl));
    }

    #[test]
    fn unsure_or_empty_the_builder_writes_in_the_interface_language() {
        let draft = FollowUpDraft::default();
        assert_eq!(draft.builder_input(Lang::Nl).lang, Lang::Nl);
        assert!(
            !draft.builder_input(Lang::Nl).formal,
            "Dutch defaults to je"
        );
        assert_eq!(draft.writing_lang(Lang::Nl).settled(), None);
        let mixed = FollowUpDraft {
            topic: "the new price list".into(),
            promised_action: "stämma av budgeten".into(),
            ..FollowUpDraft::default()
        };
        assert_eq!(
            mixed.writing_lang(Lang::De),
            WritingLang {
                lang: Lang::De,
                source: LangSource::Unsure {
                    guess: Some(Lang::En)
                }
            }
        );
        assert_eq!(mixed.builder_input(Lang::De).lang, Lang::De);
    }
}
