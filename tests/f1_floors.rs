//! The analyser against every hand-annotated gold set under `tests/fixtures`:
//! the same evaluation as `scholia eval DIR`, run through the library, with a
//! floor on the exact-match F1 of each group (numbers, dates, entities), so
//! that no figure can silently fall.
//!
//! `cargo test --test f1_floors -- --nocapture` prints every report.
//!
//! The floors are ratchets: each is a measured exact F1 rounded down to two
//! decimals. Raise one when the analyser improves; never lower it. The
//! targets of the recognition issue are numbers 0.95, entities 0.85 and
//! dates 0.90.
//!
//! Every set was written from the recognition contract alone, with the
//! analyser neither run nor read. Sets are written sealed and measured once;
//! after that they are used for tuning and retire to the development side,
//! where their floors only guard against regressions, and a new sealed set
//! gives the honest figure for unseen news. Their READMEs tell each set's
//! history; the measured figures are recorded beside each floor below.

use scholia::cli::eval_dir;
use scholia::eval::Group;
use std::path::Path;

/// Floors on the exact F1 of numbers (MONEY, PERCENT, QUANTITY, CARDINAL,
/// ORDINAL), entities (PERSON, ORG, GPE, LOC, PRODUCT, EVENT) and dates (DATE,
/// TIME), in that order.
struct Floors {
    numbers: f64,
    entities: f64,
    dates: f64,
}

/// The development set: 12 articles the first rules were developed on.
#[test]
fn development_set() {
    check(
        "tests/fixtures",
        12,
        Floors {
            numbers: 0.98,
            entities: 0.98,
            dates: 0.98,
        },
    );
}

/// Six articles. Sealed: numbers 0.907, entities 0.643, dates 0.931. After
/// general number and date rules from their misses: 0.998, 0.743, 1.000.
/// After the entity rules and gazetteer were tuned on them and heldout2:
/// 1.000, 0.952, 1.000.
#[test]
fn heldout() {
    check(
        "tests/fixtures/heldout",
        6,
        Floors {
            numbers: 1.00,
            entities: 0.95,
            dates: 1.00,
        },
    );
}

/// Six articles. Sealed, before and after the rules from heldout's misses:
/// numbers 0.906 → 0.941, entities 0.674 → 0.701, dates 0.920 → 0.948.
/// After the entity rules and gazetteer were tuned on them and heldout, and
/// the number and date rules on heldout3: 0.957, 0.957, 0.962.
#[test]
fn heldout2() {
    check(
        "tests/fixtures/heldout2",
        6,
        Floors {
            numbers: 0.95,
            entities: 0.95,
            dates: 0.96,
        },
    );
}

/// Nine articles. Sealed, before and after the entity work tuned on heldout
/// and heldout2: numbers 0.898, entities 0.700 → 0.778, dates 0.864. After
/// tuning on them: 0.993, 0.957, 0.993.
#[test]
fn heldout3() {
    check(
        "tests/fixtures/heldout3",
        9,
        Floors {
            numbers: 0.99,
            entities: 0.95,
            dates: 0.99,
        },
    );
}

/// Nine articles, the honest figure: sealed, measured once before and once
/// after the tuning on heldout3 and the common-words list: numbers 0.944 →
/// 0.958, entities 0.791 → 0.794, dates 0.903 → 0.940 (0.9397; overall 0.874 →
/// 0.888).
#[test]
fn sealed() {
    check(
        "tests/fixtures/sealed",
        9,
        Floors {
            numbers: 0.95,
            entities: 0.79,
            dates: 0.93,
        },
    );
}

/// Evaluates the analyser on the `documents` gold files of `dir`, prints the
/// report, and fails when a group's exact F1 is under its floor.
fn check(dir: &str, documents: usize, floors: Floors) {
    // Relative to the package root, where cargo runs integration tests, so
    // messages read as the command would: `scholia eval tests/fixtures`.
    let dir = Path::new(dir);
    // Without gold files this fails rather than passing on nothing.
    let run = eval_dir(dir).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        run.pairs.len(),
        documents,
        "expected {documents} gold files in {}",
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
    let below: Vec<String> = [
        (Group::Numbers, floors.numbers),
        (Group::Entities, floors.entities),
        (Group::Dates, floors.dates),
    ]
    .iter()
    .filter_map(|&(group, floor)| {
        let f1 = run.total.group(group).exact_scores().f1;
        (f1 < floor).then(|| format!("{group}: exact F1 {f1:.3} < floor {floor}"))
    })
    .collect();
    assert!(
        below.is_empty(),
        "{}: below the floor: {}",
        dir.display(),
        below.join("; ")
    );
}
