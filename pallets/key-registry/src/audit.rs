//! The per-domain audit hash chain.
//!
//! Every state change of a domain emits exactly one event of this pallet, and
//! that event is the audit entry. Entry `n` of a domain extends its chain as
//!
//! ```text
//! head_0 = [0u8; 32]
//! head_n = blake2_256(head_{n-1} ‖ n as u64 little-endian ‖ entry_n)
//! ```
//!
//! where `entry_n` is the SCALE encoding of the pallet's `Event` (one byte of
//! variant index, then the fields). In polkadot.js that is
//! `record.event.toU8a().slice(1)`: the event without its pallet index. Every
//! event carries its `domain` and its `seq`, so an auditor filters a domain's
//! events, checks that `seq` runs 1, 2, 3, … without gap, folds them with the
//! formula above and compares the result with the domain's
//! [`crate::Domain::audit`] head (runtime API `audit_head`). A missing,
//! altered or reordered entry changes the head.
//!
//! Event variants are append-only: their index is part of this encoding.
//!
//! **Complete from block 1.** Entries made while building the genesis state
//! (the genesis domains and roles) are deposited as events at the start of
//! block 1, before any other entry, because frame-system keeps no events of
//! block 0. Every domain's chain therefore starts at `seq` 1 in the events of
//! block 1 or later.
//!
//! **Self-sufficient.** Each entry carries the state it creates (a
//! registration carries custody, custodian, policy, metadata and schedule; a
//! change carries the old and the new value), so the registry's domains,
//! roles, keys, versions and statuses can be rebuilt from the entries alone.
//! One call makes exactly one entry: see the call → entry table in
//! `docs/key-registry.md`.

use crate::*;

/// The head before the first entry.
pub const GENESIS_HEAD: [u8; 32] = [0u8; 32];

/// Extends `previous` by entry number `seq` whose encoding is `entry`.
pub fn next_head(previous: &[u8; 32], seq: AuditSeq, entry: &[u8]) -> [u8; 32] {
	let mut preimage =
		Vec::with_capacity(previous.len().saturating_add(8).saturating_add(entry.len()));
	preimage.extend_from_slice(previous);
	preimage.extend_from_slice(&seq.to_le_bytes());
	preimage.extend_from_slice(entry);
	sp_io::hashing::blake2_256(&preimage)
}

impl<T: crate::Config> crate::Event<T> {
	/// The domain and sequence number of this audit entry.
	pub fn audit_position(&self) -> (crate::DomainId, AuditSeq) {
		use crate::Event::*;
		match self {
			DomainCreated { domain, seq, .. }
			| DomainPolicySet { domain, seq, .. }
			| DomainHandOverProposed { domain, seq, .. }
			| DomainHandedOver { domain, seq, .. }
			| DomainClosed { domain, seq, .. }
			| RoleGranted { domain, seq, .. }
			| RoleRevoked { domain, seq, .. }
			| KeyRegistered { domain, seq, .. }
			| KeyRotated { domain, seq, .. }
			| KeyPolicySet { domain, seq, .. }
			| VersionRevoked { domain, seq, .. }
			| KeyRevoked { domain, seq, .. }
			| KeyFrozen { domain, seq, .. }
			| KeyUnfrozen { domain, seq, .. }
			| RotationDue { domain, seq, .. }
			| AuditAttested { domain, seq, .. }
			| SignatureRequested { domain, seq, .. }
			| SignatureFulfilled { domain, seq, .. }
			| SignatureRequestExpired { domain, seq, .. }
			| KeyCustodianSet { domain, seq, .. }
			| KeyVersionDestroyed { domain, seq, .. }
			| RetiredKeysSet { domain, seq, .. }
			| AgreementKeyRegistered { domain, seq, .. }
			| KeyGenerationStarted { domain, seq, .. }
			| CeremonyMessagePosted { domain, seq, .. }
			| CeremonyFailed { domain, seq, .. }
			| KeyGenerationRestarted { domain, seq, .. }
			| KeyGenerationCancelled { domain, seq, .. }
			| NonceCommitmentsPublished { domain, seq, .. }
			| SignatureSharePosted { domain, seq, .. }
			| SigningAttemptEnded { domain, seq, .. }
			| ShareRefreshStarted { domain, seq, .. }
			| ShareRepairStarted { domain, seq, .. }
			| SharesRefreshed { domain, seq, .. }
			| ShareRepaired { domain, seq, .. }
			| BackupRecorded { domain, seq, .. }
			| BackupRetired { domain, seq, .. }
			| DrillDue { domain, seq, .. }
			| DrillStarted { domain, seq, .. }
			| DrillPassed { domain, seq, .. }
			| VelocityPolicySet { domain, seq, .. }
			| SignatureRefused { domain, seq, .. }
			| AnomalyDetected { domain, seq, .. }
			| ApprovalPolicySet { domain, seq, .. }
			| OperationProposed { domain, seq, .. }
			| ProposalApproved { domain, seq, .. }
			| ProposalCancelled { domain, seq, .. }
			| ProposalExpired { domain, seq, .. } => (*domain, *seq),
			// The hidden phantom variant of `#[pallet::event]`.
			_ => (0, 0),
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Appends the event built by `make` (given its sequence number) to the
	/// domain's audit chain, stores the domain record (`record`, whose head it
	/// advances) and deposits the event. Every state change calls this exactly
	/// once, last, so one call leaves one entry and one domain write.
	///
	/// At genesis (block 0) frame-system keeps no events, so the entry is kept
	/// in [`PendingGenesisEntries`] and deposited by `on_initialize` of block 1,
	/// in order: an auditor folding events from block 1 finds every entry.
	pub(crate) fn record(
		domain: DomainId,
		mut record: DomainOf<T>,
		make: impl FnOnce(AuditSeq) -> Event<T>,
	) -> DispatchResult {
		let seq = record
			.audit
			.seq
			.checked_add(1)
			.ok_or(Error::<T>::Overflow)?;
		let event = make(seq);
		record.audit.head = next_head(&record.audit.head, seq, &event.encode());
		record.audit.seq = seq;
		Domains::<T>::insert(domain, record);
		if frame_system::Pallet::<T>::block_number().is_zero() {
			PendingGenesisEntries::<T>::append(event);
		} else {
			Self::deposit_event(event);
		}
		Ok(())
	}

	/// Deposits the entries recorded at genesis; called by `on_initialize` of
	/// block 1. Returns how many there were.
	pub(crate) fn emit_genesis_entries() -> u32 {
		let entries = PendingGenesisEntries::<T>::take();
		let count = entries.len() as u32;
		for event in entries {
			Self::deposit_event(event);
		}
		count
	}

	/// Records an auditor's attestation that it verified the chain up to
	/// `(seq, head)`, which must be the current head; see [`Pallet::attest_audit`].
	pub fn do_attest_audit(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		seq: AuditSeq,
		head: [u8; 32],
	) -> DispatchResult {
		ensure!(
			record.audit.seq == seq && record.audit.head == head,
			Error::<T>::AuditHeadMismatch
		);
		Self::record(domain, record, |s| Event::AuditAttested {
			domain,
			seq: s,
			actor,
			attested_seq: seq,
			attested_head: head,
		})
	}
}
