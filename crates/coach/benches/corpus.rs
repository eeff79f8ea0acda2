//! Prints the analyzers' figures and confusion matrices on both parts of the evaluation corpus
//! (`tests/corpus/`), and with `--misses` every item of the dev part they got wrong.

#[allow(dead_code)]
#[path = "../tests/support/corpus.rs"]
mod corpus;

use corpus::{score, Part};
use warmcall_coach::Lang;

fn main() {
    let misses = std::env::args().any(|arg| arg == "--misses");
    let only: Option<Lang> =
        std::env::args().find_map(|arg| Lang::from_tag(&arg).filter(|_| arg.len() == 2));
    for part in [Part::Dev, Part::Test] {
        println!("== {part:?} part");
        for lang in Lang::ALL
            .into_iter()
            .filter(|l| only.is_none_or(|o| o == *l))
        {
            let score = score(lang, part);
            print!("{}", score.report());
            if misses && part == Part::Dev {
                for miss in &score.misses {
                    println!("    {miss}");
                }
            }
        }
    }
}
