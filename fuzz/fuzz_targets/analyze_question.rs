//! Feeds arbitrary text to the question analyzer in every language and with detection, and
//! checks what the analyzer promises: no panic, a span on char boundaries inside the text, a
//! UTF-16 range that matches it, and rewrites that read as assumptive.
//!
//! Run with `cargo fuzz run analyze_question` from the crate root (needs cargo-fuzz and a
//! nightly toolchain).

#![no_main]

use libfuzzer_sys::fuzz_target;
use warmcall::coach::question::{analyze_question, utf16_range, QuestionKind};
use warmcall::coach::Lang;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let langs = std::iter::once(None).chain(Lang::ALL.into_iter().map(Some));
    for lang in langs {
        let analysis = analyze_question(text, lang, Lang::En);
        let span = analysis.span.clone();
        assert!(span.start <= span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        let (start16, end16) = utf16_range(text, span.clone());
        assert_eq!(start16, text[..span.start].encode_utf16().count());
        assert_eq!(end16 - start16, text[span].encode_utf16().count());
        for rewrite in &analysis.rewrites {
            let again = analyze_question(rewrite, Some(analysis.lang), Lang::En);
            assert_eq!(again.kind, QuestionKind::Assumptive, "{rewrite:?}");
        }
    }
});
