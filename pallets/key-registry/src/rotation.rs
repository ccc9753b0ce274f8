//! Rotation: a new version with its proof of possession and the outgoing
//! version's certificate, and the schedule that makes rotations due.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Weight of `rotate_key` for the scheme of `public`.
	pub fn rotate_key_weight(public: &PublicKey) -> Weight {
		match public.scheme() {
			SignatureScheme::Ed25519 => T::WeightInfo::rotate_key_ed25519(),
			SignatureScheme::Sr25519 => T::WeightInfo::rotate_key_sr25519(),
			SignatureScheme::EcdsaSecp256k1 => T::WeightInfo::rotate_key_ecdsa(),
		}
	}

	/// Checks a rotation of `key` to `new_public` before anything changes: the
	/// key is not revoked, keeps its scheme and has room for a version; the
	/// proof of possession of the next version by `actor` verifies; the
	/// certificate by the outgoing version verifies (it may be absent only when
	/// that version is revoked as compromised). Returns the outgoing and the
	/// incoming version numbers and the outgoing version.
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn check_rotation_proofs(
		actor: &ActorOf<T>,
		domain: DomainId,
		key: KeyId,
		key_record: &KeyRecordOf<T>,
		new_public: &PublicKey,
		proof: &KeySignature,
		certificate: Option<&KeySignature>,
	) -> Result<(VersionNumber, VersionNumber, KeyVersionOf<T>), DispatchError> {
		ensure!(
			key_record.status != KeyStatus::Revoked,
			Error::<T>::KeyRevoked
		);
		ensure!(
			!matches!(key_record.custody, Custody::Threshold { .. }),
			Error::<T>::ThresholdKeyRotatesByRefresh
		);
		ensure!(
			new_public.scheme() == key_record.scheme,
			Error::<T>::SchemeChangeNotAllowed
		);
		let from = key_record.current_version;
		let to = from.checked_add(1).ok_or(Error::<T>::Overflow)?;
		ensure!(
			to < T::MaxVersionsPerKey::get(),
			Error::<T>::TooManyVersions
		);
		Self::check_new_public(domain, &key_record.name, to, actor, new_public, proof)?;

		let outgoing = Versions::<T>::get((domain, key, from)).ok_or(Error::<T>::UnknownVersion)?;
		let compromised =
			matches!(outgoing.revocation, Some(r) if r.reason == RevocationReason::Compromised);
		if !compromised {
			let certificate = certificate.ok_or(Error::<T>::MissingRotationCertificate)?;
			let payload = signature::rotation_payload(
				&Self::genesis_hash(),
				domain,
				&key_record.name,
				from,
				to,
				new_public,
			);
			ensure!(
				signature::verify_signature(&outgoing.public, &payload, certificate),
				Error::<T>::InvalidRotationCertificate
			);
		}
		Ok((from, to, outgoing))
	}

	/// Rotates `key` of `domain` to `new_public` after checking both proofs.
	///
	/// Writes only the new version: the outgoing one is retired by the new
	/// version's `activated_at` and keeps its grace in the new version's
	/// `previous_grace_until` (see [`KeyVersion`]); the one before it stops
	/// verifying because only the current and the previous version ever do.
	#[allow(clippy::too_many_arguments)]
	pub fn do_rotate_key(
		actor: ActorOf<T>,
		domain: DomainId,
		mut record: DomainOf<T>,
		key: KeyId,
		mut key_record: KeyRecordOf<T>,
		new_public: PublicKey,
		proof: KeySignature,
		certificate: Option<KeySignature>,
	) -> DispatchResult {
		let (_, to, outgoing) = Self::check_rotation_proofs(
			&actor,
			domain,
			key,
			&key_record,
			&new_public,
			&proof,
			certificate.as_ref(),
		)?;

		let deposit = Self::hold_key_deposit(&mut record, T::VersionDeposit::get())?;
		key_record.deposit = key_record
			.deposit
			.checked_add(&deposit)
			.ok_or(Error::<T>::Overflow)?;

		let now = frame_system::Pallet::<T>::block_number();
		// Rotating away from a revoked version is recovery: it must never fail
		// for lack of room in the shared rotation queue (other domains could
		// fill it). Its next rotation is then scheduled best-effort.
		let recovery = outgoing.revocation.is_some();
		let grace_until = if recovery {
			now
		} else {
			now.checked_add(&key_record.policy.grace_period)
				.ok_or(Error::<T>::Overflow)?
		};
		Versions::<T>::insert(
			(domain, key, to),
			KeyVersion {
				public: new_public,
				activated_at: now,
				previous_grace_until: Some(grace_until),
				revocation: None,
			},
		);
		KeyByPublic::<T>::insert(
			new_public,
			KeyLocation {
				domain,
				key,
				version: to,
			},
		);

		key_record.current_version = to;
		key_record.status = KeyStatus::Active;
		Self::unschedule_rotation(domain, key, &mut key_record, now);
		match Self::schedule_rotation(domain, key, &mut key_record, now, now) {
			// Left unscheduled (`rotation_due_at` is `None`); the key manager
			// schedules it again with `set_key_policy`.
			Err(e) if recovery && e == Error::<T>::RotationQueueFull.into() => {}
			other => other?,
		}
		let rotation_due_at = key_record.rotation_due_at;
		Keys::<T>::insert(domain, key, key_record);
		let grace = if grace_until > now {
			Some(grace_until)
		} else {
			None
		};
		Self::record(domain, record, |seq| Event::KeyRotated {
			domain,
			seq,
			actor,
			key,
			version: to,
			public: new_public,
			grace_until: grace,
			deposit,
			rotation_due_at,
		})
	}

	/// Puts the key in the rotation queue of `from + rotation_period` (not
	/// before `earliest`). One queue per due block, with no probing of later
	/// blocks: a full queue is [`Error::RotationQueueFull`] (retry in a later
	/// block), which keeps a registration or rotation at one queue read. No-op
	/// without a rotation period.
	pub(crate) fn schedule_rotation(
		domain: DomainId,
		key: KeyId,
		key_record: &mut KeyRecordOf<T>,
		from: BlockNumberFor<T>,
		earliest: BlockNumberFor<T>,
	) -> DispatchResult {
		let Some(period) = key_record.policy.rotation_period else {
			return Ok(());
		};
		let at = from
			.checked_add(&period)
			.ok_or(Error::<T>::Overflow)?
			.max(earliest);
		RotationQueue::<T>::try_mutate(at, |queue| queue.try_push((domain, key)))
			.map_err(|_| Error::<T>::RotationQueueFull)?;
		key_record.rotation_due_at = Some(at);
		Ok(())
	}

	/// Unschedules the key's rotation: takes it out of its queue if the due
	/// block is still to come (a past block's queue was consumed by
	/// `on_initialize`), which also ends it being overdue.
	pub(crate) fn unschedule_rotation(
		domain: DomainId,
		key: KeyId,
		key_record: &mut KeyRecordOf<T>,
		now: BlockNumberFor<T>,
	) {
		if let Some(at) = key_record.rotation_due_at.take() {
			if at > now {
				RotationQueue::<T>::mutate_exists(at, |queue| {
					if let Some(q) = queue {
						q.retain(|entry| *entry != (domain, key));
						if q.is_empty() {
							*queue = None;
						}
					}
				});
			}
		}
	}

	/// Whether the key's rotation is overdue at `now`: it fell due at or
	/// before `now` and no rotation or revocation has happened since.
	pub fn is_overdue(key_record: &KeyRecordOf<T>, now: BlockNumberFor<T>) -> bool {
		key_record.status == KeyStatus::Active
			&& key_record.rotation_due_at.is_some_and(|due| due <= now)
	}

	/// Announces that a key's rotation fell due at `now` (one audit entry),
	/// if it is still due then. From now on it is overdue ([`Self::is_overdue`]).
	pub(crate) fn announce_rotation_due(domain: DomainId, key: KeyId, now: BlockNumberFor<T>) {
		let Some(key_record) = Keys::<T>::get(domain, key) else {
			return;
		};
		if key_record.status != KeyStatus::Active || key_record.rotation_due_at != Some(now) {
			return;
		}
		let Some(record) = Domains::<T>::get(domain) else {
			return;
		};
		let version = key_record.current_version;
		// The sequence number cannot overflow a u64 in practice; were it to,
		// the announcement is skipped and the key is still overdue.
		let _ = Self::record(domain, record, |seq| Event::RotationDue {
			domain,
			seq,
			actor: ActorOf::<T>::System,
			key,
			version,
			due_at: now,
		});
	}

	/// The roles that may rotate a key by hand: its `KeyManager`, and also
	/// `Recovery` while the key is suspended (its current version revoked).
	pub(crate) fn rotation_roles(key_record: &KeyRecordOf<T>) -> &'static [Role] {
		if key_record.status == KeyStatus::Suspended {
			&[Role::KeyManager, Role::Recovery]
		} else {
			&[Role::KeyManager]
		}
	}
}
