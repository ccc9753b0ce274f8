//! Unit tests, one file per feature. Every test runs through
//! [`crate::mock::build_and_execute`], which checks the storage invariants and
//! replays the audit chains from the events afterwards.

#![allow(
	clippy::unwrap_used,
	clippy::expect_used,
	clippy::panic,
	clippy::indexing_slicing
)]
#![allow(clippy::arithmetic_side_effects)]

mod approvals;
mod audit;
mod backups;
mod canonical;
mod ceremonies;
mod custodian;
mod destruction;
mod domains;
mod freeze;
mod keys;
mod offchain;
mod property;
mod queries;
mod requests;
mod revocation;
mod roles;
mod rotation;
mod share_maintenance;
mod threshold_signing;
mod velocity;
