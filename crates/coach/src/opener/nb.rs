//! Norwegian (Bokmål) opener rules, templates and examples.

use std::sync::OnceLock;

use super::build::Templates;
use super::FindingId::*;
use super::{ad, good, warm, weak, OpenerExample, OpenerRules};

pub(super) static RULES: OpenerRules = OpenerRules {
    offer: words![
        "rabatt*",
        "gratis|kostnadsfri*",
        "halv pris",
        "spesialpris*",
        "fri frakt",
        "visste du|dere ~ at ~ vi|vår|vårt|våre",
        "hørt ~ om ~ vår|vårt|våre|oss",
        "får|kan jeg ~ fortelle|vise|presentere",
    ],
    pitch: words![
        "prisvinnende|markedsledende|bransjeledende|ledende",
        "landets ~ mest|største|beste|ledende",
        "som deres|din|ditt|dine $",
        "kampanje*",
        "billigere",
        "garanti*",
        "opptil|inntil",
        "kunder|kundene",
        "hos|med oss",
        "tilbud*",
        "hjelper|tilbyr|leverer|spesialisert*",
        "fast|faste pris|priser",
    ],
    seller: words!["vi"],
    ours: words!["vår", "vårt", "våre"],
    permission: words![
        "forstyrr*",
        "passer",
        "beleilig|ubeleilig|ubeleilige|passende",
        "tidspunkt",
        "øyeblikk|minutt|minutter|stund",
        "tid til|å ~ snakke|prate|prat",
        "har du|dere tid",
        "anledning",
        "rekker ~ snakke|prate|prat",
        "rask|kort prat|telefon",
        "midt i",
        "i møte|et møte",
        "du|dere ~ travelt|travel|opptatt",
        "timing",
        "kan|kunne ~ snakke|prate",
        "ringe|ringer ~ tilbake|senere",
    ],
    ask_if: words!["lurer ~ på om", "spørre ~ om"],
    hook: words![
        "leste|lest|sett",
        "la merke",
        "jeg så",
        "gratulerer|gratulasjon*",
        "artikkel*|intervju*|innlegg*|reportasje*|nyhet*|pressemelding*|podkast*",
        "tipset|anbefalte|anbefalt|foreslo|nevnte",
        "nytt kontor",
        "nye kontor*|rolle*|stilling*|jobb*",
        "ny rolle|stilling|jobb",
        "ekspander*|etablerer",
        "ansetter|rekrutterer",
        "åpner|åpnet|lanserte|lansert",
        "hørte|fortalte",
        "sto|står|skrev|skrevet",
        "navnet|nummeret ditt",
        "ditt navn|nummer",
        "valgt|kåret|vant",
        "i følge|ifølge|sa|nevnte",
        "felles",
        "foredrag*|presentasjon*|webinar*|nettside*",
        "linkedin",
    ],
    met: words!["møttes|traff|truffet|snakket|pratet"],
    intro: words![
        "dette er",
        "det er ~ fra|i",
        "jeg heter",
        "mitt navn er",
        "jeg ringer fra",
    ],
    we: words!["vi", "oss", "vår", "vårt", "våre", "jeg", "meg", "min", "mitt", "mine",],
    you: words!["du", "deg", "din", "ditt", "dine", "dere", "deres", "De", "Dem", "Deres",],
    messages: [
        "Samtalen åpner med et tilbud eller en presentasjon av det dere selger. Lest høyt blir \
         det reklame, og reklame legger folk på for. Spar det til du vet hva kunden trenger.",
        "Å be om lov gir kunden et enkelt nei før de vet hvorfor du ringer. Begynn heller med \
         det du har funnet ut om dem.",
        "Det første kunden hører, handler om deg og produktet ditt. Begynn med dem: hva du har \
         lagt merke til, hva de jobber med.",
        "Du snakker mye mer om dere selv (vi, jeg, vår) enn om kunden (du, dere). Gjør en \
         setning om deg til et spørsmål om dem.",
        "Ingenting her gjelder akkurat denne personen. En detalj du har funnet ut (en artikkel, \
         en ny rolle, en utvidelse, en felles kontakt) gjør samtalen verdt å ta.",
        "Ingenting her gir ordet til kunden: det er ikke noe spørsmål, eller bare ett som ber \
         om lov. Avslutt med et åpent, nysgjerrig spørsmål om situasjonen deres.",
        "Spørsmålene dine kan besvares med ja eller nei. Still et åpent spørsmål (hvordan, \
         hva), så begynner kunden å fortelle.",
        "Mer enn 30 ord før første spørsmål blir en monolog. Kom raskere til spørsmålet og la \
         kunden snakke.",
        "Flere spørsmål etter hverandre: kunden svarer bare på ett. Still ett, og lytt.",
    ],
    hook_line: "Jeg så [det du har funnet ut om dem] – hva betyr det for dere nå?",
    open_line: "Hvordan løser dere det i dag?",
    build: Templates {
        you: [["du", "deg", "deg"], ["du", "deg", "deg"]],
        at: [" {p} {x}", ""],
        like: " som {x}",
        like_alone: "",
        role: " som {y}",
        hook: "Jeg leste om {h}.",
        mutual: "{m} tipset meg om å ringe {o}.",
        need: "Akkurat nå jobber mange bedrifter{c} med {n}.",
        reason: "Grunnen til at jeg ringer: {r}.",
        ask_need: "Hvordan jobber dere med {n}{a} i dag?",
        ask: "Hva er viktigst for {o}{a} akkurat nå?",
        busy: "Hva tar mest tid for {o}{l} akkurat nå?",
        year: "Hva skal til for at det neste året blir et godt år for {o}{a}?",
        purpose: "Samtalen skal finne ut, sammen med kunden, hva som betyr noe for dem og om det \
                  finnes en vei videre. Å bli enige om at det ikke gjør det, er også et godt \
                  resultat. Du ringer selv når du er klar: widgeten ringer aldri.",
    },
    compiled: OnceLock::new(),
};

pub(super) const EXAMPLES: &[OpenerExample] = &[
    warm(
        "Hei Kari, dette er Jonas i Nordlys. Jeg leste i Dagens Næringsliv at dere åpner \
         kontor i Bergen i vår. Hvordan tenker dere rundt bemanningen der?",
    ),
    warm(
        "Hei Per, gratulerer med ny rolle som innkjøpssjef! Hva blir viktigst for deg det \
         første året?",
    ),
    warm(
        "Hei Sara, Ola Nordmann tipset meg om å ringe deg. Han nevnte at dere ser på hvordan \
         nye selgere kommer i gang. Hvordan ser opplæringen ut hos dere i dag?",
    ),
    warm(
        "Hei Ahmed, jeg så innlegget ditt på LinkedIn om at dere ansetter tolv utviklere. Hva \
         er det som driver veksten?",
    ),
    warm(
        "Hei Lise, lageret deres vokste fra 40 til 65 ansatte i fjor. Hvordan har det påvirket \
         planleggingen?",
    ),
    ad(
        "Hei, dette er Markus fra FiberNet. Akkurat nå har vi en kampanje med 50 prosent \
         rabatt på bredbånd for bedrifter. Kunne det vært noe for deg?",
        &[TalkingAd, ProductFirst, NoHook, ClosedQuestion],
    ),
    ad(
        "Hei! Du var kunde hos oss for noen år siden, og nå har vi et tilbud for tidligere \
         kunder. Er det interessant?",
        &[TalkingAd, ProductFirst, NoHook, ClosedQuestion],
    ),
    ad(
        "Hei, har du et øyeblikk? Vi har et godt tilbud på skrivere denne måneden.",
        &[
            TalkingAd,
            PermissionQuestion,
            ProductFirst,
            NoHook,
            NoQuestion,
        ],
    ),
    weak(
        "Hei Kari, det er Jonas fra Nordlys – forstyrrer jeg?",
        &[PermissionQuestion, NoHook, NoQuestion],
    ),
    weak(
        "Hei Kari, jeg leste om det nye kontoret deres i Bergen. Passer det at vi tar en prat \
         nå? Hvordan tenker dere rundt bemanningen?",
        &[PermissionQuestion],
    ),
    good(
        "Hei David, vi er et konsulentselskap i Oslo som hjelper transportbedrifter med å \
         kutte drivstoffkostnader. Jeg så at dere nettopp har åpnet en terminal i Drammen. \
         Hvordan planlegger dere rutene der?",
        &[ProductFirst],
    ),
    weak(
        "Hei Kari, jeg ringer fra Brightwave. Vi jobber med mange butikkjeder, og plattformen \
         vår brukes av våre partnere i hele Norden. Jeg så den nye butikken deres i Trondheim. \
         Hvordan er kundestrømmen der?",
        &[ProductFirst, WeFocus],
    ),
    weak(
        "Hei Tom, gratulerer med investeringen. Jeg vil gjerne vise deg hvordan vi hjelper \
         raskt voksende selskaper.",
        &[ProductFirst, NoQuestion],
    ),
    good(
        "Hei Maria, jeg leste at Fjordfisk etablerer seg i Danmark. Har dere allerede en \
         logistikkpartner der?",
        &[ClosedQuestion],
    ),
    good(
        "Hei Peter, jeg så artikkelen i Computerworld om flyttingen deres til skyen, og siden \
         vi har hjulpet veldig mange kommuner og etater med akkurat den typen migrering de \
         siste årene, tenkte jeg at en kort prat kunne være verdt det. Hva fikk dere til å \
         bestemme dere for å flytte nå?",
        &[TooLong],
    ),
    good(
        "Hei Emma, gratulerer med ny jobb hos Rema! Hvordan har de første ukene vært? Hva blir \
         viktigst for deg i år?",
        &[StackedQuestions],
    ),
    weak(
        "Hei Ola, jeg ringer om kostnadene for bilparken deres. Bruker dere noe verktøy for \
         drivstoffoppfølging i dag?",
        &[NoHook, ClosedQuestion],
    ),
    // Issue 12: a value-proposition pitch is a talking ad, also with figures in it.
    ad(
        "Hei, dette er Jonas fra Varmestyring. Vi hjelper gårdeiere som deres med å kutte \
         energikostnadene med opptil 20 prosent med vår prisvinnende styring.",
        &[TalkingAd, ProductFirst, NoHook, NoQuestion],
    ),
    // ... and also when the rep introduces the company and ends with an open question.
    ad(
        "Hei, jeg ringer fra Lagerbemanning Nord. Vi skaffer lagerpersonell innen 48 timer, \
         og kundene våre beholder ni av ti etter første år. Hvordan rekrutterer dere før \
         høysesongen?",
        &[TalkingAd, ProductFirst, WeFocus, NoHook],
    ),
    // Permission questions in their common forms.
    weak(
        "Hei Omar, det er Lena fra Flåtekontroll. Passer det å prate litt nå?",
        &[PermissionQuestion, NoHook, NoQuestion],
    ),
    weak(
        "Hei Cecilie, Tomas i Arkivhuset her. Har du to minutter?",
        &[PermissionQuestion, NoHook, NoQuestion],
    ),
    // Figures quoted from an article are research, not an offer.
    warm(
        "Hei Johanne, jeg leste i Bergens Tidende at dere økte eksporten med 35 prosent i \
         fjor. Hva var det som åpnet døren til de nye markedene?",
    ),
    // "At the moment" inside an open question about them asks no permission.
    warm(
        "Hei Per, jeg så intervjuet om at dere flytter produksjonen tilbake til Norge. Hva \
         er den største utfordringen akkurat nå?",
    ),
    // An earlier meeting is a hook even with "we" as the subject.
    warm(
        "Hei Sara, vi møttes på emballasjemessen på Lillestrøm, og du fortalte om den nye \
         linjen i Ålesund. Hvordan går oppstarten?",
    ),
];
