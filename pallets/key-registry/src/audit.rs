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
//! formula above and compares the result with [`crate::AuditHeads`]. A missing,
//! altered or reordered entry changes the head.
//!
//! Event variants are append-only: their index is part of this encoding.

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
			| SignatureRequestExpired { domain, seq, .. } => (*domain, *seq),
			// The hidden phantom variant of `#[pallet::event]`.
			_ => (0, 0),
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Appends the event built by `make` (given its sequence number) to the
	/// domain's audit chain and deposits it.
	pub(crate) fn record(
		domain: DomainId,
		make: impl FnOnce(AuditSeq) -> Event<T>,
	) -> DispatchResult {
		let mut head = AuditHeads::<T>::get(domain);
		let seq = head.seq.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let event = make(seq);
		head.head = next_head(&head.head, seq, &event.encode());
		head.seq = seq;
		AuditHeads::<T>::insert(domain, head);
		Self::deposit_event(event);
		Ok(())
	}

	/// Records an auditor's attestation that it verified the chain up to
	/// `(seq, head)`, which must be the current head; see [`Pallet::attest_audit`].
	pub fn do_attest_audit(
		actor: ActorOf<T>,
		domain: DomainId,
		seq: AuditSeq,
		head: [u8; 32],
	) -> DispatchResult {
		let current = AuditHeads::<T>::get(domain);
		ensure!(
			current.seq == seq && current.head == head,
			Error::<T>::AuditHeadMismatch
		);
		Self::record(domain, |s| Event::AuditAttested {
			domain,
			seq: s,
			actor,
			attested_seq: seq,
			attested_head: head,
		})
	}
}
