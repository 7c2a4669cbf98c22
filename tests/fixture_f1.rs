//! The analyser against the gold fixtures in `tests/fixtures/*.gold.json`:
//! the same evaluation as `scholia eval tests/fixtures`, run through the
//! library, with a floor on the exact-match F1 of each group.
//!
//! `cargo test --test fixture_f1 -- --nocapture` prints the full report.

use scholia::cli::eval_dir;
use scholia::eval::Group;
use std::path::Path;

// These floors are ratchets: raise each one to the level the analyser has
// reached, never lower it. Targets: numbers 0.95, entities 0.85, dates 0.90.
// The rules and the gazetteer were developed against these 12 articles, so
// the scores here overstate what to expect on unseen news: a held-out set is
// needed for an honest figure (the gazetteer without the names that occur in
// the fixtures scored 0.858 on entities).
/// Floor on the exact F1 of MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL.
const NUM_FLOOR: f64 = 0.98;
/// Floor on the exact F1 of PERSON, ORG, GPE, LOC, PRODUCT, EVENT.
const ENT_FLOOR: f64 = 0.98;
/// Floor on the exact F1 of DATE and TIME.
const DATE_FLOOR: f64 = 0.98;

#[test]
fn analyser_meets_the_f1_floors_on_the_gold_fixtures() {
    // Relative to the package root, where cargo runs integration tests, so
    // the message reads as the command would: `scholia eval tests/fixtures`.
    let dir = Path::new("tests/fixtures");
    // Without fixtures this fails ("no gold fixtures found in tests/fixtures")
    // rather than passing on nothing.
    let run = eval_dir(dir).unwrap_or_else(|e| panic!("{e}"));
    for (gold, _, report) in &run.pairs {
        let overall = report.overall();
        println!(
            "{}: gold {}, predicted {}, exact F1 {:.3}",
            gold.display(),
            overall.gold,
            overall.predicted,
            overall.exact_scores().f1
        );
    }
    println!("\n{}", run.total.to_table());

    let mut below = Vec::new();
    for (group, floor) in [
        (Group::Numbers, NUM_FLOOR),
        (Group::Entities, ENT_FLOOR),
        (Group::Dates, DATE_FLOOR),
    ] {
        let f1 = run.total.group(group).exact_scores().f1;
        if f1 < floor {
            below.push(format!("{group}: exact F1 {f1:.3} < floor {floor}"));
        }
    }
    assert!(below.is_empty(), "below the floor: {}", below.join("; "));
}
