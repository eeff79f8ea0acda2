//! Speed of the question analyzer on a realistic follow-up text of about 300 characters, in
//! each language, with the language given and detected. Plain `Instant` timing (no criterion,
//! to keep the dependency tree small): reports the median nanoseconds per analysis and the
//! throughput. The target is under 50 µs per 300-character text in a release build.

use std::hint::black_box;
use std::time::Instant;

use warmcall_coach::question::analyze_question;
use warmcall_coach::Lang;

const TEXTS: &[(Lang, &str)] = &[
    (
        Lang::En,
        "Hi Anna, thanks again for the demo on Tuesday. Last time we talked about the onboarding \
         plan for your sales team, and you were going to go through the revised quote with your \
         CFO before Friday. I have kept the price open until the end of the month. Have you had \
         a chance to look at the quote together?",
    ),
    (
        Lang::Sv,
        "Hej Karin, tack igen för demon i tisdags. Förra gången pratade vi om införandet för \
         ert säljteam, och du skulle gå igenom den reviderade offerten med ekonomichefen före \
         fredag. Jag har hållit priset öppet till slutet av månaden. Har ni hunnit titta på \
         offerten tillsammans?",
    ),
    (
        Lang::De,
        "Hallo Frau Berger, danke nochmal für die Vorführung am Dienstag. Beim letzten Mal ging \
         es um die Einführung für Ihr Vertriebsteam, und Sie wollten das überarbeitete Angebot \
         bis Freitag mit Ihrem Finanzchef durchgehen. Haben Sie sich das Angebot schon \
         gemeinsam angesehen?",
    ),
    (
        Lang::Nb,
        "Hei Kari, takk igjen for demoen på tirsdag. Sist snakket vi om innføringen for \
         salgsteamet deres, og du skulle gå gjennom det reviderte tilbudet med økonomisjefen \
         før fredag. Jeg har holdt prisen åpen ut måneden. Har dere rukket å se på tilbudet \
         sammen?",
    ),
    (
        Lang::Nl,
        "Hoi Sanne, nogmaals bedankt voor de demo van dinsdag. Vorige keer hadden we het over \
         de invoering voor jullie salesteam, en jij zou de herziene offerte voor vrijdag met je \
         financieel directeur doornemen. Ik houd de prijs open tot het einde van de maand. \
         Hebben jullie de offerte samen al bekeken?",
    ),
];

const ROUNDS: usize = 101;
const ANALYSES_PER_ROUND: usize = 200;

fn median_ns_per_analysis(text: &str, lang: Option<Lang>) -> f64 {
    let mut per_analysis: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let started = Instant::now();
            for _ in 0..ANALYSES_PER_ROUND {
                black_box(analyze_question(black_box(text), lang, Lang::En));
            }
            started.elapsed().as_nanos() as f64 / ANALYSES_PER_ROUND as f64
        })
        .collect();
    per_analysis.sort_by(f64::total_cmp);
    per_analysis[ROUNDS / 2]
}

fn main() {
    println!(
        "{:<4} {:>6} {:>10} {:>14} {:>10} {:>14}",
        "lang", "chars", "given ns", "given MB/s", "detect ns", "detect MB/s"
    );
    let mut worst = 0.0f64;
    for &(lang, text) in TEXTS {
        let given = median_ns_per_analysis(text, Some(lang));
        let detected = median_ns_per_analysis(text, None);
        let megabytes_per_second = |ns: f64| text.len() as f64 / ns * 1e9 / 1e6;
        println!(
            "{:<4} {:>6} {:>10.0} {:>14.1} {:>10.0} {:>14.1}",
            lang.code(),
            text.chars().count(),
            given,
            megabytes_per_second(given),
            detected,
            megabytes_per_second(detected),
        );
        worst = worst.max(given).max(detected);
    }
    let long_text = TEXTS[0].1.repeat(350);
    let long = median_ns_per_analysis(&long_text, None);
    println!(
        "long text: {} chars, median {:.0} ns ({:.1} MB/s; only the last 16 KiB is read)",
        long_text.chars().count(),
        long,
        long_text.len() as f64 / long * 1e9 / 1e6
    );
    println!(
        "worst median for ~300 chars: {:.1} µs (target < 50 µs)",
        worst / 1000.0
    );
}
