//! (stub: being written)
use super::{Candidate, Context};
pub(crate) fn detect(_ctx: &Context, _out: &mut Vec<Candidate>) {}
