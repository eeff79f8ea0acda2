//! English opener rules, templates and examples.

use std::sync::OnceLock;

use super::build::Templates;
use super::FindingId::*;
use super::{ad, good, warm, weak, OpenerExample, OpenerRules};

pub(super) static RULES: OpenerRules = OpenerRules {
    offer: words![
        "discount*",
        "special|great|exclusive deal|price",
        "half price",
        concat!(number!(), " off"),
        concat!(number!(), " percent off"),
        concat!(number!(), " per cent off"),
        "free trial|installation|delivery|shipping|setup|demo|consultation|audit|check",
        "months|weeks|days|month|week free",
        "did you know ~ our|we|we're|we've",
        "heard of|about ~ our|us",
        "can|could|may i ~ tell|show|introduce|present",
    ],
    pitch: words![
        "award-winning|market-leading|industry-leading|best-in-class|all-in-one|cutting-edge",
        "market|industry leader|leaders",
        "leading",
        "offer|offers|offering",
        "number one",
        "like yours",
        "helps|offers|provides|supplies|delivers|specialises|specializes|specialise|specialize",
        "campaign*|promotion*",
        "cheaper",
        "for free",
        "free of charge",
        concat!("up to ", number!()),
        "because|since|as we|we're|we've",
        "clients|customers",
        "with us",
        "guarantee*",
        "from just|only",
        "by up to",
        "no lock-in|setup|set-up|hidden",
        "tell|show|present you ~ about|how|more",
    ],
    seller: words!["we", "we're", "we've", "we'll", "we'd"],
    ours: words!["our", "ours"],
    permission: words![
        "have|got|spare|give|steal|take|borrow|grab ~ \
         minute|minutes|moment|sec|second|seconds|mins",
        "for a|one minute|moment|sec|second",
        "now okay|ok|alright|convenient",
        "quick word|chat",
        "bad|good|convenient|inconvenient|awkward|okay|ok|right|better|suitable time|moment",
        "time to|for ~ talk|chat|speak|call|word",
        "free|ok|okay|alright to talk|chat|speak",
        "couple|few ~ minutes|mins",
        "are you free",
        "can|could|may you|we|i ~ talk|speak|chat",
        "disturb*|interrupt*",
        "you|you're ~ busy",
        "of your time",
        "caught|catch you",
        "in the middle of",
        "in a meeting",
        "call|ring ~ back|later",
        "another time",
    ],
    ask_if: words!["wonder* ~ if|whether", "ask* ~ if|whether"],
    hook: words![
        "read|saw|noticed|spotted",
        "congratulations|congrats",
        "article|interview|podcast|post|news|announcement|report|keynote",
        "recommended|suggested|referred|mentioned",
        "new office|offices|role|position|job|site|store|plant|warehouse",
        "expand*|expansion",
        "hiring|recruiting",
        "opened|opening|launched|launching|announced|acquired|acquisition",
        "came|stumbled across",
        "heard|listened|watched|follow|following",
        "reported|reports|according|featured|wrote|published|shortlisted|won|awarded|named",
        "your name|number|details",
        "told|said|hear",
        "mutual",
        "piece|blog|webinar|presentation|speech|panel|newsletter|website",
        "linkedin",
    ],
    met: words!["met|spoke|talked|chatted"],
    intro: words![
        "this is",
        "my name is",
        "my name's",
        "i'm ~ from|at|with",
        "it's ~ from|at|with",
        "calling from",
    ],
    we: words![
        "we", "us", "our", "ours", "i", "me", "my", "i'm", "i've", "i'd", "i'll", "we're", "we've",
        "we'd", "we'll",
    ],
    you: words!["you", "your", "yours", "you're", "you've", "you'd", "you'll", "yourself",],
    messages: [
        "This opens with an offer or a pitch of what you sell. Read aloud, it is an advert, and \
         adverts get hung up on. Keep it until you know what they need.",
        "Asking for permission hands them an easy no before they know why you called. Open \
         with what you found out about them instead.",
        "The first thing they hear is about you and your product. Start with them: what you \
         noticed, what they are working on.",
        "You speak of yourself (we, I, our) far more than of them (you, your). Turn a \
         sentence about you into a question about them.",
        "Nothing here is specific to this person. A researched detail (an article, a new \
         role, an expansion, a mutual contact) makes the call worth taking.",
        "Nothing here hands them the word: there is no question, or only one asking for \
         permission. End with an open, curious question about their situation.",
        "Your questions can be answered with yes or no. Ask an open question (how, what) to \
         get them talking about their situation.",
        "More than 30 words before your first question is a monologue. Reach the question \
         sooner and let them talk.",
        "Several questions in a row: they will answer only one. Ask one, then listen.",
    ],
    hook_line: "I saw [what you found out about them] – what does that mean for you right now?",
    open_line: "How are you handling that today?",
    build: Templates {
        you: [["you", "you", "you"], ["you", "you", "you"]],
        at: [" at {x}", ""],
        like: " like {x}",
        like_alone: "",
        role: " as {y}",
        hook: "I read about {h}.",
        mutual: "{m} suggested I give {o} a call.",
        need: "Right now, many companies{c} are working on {n}.",
        reason: "The reason I'm calling: {r}.",
        ask_need: "How are {s} approaching {n}{a}?",
        ask: "What matters most to {o}{a} right now?",
        busy: "What keeps {o} busiest{l} these days?",
        year: "What would make the coming year a good one for {o}{a}?",
        purpose: "The call is for finding out together what matters to them and whether there \
                  is a way forward. Agreeing that there is none is a good result too. You place \
                  the call yourself when you are ready: the widget never dials.",
    },
    compiled: OnceLock::new(),
};

pub(super) const EXAMPLES: &[OpenerExample] = &[
    warm(
        "Hi Anna, this is Tom at Nordlys. I read in Dagens Industri that you're opening an \
         office in Oslo this spring. How are you planning to staff it?",
    ),
    warm(
        "Hello Mr Patel, congratulations on the new role as head of operations! What are your \
         first priorities for the team?",
    ),
    warm(
        "Hi Sarah, Anna Berg suggested I give you a call. She mentioned you're looking at how \
         new sellers get up to speed. What does onboarding look like for you today?",
    ),
    warm(
        "Hi James, I saw your post on LinkedIn about hiring twelve engineers. What's driving \
         the growth?",
    ),
    warm(
        "Hi Lisa, your team grew from 40 to 65 people last year. How has that changed the way \
         you plan your rotas?",
    ),
    ad(
        "Hi, this is Mark from FiberNet. Right now we have 50% off all business broadband \
         plans. Could that be something for you?",
        &[TalkingAd, ProductFirst, NoHook, ClosedQuestion],
    ),
    ad(
        "Good morning! You were a customer of ours a few years ago, and now we're running a \
         campaign with 30 percent off for returning customers. Would that be interesting?",
        &[TalkingAd, ProductFirst, NoHook, ClosedQuestion],
    ),
    ad(
        "Hi, do you have a minute? We have a special offer on printers this month.",
        &[
            TalkingAd,
            PermissionQuestion,
            ProductFirst,
            NoHook,
            NoQuestion,
        ],
    ),
    weak(
        "Hi Anna, it's Tom from Nordlys — is this a bad time?",
        &[PermissionQuestion, NoHook, NoQuestion],
    ),
    weak(
        "Hi Anna, I read about your new office in Oslo. Do you have a minute? How are you \
         planning to staff it?",
        &[PermissionQuestion],
    ),
    weak(
        "Do you have a moment to talk?",
        &[PermissionQuestion, NoHook, NoQuestion],
    ),
    good(
        "Hi David, we are a Stockholm-based consultancy helping logistics firms cut fuel costs. \
         I noticed you just opened a warehouse in Gävle. How are you handling the route \
         planning there?",
        &[ProductFirst],
    ),
    weak(
        "Hi Karen, I'm calling from Brightwave. We work with many retailers, and our platform \
         is used by our partners across Europe. I saw your new store in Leeds. What does \
         footfall look like there?",
        &[ProductFirst, WeFocus],
    ),
    weak(
        "Hi Tom, congratulations on the Series B. I'd love to show you how we help \
         fast-growing teams.",
        &[ProductFirst, NoQuestion],
    ),
    good(
        "Hi Maria, I read that Fjord Foods is expanding into Denmark. Are you already using a \
         partner for the logistics there?",
        &[ClosedQuestion],
    ),
    good(
        "Hi Peter, I saw the article in Computer Sweden about your move to the cloud, and since \
         we have been helping a lot of companies in the public sector with exactly that kind \
         of migration over the past few years, I thought it could be worth a quick \
         conversation. What made you decide to move now?",
        &[TooLong],
    ),
    good(
        "Hi Emma, congratulations on the new role at Hemköp! How are you settling in? What are \
         the big priorities for your first year?",
        &[StackedQuestions],
    ),
    weak(
        "Hi Ola, I'm calling about the cost of your fleet. Do you use any tool for fuel \
         tracking today?",
        &[NoHook, ClosedQuestion],
    ),
    // Issue 12: a value-proposition pitch is a talking ad, also with figures in it.
    ad(
        "Hi, this is Jack from Helio Energy. We help manufacturers like yours cut their \
         energy bills by up to 20 % with our award-winning monitoring platform.",
        &[TalkingAd, ProductFirst, NoHook, NoQuestion],
    ),
    // ... and also when the rep introduces the company and ends with an open question.
    ad(
        "Hello, I'm with Norrland Staffing. We place warehouse staff within 48 hours, and our \
         clients keep 90 % of them past the first year. How do you recruit for peak season?",
        &[TalkingAd, ProductFirst, WeFocus, NoHook],
    ),
    // Permission questions in their common forms.
    weak(
        "Hi Omar, it's Lena from Fleetwise. Have I caught you at an awkward moment?",
        &[PermissionQuestion, NoHook, NoQuestion],
    ),
    weak(
        "Hello Mrs Chen, Tom at Arkwright here. Can you spare two minutes?",
        &[PermissionQuestion, NoHook, NoQuestion],
    ),
    // Figures quoted from an article are research, not an offer.
    warm(
        "Hi Jo, I read in the Yorkshire Post that Dales Dairy grew its exports by 35 percent \
         last year. What opened the door in the new markets?",
    ),
    // "At the moment" inside an open question about them asks no permission.
    warm(
        "Hi Priya, I saw your interview about moving production back to the UK. What is the \
         biggest hurdle at the moment?",
    ),
    // An earlier meeting is a hook even with "we" as the subject.
    warm(
        "Hi Sam, we met at the packaging fair in Birmingham, and you mentioned the new line \
         in Hull. How is the ramp-up going?",
    ),
];
