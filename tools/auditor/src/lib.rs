//! The live auditor of a key registry.
//!
//! `keyreg-auditor` follows a node's finalized blocks with
//! [subxt](https://docs.rs/subxt), verifies every domain's audit hash chain
//! as its entries arrive, prints each verified entry as one JSON line (for a
//! SIEM), serves its own Prometheus metrics, and stops with an error naming
//! the block and the domain when a chain does not fold to the head the chain
//! stores. See `tools/auditor/README.md`.
//!
//! - [`chain`]: the fold and the verdicts, free of any I/O;
//! - [`entry`]: the pallet's events as entries, and the output lines;
//! - [`json`]: SCALE values as JSON;
//! - [`follow`]: the block follower on subxt;
//! - [`state`]: the state file a restarted auditor resumes from;
//! - [`metrics`]: the `keyreg_auditor_*` series.

pub mod chain;
pub mod entry;
pub mod follow;
pub mod json;
pub mod metrics;
pub mod state;
