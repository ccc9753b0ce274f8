//! The node's `keyreg_*` Prometheus metrics, on the node's own registry
//! (served at `--prometheus-port`, 9615 by default, next to Substrate's).
//!
//! | metric | type | labels | source |
//! |---|---|---|---|
//! | `keyreg_signatures_total` | counter | `backend`, `scheme`, `key_type` | every signature the routing keystore made |
//! | `keyreg_signer_errors_total` | counter | `backend`, `scheme`, `kind` (`failed`, `no_such_key`) | signing calls that made no signature |
//! | `keyreg_signer_latency_seconds` | histogram | `backend`, `scheme` | time of each signing call |
//! | `keyreg_hsm_up` | gauge | `backend` | 1 if the token answered its last probe (every 5 s), else 0 |
//! | `keyreg_worker_last_block` | gauge | | the block of the worker's newest run |
//! | `keyreg_worker_lag_blocks` | gauge | | best block minus that |
//! | `keyreg_worker_keys_held` / `_keys_custodied` | gauge | | registry keys held, and those it serves |
//! | `keyreg_worker_pending_requests` | gauge | | pending requests of the keys it serves |
//! | `keyreg_worker_rotations_due` | gauge | | keys it serves whose rotation is due |
//! | `keyreg_worker_claims_held` | gauge | | work under a live claim |
//! | `keyreg_worker_signer_failures` | gauge | | signer failures in the newest run |
//! | `keyreg_worker_run_milliseconds` | gauge | | how long the newest run took (ms resolution) |
//! | `keyreg_worker_keys_scanned` | gauge | | held keys the newest run looked at for due rotations and destructions |
//! | `keyreg_worker_destructions` | gauge | | retired keys the newest run destroyed and recorded |
//! | `keyreg_audit_entries_total` | counter | | registry entries in blocks imported as best |
//! | `keyreg_anomalies_total` | counter | `rule` | breaches in `AnomalyDetected` entries |
//! | `keyreg_anomaly_freezes_total` | counter | | keys an anomaly froze |
//! | `keyreg_refused_requests_total` | counter | `reason` | refusals recorded for watched keys |
//!
//! **Bounded labels.** `backend` is `local` or one `pkcs11:<token label>` per
//! node, `scheme` one of three, `key_type` `kreg`, `kcus` or `other`, `rule`
//! and `reason` the pallet's five each. No label carries a domain, key,
//! account or public key: those belong in the audit trail, not in a time
//! series whose cardinality an outsider could inflate.
//!
//! The worker runs in the runtime and cannot reach the registry: it writes
//! its status to the node's persistent off-chain storage
//! ([`WORKER_STATUS`]) and this module reads it on every new best block.

use crate::client::{FullBackend, FullClient};
use codec::Decode;
use futures::StreamExt;
use keyreg_runtime::{
	pallet_key_registry::{
		offchain::{WorkerStatus, CUSTODIAN_KEY_TYPE, KEY_TYPE, WORKER_STATUS},
		Event as RegistryEvent, RefusalReason, VelocityRule,
	},
	RuntimeEvent,
};
use keyreg_signer::{Pkcs11Signer, SignEvent, SignObserver, SignOutcome};
use sc_client_api::{Backend as _, BlockchainEvents, StorageProvider};
use sp_core::offchain::OffchainStorage;
use std::{sync::Arc, time::Duration};
use substrate_prometheus_endpoint::{
	exponential_buckets, register, CounterVec, Gauge, GaugeVec, HistogramOpts, HistogramVec, Opts,
	PrometheusError, Registry, U64,
};

/// How often the HSM is probed.
pub const HSM_PROBE_INTERVAL: Duration = Duration::from_secs(5);

/// The metrics, registered once per node.
pub struct KeyregMetrics {
	signatures: CounterVec<U64>,
	signer_errors: CounterVec<U64>,
	signer_latency: HistogramVec,
	hsm_up: GaugeVec<U64>,
	worker_last_block: Gauge<U64>,
	worker_lag: Gauge<U64>,
	worker_held: Gauge<U64>,
	worker_custodied: Gauge<U64>,
	worker_pending: Gauge<U64>,
	worker_rotations_due: Gauge<U64>,
	worker_claims: Gauge<U64>,
	worker_signer_failures: Gauge<U64>,
	worker_run_ms: Gauge<U64>,
	worker_scanned: Gauge<U64>,
	worker_destructions: Gauge<U64>,
	audit_entries: CounterVec<U64>,
	anomalies: CounterVec<U64>,
	anomaly_freezes: CounterVec<U64>,
	refusals: CounterVec<U64>,
}

fn counter(
	registry: &Registry,
	name: &str,
	help: &str,
	labels: &[&str],
) -> Result<CounterVec<U64>, PrometheusError> {
	register(CounterVec::new(Opts::new(name, help), labels)?, registry)
}

fn gauge(registry: &Registry, name: &str, help: &str) -> Result<Gauge<U64>, PrometheusError> {
	register(Gauge::new(name, help)?, registry)
}

impl KeyregMetrics {
	/// Registers every `keyreg_*` metric on `registry`.
	pub fn register(registry: &Registry) -> Result<Arc<Self>, PrometheusError> {
		let metrics = Self {
			signatures: counter(
				registry,
				"keyreg_signatures_total",
				"Signatures made by the node's signers",
				&["backend", "scheme", "key_type"],
			)?,
			signer_errors: counter(
				registry,
				"keyreg_signer_errors_total",
				"Signing calls that made no signature: the signer failed, or held no such key",
				&["backend", "scheme", "kind"],
			)?,
			signer_latency: register(
				HistogramVec::new(
					HistogramOpts::new("keyreg_signer_latency_seconds", "Time of one signing call")
						// 0.1 ms to about 3.3 s.
						.buckets(exponential_buckets(0.0001, 2.0, 16)?),
					&["backend", "scheme"],
				)?,
				registry,
			)?,
			hsm_up: register(
				GaugeVec::new(
					Opts::new(
						"keyreg_hsm_up",
						"1 if the HSM token answered its last probe, else 0",
					),
					&["backend"],
				)?,
				registry,
			)?,
			worker_last_block: gauge(
				registry,
				"keyreg_worker_last_block",
				"Block of the off-chain worker's newest run",
			)?,
			worker_lag: gauge(
				registry,
				"keyreg_worker_lag_blocks",
				"Best block minus the block of the worker's newest run",
			)?,
			worker_held: gauge(
				registry,
				"keyreg_worker_keys_held",
				"Registry keys (all versions) the node's signers hold",
			)?,
			worker_custodied: gauge(
				registry,
				"keyreg_worker_keys_custodied",
				"Held keys that are the usable current version of a key this node is custodian of",
			)?,
			worker_pending: gauge(
				registry,
				"keyreg_worker_pending_requests",
				"Pending signature requests of the keys this node serves",
			)?,
			worker_rotations_due: gauge(
				registry,
				"keyreg_worker_rotations_due",
				"Keys this node serves whose rotation is due",
			)?,
			worker_claims: gauge(
				registry,
				"keyreg_worker_claims_held",
				"Pieces of work under a live claim of this node's worker",
			)?,
			worker_signer_failures: gauge(
				registry,
				"keyreg_worker_signer_failures",
				"Signer failures in the worker's newest run",
			)?,
			worker_run_ms: gauge(
				registry,
				"keyreg_worker_run_milliseconds",
				"How long the worker's newest run took, in milliseconds",
			)?,
			worker_scanned: gauge(
				registry,
				"keyreg_worker_keys_scanned",
				"Held keys the worker's newest run looked at for due rotations and destructions",
			)?,
			worker_destructions: gauge(
				registry,
				"keyreg_worker_destructions",
				"Retired keys the worker's newest run destroyed and recorded",
			)?,
			audit_entries: counter(
				registry,
				"keyreg_audit_entries_total",
				"Key-registry audit entries in blocks imported as best",
				&[],
			)?,
			anomalies: counter(
				registry,
				"keyreg_anomalies_total",
				"Velocity-rule breaches in AnomalyDetected entries",
				&["rule"],
			)?,
			anomaly_freezes: counter(
				registry,
				"keyreg_anomaly_freezes_total",
				"Keys frozen by an anomaly",
				&[],
			)?,
			refusals: counter(
				registry,
				"keyreg_refused_requests_total",
				"Signature requests a watched key refused (recorded on chain)",
				&["reason"],
			)?,
		};
		// Every series of a bounded label set exists from the start at 0, so
		// that `increase()` sees the first anomaly (a series born at 1 has no
		// increase to show).
		metrics.audit_entries.with_label_values(&[]);
		metrics.anomaly_freezes.with_label_values(&[]);
		for rule in VelocityRule::ALL {
			metrics.anomalies.with_label_values(&[rule_label(rule)]);
		}
		for reason in [
			RefusalReason::KeyFrozen,
			RefusalReason::KeySuspended,
			RefusalReason::KeyRevoked,
			RefusalReason::UsageLimitReached,
			RefusalReason::AnomalyFreeze,
		] {
			metrics.refusals.with_label_values(&[reason_label(reason)]);
		}
		Ok(Arc::new(metrics))
	}

	/// Creates the error series of `backend` at 0 (`increase()` then sees
	/// its first failure) for the schemes it serves.
	pub fn init_backend(&self, backend: &str, schemes: &[&str]) {
		for scheme in schemes {
			for kind in ["failed", "no_such_key"] {
				self.signer_errors
					.with_label_values(&[backend, scheme, kind]);
			}
		}
	}

	/// Records one worker status seen at best block `best`.
	fn worker(&self, best: u32, status: Option<WorkerStatus>) {
		// No run yet: lag is the whole chain, which an alert catches.
		let last = status.map_or(0, |s| s.block);
		self.worker_last_block.set(last.into());
		self.worker_lag.set(best.saturating_sub(last).into());
		if let Some(WorkerStatus {
			report, took_ms, ..
		}) = status
		{
			self.worker_run_ms.set(took_ms);
			self.worker_scanned.set(report.scanned.into());
			self.worker_destructions.set(report.destructions.into());
			self.worker_held.set(report.held.into());
			self.worker_custodied.set(report.custodied.into());
			self.worker_pending.set(report.pending_requests.into());
			self.worker_rotations_due.set(report.rotations_due.into());
			self.worker_claims.set(report.claims_held.into());
			self.worker_signer_failures
				.set(report.signer_failures.into());
		}
	}

	/// Counts the registry's entries among a block's events.
	fn entries<'a>(&self, events: impl Iterator<Item = &'a RuntimeEvent>) {
		for event in events {
			let RuntimeEvent::KeyRegistry(event) = event else {
				continue;
			};
			self.audit_entries.with_label_values(&[]).inc();
			match event {
				RegistryEvent::AnomalyDetected {
					breaches, frozen, ..
				} => {
					for breach in breaches {
						self.anomalies
							.with_label_values(&[rule_label(breach.rule)])
							.inc();
					}
					if *frozen {
						self.anomaly_freezes.with_label_values(&[]).inc();
					}
				}
				RegistryEvent::SignatureRefused { reason, .. } => {
					self.refusals
						.with_label_values(&[reason_label(*reason)])
						.inc();
				}
				_ => {}
			}
		}
	}
}

impl SignObserver for KeyregMetrics {
	fn observe(&self, event: SignEvent<'_>) {
		let key_type = if event.key_type == KEY_TYPE {
			"kreg"
		} else if event.key_type == CUSTODIAN_KEY_TYPE {
			"kcus"
		} else {
			"other"
		};
		self.signer_latency
			.with_label_values(&[event.backend, event.scheme])
			.observe(event.elapsed.as_secs_f64());
		match event.outcome {
			SignOutcome::Signed => self
				.signatures
				.with_label_values(&[event.backend, event.scheme, key_type])
				.inc(),
			SignOutcome::NoSuchKey => self
				.signer_errors
				.with_label_values(&[event.backend, event.scheme, "no_such_key"])
				.inc(),
			SignOutcome::Failed => self
				.signer_errors
				.with_label_values(&[event.backend, event.scheme, "failed"])
				.inc(),
		}
	}
}

fn rule_label(rule: VelocityRule) -> &'static str {
	match rule {
		VelocityRule::Uses => "uses",
		VelocityRule::Requesters => "requesters",
		VelocityRule::Refusals => "refusals",
		VelocityRule::AboveBaseline => "above_baseline",
		VelocityRule::NewRequester => "new_requester",
	}
}

fn reason_label(reason: RefusalReason) -> &'static str {
	match reason {
		RefusalReason::KeyFrozen => "key_frozen",
		RefusalReason::KeySuspended => "key_suspended",
		RefusalReason::KeyRevoked => "key_revoked",
		RefusalReason::UsageLimitReached => "usage_limit_reached",
		RefusalReason::AnomalyFreeze => "anomaly_freeze",
	}
}

/// Probes the HSM every [`HSM_PROBE_INTERVAL`] and sets `keyreg_hsm_up`.
pub async fn probe_hsm(metrics: Arc<KeyregMetrics>, hsm: Arc<Pkcs11Signer>) {
	use keyreg_signer::SignerBackend;
	metrics.init_backend(hsm.name(), &["ed25519", "ecdsa"]);
	let up = metrics.hsm_up.with_label_values(&[hsm.name()]);
	let mut was_up = true;
	loop {
		let answer = hsm.probe();
		match &answer {
			Ok(()) if !was_up => {
				log::info!(target: "keyreg-signer", "{}: the token answers again", hsm.name())
			}
			Err(e) if was_up => log::error!(target: "keyreg-signer", "{}: {e}", hsm.name()),
			_ => {}
		}
		was_up = answer.is_ok();
		up.set(u64::from(was_up));
		futures_timer::Delay::new(HSM_PROBE_INTERVAL).await;
	}
}

/// Follows the best chain: the worker's status and the registry's entries.
pub async fn follow_chain(
	metrics: Arc<KeyregMetrics>,
	client: Arc<FullClient>,
	backend: Arc<FullBackend>,
) {
	use sp_runtime::traits::Header as _;
	// `System::Events`: frame-system keeps the storage item private, so its
	// key (pallet prefix, item name) is spelled out here.
	let events_key = sp_core::storage::StorageKey(
		[
			sp_io::hashing::twox_128(b"System"),
			sp_io::hashing::twox_128(b"Events"),
		]
		.concat(),
	);
	let mut imports = client.import_notification_stream();
	while let Some(notification) = imports.next().await {
		if !notification.is_new_best {
			continue;
		}
		let best = *notification.header.number();
		let status = backend
			.offchain_storage()
			.and_then(|storage| storage.get(sp_core::offchain::STORAGE_PREFIX, WORKER_STATUS))
			.and_then(|raw| WorkerStatus::decode(&mut &raw[..]).ok());
		metrics.worker(best, status);
		match client.storage(notification.hash, &events_key) {
			Ok(Some(raw)) => {
				match Vec::<frame_system::EventRecord<RuntimeEvent, crate::client::Hash>>::decode(
					&mut &raw.0[..],
				) {
					Ok(records) => metrics.entries(records.iter().map(|r| &r.event)),
					// A runtime upgrade changed the event type: the node's copy
					// no longer decodes it. Counting stops; the chain goes on.
					Err(e) => log::debug!(
						target: "keyreg-metrics",
						"block #{best}: events do not decode with this node's runtime types: {e}"
					),
				}
			}
			Ok(None) => {}
			Err(e) => log::debug!(target: "keyreg-metrics", "block #{best}: events: {e}"),
		}
	}
}
