//! The analyser against the gold in `tests/fixtures/heldout3`: the same
//! evaluation as `scholia eval tests/fixtures/heldout3`, with a floor on the
//! exact-match F1 of each group, so that the figures cannot fall.
//!
//! `cargo test --test heldout3_f1 -- --nocapture` prints the full report.
//!
//! The nine articles were written from the recognition contract alone and
//! measured once, sealed (see `tests/fixtures/heldout3/README.md`). The set
//! has since been used for tuning the number and date rules and the
//! gazetteer, so it is retired to the development side: its floors only
//! guard against regressions, and a new sealed set gives the honest figure.

mod support;

use scholia::eval::Group;

// Measured once, sealed, on 2026-11-27: numbers 0.898, entities 0.778,
// dates 0.864 (overall 0.847). After tuning on this set (no longer an unseen
// figure): numbers 0.993, entities 0.957, dates 0.993 (overall 0.980). The
// floors are the latter, rounded down to 2 decimals.
/// Floor on the exact F1 of MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL.
const NUM_FLOOR: f64 = 0.99;
/// Floor on the exact F1 of PERSON, ORG, GPE, LOC, PRODUCT, EVENT.
const ENT_FLOOR: f64 = 0.95;
/// Floor on the exact F1 of DATE and TIME.
const DATE_FLOOR: f64 = 0.99;

#[test]
fn analyser_meets_the_f1_floors_on_heldout3() {
    support::check_floors(
        "tests/fixtures/heldout3",
        9,
        [
            (Group::Numbers, NUM_FLOOR),
            (Group::Entities, ENT_FLOOR),
            (Group::Dates, DATE_FLOOR),
        ],
    );
}
