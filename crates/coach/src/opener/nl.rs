//! Dutch opener rules, templates and examples.

use std::sync::OnceLock;

use super::build::Templates;
use super::FindingId::*;
use super::{ad, good, warm, weak, OpenerExample, OpenerRules};

pub(super) static RULES: OpenerRules = OpenerRules {
    offer: words![
        "aanbieding*",
        "korting*",
        "gratis",
        "speciale|scherpe prijs",
        "proefperiode",
        "wist|weet u|je|jij ~ dat ~ wij|we|onze|ons",
        "gehoord ~ van|over ~ onze|ons",
        "mag|kan ik ~ vertellen|laten|voorstellen|presenteren",
        "voor de prijs van",
    ],
    pitch: words![
        "bekroonde|marktleider*|toonaangevend*|specialist|dé",
        "zoals|als het|de ~ uwe|jouwe",
        "actie|acties",
        "aanbod",
        "goedkoper",
        "garantie*",
        "vaste prijs",
        "klanten",
        "besparen|bespaart",
        "helpt|helpen|biedt|bieden|levert|leveren|gespecialiseerd",
        "alles-in-één",
    ],
    seller: words!["wij", "we"],
    ours: words!["onze", "ons"],
    permission: words![
        "stoor|stoort|storen",
        "gelegen|ongelegen",
        "komt|kom het ~ uit",
        "schikt|schikken",
        "slecht|goed|geschikt|ongelegen|handig|rustig moment",
        "momentje*|minuutje*|minuten|minuut",
        "past het",
        "even tijd",
        "tijd om|voor",
        "praten|bellen|sparren",
        "heeft|hebt|heb u|je|jij even $",
        "kan|kun|kunt je|jij|u ~ even",
        "midden in",
        "vergadering|overleg",
        "te pakken",
        "het druk",
        "druk bezig",
        "terugbellen",
    ],
    ask_if: words!["vraag|vragen|vroeg ~ of"],
    hook: words![
        "gelezen|las|zag|gezien|opgemerkt|ontdekt",
        "viel ~ op",
        "gefeliciteerd|proficiat|felicitaties",
        "artikel*|interview*|bericht*|post|nieuws*|persbericht*|podcast*",
        "aangeraden|aanbevolen|raadde|tipte|noemde",
        "nieuwe kantoor|vestiging|rol|functie|baan|winkel|fabriek",
        "breidt ~ uit",
        "uitbreiding",
        "vacature*|werven|werft",
        "geopend|opent|gelanceerd|aangekondigd|overgenomen",
        "hoorde|gehoord|kreeg",
        "je|jouw|uw naam|nummer",
        "stond|schreef|schreven|geschreven",
        "presentatie|webinar|opiniestuk|nieuwsbrief|site|website",
        "volgens|vertelde|zei",
        "gezamenlijk*|wederzijds*",
        "linkedin",
    ],
    met: words!["ontmoet|ontmoetten|spraken|gesproken|kennengeleerd"],
    intro: words![
        "met ~ van",
        "u|je spreekt met",
        "mijn naam is",
        "ik ben ~ van|bij",
        "dit is",
        "ik bel vanuit|namens",
    ],
    we: words!["we", "wij", "ons", "onze", "ik", "mij", "me", "mijn", "m'n"],
    you: words!["je", "jij", "jou", "jouw", "u", "uw", "jullie"],
    messages: [
        "Je opent met een aanbieding of een verkooppraatje over wat jullie verkopen. Hardop \
         voorgelezen is dat reclame, en bij reclame hangen mensen op. Bewaar het tot je weet \
         wat de klant nodig heeft.",
        "Om toestemming vragen maakt nee makkelijk voordat de klant weet waarom je belt. Begin \
         liever met wat je over hen hebt ontdekt.",
        "Het eerste wat de klant hoort, gaat over jou en je product. Begin bij hen: wat je \
         opviel, waar ze mee bezig zijn.",
        "Je praat veel meer over jezelf (wij, ik, ons) dan over de klant (u, jij, jullie). \
         Maak van een zin over jezelf een vraag over hen.",
        "Niets hier gaat over deze persoon. Een detail dat je hebt uitgezocht (een artikel, \
         een nieuwe rol, een uitbreiding, een gedeeld contact) maakt het gesprek de moeite \
         waard.",
        "Niets hier geeft de klant het woord: er staat geen vraag in, of alleen een die om \
         toestemming vraagt. Sluit af met een open, nieuwsgierige vraag over hun situatie.",
        "Je vragen zijn met ja of nee te beantwoorden. Een open vraag (hoe, wat) laat de klant \
         vertellen.",
        "Meer dan 30 woorden voor je eerste vraag is een monoloog. Kom sneller bij de vraag en \
         laat de klant praten.",
        "Meerdere vragen achter elkaar: de klant beantwoordt er maar één. Stel er één en \
         luister.",
    ],
    hook_line: "Ik zag [wat je over hen hebt ontdekt] – wat betekent dat nu voor u?",
    open_line: "Hoe pakt u dat nu aan?",
    build: Templates {
        you: [["je", "jou", "jou"], ["u", "u", "u"]],
        // The company arrives with its article and without its legal form ("bij het Amphia
        // Ziekenhuis", "bij Bakkerij de Vries"): grammar::nl::organisation.
        at: [" bij {x}", " bij jullie"],
        like: " voor {x}",
        like_alone: " voor {o}",
        role: " als {y}",
        // Hook and reason arrive as whole sentences with the verb that fits them ("Ik zag je
        // bericht", "Ik bel met een vraag over ..."): grammar::nl.
        hook: "{h}.",
        mutual: "{m} raadde me aan {s} te bellen.",
        need: "Veel organisaties zijn op dit moment bezig met {n}.",
        reason: "{r}.",
        ask_need: "Hoe staat het{a} met {n}?",
        ask: "Wat staat er{a} nu bovenaan de agenda?",
        busy: "Wat kost {o}{l} nu de meeste tijd?",
        // Said all year round, so not "dit jaar" (almost over in December) nor "volgend jaar".
        year: "Wanneer is het komende jaar{c} geslaagd?",
        purpose: "In het gesprek zoek je samen met de klant uit wat voor hen belangrijk is en of \
                  er een weg vooruit is. Samen vaststellen dat die er niet is, is ook een goed \
                  resultaat. Je belt zelf als je er klaar voor bent: de widget belt nooit.",
    },
    compiled: OnceLock::new(),
};

pub(super) const EXAMPLES: &[OpenerExample] = &[
    warm(
        "Goedendag mevrouw De Boer, u spreekt met Jeroen van Nordlicht. Ik las in het FD dat u \
         een nieuwe vestiging in Utrecht opent. Hoe pakt u de bezetting daar aan?",
    ),
    warm(
        "Hoi Bram, gefeliciteerd met je nieuwe rol als inkoopmanager! Wat heeft voor jou de \
         komende maanden prioriteit?",
    ),
    warm(
        "Goedendag meneer Visser, Pieter de Vries raadde me aan om u te bellen. Hij noemde dat \
         u kijkt naar hoe nieuwe verkopers sneller op gang komen. Hoe ziet het inwerken er bij \
         u nu uit?",
    ),
    warm(
        "Hoi Daan, ik zag je bericht op LinkedIn over de twaalf ontwikkelaars die jullie \
         zoeken. Wat drijft die groei?",
    ),
    warm(
        "Goedendag mevrouw Smit, uw magazijn groeide vorig jaar van 40 naar 65 medewerkers. \
         Hoe heeft dat uw planning veranderd?",
    ),
    ad(
        "Goedendag, u spreekt met Mark van FiberNet. We hebben nu een actie: 50 procent \
         korting op zakelijk internet. Is dat iets voor u?",
        &[TalkingAd, ProductFirst, NoHook, ClosedQuestion],
    ),
    ad(
        "Goedemorgen! U was een paar jaar geleden klant bij ons, en nu hebben we een \
         aanbieding voor oud-klanten. Zou dat interessant zijn?",
        &[TalkingAd, ProductFirst, NoHook, ClosedQuestion],
    ),
    ad(
        "Goedendag, heeft u even? We hebben deze maand een scherpe prijs op printers.",
        &[
            TalkingAd,
            PermissionQuestion,
            ProductFirst,
            NoHook,
            NoQuestion,
        ],
    ),
    weak(
        "Goedendag mevrouw De Boer, met Jeroen van Nordlicht – stoor ik?",
        &[PermissionQuestion, NoHook, NoQuestion],
    ),
    weak(
        "Goedendag mevrouw De Boer, ik las over uw nieuwe vestiging in Utrecht. Heeft u even \
         tijd? Hoe pakt u de bezetting daar aan?",
        &[PermissionQuestion],
    ),
    good(
        "Goedendag meneer Bakker, wij zijn een adviesbureau uit Rotterdam en helpen \
         transporteurs brandstofkosten te verlagen. Ik zag dat u net een depot in Tilburg \
         heeft geopend. Hoe plant u daar de routes?",
        &[ProductFirst],
    ),
    weak(
        "Hoi Sanne, ik bel vanuit Brightwave. We werken met veel winkelketens, en ons platform \
         wordt door onze partners in heel Europa gebruikt. Ik zag jullie nieuwe winkel in \
         Eindhoven. Hoe loopt het daar?",
        &[ProductFirst, WeFocus],
    ),
    weak(
        "Hoi Tom, gefeliciteerd met de investeringsronde. Ik laat je graag zien hoe wij \
         snelgroeiende teams helpen.",
        &[ProductFirst, NoQuestion],
    ),
    good(
        "Goedendag mevrouw Jansen, ik las dat Fjordvis uitbreidt naar Denemarken. Werkt u daar \
         al met een logistieke partner?",
        &[ClosedQuestion],
    ),
    good(
        "Goedendag meneer Peters, ik zag het artikel in Computable over uw overstap naar de \
         cloud, en omdat wij de afgelopen jaren heel veel gemeenten en overheidsinstellingen \
         met precies dat soort migraties hebben geholpen, leek een kort gesprek me de moeite \
         waard. Wat gaf voor u de doorslag om nu over te stappen?",
        &[TooLong],
    ),
    good(
        "Hoi Emma, gefeliciteerd met je nieuwe baan bij Jumbo! Hoe bevallen de eerste weken? \
         Wat heeft dit jaar voor jou prioriteit?",
        &[StackedQuestions],
    ),
    weak(
        "Goedendag meneer Olsen, ik bel over de kosten van uw wagenpark. Gebruikt u al een \
         tool om het brandstofverbruik bij te houden?",
        &[NoHook, ClosedQuestion],
    ),
    // Issue 12: a value-proposition pitch is a talking ad, also with figures in it.
    ad(
        "Goedemorgen, met Jan van Warmtewijs. Wij helpen bedrijven zoals het uwe om met ons \
         bekroonde regelsysteem tot 20 procent te besparen op energie.",
        &[TalkingAd, ProductFirst, NoHook, NoQuestion],
    ),
    // ... and also when the rep introduces the company and ends with an open question.
    ad(
        "Goedemiddag, ik bel namens Magazijnpool. Wij leveren binnen 48 uur \
         magazijnpersoneel, en onze klanten houden negen van de tien na het eerste jaar. Hoe \
         werven jullie voor het hoogseizoen?",
        &[TalkingAd, ProductFirst, WeFocus, NoHook],
    ),
    // Permission questions in their common forms.
    weak(
        "Hoi Omar, met Lena van Vlootwijzer. Bel ik op een ongelegen moment?",
        &[PermissionQuestion, NoHook, NoQuestion],
    ),
    weak(
        "Goedemiddag mevrouw Chen, met Tom van Archiefhuis. Heeft u een paar minuutjes?",
        &[PermissionQuestion, NoHook, NoQuestion],
    ),
    // Figures quoted from an article are research, not an offer.
    warm(
        "Goedemorgen mevrouw de Vries, ik las in de Gelderlander dat uw zuivelbedrijf de \
         export vorig jaar met 35 procent heeft verhoogd. Wat heeft de deur naar die nieuwe \
         markten geopend?",
    ),
    // "At the moment" inside an open question about them asks no permission.
    warm(
        "Hoi Pieter, ik zag het interview over het terughalen van jullie productie naar \
         Nederland. Wat is op dit moment de grootste hobbel?",
    ),
    // An earlier meeting is a hook even with "we" as the subject.
    warm(
        "Hoi Sanne, we spraken elkaar op de verpakkingsbeurs in Utrecht, en je vertelde over \
         de nieuwe lijn in Venlo. Hoe loopt de opstart?",
    ),
];
