//! Threshold signing: a [`Pallet::request_signature`] on a threshold key is
//! served by its committee, with the chain as coordinator and judge.
//!
//! FROST signing has two rounds; the first (nonce commitments) does not
//! depend on the message, so members run it ahead of time:
//!
//! 1. **Nonce batches.** Each member publishes a batch of nonce commitments
//!    with [`Pallet::publish_nonce_commitments`] (an authorized transaction
//!    co-signed by its custodian key). A batch replaces the member's previous
//!    one and carries the next sequence number, so an old batch cannot be
//!    replayed. The nonces themselves stay in the member's memory.
//! 2. **Opening a session.** When a request arrives, the chain picks
//!    `threshold` members that have commitments (members named for a wrong
//!    share last, then most recently active first), takes the first
//!    commitment of each out of its batch (so no commitment
//!    is ever used twice) and records the [`SigningSession`] in the same
//!    [`Event::SignatureRequested`] entry. The signing package is then fixed:
//!    the request envelope ([`signature::request_payload`]) and the chosen
//!    commitments.
//! 3. **Shares.** Each chosen member posts its signature share with
//!    [`Pallet::submit_signature_share`]. The chain verifies every share
//!    against the member's verifying share (FROST cheater detection); the
//!    last one is aggregated, checked as a plain Ed25519 signature by the
//!    key's current version, and closes the request with the usual
//!    [`Event::SignatureFulfilled`]. So a request is fulfilled one block
//!    after it is made when the chosen members are online.
//!
//! **When a signer fails.** A share that does not verify ends the attempt at
//! once, naming its sender; a session whose signers have not all answered by
//! its deadline (`SigningAttemptTimeout` blocks) ends in `on_initialize`,
//! naming the silent ones. Either way the culprits' remaining commitments
//! are dropped (their nonces may be gone with a crashed process) and a new
//! attempt starts with other members ([`Event::SigningAttemptEnded`] carries
//! it). A member named for a wrong share stays last in line until it posts
//! a valid share, so it cannot stall requests while others can sign; no one
//! is blamed while the key cannot sign (frozen, suspended, revoked, out of
//! uses). Without `threshold` members holding commitments, the attempt waits
//! (no signers) and the chain looks again at its next deadline; the request
//! still expires after `RequestTtl` as any other.
//!
//! **Nonce safety** is the members' duty and the chain's layout supports it:
//! every commitment leaves the chain's batch when it is chosen, shares are
//! bound to `(request, attempt)` by the custodian's co-signature
//! ([`signature::signature_share_payload`]), and a member records each
//! session durably before it releases a share
//! (`keyreg_signer::threshold::signing`).

use crate::*;
use alloc::collections::BTreeMap;
use frame_support::pallet_prelude::{
	TransactionSource, TransactionValidityWithRefund, ValidTransaction,
};
use frost_ed25519::{
	keys::{PublicKeyPackage, VerifyingShare},
	round1::SigningCommitments,
	round2::SignatureShare,
	Identifier, SigningPackage,
};
use sp_runtime::traits::SaturatedConversion;

/// One FROST nonce commitment: the compressed hiding and binding points of
/// `frost_ed25519::round1::SigningCommitments`.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct NonceCommitment {
	/// The hiding nonce's commitment.
	pub hiding: [u8; 32],
	/// The binding nonce's commitment.
	pub binding: [u8; 32],
}

impl NonceCommitment {
	/// The FROST commitments, or `None` if a point is invalid (not on the
	/// curve, the identity, or of small order).
	pub fn to_frost(&self) -> Option<SigningCommitments> {
		let hiding = frost_ed25519::round1::NonceCommitment::deserialize(&self.hiding).ok()?;
		let binding = frost_ed25519::round1::NonceCommitment::deserialize(&self.binding).ok()?;
		Some(SigningCommitments::new(hiding, binding))
	}
}

/// A member's unused nonce commitments for one threshold key.
#[derive(
	CloneNoBound, Encode, Decode, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub struct NonceBatch<T: Config> {
	/// The batch's sequence number: 1 for the member's first, one more each time.
	pub sequence: u32,
	/// Unused commitments, the next to be chosen first.
	pub commitments: BoundedVec<NonceCommitment, T::MaxNonceCommitments>,
	/// The last block the member published or posted a share: members are
	/// chosen most recently active first.
	pub active_at: BlockNumberFor<T>,
	/// Why the member's last attempt ended without its share, until it
	/// posts a valid one. A member named for a wrong share
	/// ([`SigningFault::InvalidShare`]) is chosen only when the others cannot
	/// make up the threshold, also after it publishes again; a member that
	/// timed out is forgiven by its next batch (it is back).
	pub fault: Option<SigningFault>,
}

/// The signing attempt of one request: who signs with which commitment.
#[derive(
	CloneNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub struct SigningSession<T: Config> {
	/// 0 for the first attempt, one more each time an attempt ends.
	pub attempt: u32,
	/// The key version that signs (its envelope is the FROST message).
	pub version: VersionNumber,
	/// The share epoch of the attempt ([`ThresholdKey::epoch`] when it
	/// opened): shares of another epoch do not combine with it.
	pub epoch: u32,
	/// The chosen signers and their commitments, by member index; empty while
	/// fewer than `threshold` members have commitments.
	pub signers: BoundedVec<(MemberIndex, NonceCommitment), T::MaxCommitteeSize>,
	/// The verified shares posted so far.
	pub shares: BoundedVec<(MemberIndex, [u8; 32]), T::MaxCommitteeSize>,
	/// The block at which the attempt ends if shares are missing.
	pub deadline: BlockNumberFor<T>,
}

impl<T: Config> SigningSession<T> {
	/// The chosen signers that have not posted a share.
	pub fn missing(&self) -> Vec<MemberIndex> {
		self.signers
			.iter()
			.map(|(member, _)| *member)
			.filter(|member| !self.shares.iter().any(|(m, _)| m == member))
			.collect()
	}
}

/// Why a signing attempt ended.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum SigningFault {
	/// The named signers did not post their shares by the deadline (or the
	/// attempt had no signers, or the key's shares moved to a new epoch,
	/// and it is tried again with nobody named).
	#[codec(index = 0)]
	Timeout,
	/// The named signer's share does not verify against its verifying share.
	#[codec(index = 1)]
	InvalidShare,
}

/// The session id committee members record for attempt `attempt` of the
/// request `(domain, key, request)`: BLAKE2b-256 of the SCALE encoding of
/// `(b"keyreg/sign", domain, key, request, attempt)`.
pub fn signing_session_id(
	domain: DomainId,
	key: KeyId,
	request: RequestId,
	attempt: u32,
) -> [u8; 32] {
	sp_io::hashing::blake2_256(&(b"keyreg/sign", domain, key, request, attempt).encode())
}

/// A checked nonce batch, with what applying it needs.
pub struct CheckedNonceBatch<T: Config> {
	record: DomainOf<T>,
	custodian: PublicKey,
	commitments: BoundedVec<NonceCommitment, T::MaxNonceCommitments>,
}

/// A checked signature share, with what applying it needs.
pub struct CheckedShare<T: Config> {
	record: DomainOf<T>,
	custodian: PublicKey,
	session: SigningSession<T>,
	request: SignatureRequestOf<T>,
	usage: Option<UsageWindow<BlockNumberFor<T>>>,
	valid: bool,
}

impl<T: Config> Pallet<T> {
	/// Weight of [`Pallet::request_signature`] before dispatch: that of a
	/// threshold key's request (which opens a signing session) if dearer;
	/// the difference is refunded for other keys.
	pub fn request_signature_weight(payload: u32) -> Weight {
		T::WeightInfo::request_signature(payload)
			.max(T::WeightInfo::request_threshold_signature(
				T::MaxCommitteeSize::get(),
			))
			.max(Self::monitored_request_weight(payload))
			.max(T::WeightInfo::refuse_signature_request())
	}

	/// Weight of an accepted request for a key under a velocity policy: the
	/// rules' reads and writes on top of the request itself (of a threshold
	/// key, if that is dearer).
	pub fn monitored_request_weight(payload: u32) -> Weight {
		T::WeightInfo::request_signature_monitored(payload).max(
			T::WeightInfo::request_threshold_signature(T::MaxCommitteeSize::get()).saturating_add(
				T::WeightInfo::request_signature_monitored(payload)
					.saturating_sub(T::WeightInfo::request_signature(payload)),
			),
		)
	}

	/// Weight of [`Pallet::submit_signature_share`]: the last share of the
	/// largest committee (aggregation and fulfilment), or a wrong share
	/// (which opens the next attempt), whichever is dearer.
	pub fn signature_share_weight() -> Weight {
		let c = T::MaxCommitteeSize::get();
		T::WeightInfo::submit_signature_share(c).max(T::WeightInfo::reject_signature_share(c))
	}

	/// The threshold and committee of a threshold key.
	pub(crate) fn threshold_of(
		key_record: &KeyRecordOf<T>,
	) -> Result<(u16, &BoundedVec<PublicKey, T::MaxCommitteeSize>), DispatchError> {
		match &key_record.custody {
			Custody::Threshold {
				threshold,
				committee,
			} => Ok((*threshold, committee)),
			_ => Err(Error::<T>::NotAThresholdKey.into()),
		}
	}

	/// The checks of a nonce batch: a threshold key that is not revoked,
	/// `member` on its committee, the next sequence number, 1 to
	/// `MaxNonceCommitments` distinct valid commitments, and the member's
	/// custodian signature over [`signature::nonce_batch_payload`].
	pub fn check_nonce_batch(
		domain: DomainId,
		key: KeyId,
		member: MemberIndex,
		sequence: u32,
		commitments: &[NonceCommitment],
		custodian_proof: &KeySignature,
	) -> Result<CheckedNonceBatch<T>, DispatchError> {
		let record = Self::open_domain(domain)?;
		let key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		ensure!(
			key_record.status != KeyStatus::Revoked,
			Error::<T>::KeyRevoked
		);
		let (_, committee) = Self::threshold_of(&key_record)?;
		let custodian = usize::from(member)
			.checked_sub(1)
			.and_then(|position| committee.get(position))
			.copied()
			.ok_or(Error::<T>::NotACommitteeMember)?;
		let expected = NonceBatches::<T>::get((domain, key, member))
			.map_or(1, |batch| batch.sequence.saturating_add(1));
		ensure!(sequence == expected, Error::<T>::NonceSequenceMismatch);
		ensure!(!commitments.is_empty(), Error::<T>::InvalidNonceCommitment);
		let bounded =
			BoundedVec::<NonceCommitment, T::MaxNonceCommitments>::try_from(commitments.to_vec())
				.map_err(|_| Error::<T>::TooManyNonceCommitments)?;
		for (position, commitment) in commitments.iter().enumerate() {
			ensure!(
				commitment.to_frost().is_some()
					&& !commitments
						.iter()
						.skip(position.saturating_add(1))
						.any(|other| other.hiding == commitment.hiding
							|| other.binding == commitment.binding),
				Error::<T>::InvalidNonceCommitment
			);
		}
		let payload = signature::nonce_batch_payload(
			&Self::genesis_hash(),
			domain,
			key,
			member,
			sequence,
			commitments,
		);
		ensure!(
			signature::verify_signature(&custodian, &payload, custodian_proof),
			Error::<T>::InvalidCustodianProof
		);
		Ok(CheckedNonceBatch {
			record,
			custodian,
			commitments: bounded,
		})
	}

	/// Replaces a member's nonce batch; see [`Pallet::publish_nonce_commitments`].
	pub fn do_publish_nonce_commitments(
		domain: DomainId,
		key: KeyId,
		member: MemberIndex,
		sequence: u32,
		commitments: Vec<NonceCommitment>,
		custodian_proof: KeySignature,
	) -> DispatchResult {
		let checked = Self::check_nonce_batch(
			domain,
			key,
			member,
			sequence,
			&commitments,
			&custodian_proof,
		)?;
		let fault = NonceBatches::<T>::get((domain, key, member))
			.and_then(|previous| previous.fault)
			.filter(|fault| *fault == SigningFault::InvalidShare);
		NonceBatches::<T>::insert(
			(domain, key, member),
			NonceBatch::<T> {
				sequence,
				commitments: checked.commitments.clone(),
				active_at: frame_system::Pallet::<T>::block_number(),
				fault,
			},
		);
		Self::record(domain, checked.record, |seq| {
			Event::NonceCommitmentsPublished {
				domain,
				seq,
				actor: ActorOf::<T>::Custodian(checked.custodian),
				key,
				member,
				sequence,
				commitments: checked.commitments,
			}
		})
	}

	/// Picks `threshold` members with commitments (members named for a wrong
	/// share last, then most recently active first, then by index) and takes
	/// one commitment of each out of its batch. `None`, changing nothing, when
	/// too few members have any.
	fn choose_signers(
		domain: DomainId,
		key: KeyId,
		threshold: u16,
		size: u16,
	) -> Option<BoundedVec<(MemberIndex, NonceCommitment), T::MaxCommitteeSize>> {
		let mut candidates: Vec<(bool, BlockNumberFor<T>, MemberIndex, NonceBatch<T>)> = (1..=size)
			.filter_map(|member| {
				NonceBatches::<T>::get((domain, key, member))
					.filter(|batch| !batch.commitments.is_empty())
					.map(|batch| {
						let cheated = batch.fault == Some(SigningFault::InvalidShare);
						(cheated, batch.active_at, member, batch)
					})
			})
			.collect();
		if candidates.len() < usize::from(threshold) {
			return None;
		}
		candidates.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
		candidates.truncate(usize::from(threshold));
		candidates.sort_by_key(|candidate| candidate.2);
		let mut signers = Vec::with_capacity(candidates.len());
		for (_, _, member, mut batch) in candidates {
			if batch.commitments.is_empty() {
				return None;
			}
			let commitment = batch.commitments.remove(0);
			NonceBatches::<T>::insert((domain, key, member), batch);
			signers.push((member, commitment));
		}
		BoundedVec::try_from(signers).ok()
	}

	/// Opens attempt `attempt` of the signing session of `request`: chooses
	/// signers (none if too few members have commitments) and queues the
	/// attempt's deadline. Returns the session; the caller stores it.
	pub(crate) fn open_signing_attempt(
		domain: DomainId,
		key: KeyId,
		request: RequestId,
		attempt: u32,
		key_record: &KeyRecordOf<T>,
	) -> Result<SigningSession<T>, DispatchError> {
		let (threshold, committee) = Self::threshold_of(key_record)?;
		let size = u16::try_from(committee.len()).map_err(|_| Error::<T>::CommitteeTooLarge)?;
		let signers = Self::choose_signers(domain, key, threshold, size).unwrap_or_default();
		let deadline = frame_system::Pallet::<T>::block_number()
			.checked_add(&T::SigningAttemptTimeout::get())
			.ok_or(Error::<T>::Overflow)?;
		SigningDeadlines::<T>::try_mutate(deadline, |queue| queue.try_push((domain, key, request)))
			.map_err(|_| Error::<T>::TooManyRequests)?;
		let epoch = ThresholdKeys::<T>::get(domain, key)
			.ok_or(Error::<T>::NotAThresholdKey)?
			.epoch;
		Ok(SigningSession {
			attempt,
			version: key_record.current_version,
			epoch,
			signers,
			shares: BoundedVec::new(),
			deadline,
		})
	}

	/// Opens the first signing attempt of a new request on a threshold key;
	/// refuses the request when the committee cannot sign now.
	pub(crate) fn open_signing_session(
		domain: DomainId,
		key: KeyId,
		request: RequestId,
		key_record: &KeyRecordOf<T>,
	) -> Result<SigningSession<T>, DispatchError> {
		let session = Self::open_signing_attempt(domain, key, request, 0, key_record)?;
		ensure!(!session.signers.is_empty(), Error::<T>::CommitteeNotReady);
		SigningSessions::<T>::insert((domain, key, request), session.clone());
		Ok(session)
	}

	/// The FROST signing package of a session: its signers' commitments over
	/// the request envelope for the session's version.
	fn signing_package(
		domain: DomainId,
		key: KeyId,
		request_id: RequestId,
		request: &SignatureRequestOf<T>,
		session: &SigningSession<T>,
	) -> Result<SigningPackage, DispatchError> {
		let mut commitments = BTreeMap::new();
		for (member, commitment) in &session.signers {
			commitments.insert(
				Self::frost_identifier(*member)?,
				commitment
					.to_frost()
					.ok_or(Error::<T>::InvalidNonceCommitment)?,
			);
		}
		let message = signature::request_payload(
			&Self::genesis_hash(),
			domain,
			key,
			session.version,
			request_id,
			&request.payload,
		);
		Ok(SigningPackage::new(commitments, &message))
	}

	fn frost_identifier(member: MemberIndex) -> Result<Identifier, DispatchError> {
		Identifier::try_from(member).map_err(|_| Error::<T>::NotACommitteeMember.into())
	}

	/// The committee's public key package: the version's group key and every
	/// member's verifying share.
	fn committee_public(
		domain: DomainId,
		key: KeyId,
		version: VersionNumber,
		threshold: u16,
	) -> Result<PublicKeyPackage, DispatchError> {
		let public = Versions::<T>::get((domain, key, version))
			.ok_or(Error::<T>::UnknownVersion)?
			.public;
		let PublicKey::Ed25519(group_key) = public else {
			return Err(Error::<T>::NotAThresholdKey.into());
		};
		let record = ThresholdKeys::<T>::get(domain, key).ok_or(Error::<T>::NotAThresholdKey)?;
		let mut verifying = BTreeMap::new();
		for (member, share) in (1..).zip(record.verifying_shares.iter()) {
			let share =
				VerifyingShare::deserialize(share).map_err(|_| Error::<T>::NotAThresholdKey)?;
			verifying.insert(Self::frost_identifier(member)?, share);
		}
		let group = frost_ed25519::VerifyingKey::deserialize(&group_key)
			.map_err(|_| Error::<T>::NotAThresholdKey)?;
		Ok(PublicKeyPackage::new(verifying, group, Some(threshold)))
	}

	/// The checks of a signature share: the request is pending and the key
	/// can sign, `attempt` is the session's current attempt, `member` was
	/// chosen and has not posted, and its custodian signed
	/// [`signature::signature_share_payload`]. Whether the share itself
	/// verifies is in `valid`: a wrong share is judged, not refused.
	#[allow(clippy::too_many_arguments)]
	pub fn check_signature_share(
		domain: DomainId,
		key: KeyId,
		request_id: RequestId,
		attempt: u32,
		member: MemberIndex,
		share: &[u8; 32],
		custodian_proof: &KeySignature,
	) -> Result<CheckedShare<T>, DispatchError> {
		let request = SignatureRequests::<T>::get((domain, key, request_id))
			.ok_or(Error::<T>::UnknownRequest)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < request.expires_at, Error::<T>::RequestExpired);
		let record = Self::open_domain(domain)?;
		let key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		Self::ensure_can_sign(&key_record)?;
		let usage = Self::usage_after_one_more(domain, key, &key_record, now)?;
		let (threshold, committee) = Self::threshold_of(&key_record)?;
		let session = SigningSessions::<T>::get((domain, key, request_id))
			.ok_or(Error::<T>::UnknownRequest)?;
		ensure!(
			session.attempt == attempt,
			Error::<T>::SigningAttemptMismatch
		);
		let epoch = ThresholdKeys::<T>::get(domain, key)
			.ok_or(Error::<T>::NotAThresholdKey)?
			.epoch;
		ensure!(session.epoch == epoch, Error::<T>::SigningEpochEnded);
		ensure!(
			session.signers.iter().any(|(m, _)| *m == member),
			Error::<T>::NotASigner
		);
		ensure!(
			!session.shares.iter().any(|(m, _)| *m == member),
			Error::<T>::AlreadyPosted
		);
		let custodian = usize::from(member)
			.checked_sub(1)
			.and_then(|position| committee.get(position))
			.copied()
			.ok_or(Error::<T>::NotACommitteeMember)?;
		let payload = signature::signature_share_payload(
			&Self::genesis_hash(),
			domain,
			key,
			request_id,
			attempt,
			member,
			share,
		);
		ensure!(
			signature::verify_signature(&custodian, &payload, custodian_proof),
			Error::<T>::InvalidCustodianProof
		);
		let package = Self::signing_package(domain, key, request_id, &request, &session)?;
		let public = Self::committee_public(domain, key, session.version, threshold)?;
		let id = Self::frost_identifier(member)?;
		let valid = match (
			SignatureShare::deserialize(share),
			public.verifying_shares().get(&id),
		) {
			(Ok(share), Some(verifying_share)) => frost_core::verify_signature_share(
				id,
				verifying_share,
				&share,
				&package,
				public.verifying_key(),
			)
			.is_ok(),
			_ => false,
		};
		Ok(CheckedShare {
			record,
			custodian,
			session,
			request,
			usage,
			valid,
		})
	}

	/// Judges and records one signer's share; see
	/// [`Pallet::submit_signature_share`].
	#[allow(clippy::too_many_arguments)]
	pub fn do_submit_signature_share(
		domain: DomainId,
		key: KeyId,
		request_id: RequestId,
		attempt: u32,
		member: MemberIndex,
		share: [u8; 32],
		custodian_proof: KeySignature,
	) -> DispatchResult {
		let checked = Self::check_signature_share(
			domain,
			key,
			request_id,
			attempt,
			member,
			&share,
			&custodian_proof,
		)?;
		let actor = ActorOf::<T>::Custodian(checked.custodian);
		if !checked.valid {
			return Self::end_signing_attempt(
				domain,
				key,
				request_id,
				checked.session,
				checked.record,
				actor,
				alloc::vec![member],
				SigningFault::InvalidShare,
			);
		}
		let mut session = checked.session;
		session
			.shares
			.try_push((member, share))
			.map_err(|_| Error::<T>::NotASigner)?;
		let now = frame_system::Pallet::<T>::block_number();
		NonceBatches::<T>::mutate((domain, key, member), |batch| {
			if let Some(batch) = batch {
				batch.active_at = now;
				batch.fault = None;
			}
		});
		if !session.missing().is_empty() {
			SigningSessions::<T>::insert((domain, key, request_id), session);
			return Self::record(domain, checked.record, |seq| Event::SignatureSharePosted {
				domain,
				seq,
				actor,
				key,
				request: request_id,
				attempt,
				member,
				share,
			});
		}
		let signature =
			Self::aggregate_session(domain, key, request_id, &checked.request, &session)?;
		SigningSessions::<T>::remove((domain, key, request_id));
		Self::close_fulfilled_request(
			domain,
			key,
			request_id,
			checked.record,
			&checked.request,
			checked.usage,
			session.version,
			actor,
			KeySignature::Ed25519(signature),
		)
	}

	/// Aggregates a session's verified shares and checks the result as a
	/// plain Ed25519 signature by the version's public key.
	fn aggregate_session(
		domain: DomainId,
		key: KeyId,
		request_id: RequestId,
		request: &SignatureRequestOf<T>,
		session: &SigningSession<T>,
	) -> Result<[u8; 64], DispatchError> {
		let key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		let (threshold, _) = Self::threshold_of(&key_record)?;
		let package = Self::signing_package(domain, key, request_id, request, session)?;
		let public = Self::committee_public(domain, key, session.version, threshold)?;
		let mut shares = BTreeMap::new();
		for (member, share) in &session.shares {
			shares.insert(
				Self::frost_identifier(*member)?,
				SignatureShare::deserialize(share).map_err(|_| Error::<T>::InvalidSignature)?,
			);
		}
		let signature: [u8; 64] = frost_ed25519::aggregate(&package, &shares, &public)
			.ok()
			.and_then(|signature| signature.serialize().ok())
			.and_then(|bytes| bytes.try_into().ok())
			.ok_or(Error::<T>::InvalidSignature)?;
		let group_key = public
			.verifying_key()
			.serialize()
			.ok()
			.and_then(|bytes| <[u8; 32]>::try_from(bytes).ok())
			.ok_or(Error::<T>::InvalidSignature)?;
		let message = signature::request_payload(
			&Self::genesis_hash(),
			domain,
			key,
			session.version,
			request_id,
			&request.payload,
		);
		ensure!(
			sp_io::crypto::ed25519_verify(
				&sp_core::ed25519::Signature::from_raw(signature),
				&message,
				&sp_core::ed25519::Public::from_raw(group_key),
			),
			Error::<T>::InvalidSignature
		);
		Ok(signature)
	}

	/// Ends the current attempt, naming `culprits` and dropping their
	/// commitments, and opens the next one in the same entry.
	#[allow(clippy::too_many_arguments)]
	fn end_signing_attempt(
		domain: DomainId,
		key: KeyId,
		request: RequestId,
		session: SigningSession<T>,
		record: DomainOf<T>,
		actor: ActorOf<T>,
		culprits: Vec<MemberIndex>,
		fault: SigningFault,
	) -> DispatchResult {
		for culprit in &culprits {
			NonceBatches::<T>::mutate((domain, key, *culprit), |batch| {
				if let Some(batch) = batch {
					batch.commitments = BoundedVec::new();
					// A wrong share is not forgiven by a timeout.
					if batch.fault != Some(SigningFault::InvalidShare) {
						batch.fault = Some(fault);
					}
				}
			});
		}
		let key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		let attempt = session.attempt;
		let next = Self::open_signing_attempt(
			domain,
			key,
			request,
			attempt.checked_add(1).ok_or(Error::<T>::Overflow)?,
			&key_record,
		)?;
		SigningSessions::<T>::insert((domain, key, request), next.clone());
		Self::record(domain, record, |seq| Event::SigningAttemptEnded {
			domain,
			seq,
			actor,
			key,
			request,
			attempt,
			fault,
			culprits: BoundedVec::truncate_from(culprits),
			next,
		})
	}

	/// Ends the signing attempts whose deadline is `now` and that still miss
	/// shares; returns how many queue entries it looked at (at most
	/// `MaxRequestsPerBlock`).
	pub(crate) fn expire_signing_attempts(now: BlockNumberFor<T>) -> u32 {
		let due = SigningDeadlines::<T>::take(now);
		let count = due.len() as u32;
		for (domain, key, request) in due {
			let Some(session) = SigningSessions::<T>::get((domain, key, request)) else {
				continue;
			};
			// An entry of an attempt that already ended (its successor has
			// another deadline), or a request that is gone.
			if session.deadline != now
				|| !SignatureRequests::<T>::contains_key((domain, key, request))
			{
				continue;
			}
			let Some(record) = Domains::<T>::get(domain) else {
				continue;
			};
			// Shares are refused while the key cannot sign (frozen, suspended,
			// revoked, or out of uses): nobody is to blame for the silence. The
			// attempt stays open; shares resent after an unfreeze complete it,
			// and the request expires otherwise.
			let signable = Keys::<T>::get(domain, key).is_some_and(|key_record| {
				Self::ensure_can_sign(&key_record).is_ok()
					&& Self::usage_after_one_more(domain, key, &key_record, now).is_ok()
			});
			if !signable {
				continue;
			}
			// An attempt of an epoch that ended could not have completed:
			// its silent signers are not to blame.
			let current_epoch = ThresholdKeys::<T>::get(domain, key).map(|k| k.epoch);
			let missing = if current_epoch == Some(session.epoch) {
				session.missing()
			} else {
				Vec::new()
			};
			// Best effort, as for expiries: a failure (a full deadline queue)
			// leaves the session as it is until its request expires.
			let _ = frame_support::storage::with_storage_layer(|| {
				Self::end_signing_attempt(
					domain,
					key,
					request,
					session,
					record,
					ActorOf::<T>::System,
					missing,
					SigningFault::Timeout,
				)
			});
		}
		count
	}
}

/// `provides` tag prefix of nonce batches and signature shares.
pub const THRESHOLD_SIGNING_TAG: &[u8] = b"KeyRegistryThresholdSigning";
/// Pool priority of signature shares: a requester is waiting, as for
/// fulfilments.
pub const SHARE_PRIORITY: u64 = 1 << 20;

impl<T: Config> Pallet<T> {
	/// Authorizes a [`Pallet::publish_nonce_commitments`] transaction: valid
	/// only if [`Pallet::check_nonce_batch`] passes; one per member and
	/// sequence number in the pool.
	#[allow(clippy::ptr_arg)]
	pub fn authorize_nonce_batch(
		_source: TransactionSource,
		domain: &DomainId,
		key: &KeyId,
		member: &MemberIndex,
		sequence: &u32,
		commitments: &Vec<NonceCommitment>,
		custodian_proof: &KeySignature,
	) -> TransactionValidityWithRefund {
		Self::check_nonce_batch(
			*domain,
			*key,
			*member,
			*sequence,
			commitments,
			custodian_proof,
		)
		.map_err(Self::invalid_transaction)?;
		let tag = (
			THRESHOLD_SIGNING_TAG,
			b"nonces",
			domain,
			key,
			member,
			sequence,
		);
		Self::authorized_validity(
			tag.encode(),
			crate::ceremonies::CEREMONY_PRIORITY,
			T::RequestTtl::get(),
		)
	}

	/// Authorizes a [`Pallet::submit_signature_share`] transaction: valid
	/// only if [`Pallet::check_signature_share`] passes (a share that does
	/// not verify is valid here: the chain must see it to name its sender);
	/// one per signer and attempt in the pool.
	#[allow(clippy::too_many_arguments)]
	pub fn authorize_signature_share(
		_source: TransactionSource,
		domain: &DomainId,
		key: &KeyId,
		request: &RequestId,
		attempt: &u32,
		member: &MemberIndex,
		share: &[u8; 32],
		custodian_proof: &KeySignature,
	) -> TransactionValidityWithRefund {
		let checked = Self::check_signature_share(
			*domain,
			*key,
			*request,
			*attempt,
			*member,
			share,
			custodian_proof,
		)
		.map_err(Self::invalid_transaction)?;
		let now = frame_system::Pallet::<T>::block_number();
		let tag = (
			THRESHOLD_SIGNING_TAG,
			b"share",
			domain,
			key,
			request,
			attempt,
			member,
		);
		Self::authorized_validity(
			tag.encode(),
			SHARE_PRIORITY,
			checked.session.deadline.saturating_sub(now),
		)
	}

	/// The pool validity of the registry's committee transactions: one per
	/// `tag`, propagated, alive for `longevity` blocks (at least one).
	pub(crate) fn authorized_validity(
		tag: Vec<u8>,
		priority: u64,
		longevity: BlockNumberFor<T>,
	) -> TransactionValidityWithRefund {
		let longevity: u64 = longevity.saturated_into();
		let validity = ValidTransaction::with_tag_prefix("KeyRegistry")
			.priority(priority)
			.and_provides(tag)
			.longevity(longevity.max(1))
			.propagate(true)
			.build()?;
		Ok((validity, Weight::zero()))
	}
}
