//! Read-only queries behind the runtime API and [`crate::KeyRegistryInspect`].
//! Each answer costs a constant number of storage reads, whatever the size of
//! the registry; paged queries read at most `limit` entries.

use crate::{
	pallet::*, signature, AuditHead, DomainId, DomainOf, KeyId, KeyLocation, KeyRecordOf,
	KeySignature, KeyStatus, KeyVersionOf, PublicKey, RevocationEntry, Role, Validity, VerifyError,
	VersionNumber,
};
use alloc::vec::Vec;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating};

/// Most entries a paged query returns.
pub const MAX_PAGE: u32 = 256;

impl<T: Config> Pallet<T> {
	/// The domain with that id.
	pub fn domain(domain: DomainId) -> Option<DomainOf<T>> {
		Domains::<T>::get(domain)
	}

	/// The key with that id.
	pub fn key(domain: DomainId, key: KeyId) -> Option<KeyRecordOf<T>> {
		Keys::<T>::get(domain, key)
	}

	/// The id of the key called `name` in the domain.
	pub fn key_id_by_name(domain: DomainId, name: Vec<u8>) -> Option<KeyId> {
		let name = crate::NameOf::<T>::try_from(name).ok()?;
		KeyNames::<T>::get(domain, name)
	}

	/// Versions `from ..` of a key, at most `limit` (capped at [`MAX_PAGE`]).
	pub fn versions(
		domain: DomainId,
		key: KeyId,
		from: VersionNumber,
		limit: u32,
	) -> Vec<(VersionNumber, KeyVersionOf<T>)> {
		let Some(record) = Keys::<T>::get(domain, key) else {
			return Vec::new();
		};
		let end = from
			.saturating_add(limit.min(MAX_PAGE))
			.min(record.current_version.saturating_add(1));
		(from..end)
			.filter_map(|v| Versions::<T>::get((domain, key, v)).map(|entry| (v, entry)))
			.collect()
	}

	/// The roles `who` holds in the domain.
	pub fn roles_of(domain: DomainId, who: &T::AccountId) -> Vec<Role> {
		Roles::<T>::get(domain, who).to_vec()
	}

	/// Entries `from ..` of the domain's revocation list, at most `limit`
	/// (capped at [`MAX_PAGE`]).
	pub fn revocation_list(
		domain: DomainId,
		from: u32,
		limit: u32,
	) -> Vec<(u32, RevocationEntry<BlockNumberFor<T>>)> {
		let Some(record) = Domains::<T>::get(domain) else {
			return Vec::new();
		};
		let end = from
			.saturating_add(limit.min(MAX_PAGE))
			.min(record.revocation_count);
		(from..end)
			.filter_map(|i| Revocations::<T>::get(domain, i).map(|entry| (i, entry)))
			.collect()
	}

	/// The head of the domain's audit chain.
	pub fn audit_head(domain: DomainId) -> AuditHead {
		Domains::<T>::get(domain)
			.map(|record| record.audit)
			.unwrap_or_default()
	}

	/// The block at which the key's rotation fell due, if it is overdue.
	pub fn rotation_overdue_since(domain: DomainId, key: KeyId) -> Option<BlockNumberFor<T>> {
		let record = Keys::<T>::get(domain, key)?;
		let now = frame_system::Pallet::<T>::block_number();
		if Self::is_overdue(&record, now) {
			record.rotation_due_at
		} else {
			None
		}
	}

	/// When `version` of a key was retired and until when it verified:
	/// `(retired_at, verifies_until)`, both `None` while it is current. A
	/// version verifies until (exclusive) the end of its grace, or the block
	/// after its successor was itself retired if that came first (only the
	/// current and the previous version ever verify). Two storage reads.
	pub fn retirement(
		domain: DomainId,
		key: KeyId,
		version: VersionNumber,
	) -> Option<(BlockNumberFor<T>, BlockNumberFor<T>)> {
		let successor = Versions::<T>::get((domain, key, version.checked_add(1)?))?;
		let retired_at = successor.activated_at;
		let mut until = successor.previous_grace_until.unwrap_or(retired_at);
		if let Some(after) = version
			.checked_add(2)
			.and_then(|v| Versions::<T>::get((domain, key, v)))
		{
			// Cut short by the next rotation, which it saw happen: it still
			// verified in that block, before the rotation.
			let cut = after.activated_at.saturating_add(One::one());
			if cut < until {
				until = cut;
			}
		}
		Some((retired_at, until))
	}

	/// The public key of the key's current version, if the key is active.
	pub fn current_public_key(domain: DomainId, key: KeyId) -> Option<PublicKey> {
		let record = Keys::<T>::get(domain, key)?;
		if record.status != KeyStatus::Active {
			return None;
		}
		Versions::<T>::get((domain, key, record.current_version)).map(|v| v.public)
	}

	/// Whether `public` was valid at block `at`, in at most five storage reads
	/// (index, version, key, the next two versions). Freezing does not change
	/// validity; it stops use.
	///
	/// Exact at the edges: whatever the chain accepted in block `at` is
	/// reported valid for `at`. A version is `Valid` from its activation block
	/// through the block of the rotation that retired it (it was current at
	/// the start of that block, so a fulfilment before the rotation in the
	/// same block is covered), then `InGrace` until its grace ends, then
	/// `Retired`. A revocation counts from its `effective_from`, which is the
	/// next block for a revocation "from now on" and an earlier block only for
	/// a deliberately retroactive one.
	pub fn validity_at(public: &PublicKey, at: BlockNumberFor<T>) -> Validity<BlockNumberFor<T>> {
		let Some(location) = KeyByPublic::<T>::get(public) else {
			return Validity::Unknown;
		};
		let KeyLocation {
			domain,
			key,
			version,
		} = location;
		let (Some(entry), Some(record)) = (
			Versions::<T>::get((domain, key, version)),
			Keys::<T>::get(domain, key),
		) else {
			return Validity::Unknown;
		};
		if at < entry.activated_at {
			return Validity::NotYetActive {
				location,
				from: entry.activated_at,
			};
		}
		// The earliest revocation in force at `at`, of the version or of the key.
		let revoked = [entry.revocation, record.revocation]
			.into_iter()
			.flatten()
			.filter(|r| r.effective_from <= at)
			.min_by_key(|r| r.effective_from);
		if let Some(r) = revoked {
			return Validity::Revoked {
				location,
				reason: r.reason,
				since: r.effective_from,
			};
		}
		match Self::retirement(domain, key, version) {
			Some((retired, until)) if at > retired => {
				if at < until {
					Validity::InGrace { location, until }
				} else {
					Validity::Retired {
						location,
						since: until.max(retired.saturating_add(One::one())),
					}
				}
			}
			_ => Validity::Valid(location),
		}
	}

	/// Verifies `signature` over `message` by the key, honouring revocation,
	/// freeze and grace: the current version, or the previous one during its
	/// grace period. Returns the version that verified.
	pub fn verify(
		domain: DomainId,
		key: KeyId,
		message: &[u8],
		signature: &KeySignature,
	) -> Result<VersionNumber, VerifyError> {
		Self::verify_with(domain, key, message, signature, true)
	}

	/// As [`Self::verify`], but only the current version is accepted.
	pub fn verify_current(
		domain: DomainId,
		key: KeyId,
		message: &[u8],
		signature: &KeySignature,
	) -> Result<VersionNumber, VerifyError> {
		Self::verify_with(domain, key, message, signature, false)
	}

	fn verify_with(
		domain: DomainId,
		key: KeyId,
		message: &[u8],
		signature: &KeySignature,
		allow_grace: bool,
	) -> Result<VersionNumber, VerifyError> {
		let record = Keys::<T>::get(domain, key).ok_or(VerifyError::UnknownKey)?;
		match record.status {
			KeyStatus::Revoked => return Err(VerifyError::KeyRevoked),
			KeyStatus::Suspended => return Err(VerifyError::KeySuspended),
			KeyStatus::Active => {}
		}
		if record.frozen {
			return Err(VerifyError::KeyFrozen);
		}
		if signature.scheme() != record.scheme {
			return Err(VerifyError::SchemeMismatch);
		}
		let current = record.current_version;
		let current_entry = Versions::<T>::get((domain, key, current));
		if let Some(entry) = &current_entry {
			if entry.revocation.is_none()
				&& signature::verify_signature(&entry.public, message, signature)
			{
				return Ok(current);
			}
		}
		if allow_grace {
			let now = frame_system::Pallet::<T>::block_number();
			// The current version records the previous one's grace.
			let grace_until = current_entry.and_then(|entry| entry.previous_grace_until);
			if let Some(previous) = current.checked_sub(1) {
				if let Some(entry) = Versions::<T>::get((domain, key, previous)) {
					let in_grace = grace_until.is_some_and(|until| now < until);
					if in_grace
						&& entry.revocation.is_none()
						&& signature::verify_signature(&entry.public, message, signature)
					{
						return Ok(previous);
					}
				}
			}
		}
		Err(VerifyError::BadSignature)
	}
}
