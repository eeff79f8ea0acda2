//! Swedish opener rules, templates and examples.

use std::sync::OnceLock;

use super::build::Templates;
use super::FindingId::*;
use super::{ad, good, warm, weak, OpenerExample, OpenerRules};

pub(super) static RULES: OpenerRules = OpenerRules {
    offer: words![
        "rabatt*",
        "rea",
        "gratis|kostnadsfri*",
        "specialpris*",
        "halva priset",
        "prova på",
        "fri frakt",
        "visste du|ni ~ att ~ vi|vår|vårt|våra",
        "hört ~ om|talas ~ vår|vårt|våra|oss",
        "får|kan jag ~ berätta|visa|presentera",
        "utan startavgift|startkostnad|bindningstid",
    ],
    pitch: words![
        "prisbelönt*|marknadsledande|branschledande|ledande",
        "i er|din storlek",
        "som ert|era|ditt|dina|din",
        "kampanj*",
        "hjälper|erbjuder|levererar|tillhandahåller|specialiserade",
        "billigare",
        "garanti*",
        "upp till",
        "kunder|kunderna",
        "hos|med oss",
        "erbjudande*",
        "fasta priser|pris",
    ],
    seller: words!["vi"],
    ours: words!["vår", "vårt", "våra"],
    permission: words![
        "stör|störa|störs|stört",
        "passar",
        "lägligt|olägligt|lämpligt|olämpligt",
        "bra|dåligt|dålig|lämpligt|passande tillfälle|tid|läge",
        "minut|minuter|stund|ögonblick",
        "hinner ~ prata|snacka|samtala|höras|prat|snack",
        "tid att|för ~ prata|samtala|snacka|samtal",
        "möjlighet att ~ prata|samtala|tala|höras",
        "mitt i",
        "har du|ni tid",
        "prata|snacka|tala nu",
        "ringer|ringa ~ nu",
        "upptagen|upptagna|uppbokad",
        "i ett|i möte",
        "fångat|fångar|fått tag",
        "ringa|ringer ~ tillbaka|senare",
        "höra av mig ~ senare|annan",
    ],
    ask_if: words!["undrar ~ om", "fråga ~ om"],
    hook: words![
        "läste|läst|såg|sett|märkte|noterade",
        "grattis|gratulerar",
        "artikel*|intervju*|inlägg*|reportage*|nyhet*|pressmeddelande*|podd*",
        "tipsade|rekommenderade|föreslog|nämnde",
        "nya kontor*|roll*|tjänst*|jobb*",
        "nytt kontor|jobb",
        "ny roll|tjänst",
        "expander*|etablerar",
        "anställer|rekryterar",
        "öppnar|öppnat|öppnade|lanserat|lanserade",
        "lyssnade|hörde",
        "ditt|ert namn|nummer",
        "utsåg|utsedd*|vann|prisade*|certifierad*|certifierats",
        "enligt|berättade|sa",
        "gemensam*",
        "stod|skrev|skrivit",
        "föredrag*|presentation*|webbinar*|hemsida*",
        "linkedin",
    ],
    met: words!["träffades|träffade|träffats|pratade|talade|snackade|sågs"],
    intro: words![
        "det är ~ från|på",
        "jag heter",
        "mitt namn är",
        "jag ringer från",
    ],
    we: words!["vi", "oss", "vår", "vårt", "våra", "jag", "mig", "mej", "min", "mitt", "mina",],
    you: words!["du", "dig", "dej", "din", "ditt", "dina", "ni", "er", "ert", "era",],
    messages: [
        "Samtalet börjar med ett erbjudande eller en pitch om det ni säljer. Uppläst blir det \
         reklam, och reklam lägger man på för. Spara det tills du vet vad kunden behöver.",
        "Att be om lov ger kunden ett enkelt nej innan hen vet varför du ringer. Börja i \
         stället med det du har tagit reda på om dem.",
        "Det första kunden hör handlar om dig och din produkt. Börja med dem: vad du har \
         märkt, vad de arbetar med.",
        "Du pratar mycket mer om er själva (vi, jag, vår) än om kunden (du, ni, er). Gör en \
         mening om dig till en fråga om dem.",
        "Inget här gäller just den här personen. En detalj du tagit reda på (en artikel, en \
         ny roll, en expansion, en gemensam kontakt) gör samtalet värt att ta.",
        "Inget här lämnar över ordet till kunden: det finns ingen fråga, eller bara en som ber \
         om lov. Avsluta med en öppen, nyfiken fråga om deras situation.",
        "Dina frågor går att besvara med ja eller nej. Ställ en öppen fråga (hur, vad) så \
         att kunden börjar berätta.",
        "Mer än 30 ord före första frågan blir en monolog. Kom fram till frågan tidigare och \
         låt kunden prata.",
        "Flera frågor i rad: kunden svarar bara på en. Ställ en, och lyssna.",
    ],
    hook_line: "Jag såg [det du tagit reda på om dem] – vad betyder det för er just nu?",
    open_line: "Hur gör ni med det i dag?",
    build: Templates {
        // "ni" to one person is dated in Swedish business calls: everyone is "du", and the
        // company's practice is asked about with "ni" in the need questions (need.rs).
        you: [["du", "dig", "dig"], ["du", "dig", "dig"]],
        at: [" på {x}", ""],
        like: " som {x}",
        like_alone: "",
        role: " som {y}",
        hook: "Jag läste om {h}.",
        mutual: "{m} tipsade mig om att ringa {o}.",
        need: "Just nu arbetar många företag{c} med {n}.",
        reason: "Anledningen till att jag ringer: {r}.",
        ask_need: "Hur arbetar {s} med {n}{a} i dag?",
        ask: "Vad är viktigast för {o}{a} just nu?",
        busy: "Vad tar mest tid för {o}{l} just nu?",
        year: "Vad behöver hända för att det kommande året ska bli ett bra år för {o}{a}?",
        purpose: "Samtalet är till för att ni tillsammans ska ta reda på vad som är viktigt för \
                  kunden och om det finns en väg framåt. Kommer ni fram till att det inte gör \
                  det är det också ett bra resultat. Du ringer själv när du är redo: widgeten \
                  ringer aldrig.",
    },
    compiled: OnceLock::new(),
};

pub(super) const EXAMPLES: &[OpenerExample] = &[
    warm(
        "Hej Karin, det är Johan på Nordlys. Jag läste i Dagens Industri att ni öppnar ett \
         kontor i Oslo i vår. Hur tänker ni kring bemanningen där?",
    ),
    warm(
        "Hej Per, grattis till den nya rollen som inköpschef! Vad blir det viktigaste för dig \
         det första året?",
    ),
    warm(
        "Hej Sara, Anna Berg tipsade mig om att ringa dig. Hon nämnde att ni ser över hur nya \
         säljare kommer igång. Hur ser introduktionen ut hos er i dag?",
    ),
    warm(
        "Hej Ahmed, jag såg ditt inlägg på LinkedIn om att ni rekryterar tolv utvecklare. Vad \
         är det som driver tillväxten?",
    ),
    warm(
        "Hej Lisa, ert lager växte från 40 till 65 anställda förra året. Hur har det påverkat \
         planeringen?",
    ),
    ad(
        "Hej, det är Markus från FiberNet. Just nu har vi ett erbjudande med 50 procent rabatt \
         på bredband för företag. Kan det vara något för er?",
        &[TalkingAd, ProductFirst, NoHook, ClosedQuestion],
    ),
    ad(
        "Hej! Du har varit kund hos oss tidigare, och vi kör en kampanj för tidigare kunder \
         den här månaden. Är det intressant?",
        &[TalkingAd, ProductFirst, NoHook, ClosedQuestion],
    ),
    ad(
        "Hej, stör jag? Vi har ett erbjudande på skrivare den här månaden.",
        &[
            TalkingAd,
            PermissionQuestion,
            ProductFirst,
            NoHook,
            NoQuestion,
        ],
    ),
    weak(
        "Hej Karin, det är Johan från Nordlys – passar det att prata en stund?",
        &[PermissionQuestion, NoHook, NoQuestion],
    ),
    weak(
        "Hej Karin, jag läste om ert nya kontor i Oslo. Har du en minut? Hur tänker ni kring \
         bemanningen?",
        &[PermissionQuestion],
    ),
    good(
        "Hej David, vi är en konsultfirma i Stockholm som hjälper åkerier att sänka \
         bränslekostnaderna. Jag såg att ni just har öppnat en terminal i Gävle. Hur planerar \
         ni rutterna där?",
        &[ProductFirst],
    ),
    weak(
        "Hej Karin, jag ringer från Brightwave. Vi jobbar med många butikskedjor, och vår \
         plattform används av våra partner i hela Norden. Jag såg er nya butik i Malmö. Hur \
         ser kundflödet ut där?",
        &[ProductFirst, WeFocus],
    ),
    weak(
        "Hej Tom, grattis till investeringen. Jag skulle gärna visa dig hur vi hjälper \
         snabbväxande bolag.",
        &[ProductFirst, NoQuestion],
    ),
    good(
        "Hej Maria, jag läste att Fjordmat etablerar sig i Danmark. Har ni redan en partner \
         för logistiken där?",
        &[ClosedQuestion],
    ),
    good(
        "Hej Peter, jag såg artikeln i Computer Sweden om er flytt till molnet, och eftersom \
         vi har hjälpt väldigt många organisationer inom offentlig sektor med precis den \
         sortens migrering under de senaste åren tänkte jag att det kunde vara värt ett kort \
         samtal. Vad fick er att bestämma er för att flytta just nu?",
        &[TooLong],
    ),
    good(
        "Hej Emma, grattis till nya rollen på Hemköp! Hur har första veckorna varit? Vad blir \
         det viktigaste för dig i år?",
        &[StackedQuestions],
    ),
    weak(
        "Hej Ola, jag ringer angående kostnaderna för er fordonsflotta. Använder ni något \
         verktyg för bränsleuppföljning i dag?",
        &[NoHook, ClosedQuestion],
    ),
    // Issue 12: a value-proposition pitch is a talking ad, also with figures in it.
    ad(
        "Hej, det är Jonas från Värmekollen. Vi hjälper fastighetsägare som er att sänka \
         energikostnaden med upp till 20 procent med vår prisbelönta styrning.",
        &[TalkingAd, ProductFirst, NoHook, NoQuestion],
    ),
    // ... and also when the rep introduces the company and ends with an open question.
    ad(
        "Hej, jag ringer från Lagerbemanning Nord. Vi tillsätter lagerpersonal inom 48 \
         timmar, och våra kunder behåller nio av tio efter första året. Hur rekryterar ni \
         inför högsäsongen?",
        &[TalkingAd, ProductFirst, WeFocus, NoHook],
    ),
    // Permission questions in their common forms.
    weak(
        "Hej Omar, det är Lena från Fordonskoll. Ringer jag vid ett olägligt tillfälle?",
        &[PermissionQuestion, NoHook, NoQuestion],
    ),
    weak(
        "Hej Cecilia, Tomas på Arkivhuset här. Har du ett par minuter?",
        &[PermissionQuestion, NoHook, NoQuestion],
    ),
    // Figures quoted from an article are research, not an offer.
    warm(
        "Hej Johanna, jag läste i Jönköpings-Posten att ni ökade exporten med 35 procent \
         förra året. Vad var det som öppnade dörren till de nya marknaderna?",
    ),
    // "At the moment" inside an open question about them asks no permission.
    warm(
        "Hej Per, jag såg intervjun om att ni flyttar tillbaka produktionen till Sverige. \
         Vad är den största utmaningen just nu?",
    ),
    // An earlier meeting is a hook even with "we" as the subject.
    warm(
        "Hej Sara, vi träffades på förpackningsmässan i Göteborg, och du berättade om den \
         nya linjen i Borås. Hur går uppstarten?",
    ),
];
