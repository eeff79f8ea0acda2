//! The analyzers on the test part of the independent evaluation corpus (`tests/corpus/`),
//! held to issue 12's targets in every language. Nobody tunes a rule on this part: the dev part
//! is for that (`cargo bench -p warmcall-coach --bench corpus` prints both).

#[allow(dead_code)] // the bench uses the dev part
mod support;

use support::corpus::{score, Part};
use warmcall_coach::Lang;

#[test]
fn the_test_part_meets_the_targets_in_every_language() {
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        let score = score(lang, Part::Test);
        println!("{}", score.report());
        let code = lang.code();
        if score.kind_rate() < 97.0 {
            failures.push(format!(
                "{code}: question kind {:.1} % < 97 %",
                score.kind_rate()
            ));
        }
        if score.rewrite_rate() < 95.0 {
            failures.push(format!(
                "{code}: rewrites {:.1} % < 95 %",
                score.rewrite_rate()
            ));
        }
        if score.opener_rate() < 95.0 {
            failures.push(format!(
                "{code}: openers {:.1} % < 95 %",
                score.opener_rate()
            ));
        }
        if score.detection_rate() < 98.0 {
            failures.push(format!(
                "{code}: detection {:.1} % < 98 %",
                score.detection_rate()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
