//! The Opener tab: prep fields, three warm openers, the rep's own opener analysed as they type
//! (W2–W4), and the prep card to have on screen before dialling (P2).

use serde::{Deserialize, Serialize};
use yew::prelude::*;

use super::conversation_lang::conversation_lang;
use super::copy::CopyText;
use super::fields::{area, input};
use super::notices::Notices;
use super::prepared_call::{counted_view, use_prepared_call};
use super::put_aside::{filled_notice, DraftKeys};
use super::{save_problem_view, use_stored, why, AppStore, Stored};
use crate::coach::flow::{lead_prep, unlinked_prep_key};
use crate::coach::lead::LeadPrep;
use crate::coach::opener::{
    analyze_opener, build_openers, call_purpose, discovery_questions, OpenerAnalysis, OpenerStyle,
    PrepInput,
};
use crate::coach::rules::OPENER;
use crate::coach::Lang;
use crate::i18n::{t, Text};

pub const DRAFT_KEY: &str = "opener-draft";

pub const OPENER_KEYS: DraftKeys = DraftKeys {
    draft: DRAFT_KEY,
    put_aside: "opener-draft-put-aside",
    filled: "opener-draft-filled",
};

/// The prep as the rep left it; the openers are rebuilt from `prep` when shown.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct OpenerDraft {
    pub prep: PrepInput,
    pub openers_written: bool,
    pub chosen: String,
    pub card_shown: bool,
    /// What the daily goal counts the call shown on the card by (W1): the lead, or the person
    /// and company as they were when the card was opened.
    pub counted_as: Option<String>,
    /// The lead the tab was filled from ("Prepare the call"), which the prep can be saved to.
    pub lead_id: Option<String>,
    pub lead_name: String,
}

#[derive(Properties, PartialEq)]
pub struct OpenerScreenProps {
    pub store: AppStore,
    pub lang: Lang,
    /// Saves a prep to the lead with this id; `None` where the bundle has no leads (the Opener
    /// widget alone), which then links none of the lead store.
    #[prop_or_default]
    pub save_prep: Option<SavePrep>,
}

/// Saves a prep to a lead by id, and says why it could not.
pub type SavePrep = Callback<(String, LeadPrep), Result<(), Text>>;

#[component]
pub fn OpenerScreen(props: &OpenerScreenProps) -> Html {
    let Stored {
        value: current,
        update,
        save_problem,
        notices,
        dismiss,
    } = use_stored::<OpenerDraft>(&props.store, DRAFT_KEY);
    let put_aside = use_stored::<Option<OpenerDraft>>(&props.store, OPENER_KEYS.put_aside);
    let lead_saved = use_state(|| None::<Result<(), Text>>);
    let lang = props.lang;
    let text = |key: Text| t(lang, key);
    let counted = use_prepared_call(
        &props.store,
        current
            .card_shown
            .then(|| current.counted_as.clone())
            .flatten(),
        Callback::noop(),
    );

    let prep_field = |set: fn(&mut PrepInput, String)| {
        let update = update.clone();
        Callback::from(move |value: String| {
            update.emit(Box::new(move |d| set(&mut d.prep, value)));
        })
    };
    let on_lang = {
        let update = update.clone();
        Callback::from(move |chosen: Option<Lang>| {
            update.emit(Box::new(move |d| d.prep.lang = chosen))
        })
    };
    let on_write = {
        let update = update.clone();
        Callback::from(move |_| {
            update.emit(Box::new(move |d| {
                d.openers_written = true;
                if d.chosen.trim().is_empty() {
                    d.chosen = build_openers(&d.prep, lang)
                        .into_iter()
                        .next()
                        .map(|o| o.text)
                        .unwrap_or_default();
                }
            }))
        })
    };
    let on_choose = {
        let update = update.clone();
        Callback::from(move |chosen: String| update.emit(Box::new(move |d| d.chosen = chosen)))
    };
    let on_chosen = {
        let update = update.clone();
        Callback::from(move |value: String| update.emit(Box::new(move |d| d.chosen = value)))
    };
    let on_card = {
        let update = update.clone();
        Callback::from(move |_| {
            update.emit(Box::new(|d| {
                d.card_shown = true;
                d.counted_as = Some(
                    d.lead_id
                        .clone()
                        .unwrap_or_else(|| unlinked_prep_key(&d.prep)),
                );
            }))
        })
    };
    let on_save_to_lead = {
        let (save_prep, lead_saved) = (props.save_prep.clone(), lead_saved.clone());
        let (lead_id, prep) = (
            current.lead_id.clone(),
            lead_prep(&current.prep, &current.chosen),
        );
        Callback::from(move |_| {
            let (Some(save_prep), Some(id)) = (&save_prep, &lead_id) else {
                return;
            };
            lead_saved.set(Some(save_prep.emit((id.clone(), prep.clone()))));
        })
    };

    let prep = &current.prep;
    let written = prep.writing_lang(lang);
    let analysis = analyze_opener(&current.chosen, written.settled(), lang);
    let questions = discovery_questions(prep, lang);
    let field =
        |label: Text, test_id: &'static str, value: &str, set: fn(&mut PrepInput, String)| {
            input(text(label), test_id, value, prep_field(set))
        };

    html! {
        <section class="wc-opener" data-testid="opener">
            <h2>{text(Text::TabOpener)}</h2>
            <p class="wc-help">{text(Text::OpenerIntro)}</p>
            <Notices {notices} {lang} ondismiss={dismiss} />
            {save_problem_view(save_problem.or(put_aside.save_problem), lang)}
            {filled_notice(lang, &current.lead_name, &update, &put_aside)}
            <div class="wc-columns">
                <form class="wc-builder" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <fieldset>
                        <legend>{text(Text::Prospect)}</legend>
                        {field(Text::FieldContact, "opener-contact", &prep.contact_name, |p, v| p.contact_name = v)}
                        {field(Text::FieldRole, "opener-role", &prep.role, |p, v| p.role = v)}
                        {field(Text::FieldCompany, "opener-company", &prep.company, |p, v| p.company = v)}
                        {area(text(Text::FieldHook), "opener-hook", &prep.hook, 3, None, prep_field(|p, v| p.hook = v))}
                        {field(Text::FieldNeed, "opener-need", &prep.need, |p, v| p.need = v)}
                        {field(Text::FieldReason, "opener-reason", &prep.reason, |p, v| p.reason = v)}
                        {field(Text::FieldMutual, "opener-mutual", &prep.mutual_contact, |p, v| p.mutual_contact = v)}
                        {conversation_lang("opener-lang", prep.lang, written, lang, on_lang)}
                    </fieldset>
                    <button type="button" class="wc-button" data-testid="opener-write" onclick={on_write}>
                        {text(Text::WriteOpeners)}
                    </button>
                </form>
                <div class="wc-draft">
                    if current.openers_written {
                        <ul class="wc-openers" data-testid="built-openers">
                            { for build_openers(prep, lang).into_iter().map(|opener| {
                                let chosen = opener.text.clone();
                                let onclick = on_choose.reform(move |_| chosen.clone());
                                html! {
                                    <li data-style={style_slug(opener.style)}>
                                        <strong>{text(style_label(opener.style))}</strong>
                                        <p lang={written.lang.code()}>{&opener.text}</p>
                                        <div class="wc-row">
                                            <button type="button" class="wc-button wc-secondary" data-testid="choose-opener" {onclick}>
                                                {text(Text::UseThis)}
                                            </button>
                                            <CopyText text={opener.text.clone()} {lang} what={text(style_label(opener.style))} />
                                        </div>
                                    </li>
                                }
                            }) }
                        </ul>
                    }
                    {area(text(Text::YourOpener), "opener-text", &current.chosen, 4, None, on_chosen)}
                    if !current.chosen.trim().is_empty() {
                        {analysis_view(&analysis, &current.chosen, lang)}
                    }
                    <div class="wc-row">
                        <button type="button" class="wc-button" data-testid="show-prep-card" onclick={on_card}>
                            {text(Text::ShowPrepCard)}
                        </button>
                        if current.lead_id.is_some() && props.save_prep.is_some() {
                            <button type="button" class="wc-button wc-secondary" data-testid="save-to-lead" onclick={on_save_to_lead}>
                                {text(Text::SaveToLead).replace("{name}", &current.lead_name)}
                            </button>
                        }
                    </div>
                    <div role="status" aria-live="polite" data-testid="save-to-lead-status">
                        {match *lead_saved {
                            Some(Ok(())) => html! { <p class="wc-ok">{text(Text::SavedToLead)}</p> },
                            Some(Err(problem)) => html! { <p class="wc-error">{text(problem)}</p> },
                            None => Html::default(),
                        }}
                    </div>
                </div>
            </div>
            if current.card_shown {
                <article class="wc-card" data-testid="prep-card" aria-labelledby="wc-prep-card-title">
                    <h3 id="wc-prep-card-title">{text(Text::PrepCard)}</h3>
                    <dl>
                        <dt>{text(Text::Who)}</dt>
                        <dd data-testid="card-who">{who(prep)}</dd>
                        <dt>{text(Text::Hook)}</dt>
                        <dd data-testid="card-hook">{&prep.hook}</dd>
                        <dt>{text(Text::YourOpener)}</dt>
                        <dd><span data-testid="card-opener" lang={analysis.lang.code()}>{&current.chosen}</span>
                            {" "}<CopyText text={current.chosen.clone()} {lang} what={text(Text::YourOpener)} /></dd>
                        <dt>{text(Text::CuriousQuestions)}</dt>
                        <dd>
                            <ul data-testid="card-questions" lang={written.lang.code()}>
                                { for questions.iter().map(|q| html! { <li>{q}</li> }) }
                            </ul>
                            <CopyText text={questions.join("\n")} {lang} what={text(Text::CuriousQuestions)} />
                        </dd>
                        <dt>{text(Text::PurposeOfCall)}</dt>
                        <dd data-testid="card-purpose">{call_purpose(lang)}</dd>
                    </dl>
                    {counted_view(counted, lang)}
                    <p class="wc-help">{text(Text::NeverDials)}</p>
                </article>
            }
        </section>
    }
}

fn who(prep: &PrepInput) -> String {
    [
        prep.contact_name.trim(),
        prep.role.trim(),
        prep.company.trim(),
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

fn style_slug(style: OpenerStyle) -> &'static str {
    match style {
        OpenerStyle::HookFirst => "hook-first",
        OpenerStyle::NeedFirst => "need-first",
        OpenerStyle::MutualContact => "mutual-contact",
    }
}

fn style_label(style: OpenerStyle) -> Text {
    match style {
        OpenerStyle::HookFirst => Text::StyleHookFirst,
        OpenerStyle::NeedFirst => Text::StyleNeedFirst,
        OpenerStyle::MutualContact => Text::StyleMutualContact,
    }
}

/// The score, and each finding with what it cost, what triggered it and why.
fn analysis_view(analysis: &OpenerAnalysis, text: &str, lang: Lang) -> Html {
    let flagged = analysis.score < 80;
    html! {
        <div class={classes!("wc-analysis", flagged.then_some("wc-flagged"))} data-testid="opener-analysis"
            data-score={analysis.score.to_string()}>
            <p class="wc-kind" aria-live="polite">
                <strong>{t(lang, Text::Score)}{": "}{analysis.score}{" / 100"}</strong>
                if analysis.lang_detected {
                    {" · "}{t(lang, Text::AssumedLanguage)}{" "}{analysis.lang.native_name()}
                }
            </p>
            <ul class="wc-findings">
                { for analysis.findings.iter().map(|finding| {
                    let quoted = text.get(finding.span.clone()).filter(|s| !s.is_empty() && s.len() < text.len());
                    html! {
                        <li data-finding={finding_slug(finding)}>
                            <p>{&finding.message}{" ("}{t(lang, Text::Costs)}{" "}{finding.cost}{")"}</p>
                            if let Some(quoted) = quoted { <p class="wc-quote"><mark>{quoted}</mark></p> }
                            if let Some(suggestion) = &finding.suggestion {
                                <p><span class="wc-try">{t(lang, Text::TryInstead)}</span>{" "}<span lang={analysis.lang.code()}>{suggestion}</span>
                                    {" "}<CopyText text={suggestion.clone()} {lang} what={suggestion.clone()} /></p>
                            }
                            {why(&[finding.rule], lang, &[&OPENER])}
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// The finding's id as the JS API and the tests name it.
fn finding_slug(finding: &crate::coach::opener::Finding) -> &'static str {
    use crate::coach::opener::FindingId::*;
    match finding.id {
        TalkingAd => "talking-ad",
        PermissionQuestion => "permission-question",
        ProductFirst => "product-first",
        WeFocus => "we-focus",
        NoHook => "no-hook",
        NoQuestion => "no-question",
        ClosedQuestion => "closed-question",
        TooLong => "too-long",
        StackedQuestions => "stacked-questions",
    }
}
