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

use crate::types::AuditSeq;
use alloc::vec::Vec;

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
