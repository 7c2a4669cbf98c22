//! Shared by the F1 floor tests (`fixture_f1`, `heldout_f1`): evaluate a
//! directory of gold files as `scholia eval DIR` does, print the report, and
//! fail when a group's exact F1 is under its floor.

use scholia::cli::eval_dir;
use scholia::eval::Group;
use std::path::Path;

/// Evaluates the analyser on the `documents` gold files of `dir` and checks
/// each group's exact F1 against its floor.
pub fn check_floors(dir: &str, documents: usize, floors: [(Group, f64); 3]) {
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
    let below: Vec<String> = floors
        .iter()
        .filter_map(|&(group, floor)| {
            let f1 = run.total.group(group).exact_scores().f1;
            (f1 < floor).then(|| format!("{group}: exact F1 {f1:.3} < floor {floor}"))
        })
        .collect();
    assert!(below.is_empty(), "below the floor: {}", below.join("; "));
}
