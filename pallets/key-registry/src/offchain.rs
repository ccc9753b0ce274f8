//! The off-chain worker: the custodian's side of signature requests and of
//! automated rotation.
//!
//! On every new best block the worker of each node asks its keystore for the
//! public keys it holds under [`KEY_TYPE`]. The node routes that key type to
//! its signer (a PKCS#11 HSM, or the local keystore), so the worker never sees
//! a private key: it only calls `sp_io::crypto` to list, generate and sign.
//! (The HSM signer answers the listing from its in-memory key index, so a
//! token of 10,000 keys is not listed on every block.)
//!
//! A run's work grows with the pending work, not with the keys held:
//!
//! 1. **Requests.** For each key with pending requests whose current version
//!    this node holds and custodies, it signs the pending requests, oldest
//!    first (at most `MaxRequestsPerBlock` per run), then submits the
//!    signatures together, each with `fulfil_signature` (so a slow signer
//!    delivers one burst, not a trickle that would advance an on-demand chain
//!    once per signature).
//! 2. **Scan.** It looks at [`SCAN_PER_RUN`] of the held keys, the next ones
//!    after where the previous run stopped (a cursor in off-chain storage),
//!    so every held key is looked at once every ⌈held / [`SCAN_PER_RUN`]⌉
//!    blocks: every block on a node of up to 256 keys, every 40 blocks on one
//!    of 10,000. For a key whose rotation is due, it generates the next key in
//!    the same signer, signs its proof of possession with it and the rotation
//!    certificate with the current version, and submits
//!    `rotate_key_by_custodian`. For an older version, it checks that the key
//!    was not rotated by someone else (below).
//!    For an older version whose grace period is over, unless the key's
//!    policy keeps retired keys, it destroys the private key in the signer
//!    (host function [`keyreg_keystore_ext::keyreg_keystore::destroy_key`],
//!    since `sp_keystore` cannot delete) and then records it with
//!    `record_key_destruction` ([`crate::destruction`]).
//! 3. **Settled claims.** It clears its claims (below) on work the chain has
//!    settled: fulfilled or expired requests, rotations that happened,
//!    recorded destructions. A destruction whose record did not reach the
//!    chain (a crash after the key was destroyed, a dropped transaction) is
//!    recorded again from its claim once the claim lapses: the key is no
//!    longer held, so the scan would not find it.
//!
//! All are authorized transactions: no account, no fee (see [`crate::custodian`]).
//!
//! **Named custodian.** The worker acts only for keys whose named custodian
//! ([`crate::KeyRecord::custodian`]) is a key this node holds under
//! [`CUSTODIAN_KEY_TYPE`], and co-signs every transaction with it, so the
//! chain knows which custodian acted and refuses anyone holding only a copy
//! of the key.
//!
//! **Taken over.** A node that holds an older version of a key it is still
//! the named custodian of, but not the version that succeeded it, sees that
//! someone else rotated the key: it logs an error once per rotation and
//! records a [`CustodyAlert`] in its persistent off-chain storage under
//! [`CUSTODY_ALERTS`] (the node serves them over RPC as `keyreg_custodyAlerts`).
//!
//! **Once only.** Each piece of work is claimed in the node's persistent
//! off-chain storage with a compare-and-set that expires after
//! [`RETRY_AFTER`] blocks, so concurrent workers of one node never submit it
//! twice, and a submission lost in a dropped fork is retried. Claims are
//! listed in a ledger ([`CLAIMS`], at most [`MAX_TRACKED_CLAIMS`]) and cleared
//! once lapsed and settled, so off-chain storage does not grow with the
//! chain's history. A transaction
//! the pool refuses (the key was frozen meanwhile, the domain owner cannot pay
//! the deposit) is tried again only after its claim lapses. Across nodes the
//! pool's `provides` tags keep one transaction per request or rotation. A key
//! with a usage limit gets no more signatures than it has uses left.
//!
//! **Signer unreachable.** If the signer cannot sign (an HSM that went away),
//! the worker logs it, releases its claim and tries again on a later block;
//! nothing is submitted, so chain state stays as it was. Before generating a
//! new key it checks that the current version still signs, and it remembers
//! the generated public key, so a retry reuses that key instead of leaving
//! another unused key in the token.

use crate::{
	pallet::*, signature, ActorOf, DomainId, KeyId, KeyLocation, KeyRecordOf, KeySignature,
	PublicKey, SignatureScheme, VersionNumber,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_system::{
	offchain::{CreateAuthorizedTransaction, SubmitTransaction},
	pallet_prelude::BlockNumberFor,
};
use sp_core::{crypto::KeyTypeId, ecdsa, ed25519, hexdisplay::HexDisplay, sr25519, Get};
use sp_runtime::{
	offchain::storage::{StorageRetrievalError, StorageValueRef},
	traits::{One, SaturatedConversion, Saturating},
};

/// The keystore key type under which custodians keep registry keys. A node
/// routes it to its HSM with `--hsm-key-type kreg` (the default).
pub const KEY_TYPE: KeyTypeId = KeyTypeId(*b"kreg");

/// The keystore key type of a node's custodian key: the identity key
/// managers name as a key's custodian. Kept apart from [`KEY_TYPE`] (in the
/// node's local keystore unless routed to an HSM), so that a copy of a
/// registry key never carries the custodian key with it.
pub const CUSTODIAN_KEY_TYPE: KeyTypeId = KeyTypeId(*b"kcus");

/// Persistent off-chain storage key of the node's custody alerts: a SCALE
/// `Vec<CustodyAlert>`, newest last, at most [`MAX_CUSTODY_ALERTS`].
pub const CUSTODY_ALERTS: &[u8] = b"keyreg/ocw/custody-alerts";

/// Most custody alerts kept; older ones are dropped first.
pub const MAX_CUSTODY_ALERTS: usize = 64;

/// A key this node is the named custodian of was rotated to a version the
/// node does not hold: someone else rotated it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, codec::Encode, codec::Decode)]
pub struct CustodyAlert {
	/// The key's domain.
	pub domain: DomainId,
	/// The key.
	pub key: KeyId,
	/// The version this node holds.
	pub held_version: VersionNumber,
	/// The version that succeeded it, which this node does not hold.
	pub successor_public: PublicKey,
	/// The block at which the worker noticed.
	pub noticed_at: u32,
}

/// Blocks after which a claimed piece of work is tried again if it is still
/// pending (its transaction was dropped, or its block left the best chain).
pub const RETRY_AFTER: u32 = 5;

/// Held keys looked at per run for due rotations and custody alerts; the
/// next run goes on from where this one stopped.
pub const SCAN_PER_RUN: usize = 256;

/// Persistent off-chain storage key of the scan's cursor ([`ScanState`]).
pub const SCAN_STATE: &[u8] = b"keyreg/ocw/scan";

/// Persistent off-chain storage key of the claims ledger: a SCALE
/// `Vec<Work>` of the pieces of work this node claimed and has not yet seen
/// settled.
pub const CLAIMS: &[u8] = b"keyreg/ocw/claims";

/// Most claims the ledger tracks. Claims per run are bounded by
/// `MaxRequestsPerBlock` and [`SCAN_PER_RUN`], and settle within the request
/// lifetime; past this bound a claim is still taken (work is never skipped)
/// but not tracked, and the worker logs it.
pub const MAX_TRACKED_CLAIMS: usize = 8192;

/// Log target of the worker.
const LOG_TARGET: &str = "runtime::key-registry::offchain";

/// Prefixes of the worker's entries in persistent off-chain storage.
const CLAIM_REQUEST: &[u8] = b"keyreg/ocw/claim/request/";
const CLAIM_ROTATION: &[u8] = b"keyreg/ocw/claim/rotation/";
const CLAIM_DESTRUCTION: &[u8] = b"keyreg/ocw/claim/destruction/";
const NEXT_KEY: &[u8] = b"keyreg/ocw/next-key/";
const ALERTED: &[u8] = b"keyreg/ocw/alerted/";

/// Message signed to check that a signer is reachable before a key is
/// generated; never submitted anywhere.
const PROBE: &[u8] = b"KEYREG/PROBE/V1";

/// Persistent off-chain storage key of the worker's last [`WorkerStatus`]:
/// the node reads it to export its `keyreg_worker_*` metrics.
pub const WORKER_STATUS: &[u8] = b"keyreg/ocw/status";

/// The worker's last run, as the node's metrics report it.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq, codec::Encode, codec::Decode)]
pub struct WorkerStatus {
	/// The block the run was for.
	pub block: u32,
	/// What the run found and did.
	pub report: RunReport,
	/// How long the run took, in milliseconds (the off-chain clock's
	/// resolution).
	pub took_ms: u64,
}

/// A piece of work the worker claims, so that it is done once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, codec::Encode, codec::Decode)]
pub enum Work {
	/// Fulfilling a signature request.
	Request(DomainId, KeyId, crate::RequestId),
	/// Rotating a key away from a version.
	Rotation(DomainId, KeyId, VersionNumber),
	/// Destroying a retired version's private key and recording it.
	Destruction(DomainId, KeyId, VersionNumber),
}

impl Work {
	/// The persistent off-chain storage key of its claim.
	pub fn claim_key(&self) -> Vec<u8> {
		match self {
			Work::Request(domain, key, request) => {
				claim_key(CLAIM_REQUEST, &(domain, key, request))
			}
			Work::Rotation(domain, key, from) => claim_key(CLAIM_ROTATION, &(domain, key, from)),
			Work::Destruction(domain, key, version) => {
				claim_key(CLAIM_DESTRUCTION, &(domain, key, version))
			}
		}
	}

	/// Whether the chain settled it: the request is no longer pending, or
	/// the key is no longer due a rotation from that version.
	fn settled<T: Config>(&self) -> bool {
		match *self {
			Work::Request(domain, key, request) => {
				!SignatureRequests::<T>::contains_key((domain, key, request))
			}
			Work::Rotation(domain, key, from) => Keys::<T>::get(domain, key)
				.is_none_or(|k| k.status != crate::KeyStatus::Active || k.current_version != from),
			// Recorded, or no longer due (the policy now keeps retired keys).
			Work::Destruction(domain, key, version) => {
				Pallet::<T>::destruction_due(domain, key, version).is_err()
			}
		}
	}
}

/// Where the scan of held keys stands, and what its passes found.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq, codec::Encode, codec::Decode)]
pub struct ScanState {
	/// The first key of the next run's slice; `None`: start from the first.
	pub next: Option<PublicKey>,
	/// What the pass under way found so far.
	pub pass: PassTally,
	/// What the last completed pass found: what the node reports.
	pub last: PassTally,
}

/// What one pass over every held key found.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq, codec::Encode, codec::Decode)]
pub struct PassTally {
	/// Held keys that are the current version of a usable registry key this
	/// node custodies.
	pub custodied: u32,
	/// Of those, keys whose rotation is due.
	pub rotations_due: u32,
}

/// What one run found and did, for tests, logs and the node's metrics.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq, codec::Encode, codec::Decode)]
pub struct RunReport {
	/// Registry keys (all versions) this node holds under [`KEY_TYPE`].
	pub held: u32,
	/// Held keys this run looked at in its scan (at most [`SCAN_PER_RUN`]).
	pub scanned: u32,
	/// Pending signature requests of the keys this node serves.
	pub pending_requests: u32,
	/// Keys this node serves whose rotation is due, as of the last completed
	/// scan pass (this run's, on a node of at most [`SCAN_PER_RUN`] keys).
	pub rotations_due: u32,
	/// Pieces of work under a live claim of this node (taken in this run or
	/// an earlier one that has not lapsed).
	pub claims_held: u32,
	/// Claims cleared in this run because the chain settled their work.
	pub claims_cleared: u32,
	/// Held keys that are the current version of a usable registry key, as
	/// of the last completed scan pass.
	pub custodied: u32,
	/// Fulfilments submitted.
	pub fulfilments: u32,
	/// Rotations submitted.
	pub rotations: u32,
	/// Signing or generation failures (signer unreachable).
	pub signer_failures: u32,
	/// Keys this node custodies that someone else rotated (newly noticed).
	pub custody_alerts: u32,
	/// Retired private keys destroyed (or found gone) and whose destruction
	/// record was submitted.
	pub destructions: u32,
}

/// One run of the worker at block `now`.
pub fn run<T: Config>(now: BlockNumberFor<T>) -> RunReport {
	let started = sp_io::offchain::timestamp().unix_millis();
	let mut report = RunReport::default();
	let mut held = held_public_keys(KEY_TYPE);
	held.sort_unstable();
	held.dedup();
	report.held = held.len().try_into().unwrap_or(u32::MAX);
	let custodian_keys = held_public_keys(CUSTODIAN_KEY_TYPE);
	let (cleared, destructions_to_resume) = settle_claims::<T>(now, &custodian_keys);
	report.claims_cleared = cleared;

	// 1. Requests: the keys with pending requests, found from the chain's
	// pending requests (bounded by the request lifetime), not from the keys.
	let mut budget = T::MaxRequestsPerBlock::get();
	let mut requested: Vec<(DomainId, KeyId)> = SignatureRequests::<T>::iter_keys()
		.map(|(domain, key, _)| (domain, key))
		.collect();
	requested.dedup();
	for (domain, key) in requested {
		if budget == 0 {
			break;
		}
		let Some(key_record) = Keys::<T>::get(domain, key) else {
			continue;
		};
		let Some(custodian) = key_record.custodian.filter(|c| custodian_keys.contains(c)) else {
			continue;
		};
		let version = key_record.current_version;
		let Some(current) = Versions::<T>::get((domain, key, version)) else {
			continue;
		};
		if held.binary_search(&current.public).is_err()
			|| Pallet::<T>::ensure_can_sign(&key_record).is_err()
		{
			continue;
		}
		let signer = Signer {
			location: KeyLocation {
				domain,
				key,
				version,
			},
			public: &current.public,
			custodian: &custodian,
		};
		budget = fulfil_requests::<T>(now, &signer, budget, &mut report);
	}

	// 2. Scan: the next slice of held keys, for due rotations and takeovers.
	let (slice, completes_pass) = next_slice(&held);
	let mut tally = PassTally::default();
	for public in held.get(slice).unwrap_or_default() {
		report.scanned = report.scanned.saturating_add(1);
		let Some(location) = KeyByPublic::<T>::get(public) else {
			continue;
		};
		let Some(key_record) = Keys::<T>::get(location.domain, location.key) else {
			continue;
		};
		// Only the key's named custodian acts, and only if it is this node.
		let Some(custodian) = key_record.custodian.filter(|c| custodian_keys.contains(c)) else {
			continue;
		};
		if key_record.current_version != location.version {
			check_successor::<T>(now, location, &held, &mut report);
			if Pallet::<T>::destruction_due(location.domain, location.key, location.version).is_ok()
			{
				destroy::<T>(now, location, public, &custodian, &mut report);
			}
			continue;
		}
		if Pallet::<T>::ensure_can_sign(&key_record).is_err() {
			continue;
		}
		tally.custodied = tally.custodied.saturating_add(1);
		if Pallet::<T>::is_overdue(&key_record, now) {
			tally.rotations_due = tally.rotations_due.saturating_add(1);
			let signer = Signer {
				location,
				public,
				custodian: &custodian,
			};
			rotate::<T>(now, &signer, &key_record, &held, &mut report);
		}
	}
	for (location, public, custodian) in destructions_to_resume {
		destroy::<T>(now, location, &public, &custodian, &mut report);
	}
	let reported = finish_slice(tally, completes_pass);
	report.custodied = reported.custodied;
	report.rotations_due = reported.rotations_due;
	if report.fulfilments > 0 || report.rotations > 0 || report.signer_failures > 0 {
		log::debug!(target: LOG_TARGET, "block {now:?}: {report:?}");
	}
	let took_ms = sp_io::offchain::timestamp()
		.unix_millis()
		.saturating_sub(started);
	publish_status(now.saturated_into(), report, took_ms);
	report
}

/// Takes the next slice of the sorted `held` keys for this run's scan and
/// moves the cursor past it (compare-and-set, so concurrent runs take
/// different slices); whether the slice ends a pass.
fn next_slice(held: &[PublicKey]) -> (core::ops::Range<usize>, bool) {
	let mut taken = (0..0, true);
	let _ = StorageValueRef::persistent(SCAN_STATE).mutate(
		|stored: Result<Option<ScanState>, StorageRetrievalError>| {
			let mut state = stored.ok().flatten().unwrap_or_default();
			let mut start = state
				.next
				.map_or(0, |next| held.partition_point(|public| *public < next));
			if start >= held.len() {
				start = 0;
			}
			let end = start.saturating_add(SCAN_PER_RUN).min(held.len());
			state.next = held.get(end).copied();
			taken = (start..end, end == held.len());
			Ok::<_, ()>(state)
		},
	);
	taken
}

/// Adds a run's `tally` to the pass under way, closing the pass if the run's
/// slice ended it; returns the tally to report (the last completed pass).
fn finish_slice(tally: PassTally, completes_pass: bool) -> PassTally {
	let mut reported = tally;
	let _ = StorageValueRef::persistent(SCAN_STATE).mutate(
		|stored: Result<Option<ScanState>, StorageRetrievalError>| {
			let mut state = stored.ok().flatten().unwrap_or_default();
			state.pass.custodied = state.pass.custodied.saturating_add(tally.custodied);
			state.pass.rotations_due = state.pass.rotations_due.saturating_add(tally.rotations_due);
			if completes_pass {
				state.last = state.pass;
				state.pass = PassTally::default();
			}
			reported = state.last;
			Ok::<_, ()>(state)
		},
	);
	reported
}

/// A retired version to destroy (again): where it is, its public key, and
/// the custodian key that records it.
type Resumed = (KeyLocation, PublicKey, PublicKey);

/// Clears the claims whose work the chain settled and whose claim lapsed
/// (a live claim may still have its transaction in the pool); returns how
/// many, and the lapsed destructions still unrecorded, to be done again. A
/// settled rotation's remembered next key goes with its claim.
fn settle_claims<T: Config>(
	now: BlockNumberFor<T>,
	custodian_keys: &[PublicKey],
) -> (u32, Vec<Resumed>) {
	let ledger = StorageValueRef::persistent(CLAIMS);
	let tracked = ledger.get::<Vec<Work>>().ok().flatten().unwrap_or_default();
	let mut settled = Vec::new();
	let mut resumed = Vec::new();
	for work in tracked {
		let live = StorageValueRef::persistent(&work.claim_key())
			.get::<BlockNumberFor<T>>()
			.ok()
			.flatten()
			.is_some_and(|until| until > now);
		if live {
			continue;
		}
		if work.settled::<T>() {
			settled.push(work);
		} else if let Work::Destruction(domain, key, version) = work {
			let custodian = Keys::<T>::get(domain, key)
				.and_then(|k| k.custodian)
				.filter(|c| custodian_keys.contains(c));
			let retired = Versions::<T>::get((domain, key, version));
			if let (Some(custodian), Some(retired)) = (custodian, retired) {
				let location = KeyLocation {
					domain,
					key,
					version,
				};
				resumed.push((location, retired.public, custodian));
			}
		}
	}
	if settled.is_empty() {
		return (0, resumed);
	}
	for work in &settled {
		StorageValueRef::persistent(&work.claim_key()).clear();
		if let Work::Rotation(domain, key, from) = work {
			StorageValueRef::persistent(&next_key_memo(*domain, *key, *from)).clear();
		}
	}
	let _ = ledger.mutate(|stored: Result<Option<Vec<Work>>, StorageRetrievalError>| {
		let mut tracked = stored.ok().flatten().unwrap_or_default();
		tracked.retain(|work| !settled.contains(work));
		Ok::<_, ()>(tracked)
	});
	(settled.len().try_into().unwrap_or(u32::MAX), resumed)
}

/// Destroys the private key of the retired version at `location` in the
/// signer, then submits the record of it, co-signed by the custodian key.
/// The claim is taken before the key is destroyed, so a crash in between
/// leaves it in the ledger and [`settle_claims`] resumes the record.
fn destroy<T: Config>(
	now: BlockNumberFor<T>,
	location: KeyLocation,
	public: &PublicKey,
	custodian: &PublicKey,
	report: &mut RunReport,
) {
	use keyreg_keystore_ext::{keyreg_keystore, Destruction};
	let KeyLocation {
		domain,
		key,
		version,
	} = location;
	let work = Work::Destruction(domain, key, version);
	report.claims_held = report.claims_held.saturating_add(1);
	if !claim_work::<T>(work, now) {
		return;
	}
	match keyreg_keystore::destroy_key(KEY_TYPE, public.as_slice()) {
		Destruction::Destroyed => log::info!(
			target: LOG_TARGET,
			"key {domain}/{key}: destroyed the private key of retired v{version} (0x{})",
			HexDisplay::from(&public.as_slice()),
		),
		// Destroyed by an earlier run whose record did not land.
		Destruction::NotHeld => {}
		Destruction::Failed => {
			log::warn!(
				target: LOG_TARGET,
				"key {domain}/{key}: the signer could not destroy retired v{version}; retrying \
				 on a later block",
			);
			retry_later(&work.claim_key(), report);
			return;
		}
		Destruction::Unsupported => {
			// The claim stays until it lapses: warned once per RETRY_AFTER blocks.
			log::warn!(
				target: LOG_TARGET,
				"key {domain}/{key}: retired v{version} is due for destruction, but this node \
				 cannot destroy keys (no key-destruction extension)",
			);
			return;
		}
	}
	let message = signature::custodian_destruction_payload(
		&Pallet::<T>::genesis_hash(),
		domain,
		key,
		version,
		public,
	);
	let Some(custodian_proof) = sign_with(CUSTODIAN_KEY_TYPE, custodian, &message) else {
		// The key is gone; the record is resumed from the claim once it lapses.
		log::warn!(
			target: LOG_TARGET,
			"key {domain}/{key}: the custodian key did not sign the destruction record of \
			 v{version}; trying again in {RETRY_AFTER} blocks",
		);
		return;
	};
	let call = Call::<T>::record_key_destruction {
		domain,
		key,
		version,
		custodian_proof,
	};
	if submit::<T>(call) {
		report.destructions = report.destructions.saturating_add(1);
	} else {
		log::warn!(
			target: LOG_TARGET,
			"key {domain}/{key}: the pool refused the destruction record of v{version}; trying \
			 again in {RETRY_AFTER} blocks",
		);
	}
}

/// Adds `work` to the claims ledger, unless it is there or the ledger is full.
fn track_claim(work: Work) {
	let _ = StorageValueRef::persistent(CLAIMS).mutate(
		|stored: Result<Option<Vec<Work>>, StorageRetrievalError>| {
			let mut tracked = stored.ok().flatten().unwrap_or_default();
			if tracked.contains(&work) {
				return Err(());
			}
			if tracked.len() >= MAX_TRACKED_CLAIMS {
				log::warn!(
					target: LOG_TARGET,
					"{MAX_TRACKED_CLAIMS} claims await settlement; {work:?} is claimed but its \
					 claim will not be cleared",
				);
				return Err(());
			}
			tracked.push(work);
			Ok(tracked)
		},
	);
}

/// Keeps the status of the newest run: runs for several blocks may overlap,
/// and an older one finishing last must not hide a newer one.
fn publish_status(block: u32, report: RunReport, took_ms: u64) {
	let _ = StorageValueRef::persistent(WORKER_STATUS).mutate(
		|stored: Result<Option<WorkerStatus>, StorageRetrievalError>| match stored {
			Ok(Some(newer)) if newer.block > block => Err(()),
			_ => Ok(WorkerStatus {
				block,
				report,
				took_ms,
			}),
		},
	);
}

/// A key whose current version this node holds, and the custodian key it
/// co-signs with.
struct Signer<'a> {
	location: KeyLocation,
	public: &'a PublicKey,
	custodian: &'a PublicKey,
}

/// This node holds `location`'s version, which is no longer current, and is
/// still the key's named custodian: if it does not hold the version that
/// succeeded it either, someone else rotated the key. Alerts once per version.
fn check_successor<T: Config>(
	now: BlockNumberFor<T>,
	location: KeyLocation,
	held: &[PublicKey],
	report: &mut RunReport,
) {
	let KeyLocation {
		domain,
		key,
		version,
	} = location;
	let Some(successor) = version
		.checked_add(1)
		.and_then(|next| Versions::<T>::get((domain, key, next)))
	else {
		return;
	};
	if held.binary_search(&successor.public).is_ok() {
		return;
	}
	let marker = claim_key(ALERTED, &(domain, key, version));
	let seen = StorageValueRef::persistent(&marker);
	if let Ok(Some(true)) = seen.get::<bool>() {
		return;
	}
	seen.set(&true);
	let noticed_at: u32 = now.saturated_into();
	log::error!(
		target: LOG_TARGET,
		"key {domain}/{key}: this node is its named custodian and holds v{version}, but the \
		 key was rotated (at block {:?}) to a key this node does not hold (0x{}): someone \
		 else rotated it. Check the KeyRotated entry's actor; if it was not planned, freeze \
		 the key and follow docs/runbooks/custodian-takeover.md",
		successor.activated_at,
		HexDisplay::from(&successor.public.encode()),
	);
	let alerts = StorageValueRef::persistent(CUSTODY_ALERTS);
	let mut list = alerts
		.get::<Vec<CustodyAlert>>()
		.ok()
		.flatten()
		.unwrap_or_default();
	if list.len() >= MAX_CUSTODY_ALERTS {
		list.remove(0);
	}
	list.push(CustodyAlert {
		domain,
		key,
		held_version: version,
		successor_public: successor.public,
		noticed_at,
	});
	alerts.set(&list);
	report.custody_alerts = report.custody_alerts.saturating_add(1);
}

/// Signs and submits the pending requests of one key; returns the budget left.
fn fulfil_requests<T: Config>(
	now: BlockNumberFor<T>,
	signer: &Signer,
	mut budget: u32,
	report: &mut RunReport,
) -> u32 {
	let KeyLocation {
		domain,
		key,
		version,
	} = signer.location;
	let public = signer.public;
	let genesis = Pallet::<T>::genesis_hash();
	// Transactions are validated against the next block.
	let next_block = now.saturating_add(One::one());
	// Sign no more than the key may still be used in its window: the chain
	// would refuse the rest, and an HSM signature is not free.
	let mut uses_left = Pallet::<T>::uses_left(domain, key, next_block).unwrap_or(u32::MAX);
	// Oldest first (ids are allocated in order), so that a worker that falls
	// behind serves requests in the order they were made. At most `RequestTtl`
	// blocks' worth of requests are pending, so this is bounded.
	let mut pending: Vec<_> = SignatureRequests::<T>::iter_prefix((domain, key))
		.filter(|(_, pending)| pending.expires_at > next_block)
		.collect();
	pending.sort_unstable_by_key(|(request, _)| *request);
	report.pending_requests = report
		.pending_requests
		.saturating_add(pending.len().try_into().unwrap_or(u32::MAX));
	// Sign first, submit after: a slow signer (an HSM under load, a keystore
	// key re-derived on every signature) then delivers its fulfilments to the
	// pool as one burst instead of a trickle. On a chain that seals a block
	// per arriving transaction, a trickle would advance the block number (and
	// so the requests' expiry) once per signature.
	let mut signed = Vec::new();
	for (request, pending) in pending {
		if budget == 0 || uses_left == 0 {
			break;
		}
		let work = Work::Request(domain, key, request);
		let claim = work.claim_key();
		report.claims_held = report.claims_held.saturating_add(1);
		if !claim_work::<T>(work, now) {
			continue;
		}
		let message =
			signature::request_payload(&genesis, domain, key, version, request, &pending.payload);
		let custodian_proof = sign(public, &message).and_then(|signature| {
			let co =
				signature::custodian_fulfilment_payload(&genesis, domain, key, request, &signature);
			sign_with(CUSTODIAN_KEY_TYPE, signer.custodian, &co).map(|proof| (signature, proof))
		});
		let Some((signature, custodian_proof)) = custodian_proof else {
			log::warn!(
				target: LOG_TARGET,
				"key {domain}/{key} v{version}: the signer did not sign request {request}; \
				 retrying on a later block",
			);
			retry_later(&claim, report);
			break;
		};
		budget = budget.saturating_sub(1);
		uses_left = uses_left.saturating_sub(1);
		signed.push((request, signature, custodian_proof));
	}
	for (request, signature, custodian_proof) in signed {
		let call = Call::<T>::fulfil_signature {
			domain,
			key,
			request,
			signature,
			custodian_proof,
		};
		if submit::<T>(call) {
			report.fulfilments = report.fulfilments.saturating_add(1);
		} else {
			// Refused now means invalid now (say, the key was frozen): keep the
			// claim, so the request is looked at again only after it lapses.
			log::warn!(
				target: LOG_TARGET,
				"key {domain}/{key}: the pool refused the fulfilment of request {request}; \
				 trying again in {RETRY_AFTER} blocks",
			);
		}
	}
	budget
}

/// Generates the next key of an overdue key in the same signer and submits
/// the rotation with both proofs.
fn rotate<T: Config>(
	now: BlockNumberFor<T>,
	signer: &Signer,
	key_record: &KeyRecordOf<T>,
	held: &[PublicKey],
	report: &mut RunReport,
) {
	let KeyLocation {
		domain,
		key,
		version: from,
	} = signer.location;
	let current = signer.public;
	let Some(to) = from.checked_add(1) else {
		return;
	};
	let work = Work::Rotation(domain, key, from);
	let claim = work.claim_key();
	report.claims_held = report.claims_held.saturating_add(1);
	if !claim_work::<T>(work, now) {
		return;
	}
	// Generating a key costs a token object; first make sure the signer works.
	if sign(current, PROBE).is_none() {
		log::warn!(
			target: LOG_TARGET,
			"key {domain}/{key} v{from}: rotation due, but the signer cannot sign with the \
			 current version; retrying on a later block",
		);
		retry_later(&claim, report);
		return;
	}
	let new_public = next_key(domain, key, from, key_record.scheme, held);
	let genesis = Pallet::<T>::genesis_hash();
	let proof_message = signature::possession_payload(
		&genesis,
		domain,
		&key_record.name,
		to,
		&ActorOf::<T>::Custodian(*signer.custodian),
		&new_public,
	);
	let certificate_message =
		signature::rotation_payload(&genesis, domain, &key_record.name, from, to, &new_public);
	let custodian_message =
		signature::custodian_rotation_payload(&genesis, domain, key, from, &new_public);
	let (Some(proof), Some(certificate), Some(custodian_proof)) = (
		sign(&new_public, &proof_message),
		sign(current, &certificate_message),
		sign_with(CUSTODIAN_KEY_TYPE, signer.custodian, &custodian_message),
	) else {
		log::warn!(
			target: LOG_TARGET,
			"key {domain}/{key} v{from}: the signer did not sign the rotation proofs; \
			 retrying on a later block",
		);
		retry_later(&claim, report);
		return;
	};
	let call = Call::<T>::rotate_key_by_custodian {
		domain,
		key,
		new_public,
		proof,
		certificate,
		custodian_proof,
	};
	if submit::<T>(call) {
		report.rotations = report.rotations.saturating_add(1);
		log::info!(
			target: LOG_TARGET,
			"key {domain}/{key}: submitted the rotation from v{from} to v{to} (public key 0x{})",
			HexDisplay::from(&new_public.encode()),
		);
	} else {
		log::warn!(
			target: LOG_TARGET,
			"key {domain}/{key}: the pool refused the rotation from v{from} (can the domain \
			 owner pay the version deposit?); trying again in {RETRY_AFTER} blocks",
		);
	}
}

/// The persistent off-chain storage key under which the worker remembers the
/// key it generated to succeed version `from` of a key, until the rotation
/// settles. `keyreg-node hsm prune` reads it so as not to take that key for
/// an orphan.
pub fn next_key_memo(domain: DomainId, key: KeyId, from: VersionNumber) -> Vec<u8> {
	claim_key(NEXT_KEY, &(domain, key, from))
}

/// The key that will succeed version `from`: the one generated for it by an
/// earlier run if the signer still holds it, else a new one.
fn next_key(
	domain: DomainId,
	key: KeyId,
	from: VersionNumber,
	scheme: SignatureScheme,
	held: &[PublicKey],
) -> PublicKey {
	let store_key = next_key_memo(domain, key, from);
	let store = StorageValueRef::persistent(&store_key);
	if let Ok(Some(remembered)) = store.get::<PublicKey>() {
		if remembered.scheme() == scheme && held.binary_search(&remembered).is_ok() {
			return remembered;
		}
	}
	let generated = generate(scheme);
	store.set(&generated);
	generated
}

/// The public keys the node's keystore holds under `key_type`, every scheme.
pub fn held_public_keys(key_type: KeyTypeId) -> Vec<PublicKey> {
	let ed = sp_io::crypto::ed25519_public_keys(key_type)
		.into_iter()
		.map(|p| PublicKey::Ed25519(p.0));
	let sr = sp_io::crypto::sr25519_public_keys(key_type)
		.into_iter()
		.map(|p| PublicKey::Sr25519(p.0));
	let ec = sp_io::crypto::ecdsa_public_keys(key_type)
		.into_iter()
		.map(|p| PublicKey::EcdsaSecp256k1(p.0));
	ed.chain(sr).chain(ec).collect()
}

/// Signs `message` with the registry key `public` held under [`KEY_TYPE`];
/// `None` if the signer cannot.
pub fn sign(public: &PublicKey, message: &[u8]) -> Option<KeySignature> {
	sign_with(KEY_TYPE, public, message)
}

/// Signs `message` with the key `public` held under `key_type`; `None` if the
/// signer cannot.
pub fn sign_with(key_type: KeyTypeId, public: &PublicKey, message: &[u8]) -> Option<KeySignature> {
	match public {
		PublicKey::Ed25519(p) => {
			sp_io::crypto::ed25519_sign(key_type, &ed25519::Public::from_raw(*p), message)
				.map(|s| KeySignature::Ed25519(s.0))
		}
		PublicKey::Sr25519(p) => {
			sp_io::crypto::sr25519_sign(key_type, &sr25519::Public::from_raw(*p), message)
				.map(|s| KeySignature::Sr25519(s.0))
		}
		PublicKey::EcdsaSecp256k1(p) => {
			sp_io::crypto::ecdsa_sign(key_type, &ecdsa::Public::from_raw(*p), message)
				.map(|s| KeySignature::EcdsaSecp256k1(s.0))
		}
	}
}

/// Generates a key of `scheme` in the signer of [`KEY_TYPE`].
///
/// `sp_io`'s generation has no error return: a keystore error ends the run
/// (a trap the node logs), which is why [`rotate`] first checks that the
/// signer signs. The claim then stays until it expires, and the run is retried.
fn generate(scheme: SignatureScheme) -> PublicKey {
	match scheme {
		SignatureScheme::Ed25519 => {
			PublicKey::Ed25519(sp_io::crypto::ed25519_generate(KEY_TYPE, None).0)
		}
		SignatureScheme::Sr25519 => {
			PublicKey::Sr25519(sp_io::crypto::sr25519_generate(KEY_TYPE, None).0)
		}
		SignatureScheme::EcdsaSecp256k1 => {
			PublicKey::EcdsaSecp256k1(sp_io::crypto::ecdsa_generate(KEY_TYPE, None).0)
		}
	}
}

/// Submits `call` as an authorized transaction; whether the pool took it.
fn submit<T: Config>(call: Call<T>) -> bool {
	let xt =
		<T as CreateAuthorizedTransaction<Call<T>>>::create_authorized_transaction(call.into());
	SubmitTransaction::<T, Call<T>>::submit_transaction(xt).is_ok()
}

/// The storage key of a claim or memo about `what`.
fn claim_key(prefix: &[u8], what: &impl Encode) -> Vec<u8> {
	let mut key = prefix.to_vec();
	what.encode_to(&mut key);
	key
}

/// Claims a piece of work until `now + RETRY_AFTER`, unless a live claim
/// exists, and tracks it in the ledger until it settles. Compare-and-set, so
/// two concurrent runs never both win.
fn claim_work<T: Config>(work: Work, now: BlockNumberFor<T>) -> bool {
	let until = now.saturating_add(RETRY_AFTER.into());
	let claimed = StorageValueRef::persistent(&work.claim_key())
		.mutate(
			|held: Result<Option<BlockNumberFor<T>>, StorageRetrievalError>| match held {
				Ok(Some(held_until)) if held_until > now => Err(()),
				_ => Ok(until),
			},
		)
		.is_ok();
	if claimed {
		track_claim(work);
	}
	claimed
}

/// The signer failed: gives the claim up, so that the next run retries at
/// once, and counts the failure.
fn retry_later(claim: &[u8], report: &mut RunReport) {
	StorageValueRef::persistent(claim).clear();
	report.claims_held = report.claims_held.saturating_sub(1);
	report.signer_failures = report.signer_failures.saturating_add(1);
}
