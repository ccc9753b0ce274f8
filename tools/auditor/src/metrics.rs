//! The auditor's own Prometheus metrics (`--prometheus-port`).
//!
//! Labels are bounded: `entry` is an event name of the pallet (a fixed set
//! from the metadata), nothing else is labelled. No domain, key or account
//! is ever a label.

use std::net::SocketAddr;

use substrate_prometheus_endpoint::{
	register, Counter, CounterVec, Gauge, Opts, PrometheusError, Registry, U64,
};

/// Every series the auditor serves.
#[derive(Clone)]
pub struct Metrics {
	/// Highest finalized block the node announced.
	pub finalized_block: Gauge<U64>,
	/// Highest block whose entries are verified.
	pub verified_block: Gauge<U64>,
	/// Finalized blocks not yet verified.
	pub lag_blocks: Gauge<U64>,
	/// Verified entries, by entry name.
	pub entries: CounterVec<U64>,
	/// Domains with at least one verified entry.
	pub domains: Gauge<U64>,
	/// 1 once a chain disagreed with its head on chain (the auditor then exits).
	pub chain_broken: Gauge<U64>,
	/// Backups whose recovery drill is due and not yet passed (at the last sweep).
	pub drills_due: Gauge<U64>,
	/// Blocks since the oldest due drill fell due (0: none due).
	pub oldest_drill_due_blocks: Gauge<U64>,
	/// Connections to the node lost and made again.
	pub reconnects: Counter<U64>,
}

impl Metrics {
	/// Registers every series on `registry`.
	pub fn register(registry: &Registry) -> Result<Self, PrometheusError> {
		let gauge = |name: &str, help: &str| register(Gauge::new(name, help)?, registry);
		let entries = register(
			CounterVec::new(
				Opts::new(
					"keyreg_auditor_entries_total",
					"Audit entries verified, by entry name",
				),
				&["entry"],
			)?,
			registry,
		)?;
		Ok(Metrics {
			finalized_block: gauge(
				"keyreg_auditor_finalized_block",
				"Highest finalized block the node announced",
			)?,
			verified_block: gauge(
				"keyreg_auditor_verified_block",
				"Highest block whose audit entries are verified",
			)?,
			lag_blocks: gauge(
				"keyreg_auditor_lag_blocks",
				"Finalized blocks not yet verified",
			)?,
			entries,
			domains: gauge(
				"keyreg_auditor_domains",
				"Domains with at least one verified audit entry",
			)?,
			chain_broken: gauge(
				"keyreg_auditor_chain_broken",
				"1 once a domain's audit chain did not fold to its head on chain",
			)?,
			drills_due: gauge(
				"keyreg_auditor_drills_due",
				"Backups whose recovery drill is due and not passed",
			)?,
			oldest_drill_due_blocks: gauge(
				"keyreg_auditor_oldest_drill_due_blocks",
				"Blocks since the oldest due recovery drill fell due",
			)?,
			reconnects: register(
				Counter::new(
					"keyreg_auditor_reconnects_total",
					"Connections to the node lost and made again",
				)?,
				registry,
			)?,
		})
	}
}

/// Serves `registry` at `http://addr/metrics` until the process ends.
pub fn serve(addr: SocketAddr, registry: Registry) {
	tokio::spawn(async move {
		if let Err(e) = substrate_prometheus_endpoint::init_prometheus(addr, registry).await {
			eprintln!("keyreg-auditor: cannot serve metrics on {addr}: {e}");
		}
	});
}
