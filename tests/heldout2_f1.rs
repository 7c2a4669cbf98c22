//! The analyser against the sealed gold in `tests/fixtures/heldout2`: the same
//! evaluation as `scholia eval tests/fixtures/heldout2`, with a floor on the
//! exact-match F1 of each group, so that the honest figure cannot fall.
//!
//! `cargo test --test sealed_f1 -- --nocapture` prints the full report.
//!
//! The six articles were written from the recognition contract alone,
//! before the general fixes made from the first held-out set's misses, and
//! measured once, after them (see `tests/fixtures/heldout2/README.md`). The
//! set has since been used for tuning the entity rules and the gazetteer,
//! so it is retired to the development side: its floors only guard against
//! regressions now, and a new sealed set gives the honest figure.

mod support;

use scholia::eval::Group;

// Measured once, on 2026-11-27: before the general fixes numbers 0.906,
// entities 0.674, dates 0.920 (overall 0.833); after them numbers 0.941,
// entities 0.701, dates 0.948 (overall 0.864). The floors are the latter,
// rounded down to 2 decimals. After the entity rules and the gazetteer were
// tuned on this set and the held-out set (no longer an unseen figure):
// numbers 0.948, entities 0.957, dates 0.948 (overall 0.951).
/// Floor on the exact F1 of MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL.
const NUM_FLOOR: f64 = 0.94;
/// Floor on the exact F1 of PERSON, ORG, GPE, LOC, PRODUCT, EVENT.
const ENT_FLOOR: f64 = 0.95;
/// Floor on the exact F1 of DATE and TIME.
const DATE_FLOOR: f64 = 0.94;

#[test]
fn analyser_meets_the_f1_floors_on_the_sealed_set() {
    support::check_floors(
        "tests/fixtures/heldout2",
        6,
        [
            (Group::Numbers, NUM_FLOOR),
            (Group::Entities, ENT_FLOOR),
            (Group::Dates, DATE_FLOOR),
        ],
    );
}
