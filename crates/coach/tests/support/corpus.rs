//! Scores the analyzers on the independent evaluation corpus in `tests/corpus/` (see its
//! README): question kinds, rewrites, openers and language detection, per language. Shared by
//! the native test that holds the test part to the targets and by the bench that prints the
//! confusion matrices.

use std::fmt::Write;
use std::path::PathBuf;

use warmcall_coach::detect::detect_lang;
use warmcall_coach::opener::{analyze_opener, FindingId};
use warmcall_coach::question::{analyze_question, QuestionKind};
use warmcall_coach::Lang;

pub const KINDS: [QuestionKind; 5] = [
    QuestionKind::Closed,
    QuestionKind::Assumptive,
    QuestionKind::Open,
    QuestionKind::Recap,
    QuestionKind::None,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Dev,
    Test,
}

impl Part {
    fn name(self) -> &'static str {
        match self {
            Part::Dev => "dev",
            Part::Test => "test",
        }
    }
}

pub struct QuestionItem {
    pub kind: QuestionKind,
    /// Forms of the thing asked about, any of which a rewrite must name; empty when the
    /// question names no thing.
    pub topic: Vec<String>,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenerLabel {
    Ad,
    Permission,
    Warm,
}

pub struct OpenerItem {
    pub label: OpenerLabel,
    pub text: String,
}

/// `WARMCALL_CORPUS` names another directory of the same layout: a new batch scored as it
/// came, before any rule is changed for it (`tests/corpus/README.md`).
fn corpus_file(lang: Lang, name: &str, part: Part) -> String {
    let root = std::env::var_os("WARMCALL_CORPUS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus"),
        PathBuf::from,
    );
    let path = root
        .join(lang.code())
        .join(format!("{name}.{}.tsv", part.name()));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.split('\t').collect())
}

fn kind_of(label: &str) -> QuestionKind {
    match label {
        "closed" => QuestionKind::Closed,
        "assumptive" => QuestionKind::Assumptive,
        "open" => QuestionKind::Open,
        "recap" => QuestionKind::Recap,
        "none" => QuestionKind::None,
        other => panic!("unknown kind {other:?}"),
    }
}

pub fn questions(lang: Lang, part: Part) -> Vec<QuestionItem> {
    rows(&corpus_file(lang, "followup", part))
        .map(|cells| {
            assert!(cells.len() >= 3, "a row with too few cells: {cells:?}");
            let topic = match cells[1].trim() {
                "" | "-" => Vec::new(),
                forms => forms.split('|').map(|f| f.trim().to_lowercase()).collect(),
            };
            QuestionItem {
                kind: kind_of(cells[0]),
                topic,
                text: cells[2].to_owned(),
            }
        })
        .collect()
}

pub fn openers(lang: Lang, part: Part) -> Vec<OpenerItem> {
    rows(&corpus_file(lang, "openers", part))
        .map(|cells| {
            let label = match cells[0] {
                "ad" => OpenerLabel::Ad,
                "permission" => OpenerLabel::Permission,
                "warm" => OpenerLabel::Warm,
                other => panic!("unknown opener label {other:?}"),
            };
            OpenerItem {
                label,
                text: cells[1].to_owned(),
            }
        })
        .collect()
}

/// A rewrite is good when the analyzer reads it as assumptive and, where the question named a
/// thing, it names that thing too; a rewrite left with a placeholder names nothing.
pub fn rewrite_is_good(lang: Lang, item: &QuestionItem, rewrite: &str) -> bool {
    let assumptive = analyze_question(rewrite, Some(lang), lang).kind == QuestionKind::Assumptive;
    let lower = rewrite.to_lowercase();
    let keeps_topic = item.topic.is_empty() || item.topic.iter().any(|form| lower.contains(form));
    assumptive && keeps_topic && !rewrite.contains('[')
}

pub fn opener_is_right(lang: Lang, item: &OpenerItem) -> bool {
    let analysis = analyze_opener(&item.text, Some(lang), lang);
    let has = |id: FindingId| analysis.findings.iter().any(|f| f.id == id);
    match item.label {
        OpenerLabel::Ad => analysis.score < 40 && has(FindingId::TalkingAd),
        OpenerLabel::Permission => has(FindingId::PermissionQuestion),
        OpenerLabel::Warm => {
            analysis.score >= 80
                && !has(FindingId::TalkingAd)
                && !has(FindingId::PermissionQuestion)
        }
    }
}

/// The figures of one language on one part of the corpus.
pub struct Score {
    pub lang: Lang,
    /// `confusion[expected][got]`, in the order of [`KINDS`].
    pub confusion: [[usize; 5]; 5],
    pub rewrites_good: usize,
    /// Ready rewrites that are not good: what the coach offered as ready to say although it
    /// lost the topic or is not assumptive (a template or no rewrite is not counted here).
    pub rewrites_wrong: usize,
    pub rewrites_total: usize,
    pub openers_right: usize,
    pub openers_total: usize,
    pub detected_right: usize,
    pub detected_total: usize,
    /// What went wrong, one line per item, for reading while tuning on the dev part.
    pub misses: Vec<String>,
}

fn index(kind: QuestionKind) -> usize {
    KINDS.iter().position(|&k| k == kind).unwrap()
}

impl Score {
    pub fn kinds_right(&self) -> usize {
        (0..5).map(|i| self.confusion[i][i]).sum()
    }

    pub fn kinds_total(&self) -> usize {
        self.confusion.iter().flatten().sum()
    }

    pub fn kind_rate(&self) -> f64 {
        rate(self.kinds_right(), self.kinds_total())
    }

    pub fn rewrite_rate(&self) -> f64 {
        rate(self.rewrites_good, self.rewrites_total)
    }

    pub fn opener_rate(&self) -> f64 {
        rate(self.openers_right, self.openers_total)
    }

    pub fn detection_rate(&self) -> f64 {
        rate(self.detected_right, self.detected_total)
    }

    pub fn report(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}: kind {:.1} % ({}/{}), rewrites {:.1} % ({}/{}; {} wrong), openers {:.1} % ({}/{}), detection {:.1} % ({}/{})",
            self.lang.code(),
            self.kind_rate(),
            self.kinds_right(),
            self.kinds_total(),
            self.rewrite_rate(),
            self.rewrites_good,
            self.rewrites_total,
            self.rewrites_wrong,
            self.opener_rate(),
            self.openers_right,
            self.openers_total,
            self.detection_rate(),
            self.detected_right,
            self.detected_total,
        );
        let _ = writeln!(
            out,
            "  expected \\ got   closed assumptive  open  recap  none"
        );
        for (i, kind) in KINDS.iter().enumerate() {
            let _ = write!(out, "  {:<16}", format!("{kind:?}").to_lowercase());
            for got in self.confusion[i] {
                let _ = write!(out, "{got:>7}");
            }
            out.push('\n');
        }
        out
    }
}

fn rate(right: usize, total: usize) -> f64 {
    if total == 0 {
        100.0
    } else {
        100.0 * right as f64 / total as f64
    }
}

pub fn score(lang: Lang, part: Part) -> Score {
    let mut score = Score {
        lang,
        confusion: [[0; 5]; 5],
        rewrites_good: 0,
        rewrites_wrong: 0,
        rewrites_total: 0,
        openers_right: 0,
        openers_total: 0,
        detected_right: 0,
        detected_total: 0,
        misses: Vec::new(),
    };
    for item in questions(lang, part) {
        let analysis = analyze_question(&item.text, Some(lang), lang);
        score.confusion[index(item.kind)][index(analysis.kind)] += 1;
        if analysis.kind != item.kind {
            score.misses.push(format!(
                "kind {:?} as {:?}: {}",
                item.kind, analysis.kind, item.text
            ));
        }
        if matches!(item.kind, QuestionKind::Closed | QuestionKind::Recap) {
            score.rewrites_total += 1;
            match analysis.rewrites.first() {
                Some(rewrite) if rewrite_is_good(lang, &item, rewrite) => score.rewrites_good += 1,
                Some(rewrite) => {
                    score.rewrites_wrong += usize::from(!rewrite.contains('['));
                    score.misses.push(format!(
                        "rewrite (topic {:?}): {} => {rewrite}",
                        item.topic, item.text
                    ));
                }
                None => score.misses.push(format!("no rewrite: {}", item.text)),
            }
        }
        score.detected_total += 1;
        let detected = detect_lang(&item.text);
        if detected == Some(lang) {
            score.detected_right += 1;
        } else {
            score
                .misses
                .push(format!("detected {detected:?}: {}", item.text));
        }
    }
    for item in openers(lang, part) {
        score.openers_total += 1;
        if opener_is_right(lang, &item) {
            score.openers_right += 1;
        } else {
            let analysis = analyze_opener(&item.text, Some(lang), lang);
            let ids: Vec<_> = analysis.findings.iter().map(|f| f.id).collect();
            score.misses.push(format!(
                "opener {:?} scored {} {ids:?}: {}",
                item.label, analysis.score, item.text
            ));
        }
    }
    score
}
