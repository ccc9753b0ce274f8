//! Revocation of one version or of a whole key, with a reason and an
//! `effective_from` that may lie in the past, and the domain's revocation list.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Checks that a revocation effective from `effective_from` may be
	/// recorded now for something active since `activated_at`.
	pub(crate) fn check_effective_from(
		effective_from: BlockNumberFor<T>,
		activated_at: BlockNumberFor<T>,
	) -> Result<RevocationOf<T>, DispatchError> {
		let now = frame_system::Pallet::<T>::block_number();
		// The next block at the latest: "from now on", keeping valid what the
		// chain accepted earlier in this block. Anything earlier is retroactive.
		let next = now.checked_add(&One::one()).ok_or(Error::<T>::Overflow)?;
		ensure!(effective_from <= next, Error::<T>::EffectiveFromInFuture);
		ensure!(
			effective_from >= activated_at,
			Error::<T>::EffectiveFromBeforeActivation
		);
		Ok(Revocation {
			reason: RevocationReason::Unspecified,
			effective_from,
			recorded_at: now,
		})
	}

	/// Appends an entry to the domain's revocation list.
	pub(crate) fn push_revocation(
		domain: DomainId,
		record: &mut DomainOf<T>,
		entry: RevocationEntry<BlockNumberFor<T>>,
	) -> DispatchResult {
		let index = record.revocation_count;
		record.revocation_count = index.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Revocations::<T>::insert(domain, index, entry);
		Ok(())
	}

	/// Revokes one version; see [`Pallet::revoke_version`].
	#[allow(clippy::too_many_arguments)]
	pub fn do_revoke_version(
		actor: ActorOf<T>,
		domain: DomainId,
		mut record: DomainOf<T>,
		key: KeyId,
		version: VersionNumber,
		reason: RevocationReason,
		effective_from: BlockNumberFor<T>,
	) -> DispatchResult {
		let mut key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		let mut entry =
			Versions::<T>::get((domain, key, version)).ok_or(Error::<T>::UnknownVersion)?;
		ensure!(
			key_record.status != KeyStatus::Revoked,
			Error::<T>::KeyRevoked
		);
		ensure!(entry.revocation.is_none(), Error::<T>::AlreadyRevoked);
		let mut revocation = Self::check_effective_from(effective_from, entry.activated_at)?;
		revocation.reason = reason;
		entry.revocation = Some(revocation);
		Versions::<T>::insert((domain, key, version), entry);
		if version == key_record.current_version {
			// No valid current version remains: suspend until a rotation.
			key_record.status = KeyStatus::Suspended;
			let now = frame_system::Pallet::<T>::block_number();
			Self::unschedule_rotation(domain, key, &mut key_record, now);
			Keys::<T>::insert(domain, key, key_record);
		}
		Self::push_revocation(
			domain,
			&mut record,
			RevocationEntry {
				key,
				version: Some(version),
				revocation,
			},
		)?;
		Self::record(domain, record, |seq| Event::VersionRevoked {
			domain,
			seq,
			actor,
			key,
			version,
			reason,
			effective_from,
		})
	}

	/// Revokes a whole key; see [`Pallet::revoke_key`].
	pub fn do_revoke_key(
		actor: ActorOf<T>,
		domain: DomainId,
		mut record: DomainOf<T>,
		key: KeyId,
		reason: RevocationReason,
		effective_from: BlockNumberFor<T>,
	) -> DispatchResult {
		let mut key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		ensure!(
			key_record.status != KeyStatus::Revoked,
			Error::<T>::AlreadyRevoked
		);
		let mut revocation = Self::check_effective_from(effective_from, key_record.created_at)?;
		revocation.reason = reason;
		key_record.status = KeyStatus::Revoked;
		// `frozen` stays as it is: revocation is its own entry and does not
		// record a thaw, so replaying the audit log gives the stored flag.
		key_record.revocation = Some(revocation);
		let now = frame_system::Pallet::<T>::block_number();
		Self::unschedule_rotation(domain, key, &mut key_record, now);
		Keys::<T>::insert(domain, key, key_record);
		record.live_keys = record
			.live_keys
			.checked_sub(1)
			.ok_or(Error::<T>::Overflow)?;
		Self::push_revocation(
			domain,
			&mut record,
			RevocationEntry {
				key,
				version: None,
				revocation,
			},
		)?;
		Self::record(domain, record, |seq| Event::KeyRevoked {
			domain,
			seq,
			actor,
			key,
			reason,
			effective_from,
		})
	}
}
