//! English rule table.

use std::sync::OnceLock;

use super::{assumptive, closed, no_question, open, recap, Example, LangRules, Texts};

pub(super) static RULES: LangRules = LangRules {
    wh_words: &[
        "what", "which", "how", "who", "whom", "whose", "when", "where", "why",
    ],
    wh_with_noun: &["which", "what", "whose"],
    question_verbs: &[
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "is",
        "are",
        "was",
        "were",
        "am",
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "don't",
        "doesn't",
        "didn't",
        "haven't",
        "hasn't",
        "hadn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "can't",
        "couldn't",
        "won't",
        "wouldn't",
        "shouldn't",
    ],
    auxiliaries: &[
        "do", "does", "did", "have", "has", "had", "is", "are", "was", "were", "can", "could",
        "will", "would", "should", "don't", "didn't", "haven't", "hasn't", "isn't", "aren't",
    ],
    subjects: &[
        "you", "they", "we", "he", "she", "it", "i", "there", "anyone", "anybody", "someone",
        "everyone", "y'all",
    ],
    fillers: &[
        "so", "and", "but", "also", "ok", "okay", "well", "hi", "hey", "hello", "anyway", "btw",
        "please", "oh", "now", "just", "quick", "question",
    ],
    tags: &[
        "right",
        "correct",
        "yes",
        "ok",
        "okay",
        "yeah",
        "true",
        "or not",
        "*n't you|it|they|we|he|she|there",
        "don't you think",
    ],
    recap: &[
        "remind me|us",
        "refresh my memory",
        "where were we",
        "where are we $",
        "where are we with|on",
        "where we are",
        "where we stand",
        "where do we stand",
        "where did we leave|land|end",
        "where we left off",
        "me|us up to speed|date",
        "catch me|us up",
        "fill me|us in",
        "update me|us",
        "recap",
        "what did we discuss*|agree*|say|decide",
        "what we discussed|agreed|said|decided",
        "what were we talking|discussing",
    ],
    softeners: &[
        "tell*",
        "share",
        "say",
        "know",
        "confirm",
        "let me|us know",
        "i'm curious|wondering",
        "i am|was curious|wondering",
    ],
    past_forms: &[
        "did", "didn't", "was", "wasn't", "were", "weren't", "had", "hadn't", "said", "thought",
        "came", "went", "got", "made", "took", "found", "felt", "saw", "heard", "chose", "told",
        "gave", "ran", "left", "became", "knew", "sent", "spent", "been", "done", "gone", "seen",
        "chosen", "taken", "given", "spoken", "written", "what'd",
    ],
    past_suffixes: &["ed"],
    not_past: &[
        "need",
        "needed",
        "indeed",
        "speed",
        "proceed",
        "exceed",
        "succeed",
        "interested",
        "based",
        "related",
        "concerned",
        "involved",
        "limited",
        "detailed",
        "advanced",
        "dedicated",
        "embed",
        "feed",
        "seed",
        "breed",
        "bleed",
        "shared",
        "red",
    ],
    not_past_suffixes: &[],
    perfect_auxiliaries: &["have", "has", "had"],
    is_participle,
    determiners: &[
        "the", "your", "our", "this", "that", "these", "those", "my", "their",
    ],
    phrase_stops: &[
        "with",
        "for",
        "to",
        "at",
        "on",
        "about",
        "in",
        "from",
        "by",
        "of",
        "yet",
        "already",
        "now",
        "today",
        "tomorrow",
        "again",
        "so",
        "and",
        "or",
        "but",
        "last",
        "next",
        "this",
        "that",
        "which",
        "who",
        "before",
        "after",
        "since",
        "over",
        "still",
        "too",
        "as",
        "properly",
        "internally",
        "ok",
        "okay",
        "please",
        "maybe",
        "all",
        "both",
        "me",
        "us",
        "them",
        "then",
        "here",
        "anyway",
        "a",
        "an",
        "any",
        "yesterday",
        "soon",
    ],
    texts: Texts {
        closed: "This is a yes/no question: it makes \"no\" the easy answer, and the call can \
                 stall right there. Assume the customer did what they said they would and ask \
                 what came out of it.",
        assumptive: "Good: the question takes for granted that the customer did what they \
                     promised, and asks for the outcome.",
        open: "An open question: fine for finding out needs, but in a follow-up ask about the \
               outcome of what the customer promised to do, in the past tense (\"What did you \
               conclude?\").",
        recap: "This asks the customer to bring you up to date. Pick up the thread yourself: \
                say what you discussed last time and what they were going to do, then ask \
                what came of it.",
        none: "No question found. Write the question you plan to ask after your opener.",
    },
    compiled: OnceLock::new(),
};

fn is_participle(word: &str) -> bool {
    matches!(
        word,
        "come"
            | "been"
            | "done"
            | "gone"
            | "seen"
            | "chosen"
            | "taken"
            | "given"
            | "spoken"
            | "written"
            | "heard"
            | "found"
            | "gotten"
            | "made"
            | "said"
            | "thought"
            | "decided"
    )
}

pub(super) static EXAMPLES: &[Example] = &[
    closed("Have you had a chance to look at the quote?", Some("quote")),
    closed(
        "Did you get a chance to go through the proposal with your team?",
        Some("proposal"),
    ),
    closed("Did the board approve the budget?", Some("budget")),
    closed(
        "You got the contract we sent over, right?",
        Some("contract"),
    ),
    closed("Any news on the pricing?", Some("pricing")),
    closed(
        "Could you check the figures in the revised offer?",
        Some("figures"),
    ),
    closed(
        "Thanks again for Tuesday. Have you decided on the licence count yet? I can hold the \
         price until Friday.",
        Some("licence"),
    ),
    closed(
        "Were you able to share the draft contract with legal?",
        Some("contract"),
    ),
    closed(
        "We sent the updated quote on Monday. Did you manage to look at it?",
        Some("quote"),
    ),
    closed(
        "Haven't you had time to discuss the offer internally?",
        Some("offer"),
    ),
    closed("Did you show the demo video to your manager.", Some("demo")),
    closed("Any news?", None),
    assumptive("What did the board say about the proposal?"),
    assumptive("What did you conclude after the team meeting?"),
    assumptive("Could you tell me what you decided about the pilot?"),
    assumptive(
        "Last time we talked about the onboarding plan, and you were going to run it past your \
         CFO. What did she think?",
    ),
    assumptive("How did the trial go with your sales team?"),
    assumptive("Which option did you go for in the end?"),
    assumptive("What have you decided about the renewal?"),
    assumptive("Let me know what the committee concluded."),
    open("What do you think about the new pricing?"),
    open("How are you planning to roll this out?"),
    open("I'll call you on Friday at 12 — how does that fit your calendar?"),
    open("Who else is involved in the decision?"),
    open("When would suit you for a short demo?"),
    open("Can you tell me what matters most to your team?"),
    recap("Can you remind me where we are?"),
    recap("Sorry, where were we?"),
    recap("Could you bring me up to speed on where things stand?"),
    recap("Good to hear from you again! What did we agree on last time?"),
    recap("Could you fill me in on what happened since our last call?"),
    no_question("I'll send the revised quote tomorrow morning."),
    no_question("Thanks for your time today, talk soon!"),
    no_question("When we spoke last week, you mentioned the board meets on Thursday."),
];
