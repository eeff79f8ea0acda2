//! Norwegian topics and rewrites.

use super::{address_from, fill, Address, Frame, RewriteRules, Topic};
use crate::question::scan::Tokens;

pub(super) static RULES: RewriteRules = RewriteRules {
    topic_prepositions: words!["om", "angående", "rundt", "vedrørende"],
    bare_markers: words!["litt", "noen", "noe", "flere", "mer"],
    article_for_quantified: |_| None,
    definite_suffixes: words!["en", "et", "ene", "erne"],
    indefinite_markers: words!["en", "et", "ei", "hvilken", "hvilket", "hvilke", "noe", "intet",],
    pronoun_articles: words!["den", "det", "de"],
    capitalised_nouns: false,
    open_compounds: false,
    complement_prepositions: words!["av", "om", "til", "for", "med"],
    parties: words![
        "fagforening",
        "enhet",
        // Officers written as acronyms.
        "cio",
        "cfo",
        "ceo",
        "cto",
        // IT, the department: no Norwegian word is "it".
        "it",
        "aksjonær",
        "styre",
        "ledelse",
        // gruppe, gruppen, gruppa.
        "grupp",
        "sjef",
        "direktør",
        "ombud",
        "controller",
        "styreleder",
        "eier",
        "kontor",
        "leder",
        "konsern",
        "avdeling",
        // Not "innkjøp": "innkjøpet" is the purchase (innkjøpsavdelingen is a department).
        "økonomi",
        "kommune",
        // forsikringsselskapet.
        "selskap",
        // byggherre.
        "herre",
        "etat",
        "leverandør",
        "kollega",
        "kolleg",
        "team",
        "jurist",
        "advokat",
        "bank",
        "revisor",
        "partner",
        "folk",
        "person",
        "bruker",
        "ingeniør",
        "lege",
        "konsulent",
        "rådgiver",
        "medarbeider",
        "ansatt",
    ],
    never_topics: words![
        // The rep's own notes, looked up when the thread is lost.
        "notat",
        "sesong",
        // The nouns of "lost track", "after the holidays": the rep's memory and calendar.
        "oversikt",
        "oversikten",
        "tråden",
        "notater",
        "minne",
        // When.
        "uke",
        "uka",
        "måned",
        "kvartal",
        "år",
        "dag",
        "gang",
        "morgen",
        "ettermiddag",
        "kveld",
        "helg",
        "mandag",
        "tirsdag",
        "onsdag",
        "torsdag",
        "fredag",
        "lørdag",
        "søndag",
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
        // Not "vår", or the possessive "vårt tilbud" would read as the season.
        "våren",
        "sommer",
        "høst",
        "vinter",
        "jul",
        "påske",
        "ferie",
        "møte",
        "samtale",
        "tid",
        "stund",
        "slutt",
        // "Er det meningen å …": the plan, not the thing.
        "mening",
        "hensikt",
        // Idioms: på bordet, på agendaen, tommelen opp, grønt lys.
        "bord",
        "agenda",
        "tommel",
        "lys",
        "radar",
        "hukommelse",
        "side",
        "tråd",
        // What a recap request asks for.
        "oppsummering",
        "statusoppdatering",
    ],
    weak_topics: words![
        // "the problem with the link": a carrier of the thing.
        "problem",
        "problemet",
        "plan",
        // Carriers of an answer: "tilbakemelding på avtalen" is about the contract.
        "tilbakemelding",
        "respons",
        "beskjed",
        "klarsignal",
        "sjanse",
        "mulighet",
        "status",
        "gjennomgang",
        "tanke",
        "idé",
        "nytt",
        "oppdatering",
        "e-post",
        "mail",
        "lenke",
        "vedlegg",
        "melding",
        "brev",
        "sak",
        "spørsmål",
        "alternativ",
        "forespørsel",
        "runde",
        "titt",
        "kikk",
        "prat",
        "beslutning",
        "avgjørelse",
        "avklaring",
        "konklusjon",
        "svar",
        "vurdering",
        "diskusjon",
        "stilling",
        "time",
    ],
    head_endings: words!["en", "n", "et", "t", "a", "ene", "ne", "er", "e"],
    clitics: words![],
    // Weak participles in -et of verbs whose stem ends in a consonant and l or n: behandlet,
    // sammenlignet, åpnet, samlet; nouns in -et have a vowel there (tilbudet, møtet).
    not_noun_endings: words!["gnet", "dlet", "klet", "mlet", "pnet", "dnet", "tlet", "glet",],
    request_verbs: words!["sende", "sendt", "gi", "videresende", "maile"],
    request_modals: words!["kan", "kunne", "vil", "rekker", "mulighet"],
    pass_on_verbs: words!["videresende", "videre", "be", "spørre"],
    requested: |topic, address| {
        let you = you(address);
        Some(format!(
            "Når hadde {you} tenkt å sende over {}?",
            topic.phrase
        ))
    },
    you_subjects: words!["du", "dere", "de"],
    request_fillers: words!["vennligst"],
    request_openings: words!["gjerne", "være", "så", "snill", "å", "kunne"],
    passed_on: |phrase, address| {
        let you = you(address);
        Some(format!("Når hadde {you} tenkt å {phrase}?"))
    },
    pronoun_objects: words!["det", "den", "dem", "dette", "disse"],
    with_prepositions: words!["med"],
    from_prepositions: words!["fra"],
    call_verbs: words!["ringe", "ringt", "ringte", "ringer"],
    from_contraction: |_| None,
    to_prepositions: words!["til"],
    dative_of: |phrase| Some(phrase.to_owned()),
    look_verbs: words![
        "se",
        "sett",
        "lese",
        "lest",
        "kikke",
        "kikket",
        "titt",
        "gjennom",
        "gjennomgå",
        "gjennomgått",
        "teste",
        "testet",
        "prøve",
        "prøvd",
        "sjekke",
        "sjekket",
    ],
    compare_verbs: words!["sammenligne", "sammenlignet", "sammenlikne", "sammenliknet"],
    compared: |partner, address| {
        let you = you(address);
        format!("Hva kom {you} frem til da {you} sammenlignet oss med {partner}?")
    },
    address,
    party_said: |party| format!("Hva sa {}?", party.phrase),
    without_topic: |address| {
        let you = you(address);
        format!("Hva kom {you} frem til etter at vi snakket sist?")
    },
    rewrite,
};

fn address(tokens: &Tokens, text: &str) -> Address {
    address_from(
        tokens,
        text,
        &[
            ("De", Address::Formal),
            ("Dem", Address::Formal),
            ("Deres", Address::Formal),
            ("du", Address::Singular),
            ("deg", Address::Singular),
            ("din", Address::Singular),
            ("ditt", Address::Singular),
            ("dine", Address::Singular),
            ("dere", Address::Plural),
            ("deres", Address::Plural),
        ],
        Address::Plural,
    )
}

fn you(address: Address) -> &'static str {
    match address {
        Address::Singular => "du",
        Address::Plural => "dere",
        Address::Formal => "De",
    }
}

fn rewrite(topic: Option<&Topic>, frame: Frame, address: Address) -> Vec<String> {
    let you = you(address);
    let Some(topic) = topic else {
        return vec![format!(
            "Sist snakket vi om [tema] – hva kom {you} frem til?"
        )];
    };
    if let Some(which) = which_of(&topic.before) {
        return vec![format!("{which} {} ble det til slutt?", topic.phrase)];
    }
    let about = match frame {
        Frame::Decided => vec![format!("Hva kom {you} frem til om {{t}}?")],
        Frame::Looked => vec![
            format!("Hva kom {you} frem til om {{t}}?"),
            format!("Hva syntes {you} om {{t}}?"),
        ],
        Frame::Party {
            party,
            looked: true,
            ..
        } => vec![format!("Hva syntes {party} om {{t}}?")],
        Frame::Party { party, .. } => vec![
            format!("Hva kom {party} frem til om {{t}}?"),
            format!("Hva sa {party} om {{t}}?"),
        ],
        Frame::TalkedWith(party) => vec![format!("Hva sa {party} om {{t}}?")],
    };
    about
        .into_iter()
        .chain([format!(
            "Sist snakket vi om {{t}} – hva kom {you} frem til?"
        )])
        .map(|template| fill(&template, &topic.phrase))
        .collect()
}

/// "Hvilken" as it opens a question, for a topic found after it (see `which_phrase`).
fn which_of(before: &str) -> Option<&'static str> {
    match before {
        "hvilken" => Some("Hvilken"),
        "hvilket" => Some("Hvilket"),
        "hvilke" => Some("Hvilke"),
        "mange" => Some("Hvor mange"),
        _ => None,
    }
}

/// Questions and the first rewrite ready to say, `None` where only a template fits.
#[cfg(test)]
pub(super) static EXAMPLES: &[(&str, Option<&str>)] = &[
    // A phrase from the sentence before, cut before its noun, ends in an adjective: no topic.
    (
        "Takk for en hyggelig prat i går. Fikk du snakket med sjefen?",
        Some("Hva sa sjefen?"),
    ),
    // Called: the party answers.
    (
        "Fikk du ringt leverandøren om leveransen?",
        Some("Hva sa leverandøren om leveransen?"),
    ),
    // Heard from, or passed to, a party: the party answers.
    ("Har dere hørt noe fra styret?", Some("Hva sa styret?")),
    (
        "Har dere hørt noe fra styret om utvidelsen?",
        Some("Hva sa styret om utvidelsen?"),
    ),
    // "How many" ends at the verb of its clause.
    (
        "Hvor mange brukere trengte dere, sa du?",
        Some("Hvor mange brukere ble det til slutt?"),
    ),
    // A noun without article after a quantifier or "about" is the thing asked about.
    (
        "Har dere fått inn noen tilbud?",
        Some("Hva kom dere frem til om tilbud?"),
    ),
    (
        "Hei igjen! Har dere sammenlignet tilbudet?",
        Some("Hva kom dere frem til om tilbudet?"),
    ),
    (
        "Har styret behandlet budsjettet?",
        Some("Hva kom styret frem til om budsjettet?"),
    ),
    (
        "Ligger avtalen fortsatt på bordet hos dere?",
        Some("Hva kom dere frem til om avtalen?"),
    ),
    (
        "Har dere fått sett på saken om nye kassesystemer?",
        Some("Hva kom dere frem til om saken om nye kassesystemer?"),
    ),
    // Issue 12: a party in a compound (direktør, ombud), plural definites in -erne, a
    // possessive that is no season, an adjective inside the complement, a carrier noun.
    (
        "Har finansdirektøren sett på kalkylen?",
        Some("Hva syntes finansdirektøren om kalkylen?"),
    ),
    (
        "Fikk dere testet skannerne på lageret?",
        Some("Hva kom dere frem til om skannerne?"),
    ),
    (
        "Har styret tatt stilling til vårt tilbud om vedlikehold?",
        Some("Hva kom styret frem til om vårt tilbud om vedlikehold?"),
    ),
    (
        "Har dere behandlet saken om nytt lagersystem?",
        Some("Hva kom dere frem til om saken om nytt lagersystem?"),
    ),
    (
        "Har dere vurdert alternativet med kvartalsvis fakturering?",
        Some("Hva kom dere frem til om alternativet med kvartalsvis fakturering?"),
    ),
    // An indefinite noun is the thing; the definite one after "på" is only where.
    (
        "Er det fortsatt aktuelt med en prøveperiode i butikkene?",
        Some("Hva kom dere frem til om en prøveperiode?"),
    ),
    // A request to send asks, assuming yes, when it was planned.
    (
        "Kan du sende meg tilbudet?",
        Some("Når hadde du tenkt å sende over tilbudet?"),
    ),
    (
        "Kan du be Hanne sende tilbake den signerte kontrakten?",
        Some("Når hadde du tenkt å be Hanne sende tilbake den signerte kontrakten?"),
    ),
    (
        "Vil du være så snill å videresende referatet til innkjøpssjefen deres?",
        Some("Når hadde du tenkt å videresende referatet til innkjøpssjefen deres?"),
    ),
    (
        "Fikk sjefen din sett på den nye prislisten, da?",
        Some("Hva syntes sjefen din om den nye prislisten?"),
    ),
    // The party who was to decide or to be asked stays in the rewrite; a comparison keeps what
    // was compared with.
    (
        "Har styret godkjent de nye lisensene?",
        Some("Hva kom styret frem til om de nye lisensene?"),
    ),
    (
        "Har dere diskutert budsjettet med styret?",
        Some("Hva sa styret om budsjettet?"),
    ),
    (
        "Har du snakket med IT om integrasjonen?",
        Some("Hva sa IT om integrasjonen?"),
    ),
    (
        "Har dere sammenlignet oss med den nåværende leverandøren deres?",
        Some(
            "Hva kom dere frem til da dere sammenlignet oss med den nåværende leverandøren deres?",
        ),
    ),
    (
        "Har du fått tatt en titt på tilbudet?",
        Some("Hva kom du frem til om tilbudet?"),
    ),
    // Issue 12, third round: the thing to choose after "hvilken", a light noun carrying its
    // "om" complement, a comparison with no party, a feminine party ("ledergruppa").
    (
        "Hvilken leasingmodell var det dere helte mot igjen?",
        Some("Hvilken leasingmodell ble det til slutt?"),
    ),
    (
        "Har dere bestemt dere for hvilke moduler dere trenger?",
        Some("Hvilke moduler ble det til slutt?"),
    ),
    (
        "Har dere tatt en beslutning om nytt bookingsystem?",
        Some("Hva kom dere frem til om nytt bookingsystem?"),
    ),
    (
        "Fikk dere sammenlignet prisene våre med det dere betaler nå?",
        Some("Hva kom dere frem til da dere sammenlignet prisene våre med det dere betaler nå?"),
    ),
    (
        "Har ledergruppa diskutert rammeavtalen?",
        Some("Hva kom ledergruppa frem til om rammeavtalen?"),
    ),
    // "det" with a party keeps "det"; "det vi …" is the topic when nothing else is; a weak
    // past verb first is no noun (passet); "meningen" of an idiom and particles are no topic.
    (
        "Fikk du tatt det opp med innkjøpssjefen?",
        Some("Hva sa innkjøpssjefen om det?"),
    ),
    (
        "Har dere fått tenkt gjennom det vi diskuterte?",
        Some("Hva kom dere frem til om det vi diskuterte?"),
    ),
    (
        "Er det fremdeles meningen å fornye maskinparken?",
        Some("Hva kom dere frem til om maskinparken?"),
    ),
    (
        "Gikk forslaget om nye rutiner gjennom i ledermøtet?",
        Some("Hva kom dere frem til om forslaget om nye rutiner?"),
    ),
    (
        "Har regnskapssjefen godkjent innkjøpet?",
        Some("Hva kom regnskapssjefen frem til om innkjøpet?"),
    ),
    ("Passet det å begynne i januar?", None),
    // A noun subject written as a person, or doing something with a second verb, is the
    // party, not the topic; an acronym compound is no name; "hvor mange" is asked as chosen.
    (
        "Har saksbehandleren sendt over vedtaket?",
        Some("Hva kom saksbehandleren frem til om vedtaket?"),
    ),
    (
        "Har konsernet fått testet den nye modulen?",
        Some("Hva syntes konsernet om den nye modulen?"),
    ),
    (
        "Har kommunen godkjent søknaden?",
        Some("Hva kom kommunen frem til om søknaden?"),
    ),
    (
        "Har prisene endret seg?",
        Some("Hva kom dere frem til om prisene?"),
    ),
    (
        "Rakk du å se på CRM-oppsettet?",
        Some("Hva kom du frem til om CRM-oppsettet?"),
    ),
    (
        "Har dere funnet ut hvor mange brukere dere trenger?",
        Some("Hvor mange brukere ble det til slutt?"),
    ),
    (
        "Kan du gi meg en statusoppdatering?",
        Some("Hva kom du frem til etter at vi snakket sist?"),
    ),
    // "om" that joins a complement to the noun before is no new topic; a light noun with an
    // indefinite article hands the topic to any complement.
    (
        "Har dere diskutert forslaget om en lengre bindingstid?",
        Some("Hva kom dere frem til om forslaget om en lengre bindingstid?"),
    ),
    (
        "Har dere fått gjort en vurdering av de tre tilbudene?",
        Some("Hva kom dere frem til om de tre tilbudene?"),
    ),
    (
        "Er fremdriftsplanen for utbyggingen klar?",
        Some("Hva kom dere frem til om fremdriftsplanen for utbyggingen?"),
    ),
    // A complement of the complement stays with the topic.
    (
        "Har styret behandlet søknaden om tilskudd til nye ladestasjoner?",
        Some("Hva kom styret frem til om søknaden om tilskudd til nye ladestasjoner?"),
    ),
    (
        "Har du fått svar fra leasingselskapet om avtalen?",
        Some("Hva sa leasingselskapet om avtalen?"),
    ),
];
