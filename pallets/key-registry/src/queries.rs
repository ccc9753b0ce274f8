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
		AuditHeads::<T>::get(domain)
	}

	/// The block at which the key's rotation fell due, if it is overdue.
	pub fn rotation_overdue_since(domain: DomainId, key: KeyId) -> Option<BlockNumberFor<T>> {
		OverdueKeys::<T>::get(domain, key)
	}

	/// The public key of the key's current version, if the key is active.
	pub fn current_public_key(domain: DomainId, key: KeyId) -> Option<PublicKey> {
		let record = Keys::<T>::get(domain, key)?;
		if record.status != KeyStatus::Active {
			return None;
		}
		Versions::<T>::get((domain, key, record.current_version)).map(|v| v.public)
	}

	/// Whether `public` was valid at block `at`: three storage reads (index,
	/// version, key). Freezing does not change validity; it stops use.
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
		match entry.retired_at {
			Some(retired) if at >= retired => {
				let until = entry.grace_until.unwrap_or(retired);
				if at < until {
					Validity::InGrace { location, until }
				} else {
					Validity::Retired {
						location,
						since: until,
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
		if let Some(entry) = Versions::<T>::get((domain, key, current)) {
			if entry.revocation.is_none()
				&& signature::verify_signature(&entry.public, message, signature)
			{
				return Ok(current);
			}
		}
		if allow_grace {
			let now = frame_system::Pallet::<T>::block_number();
			if let Some(previous) = current.checked_sub(1) {
				if let Some(entry) = Versions::<T>::get((domain, key, previous)) {
					let in_grace = entry.grace_until.is_some_and(|until| now < until);
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
