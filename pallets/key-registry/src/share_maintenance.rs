//! Share refresh and share repair of a threshold key, through the chain.
//!
//! Both are ceremonies ([`crate::ceremonies`]) on an existing threshold key:
//! the same calls, phases, deadlines, fault reports, restarts and audit
//! entries as a DKG, with other messages. The group key never changes, so
//! neither touches the key's versions: each ends in one dedicated entry.
//!
//! **Refresh** ([`Pallet::start_share_refresh`]): every member's share
//! changes, the group key does not, and shares of the old epoch stop
//! combining with new ones, so a share stolen before the refresh is useless
//! after it.
//!
//! | phase | message of member `i` | the chain checks |
//! |---|---|---|
//! | `Round1` | `frost_core::keys::refresh::refresh_dkg_part1` package: commitments to the `t − 1` non-constant coefficients of a polynomial whose constant term is zero | the package parses and has `t − 1` coefficients |
//! | `Round2` | one HPKE-sealed refresh share per other member | one to each other member |
//! | `Confirm` | the (unchanged) group key, the transcript, a nonce commitment | both equal the chain's |
//! | `Prove` | (signers `1..=t`) a signature share with the *new* share over [`signature::share_refresh_payload`] | the share verifies against the member's *new* verifying share |
//!
//! When round 1 is complete the chain derives every member's new verifying
//! share: the old one plus the refresh polynomials' commitments evaluated at
//! the member (the constant term put back as the identity, so the group key
//! cannot move whatever a member posts). A round-1 package carries no proof
//! of knowledge (frost's refresh has none: there is no secret constant to
//! prove); a commitment its sender cannot back with matching shares is
//! caught by each recipient and reported. The aggregate of the proof
//! round must verify as plain Ed25519 under the unchanged group key; then
//! [`ThresholdKeys`] moves to the new epoch with the new verifying shares,
//! the key's next rotation is scheduled as a rotation would schedule it,
//! and [`Event::SharesRefreshed`] records it. The refresh is this pallet's
//! rotation of a threshold key: [`Pallet::rotate_key`] refuses threshold
//! keys ([`Error::ThresholdKeyRotatesByRefresh`]).
//!
//! Signing sessions carry the epoch they were opened in
//! ([`crate::SigningSession::epoch`]): once the epoch moves, the shares of
//! an open session are refused ([`Error::SigningEpochEnded`]) and its
//! attempt ends at its deadline without blaming anyone.
//!
//! **Repair** ([`Pallet::start_share_repair`]): `threshold` helpers rebuild
//! the share of member `lost` (FROST's repairable threshold scheme,
//! `frost_core::keys::repairable`), which never leaves the helpers in the
//! clear and is never known to any one of them.
//!
//! | phase | message | the chain checks |
//! |---|---|---|
//! | `Round1` | each helper: one sealed delta to every helper, itself included | one to each helper |
//! | `Round2` | each helper: one sealed sigma to the lost member | exactly one, to the lost member |
//! | `Confirm` | the lost member: an Ed25519 signature *by its rebuilt share* over [`signature::share_repair_payload`] (which binds the transcript) | it verifies under the member's verifying share on record |
//!
//! The proof shows the lost member holds the share behind its unchanged
//! verifying share; [`Event::ShareRepaired`] records it. Sigmas are not
//! verifiable one by one: a wrong one makes the sum miss the verifying
//! share, the lost member posts nothing, and the key manager cancels and
//! repairs with other helpers (or the lost member reports a sigma that does
//! not open, naming its helper).
//!
//! One refresh or repair runs per key at a time ([`KeyMaintenance`]).

use crate::{
	ceremonies::{CeremonyKind, Outcome},
	*,
};
use curve25519_dalek::{edwards::EdwardsPoint, traits::Identity};
use frost_core::keys::{CoefficientCommitment, VerifiableSecretSharingCommitment};
use frost_ed25519::{
	keys::{dkg::round1, VerifyingShare},
	Ed25519Sha512, Identifier,
};

/// What a refresh or repair of a key starts from, read once.
pub struct MaintenanceBaseline<T: Config> {
	/// The key's record (committee, threshold, policy, rotation schedule).
	pub key_record: KeyRecordOf<T>,
	/// The group key: the public key of the key's current version.
	pub group_key: [u8; 32],
	/// The committee's public record: session, epoch, verifying shares.
	pub threshold_key: ThresholdKey<T>,
}

impl<T: Config> Pallet<T> {
	/// What a refresh or repair of `key` starts from. Errors:
	/// [`Error::UnknownKey`], [`Error::KeyRevoked`],
	/// [`Error::NotAThresholdKey`], [`Error::UnknownVersion`].
	pub fn maintenance_baseline(
		domain: DomainId,
		key: KeyId,
	) -> Result<MaintenanceBaseline<T>, DispatchError> {
		let key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		ensure!(
			key_record.status != KeyStatus::Revoked,
			Error::<T>::KeyRevoked
		);
		Self::threshold_of(&key_record)?;
		let threshold_key =
			ThresholdKeys::<T>::get(domain, key).ok_or(Error::<T>::NotAThresholdKey)?;
		let version = Versions::<T>::get((domain, key, key_record.current_version))
			.ok_or(Error::<T>::UnknownVersion)?;
		let PublicKey::Ed25519(group_key) = version.public else {
			return Err(Error::<T>::NotAThresholdKey.into());
		};
		Ok(MaintenanceBaseline {
			key_record,
			group_key,
			threshold_key,
		})
	}

	/// Opens a refresh or repair ceremony of `key` from `baseline`: one per
	/// key at a time, within the domain's ceremony bound, with the key's
	/// committee and each member's key-agreement key as registered now.
	fn open_maintenance(
		actor: ActorOf<T>,
		domain: DomainId,
		key: KeyId,
		baseline: MaintenanceBaseline<T>,
		kind: CeremonyKind<T>,
	) -> Result<(CeremonyId, Ceremony<T>), DispatchError> {
		ensure!(
			!KeyMaintenance::<T>::contains_key(domain, key),
			Error::<T>::KeyMaintenanceInProgress
		);
		let MaintenanceBaseline {
			key_record,
			group_key,
			threshold_key,
		} = baseline;
		let (threshold, committee) = Self::threshold_of(&key_record)?;
		let committee =
			Self::validate_committee(domain, threshold, committee.to_vec(), &key_record.policy)?;
		let active = ActiveCeremonies::<T>::get(domain);
		ensure!(
			active < T::MaxCeremoniesPerDomain::get(),
			Error::<T>::TooManyCeremonies
		);
		let id = NextCeremonyId::<T>::get();
		NextCeremonyId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		ActiveCeremonies::<T>::insert(domain, active.saturating_add(1));
		for member in &committee {
			CustodiansInCeremony::<T>::mutate(domain, member.custodian, |count| {
				*count = count.saturating_add(1)
			});
		}
		KeyMaintenance::<T>::insert(domain, key, id);
		let ceremony = Ceremony::<T> {
			kind,
			domain,
			name: key_record.name,
			purpose: key_record.purpose,
			policy: key_record.policy,
			metadata: key_record.metadata,
			threshold,
			committee,
			started_by: actor,
			attempt: 0,
			phase: CeremonyPhase::Round1,
			deadline: Self::phase_deadline()?,
			posted: 0,
			group_key: Some(group_key),
			verifying_shares: threshold_key.verifying_shares,
			transcript: None,
		};
		Ceremonies::<T>::insert(id, ceremony.clone());
		Ok((id, ceremony))
	}

	/// Starts a share refresh; see [`Pallet::start_share_refresh`].
	pub fn do_start_share_refresh(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		key: KeyId,
	) -> Result<CeremonyId, DispatchError> {
		let baseline = Self::maintenance_baseline(domain, key)?;
		let epoch = baseline
			.threshold_key
			.epoch
			.checked_add(1)
			.ok_or(Error::<T>::Overflow)?;
		let (id, ceremony) = Self::open_maintenance(
			actor.clone(),
			domain,
			key,
			baseline,
			CeremonyKind::Refresh { key, epoch },
		)?;
		Self::record(domain, record, |seq| Event::ShareRefreshStarted {
			domain,
			seq,
			actor,
			key,
			ceremony: id,
			epoch,
			committee: ceremony.committee,
			deadline: ceremony.deadline,
		})?;
		Ok(id)
	}

	/// Starts a share repair; see [`Pallet::start_share_repair`].
	pub fn do_start_share_repair(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		key: KeyId,
		lost: MemberIndex,
		helpers: Vec<MemberIndex>,
	) -> Result<CeremonyId, DispatchError> {
		let baseline = Self::maintenance_baseline(domain, key)?;
		let (threshold, committee) = Self::threshold_of(&baseline.key_record)?;
		let size = u16::try_from(committee.len()).map_err(|_| Error::<T>::CommitteeTooLarge)?;
		let mut sorted = helpers;
		sorted.sort_unstable();
		sorted.dedup();
		ensure!(
			lost >= 1
				&& lost <= size
				&& sorted.len() == usize::from(threshold)
				&& sorted.iter().all(|h| *h >= 1 && *h <= size && *h != lost),
			Error::<T>::InvalidRepairHelpers
		);
		let helpers = BoundedVec::<MemberIndex, T::MaxCommitteeSize>::try_from(sorted)
			.map_err(|_| Error::<T>::InvalidRepairHelpers)?;
		let (id, ceremony) = Self::open_maintenance(
			actor.clone(),
			domain,
			key,
			baseline,
			CeremonyKind::Repair {
				key,
				lost,
				helpers: helpers.clone(),
			},
		)?;
		Self::record(domain, record, |seq| Event::ShareRepairStarted {
			domain,
			seq,
			actor,
			key,
			ceremony: id,
			lost,
			helpers,
			committee: ceremony.committee,
			deadline: ceremony.deadline,
		})?;
		Ok(id)
	}

	/// A refresh round-1 package: it parses and commits to `t − 1`
	/// coefficients (the zero constant term is implied).
	pub(crate) fn judge_refresh_round1(ceremony: &Ceremony<T>, content: &[u8]) -> Outcome {
		match round1::Package::deserialize(content) {
			Ok(package)
				if package.commitment().coefficients().len()
					== usize::from(ceremony.threshold).saturating_sub(1) =>
			{
				Outcome::Accepted
			}
			_ => Outcome::Fault(CeremonyFault::MalformedRound1Package),
		}
	}

	/// Every member's verifying share after a refresh: the current one plus
	/// the sum of the refresh polynomials (constant term the identity)
	/// evaluated at the member.
	// Additions of curve points: a group operation, nothing can overflow.
	#[allow(clippy::arithmetic_side_effects)]
	pub(crate) fn refreshed_verifying_shares(
		ceremony_id: CeremonyId,
		ceremony: &Ceremony<T>,
	) -> Result<VerifyingSharesOf<T>, DispatchError> {
		let corrupt = || DispatchError::from(Error::<T>::CeremonyNotRunning);
		let mut sum = alloc::vec![EdwardsPoint::identity(); usize::from(ceremony.threshold)];
		for member in 1..=ceremony.size() {
			let content =
				CeremonyMessages::<T>::get((ceremony_id, CeremonyPhase::Round1.tag(), member))
					.ok_or_else(corrupt)?;
			let package = round1::Package::deserialize(&content).map_err(|_| corrupt())?;
			for (slot, coefficient) in sum
				.iter_mut()
				.skip(1)
				.zip(package.commitment().coefficients())
			{
				*slot += coefficient.value();
			}
		}
		let commitment = VerifiableSecretSharingCommitment::<Ed25519Sha512>::new(
			sum.into_iter().map(CoefficientCommitment::new).collect(),
		);
		let mut shares = Vec::with_capacity(ceremony.verifying_shares.len());
		for (member, current) in (1..=ceremony.size()).zip(ceremony.verifying_shares.iter()) {
			let identifier = Identifier::try_from(member).map_err(|_| corrupt())?;
			let current = VerifyingShare::deserialize(current).map_err(|_| corrupt())?;
			let delta = VerifyingShare::from_commitment(identifier, &commitment);
			let refreshed = VerifyingShare::new(current.to_element() + delta.to_element());
			let bytes: [u8; 32] = refreshed
				.serialize()
				.ok()
				.and_then(|bytes| bytes.try_into().ok())
				.ok_or_else(corrupt)?;
			shares.push(bytes);
		}
		BoundedVec::try_from(shares).map_err(|_| Error::<T>::CommitteeTooLarge.into())
	}

	/// The lost member's proof: a plain Ed25519 signature under its
	/// verifying share over [`signature::share_repair_payload`].
	pub(crate) fn judge_repair_proof(
		ceremony_id: CeremonyId,
		ceremony: &Ceremony<T>,
		member: MemberIndex,
		content: &[u8],
	) -> Outcome {
		let verifying_share = usize::from(member)
			.checked_sub(1)
			.and_then(|position| ceremony.verifying_shares.get(position));
		let (Some(verifying_share), Some(key), Some(transcript), Ok(signature)) = (
			verifying_share,
			ceremony.kind.key(),
			ceremony.transcript,
			<[u8; 64]>::try_from(content),
		) else {
			return Outcome::Fault(CeremonyFault::InvalidRepairProof);
		};
		let payload = signature::share_repair_payload(
			&Self::genesis_hash(),
			ceremony.domain,
			key,
			ceremony_id,
			ceremony.attempt,
			member,
			&transcript,
		);
		if sp_io::crypto::ed25519_verify(
			&sp_core::ed25519::Signature::from_raw(signature),
			&payload,
			&sp_core::ed25519::Public::from_raw(*verifying_share),
		) {
			Outcome::Accepted
		} else {
			Outcome::Fault(CeremonyFault::InvalidRepairProof)
		}
	}

	/// The refresh's proof aggregated: check it under the unchanged group
	/// key, then move the key to the new epoch. A key revoked meanwhile
	/// fails the attempt instead.
	pub(crate) fn complete_refresh(
		ceremony_id: CeremonyId,
		ceremony: Ceremony<T>,
		record: DomainOf<T>,
		actor: ActorOf<T>,
		(key, epoch): (KeyId, u32),
		signature: [u8; 64],
	) -> DispatchResult {
		let group_key = Self::check_group_signature(&ceremony, signature)?;
		let domain = ceremony.domain;
		// The key must still be what the refresh started from: not revoked,
		// same group key, still at the epoch before this one.
		let baseline = Self::maintenance_baseline(domain, key).ok().filter(|b| {
			b.group_key == group_key && b.threshold_key.epoch.checked_add(1) == Some(epoch)
		});
		let Some(MaintenanceBaseline {
			mut key_record,
			mut threshold_key,
			..
		}) = baseline
		else {
			return Self::fail_ceremony(
				ceremony_id,
				ceremony,
				record,
				actor,
				Vec::new(),
				CeremonyFault::KeyUnavailable,
			);
		};
		threshold_key.epoch = epoch;
		threshold_key.verifying_shares = ceremony.verifying_shares.clone();
		ThresholdKeys::<T>::insert(domain, key, threshold_key);
		// A refresh is the threshold key's rotation: the schedule restarts
		// from now, best effort (a full queue leaves it unscheduled, as a
		// recovery rotation would; `set_key_policy` schedules it again).
		let now = frame_system::Pallet::<T>::block_number();
		Self::unschedule_rotation(domain, key, &mut key_record, now);
		let _ = Self::schedule_rotation(domain, key, &mut key_record, now, now);
		let rotation_due_at = key_record.rotation_due_at;
		Keys::<T>::insert(domain, key, key_record);
		let verifying_shares = ceremony.verifying_shares.clone();
		Self::end_ceremony(ceremony_id, &ceremony);
		Self::record(domain, record, |seq| Event::SharesRefreshed {
			domain,
			seq,
			actor,
			key,
			ceremony: ceremony_id,
			epoch,
			verifying_shares,
			rotation_due_at,
		})
	}

	/// The lost member proved its rebuilt share: the repair is done.
	pub(crate) fn complete_repair(
		ceremony_id: CeremonyId,
		ceremony: Ceremony<T>,
		record: DomainOf<T>,
		actor: ActorOf<T>,
	) -> DispatchResult {
		let CeremonyKind::Repair {
			key, lost, helpers, ..
		} = ceremony.kind.clone()
		else {
			return Err(Error::<T>::CeremonyNotRunning.into());
		};
		let domain = ceremony.domain;
		let epoch = ThresholdKeys::<T>::get(domain, key)
			.map(|k| k.epoch)
			.ok_or(Error::<T>::NotAThresholdKey)?;
		Self::end_ceremony(ceremony_id, &ceremony);
		Self::record(domain, record, |seq| Event::ShareRepaired {
			domain,
			seq,
			actor,
			key,
			ceremony: ceremony_id,
			member: lost,
			helpers,
			epoch,
		})
	}
}
