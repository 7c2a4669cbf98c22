//! The analyser against the gold fixtures in `tests/fixtures/*.gold.json`:
//! the same evaluation as `scholia eval tests/fixtures`, run through the
//! library, with a floor on the exact-match F1 of each group.
//!
//! `cargo test --test fixture_f1 -- --nocapture` prints the full report.

mod support;

use scholia::eval::Group;

// These floors are ratchets: raise each one to the level the analyser has
// reached, never lower it. Targets: numbers 0.95, entities 0.85, dates 0.90.
// The rules and the gazetteer were developed against these 12 articles, so
// the scores here overstate what to expect on unseen news: the held-out sets
// (`tests/heldout_f1.rs`, `tests/fixtures/sealed`) give the honest figure.
/// Floor on the exact F1 of MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL.
const NUM_FLOOR: f64 = 0.98;
/// Floor on the exact F1 of PERSON, ORG, GPE, LOC, PRODUCT, EVENT.
const ENT_FLOOR: f64 = 0.98;
/// Floor on the exact F1 of DATE and TIME.
const DATE_FLOOR: f64 = 0.98;

#[test]
fn analyser_meets_the_f1_floors_on_the_gold_fixtures() {
    support::check_floors(
        "tests/fixtures",
        12,
        [
            (Group::Numbers, NUM_FLOOR),
            (Group::Entities, ENT_FLOOR),
            (Group::Dates, DATE_FLOOR),
        ],
    );
}
