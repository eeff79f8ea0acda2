//! English topics and rewrites.

use super::{fill, Address, Frame, RewriteRules, Topic};
use crate::question::scan::Tokens;

pub(super) static RULES: RewriteRules = RewriteRules {
    topic_prepositions: words!["about", "regarding", "re", "concerning"],
    bare_markers: words!["some", "any", "extra", "more", "on"],
    article_for_quantified: |phrase| Some(format!("the {phrase}")),
    definite_suffixes: words![],
    indefinite_markers: words![],
    pronoun_articles: words![],
    capitalised_nouns: false,
    open_compounds: true,
    complement_prepositions: words!["of", "for", "on"],
    parties: words![
        "board",
        "team",
        "manager",
        "director",
        "boss",
        "colleague",
        "legal",
        "finance",
        "procurement",
        "purchasing",
        "management",
        "committee",
        "buyer",
        "partner",
        "lawyer",
        "solicitor",
        "accountant",
        "supplier",
        "department",
        "staff",
        "people",
        "leadership",
        "cfo",
        "ceo",
        "cto",
        "md",
        "hr",
        "owner",
        "landlord",
        "bank",
        "council",
        "trustee",
        "investor",
        "chair",
        "chairman",
        "founder",
        "everyone",
        "user",
        "engineer",
        "doctor",
        "nurse",
        "clinician",
        "consultant",
        "adviser",
        "advisor",
        "analyst",
        "specialist",
        "member",
        "governor",
        "shareholder",
        "stakeholder",
        "auditor",
        "regulator",
        "planner",
        "architect",
        "surveyor",
        "contractor",
        "vendor",
        "client",
        "customer",
        "broker",
        "headteacher",
        "principal",
        "lead",
        "group",
        "lads",
        "guys",
        "folks",
        "crew",
        "operator",
        "technician",
        "driver",
    ],
    never_topics: words![
        // The nouns of "lost track", "after the holidays": the rep's memory and calendar.
        "track",
        "thread",
        "notes",
        "memory",
        // When.
        "week",
        "month",
        "quarter",
        "year",
        "day",
        "time",
        "morning",
        "afternoon",
        "evening",
        "weekend",
        "moment",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "spring",
        "summer",
        "autumn",
        "winter",
        "christmas",
        "easter",
        "holiday",
        "meeting",
        "call",
        "conversation",
        "end",
        "start",
        "beginning",
        // Idioms: on the table, on the radar, in the loop, on track, on the same page.
        "table",
        "radar",
        // "the green light".
        "light",
        "loop",
        "ball",
        "cards",
        "page",
        "way",
        "side",
        // Idioms of approval: the thumbs up, the go-ahead, the nod.
        "thumbs",
        "go-ahead",
        "nod",
        "all-clear",
    ],
    weak_topics: words![
        // Words a phrase runs on into that are no nouns: "your lot able to", "get on alright
        // with", "the head chef get to taste".
        "able",
        "alright",
        "get",
        "got",
        "okay",
        "fine",
        "keen",
        "happy",
        "ready",
        "sure",
        // "the problem with the link": a carrier of the thing.
        "issue",
        "problem",
        "plan",
        "idea",
        "chance",
        "opportunity",
        "status",
        "state",
        "situation",
        "position",
        "latest",
        "update",
        "news",
        "progress",
        "stage",
        "point",
        "thing",
        "look",
        "email",
        "e-mail",
        "mail",
        "message",
        "link",
        "attachment",
        "letter",
        "note",
        "deadline",
        "feedback",
        "word",
    ],
    head_endings: words!["s", "es"],
    clitics: words!["'s"],
    not_noun_endings: words![],
    request_verbs: words![
        "send",
        "forward",
        "give",
        "email",
        "sending",
        "forwarding",
        "pop"
    ],
    request_modals: words!["could", "can", "would", "will", "mind"],
    pass_on_verbs: words!["forward", "forwarding", "pass", "passing", "ask", "asking"],
    requested: |topic, _| {
        Some(format!(
            "When were you planning to send over {}?",
            topic.phrase
        ))
    },
    you_subjects: words!["you"],
    request_fillers: words!["please", "kindly"],
    request_openings: words![
        "just", "mind", "be", "able", "kind", "enough", "so", "good", "as", "to"
    ],
    passed_on: |phrase, _| {
        // "Would you mind forwarding …": the gerund after "mind" as the infinitive.
        let phrase = ["forwarding", "passing", "asking", "sending"]
            .iter()
            .find_map(|gerund| {
                let rest = phrase.strip_prefix(gerund)?;
                Some(format!("{}{rest}", &gerund[..gerund.len() - 3]))
            })
            .unwrap_or_else(|| phrase.to_owned());
        // "… when you get a minute" is politeness, and a second "when" after the first.
        let phrase = [" when you get ", " when you have ", " when you've got "]
            .iter()
            .find_map(|politeness| phrase.find(politeness))
            .map_or(phrase.as_str(), |cut| &phrase[..cut]);
        Some(format!("When were you planning to {phrase}?"))
    },
    pronoun_objects: words!["it", "that", "this", "them", "those", "these"],
    // "run it past legal".
    with_prepositions: words!["with", "to", "past"],
    from_prepositions: words!["from"],
    call_verbs: words!["ring", "rung", "rang", "call", "called", "phone", "phoned"],
    from_contraction: |_| None,
    to_prepositions: words!["to"],
    dative_of: |phrase| Some(phrase.to_owned()),
    look_verbs: words![
        // Not "test", also a noun ("the test version"), nor "check", also a filler ("just
        // checking in", "I wanted to check if …").
        "look",
        "looked",
        "looking",
        "read",
        "reading",
        "review",
        "reviewed",
        "reviewing",
        "checked",
        "see",
        "seen",
        "tested",
        "testing",
        "try",
        "tried",
        "trying",
        "glance",
        "digest",
        "digested",
    ],
    compare_verbs: words!["compare", "compared", "benchmark", "benchmarked"],
    // "How did we compare …" would read as asking what "we" agreed: a recap.
    compared: |partner, _| format!("What did you find when you compared us with {partner}?"),
    address: |_: &Tokens, _: &str| Address::Formal,
    party_said: |party| format!("What did {} say?", party.phrase),
    without_topic: |_| "What did you decide after our last conversation?".to_owned(),
    rewrite,
};

fn rewrite(topic: Option<&Topic>, frame: Frame, _: Address) -> Vec<String> {
    let Some(topic) = topic else {
        return vec!["Last time we talked about [topic] — what did you decide?".to_owned()];
    };
    match topic.before.as_str() {
        "which" => return vec![format!("Which {} did you go for in the end?", topic.phrase)],
        "many" => {
            return vec![format!(
                "How many {} did you go for in the end?",
                topic.phrase
            )]
        }
        _ => {}
    }
    let about = match frame {
        Frame::Decided => vec!["What did you decide about {t}?".to_owned()],
        Frame::Looked => vec![
            "What did you think of {t}?".to_owned(),
            "What did you decide about {t}?".to_owned(),
        ],
        Frame::Party {
            party,
            looked: true,
            ..
        } => vec![format!("What did {party} think of {{t}}?")],
        Frame::Party { party, .. } => vec![
            format!("What did {party} decide about {{t}}?"),
            format!("What did {party} say about {{t}}?"),
        ],
        Frame::TalkedWith(party) => vec![format!("What did {party} say about {{t}}?")],
    };
    about
        .iter()
        .map(String::as_str)
        .chain(["Last time we talked about {t} — what did you decide?"])
        .map(|template| fill(template, &topic.phrase))
        .collect()
}

/// Questions and the first rewrite ready to say, `None` where only a template fits.
#[cfg(test)]
pub(super) static EXAMPLES: &[(&str, Option<&str>)] = &[
    // A phrase that runs on into a word that is no noun is not the topic.
    (
        "Were your lot able to sit down with the demo at all?",
        Some("What did you decide about the demo?"),
    ),
    (
        "Did the drivers get on alright with the new handsets?",
        Some("What did the drivers decide about the new handsets?"),
    ),
    // Called: the party answers.
    (
        "Did you manage to call the supplier about the delivery?",
        Some("What did the supplier say about the delivery?"),
    ),
    (
        "Have you phoned the landlord yet?",
        Some("What did the landlord say?"),
    ),
    // Heard from, or passed to, a party: the party answers.
    (
        "Have you heard back from legal yet?",
        Some("What did legal say?"),
    ),
    (
        "Have you heard back from legal about the contract?",
        Some("What did legal say about the contract?"),
    ),
    // A problem is the carrier of what it was with.
    (
        "What was the issue with the invoices again?",
        Some("Last time we talked about the invoices — what did you decide?"),
    ),
    // Found by a native review of generated lines: a verb, a number, a filler or a place is no
    // topic, and a request names the thing sent.
    (
        "Can you remind me where the renewal stands?",
        Some("Last time we talked about the renewal — what did you decide?"),
    ),
    // Compounds written apart are kept whole, after a genitive too; a date is no topic.
    (
        "You were going to send over last year's usage figures, right?",
        Some("What did you decide about last year's usage figures?"),
    ),
    (
        "I was wondering whether you had been able to review the draft service level agreement.",
        Some("What did you think of the draft service level agreement?"),
    ),
    ("Are you still happy with delivery on the 14th?", None),
    // An unknown noun before the preposition: the phrase after it is where or what for, so
    // only a template is offered.
    ("Did you book training at the new site?", None),
    // A noun without article after a quantifier or "about" is the thing asked about.
    (
        "Did you manage to get some budget set aside?",
        Some("What did you decide about the budget?"),
    ),
    (
        "Have you heard anything back on planning permission?",
        Some("What did you decide about planning permission?"),
    ),
    (
        "Has the board signed off the budget?",
        Some("What did the board decide about the budget?"),
    ),
    (
        "Is the pilot still on the table?",
        Some("What did you decide about the pilot?"),
    ),
    (
        "Is the contract signed yet?",
        Some("What did you decide about the contract?"),
    ),
    (
        "Did you get a chance to review the proposal next week with your team?",
        Some("What did you think of the proposal?"),
    ),
    (
        "Can you remind me where we are with the renewal?",
        Some("Last time we talked about the renewal — what did you decide?"),
    ),
    (
        "Any news?",
        Some("What did you decide after our last conversation?"),
    ),
    // A request to send asks, assuming yes, when it was planned.
    (
        "Could you send me the figures from the third quarter?",
        Some("When were you planning to send over the figures?"),
    ),
    (
        "Would you be able to send over the signed contract once it's ready?",
        Some("When were you planning to send over the signed contract?"),
    ),
    // Passing on, or asking someone else: the question's own verb phrase, as planned.
    (
        "Would you mind forwarding the proposal to your head of procurement?",
        Some("When were you planning to forward the proposal to your head of procurement?"),
    ),
    (
        "Could you please pass the brochure on to your finance director when you get a minute?",
        Some("When were you planning to pass the brochure on to your finance director?"),
    ),
    (
        "Would it be possible to forward the spec sheet to your site engineer?",
        None,
    ),
    (
        "Could you pop the signed order form back to me by Friday?",
        Some("When were you planning to send over the signed order form?"),
    ),
    // Something for the rep with another verb than sending: as if done, it would ask what was
    // decided about it. Being told whether something happened has its rewrite.
    (
        "Could you set me up with a test login for the portal?",
        None,
    ),
    (
        "Could you let me know whether the trial licences are still needed?",
        Some("What did you decide about the trial licences?"),
    ),
    (
        "Would you be kind enough to ask your IT team to whitelist our domain?",
        Some("When were you planning to ask your IT team to whitelist our domain?"),
    ),
    // The party who was to decide or to be asked stays in the rewrite; a comparison keeps what
    // was compared with.
    (
        "Have you compared us with your current supplier?",
        Some("What did you find when you compared us with your current supplier?"),
    ),
    (
        "Did the board approve the new licences?",
        Some("What did the board decide about the new licences?"),
    ),
    (
        "Have you discussed the budget with the board?",
        Some("What did the board say about the budget?"),
    ),
    (
        "Did you talk to your IT team about the integration?",
        Some("What did your IT team say about the integration?"),
    ),
    (
        "Have you decided on the three quotes?",
        Some("What did you decide about the three quotes?"),
    ),
    (
        "Did you get a chance to look at the proposal?",
        Some("What did you think of the proposal?"),
    ),
    (
        "Did the finance team sign off the revised payment terms?",
        Some("What did the finance team decide about the revised payment terms?"),
    ),
    // A party that only says which meeting is not who answers.
    (
        "Did you end up taking the quote to the partners' meeting?",
        Some("What did you decide about the quote?"),
    ),
    (
        "Have you had a look at the seating plan yet?",
        Some("What did you think of the seating plan?"),
    ),
    (
        "Have you had a look at the plan yet?",
        Some("What did you decide after our last conversation?"),
    ),
    (
        "Did your CFO give the nod to the two-year term?",
        Some("What did your CFO decide about the two-year term?"),
    ),
    (
        "I was hoping to find out if the governors had read the proposal.",
        Some("What did the governors think of the proposal?"),
    ),
    // Issue 12, third round: the thing to choose after "which", a comparison with no party
    // and its own object.
    (
        "Can you remind me which plan you were leaning towards?",
        Some("Which plan did you go for in the end?"),
    ),
    (
        "Did you manage to compare our quote with what you pay now?",
        Some("What did you find when you compared our quote with what you pay now?"),
    ),
    (
        "Did you get to run it past your finance team?",
        Some("What did your finance team say about it?"),
    ),
    // A noun phrase subject that did something to a thing is the party, not the topic.
    (
        "Has the council sent out the tender documents?",
        Some("What did the council decide about the tender documents?"),
    ),
    (
        "Have your engineers tested the new firmware?",
        Some("What did your engineers think of the new firmware?"),
    ),
    (
        "Has the offer gone down well with your directors?",
        Some("What did your directors say about the offer?"),
    ),
    (
        "Has your MD given the green light for the upgrade?",
        Some("What did your MD decide about the upgrade?"),
    ),
    // A genitive stands for a determiner.
    (
        "Is this year's training budget signed off?",
        Some("What did you decide about this year's training budget?"),
    ),
    (
        "Have you read the auditor's report?",
        Some("What did you think of the auditor's report?"),
    ),
];
