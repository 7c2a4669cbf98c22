//! (stub: being written)
use super::{Candidate, Config, Context};
use std::ops::Range;
pub(crate) fn detect(_ctx: &Context, _config: &Config, _out: &mut Vec<Candidate>) {}
pub(crate) fn find_masked(_text: &str) -> Vec<Range<usize>> {
    Vec::new()
}
