//! The analyser against the held-out gold in `tests/fixtures/heldout`: the
//! same evaluation as `scholia eval tests/fixtures/heldout`, run through the
//! library, with a floor on the exact-match F1 of each group.
//!
//! `cargo test --test heldout_f1 -- --nocapture` prints the full report.
//!
//! The six held-out articles were written and annotated after the rules and
//! the gazetteer, from the recognition contract alone (see
//! `tests/fixtures/heldout/README.md`). After their first measurement,
//! general rules were added from this set's misses (currencies, units,
//! halves and compound durations, month ranges, institutions named after
//! places, airliner models; no names from the articles went into the
//! gazetteer), so the set is no longer strictly held out and these scores
//! overstate quality on unseen news. `tests/fixtures/sealed` is the set
//! still unseen: it gives the honest figure. Do not tune rules or add
//! gazetteer names to raise these scores further.

use scholia::cli::eval_dir;
use scholia::eval::Group;
use std::path::Path;

// These floors are ratchets, measured on the held-out set: each is the
// measured exact F1, rounded down to 2 decimals. They may only rise: raise
// each one when the analyser improves, and never lower it.
// Measured when the set was written: numbers 0.907, entities 0.643, dates 0.931.
// Measured after general rules were added from this set's misses (so no
// longer a held-out figure): numbers 0.998, entities 0.743, dates 1.000.
/// Floor on the exact F1 of MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL.
const NUM_FLOOR: f64 = 0.99;
/// Floor on the exact F1 of PERSON, ORG, GPE, LOC, PRODUCT, EVENT.
const ENT_FLOOR: f64 = 0.74;
/// Floor on the exact F1 of DATE and TIME.
const DATE_FLOOR: f64 = 1.00;

#[test]
fn analyser_meets_the_f1_floors_on_the_held_out_set() {
    // Relative to the package root, where cargo runs integration tests, so
    // the message reads as the command would: `scholia eval tests/fixtures/heldout`.
    let dir = Path::new("tests/fixtures/heldout");
    // Without gold files this fails rather than passing on nothing.
    let run = eval_dir(dir).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        run.pairs.len(),
        6,
        "expected the 6 held-out articles in {}",
        dir.display()
    );
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
