//! Keys: registration with its proof of possession, policies and custody
//! checked on entry, freezing, and the weight of a registration by scheme.

use crate::*;

/// The arguments of a key registration, checked by [`Pallet::do_register_key`].
pub struct RegisterKey<T: Config> {
	/// Key name, unique in the domain.
	pub name: Vec<u8>,
	/// What the key is for.
	pub purpose: KeyPurpose,
	/// Where the private key lives.
	pub custody: CustodyInput,
	/// The named custodian's public key ([`KeyRecord::custodian`]).
	pub custodian: Option<PublicKey>,
	/// Policy; `None` takes the domain's default.
	pub policy: Option<KeyPolicyOf<T>>,
	/// Free-form metadata.
	pub metadata: Vec<u8>,
	/// The first version's public key.
	pub public: PublicKey,
	/// Its proof of possession.
	pub proof: KeySignature,
}

/// How a registration's public key proves possession.
pub enum Possession {
	/// `RegisterKey::proof` is a signature over the possession payload.
	Proof,
	/// A key-generation ceremony already verified the group key's signature
	/// over the transcript-bound possession payload ([`crate::ceremonies`]).
	ProvenByCeremony,
}

impl<T: Config> Pallet<T> {
	/// Weight of `register_key` for the scheme of `public`.
	pub fn register_key_weight(public: &PublicKey, name_len: usize, metadata_len: usize) -> Weight {
		let n = name_len as u32;
		let m = metadata_len as u32;
		match public.scheme() {
			SignatureScheme::Ed25519 => T::WeightInfo::register_key_ed25519(n, m),
			SignatureScheme::Sr25519 => T::WeightInfo::register_key_sr25519(n, m),
			SignatureScheme::EcdsaSecp256k1 => T::WeightInfo::register_key_ecdsa(n, m),
		}
	}

	/// The genesis hash that proofs bind to.
	pub fn genesis_hash() -> T::Hash {
		frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero())
	}

	/// Checks a policy against the configured limits.
	pub fn validate_policy(policy: &KeyPolicyOf<T>) -> DispatchResult {
		if let Some(period) = policy.rotation_period {
			ensure!(
				period >= T::MinRotationPeriod::get(),
				Error::<T>::RotationPeriodTooShort
			);
		}
		ensure!(
			policy.grace_period <= T::MaxGracePeriod::get(),
			Error::<T>::GracePeriodTooLong
		);
		if let Some(limit) = policy.usage_limit {
			ensure!(!limit.window.is_zero(), Error::<T>::UsageWindowZero);
			ensure!(limit.max_uses > 0, Error::<T>::UsageLimitZero);
		}
		Ok(())
	}

	/// Checks a custody given in a call and bounds its committee.
	pub fn validate_custody(
		custody: CustodyInput,
		scheme: SignatureScheme,
	) -> Result<CustodyOf<T>, DispatchError> {
		Ok(match custody {
			Custody::Software => Custody::Software,
			Custody::Hsm { attestation } => Custody::Hsm { attestation },
			Custody::Tee { attestation } => Custody::Tee { attestation },
			Custody::Threshold {
				threshold,
				committee,
			} => {
				ensure!(
					scheme == SignatureScheme::Ed25519,
					Error::<T>::ThresholdRequiresEd25519
				);
				ensure!(committee.len() >= 2, Error::<T>::CommitteeTooSmall);
				let committee = BoundedVec::<PublicKey, T::MaxCommitteeSize>::try_from(committee)
					.map_err(|_| Error::<T>::CommitteeTooLarge)?;
				ensure!(
					threshold >= 2 && usize::from(threshold) <= committee.len(),
					Error::<T>::InvalidThreshold
				);
				let distinct = committee.iter().enumerate().all(|(i, member)| {
					!committee
						.iter()
						.skip(i.saturating_add(1))
						.any(|m| m == member)
				});
				ensure!(distinct, Error::<T>::DuplicateCommitteeMember);
				Custody::Threshold {
					threshold,
					committee,
				}
			}
		})
	}

	/// Checks that `custody` has the custodian it needs and that the custodian
	/// is a valid public key: HSM and TEE keys are served by a node that must
	/// be named; a software key may go without (then no custodian transaction
	/// is accepted for it); a threshold key has none (its committee members
	/// are its custodians).
	pub fn validate_custodian(
		custody: &CustodyOf<T>,
		custodian: Option<&PublicKey>,
	) -> DispatchResult {
		match (custody, custodian) {
			// The committee members are the custodians of a threshold key.
			(Custody::Threshold { .. }, Some(_)) => Err(Error::<T>::InvalidCustodian.into()),
			(Custody::Threshold { .. }, None) | (Custody::Software, None) => Ok(()),
			(_, None) => Err(Error::<T>::CustodianRequired.into()),
			(_, Some(public)) => {
				ensure!(
					signature::is_valid_public_key(public),
					Error::<T>::InvalidCustodian
				);
				Ok(())
			}
		}
	}

	/// Checks that `public` is a valid key of its scheme, not yet registered
	/// anywhere, and that `proof` is of the same scheme.
	pub(crate) fn check_fresh_public(public: &PublicKey, proof: &KeySignature) -> DispatchResult {
		ensure!(
			signature::is_valid_public_key(public),
			Error::<T>::InvalidPublicKey
		);
		ensure!(
			!KeyByPublic::<T>::contains_key(public),
			Error::<T>::PublicKeyInUse
		);
		ensure!(
			proof.scheme() == public.scheme(),
			Error::<T>::SignatureSchemeMismatch
		);
		Ok(())
	}

	/// Checks a new public key and its proof of possession for `version` of
	/// the key `key_name` in `domain`, submitted by `actor`.
	pub(crate) fn check_new_public(
		domain: DomainId,
		key_name: &[u8],
		version: VersionNumber,
		actor: &ActorOf<T>,
		public: &PublicKey,
		proof: &KeySignature,
	) -> DispatchResult {
		Self::check_fresh_public(public, proof)?;
		let payload = signature::possession_payload(
			&Self::genesis_hash(),
			domain,
			key_name,
			version,
			actor,
			public,
		);
		ensure!(
			signature::verify_signature(public, &payload, proof),
			Error::<T>::InvalidProofOfPossession
		);
		Ok(())
	}

	/// Registers a key in `domain` (whose record is `record`) for `actor`,
	/// after checking every argument; returns the new key's id. Threshold
	/// custody is accepted only from a ceremony ([`Possession::ProvenByCeremony`]).
	pub fn do_register_key(
		actor: ActorOf<T>,
		domain: DomainId,
		mut record: DomainOf<T>,
		args: RegisterKey<T>,
		possession: Possession,
	) -> Result<KeyId, DispatchError> {
		let RegisterKey {
			name,
			purpose,
			custody,
			custodian,
			policy,
			metadata,
			public,
			proof,
		} = args;
		// No dealer: a threshold key's only source is its committee.
		ensure!(
			matches!(possession, Possession::ProvenByCeremony)
				|| !matches!(custody, Custody::Threshold { .. }),
			Error::<T>::ThresholdKeyNeedsCeremony
		);
		let name = Self::bounded_name(name)?;
		let metadata = BoundedVec::<u8, T::MaxMetadataLen>::try_from(metadata)
			.map_err(|_| Error::<T>::MetadataTooLong)?;
		ensure!(
			!KeyNames::<T>::contains_key(domain, &name),
			Error::<T>::KeyNameTaken
		);
		ensure!(
			record.key_count < T::MaxKeysPerDomain::get(),
			Error::<T>::TooManyKeys
		);
		let scheme = public.scheme();
		let custody = Self::validate_custody(custody, scheme)?;
		Self::validate_custodian(&custody, custodian.as_ref())?;
		let policy = policy.unwrap_or(record.default_policy);
		Self::validate_policy(&policy)?;
		match possession {
			Possession::Proof => Self::check_new_public(domain, &name, 0, &actor, &public, &proof)?,
			Possession::ProvenByCeremony => Self::check_fresh_public(&public, &proof)?,
		}

		let key = record.key_count;
		let bytes = u32::try_from(name.len().saturating_add(metadata.len()))
			.map_err(|_| Error::<T>::Overflow)?;
		let deposit = T::KeyDeposit::get()
			.checked_add(&T::VersionDeposit::get())
			.and_then(|d| d.checked_add(&T::ByteDeposit::get().saturating_mul(bytes.into())))
			.ok_or(Error::<T>::Overflow)?;
		Self::hold_key_deposit(&mut record, deposit)?;

		let now = frame_system::Pallet::<T>::block_number();
		let mut key_record = KeyRecord {
			name: name.clone(),
			purpose,
			scheme,
			custody,
			policy,
			status: KeyStatus::Active,
			frozen: false,
			current_version: 0,
			created_at: now,
			rotation_due_at: None,
			revocation: None,
			deposit,
			metadata: metadata.clone(),
			custodian,
		};
		Self::schedule_rotation(domain, key, &mut key_record, now, now)?;
		let (custody, rotation_due_at) = (key_record.custody.clone(), key_record.rotation_due_at);
		record.key_count = record
			.key_count
			.checked_add(1)
			.ok_or(Error::<T>::Overflow)?;
		record.live_keys = record
			.live_keys
			.checked_add(1)
			.ok_or(Error::<T>::Overflow)?;

		Versions::<T>::insert(
			(domain, key, 0),
			KeyVersion {
				public,
				activated_at: now,
				previous_grace_until: None,
				revocation: None,
			},
		);
		KeyByPublic::<T>::insert(
			public,
			KeyLocation {
				domain,
				key,
				version: 0,
			},
		);
		KeyNames::<T>::insert(domain, &name, key);
		Keys::<T>::insert(domain, key, key_record);
		Self::record(domain, record, |seq| Event::KeyRegistered {
			domain,
			seq,
			actor,
			key,
			version: 0,
			name,
			purpose,
			public,
			custody,
			custodian,
			policy,
			metadata,
			deposit,
			rotation_due_at,
		})?;
		Ok(key)
	}

	/// Freezes or unfreezes a key that is not revoked, as one audit entry;
	/// see [`Pallet::freeze_key`] and [`Pallet::unfreeze_key`].
	pub(crate) fn set_frozen(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		key: KeyId,
		frozen: bool,
	) -> DispatchResult {
		let mut key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		ensure!(
			key_record.status != KeyStatus::Revoked,
			Error::<T>::KeyRevoked
		);
		if frozen {
			ensure!(!key_record.frozen, Error::<T>::AlreadyFrozen);
		} else {
			ensure!(key_record.frozen, Error::<T>::NotFrozen);
		}
		key_record.frozen = frozen;
		Keys::<T>::insert(domain, key, key_record);
		if frozen {
			Self::record(domain, record, |seq| Event::KeyFrozen {
				domain,
				seq,
				actor,
				key,
			})
		} else {
			Self::record(domain, record, |seq| Event::KeyUnfrozen {
				domain,
				seq,
				actor,
				key,
			})
		}
	}

	/// Replaces a key's policy and reschedules its rotation; see
	/// [`Pallet::set_key_policy`].
	pub fn do_set_key_policy(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		key: KeyId,
		policy: KeyPolicyOf<T>,
	) -> DispatchResult {
		let mut key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		ensure!(
			key_record.status != KeyStatus::Revoked,
			Error::<T>::KeyRevoked
		);
		Self::validate_policy(&policy)?;
		let old_policy = core::mem::replace(&mut key_record.policy, policy);
		let now = frame_system::Pallet::<T>::block_number();
		Self::unschedule_rotation(domain, key, &mut key_record, now);
		if key_record.status == KeyStatus::Active {
			let current = Versions::<T>::get((domain, key, key_record.current_version))
				.ok_or(Error::<T>::UnknownVersion)?;
			let earliest = now.checked_add(&One::one()).ok_or(Error::<T>::Overflow)?;
			Self::schedule_rotation(domain, key, &mut key_record, current.activated_at, earliest)?;
		}
		let rotation_due_at = key_record.rotation_due_at;
		Keys::<T>::insert(domain, key, key_record);
		Self::record(domain, record, |seq| Event::KeyPolicySet {
			domain,
			seq,
			actor,
			key,
			old_policy,
			policy,
			rotation_due_at,
		})
	}
}
