//! Threshold key generation: a FROST(Ed25519) DKG run through the chain.
//!
//! A threshold key is never given to the chain by anyone: its committee
//! generates it, and the chain is the broadcast channel and the judge.
//!
//! 1. Every committee member is a *custodian identity* of the domain (a
//!    node's custodian key, [`crate::offchain::CUSTODIAN_KEY_TYPE`]) with an
//!    X25519 key-agreement key registered by
//!    [`Pallet::register_agreement_key`] and proven by the custodian.
//! 2. [`Pallet::start_key_generation`] names the key, the committee and the
//!    threshold (`2 ≤ t ≤ n ≤ MaxCommitteeSize`, and `t > n/2` unless the
//!    policy sets `allow_minority_threshold`). The ceremony then goes through
//!    four phases; in each, every member (or every signer) posts one message
//!    with [`Pallet::submit_ceremony_message`], an authorized transaction
//!    co-signed by its custodian key ([`signature::ceremony_message_payload`]).
//!
//! | phase | message of member `i` | the chain checks |
//! |---|---|---|
//! | `Round1` | FROST round-1 package: commitment to a degree `t-1` polynomial and proof of knowledge | the package parses, has `t` coefficients, its proof of knowledge verifies for identifier `i` |
//! | `Round2` | one HPKE-sealed secret share per other member ([`SealedShare`]), sealed to its key-agreement key | one share to each other member, none to itself or outsiders |
//! | `Confirm` | the group key and the transcript digest it derived, and a nonce commitment | both equal what the chain derived from round 1 and the transcript |
//! | `Prove` | (signers `1..=t` only) a signature share over the possession payload | the share verifies against member `i`'s verifying share (FROST cheater detection) |
//!
//! When the last signature share arrives, the chain aggregates the shares,
//! checks the result as a plain Ed25519 signature by the group key over
//! [`signature::threshold_possession_payload`] (the ordinary proof of
//! possession bound to the transcript) and registers the key exactly as
//! [`Pallet::register_key`] would, with the group key as version 0.
//!
//! A message that the chain can prove wrong ends the attempt and names the
//! member ([`Event::CeremonyFailed`]). What only a recipient can see (a
//! sealed share that does not open, or does not match its sender's
//! commitment) is reported by the recipient ([`Pallet::report_ceremony_fault`]);
//! that also ends the attempt, naming accuser and accused. A stalled or
//! failed ceremony is restarted by a key manager with
//! [`Pallet::restart_key_generation`] (same key name, same committee, a new
//! attempt; the entry names who had not posted), or cancelled.
//!
//! Every ceremony call is one audit entry that carries the message itself,
//! so the committee's public record (group key, verifying shares) can be
//! recomputed from the audit log alone.

use crate::*;
use alloc::collections::BTreeMap;
use codec::DecodeAll;
use frame_support::pallet_prelude::{TransactionSource, TransactionValidityWithRefund};
use frost_ed25519::{
	keys::{dkg::round1, PublicKeyPackage, VerifyingShare},
	round1::SigningCommitments,
	round2::SignatureShare,
	Identifier, SigningPackage,
};

/// A ceremony's id.
pub type CeremonyId = u64;
/// A committee member's position, from 1 (the member's FROST identifier).
pub type MemberIndex = u16;

/// The phases of a ceremony attempt.
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
pub enum CeremonyPhase {
	/// Every member posts its FROST round-1 package.
	#[codec(index = 0)]
	Round1,
	/// Every member posts its sealed secret shares.
	#[codec(index = 1)]
	Round2,
	/// Every member confirms the group key and transcript, with a nonce commitment.
	#[codec(index = 2)]
	Confirm,
	/// Signers `1..=threshold` post signature shares of the possession proof.
	#[codec(index = 3)]
	Prove,
	/// The attempt ended ([`Event::CeremonyFailed`]); restart or cancel it.
	#[codec(index = 4)]
	Failed,
}

impl CeremonyPhase {
	/// The phase's byte in storage keys and in the signed message payload.
	pub fn tag(self) -> u8 {
		match self {
			Self::Round1 => 0,
			Self::Round2 => 1,
			Self::Confirm => 2,
			Self::Prove => 3,
			Self::Failed => 4,
		}
	}

	/// The phases that hold messages, in order.
	pub const WITH_MESSAGES: [CeremonyPhase; 4] =
		[Self::Round1, Self::Round2, Self::Confirm, Self::Prove];
}

/// Why an attempt ended.
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
pub enum CeremonyFault {
	/// A round-1 package that does not parse or has the wrong degree.
	#[codec(index = 0)]
	MalformedRound1Package,
	/// A round-1 proof of knowledge that does not verify.
	#[codec(index = 1)]
	InvalidProofOfKnowledge,
	/// Sealed shares that do not parse, or miss or repeat a recipient.
	#[codec(index = 2)]
	MalformedSealedShares,
	/// A confirmation of another group key or transcript than the chain's.
	#[codec(index = 3)]
	WrongConfirmation,
	/// A signature share that does not verify.
	#[codec(index = 4)]
	InvalidSignatureShare,
	/// A recipient reported that the accused member's sealed share did not
	/// open or did not match its commitment (the first member named accuses,
	/// the second is accused).
	#[codec(index = 5)]
	Reported,
	/// The aggregate verified but the key could not be registered (its name
	/// was taken meanwhile, the domain is full, or the owner cannot pay).
	#[codec(index = 6)]
	RegistrationRefused,
	/// A repaired member's proof does not verify under its verifying share.
	#[codec(index = 7)]
	InvalidRepairProof,
	/// The refreshed key was revoked or changed while the refresh ran.
	#[codec(index = 8)]
	KeyUnavailable,
}

/// A committee member as fixed when the ceremony starts.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct CommitteeMember {
	/// The member's custodian identity (it co-signs the member's messages).
	pub custodian: PublicKey,
	/// Its X25519 key-agreement key: round-2 shares are sealed to it.
	pub agreement: [u8; 32],
}

/// One secret share sealed to one member (HPKE, RFC 9180, auth mode).
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct SealedShare {
	/// The recipient.
	pub to: MemberIndex,
	/// HPKE's encapsulated key.
	pub encapsulated: [u8; 32],
	/// The sealed round-2 package with its tag.
	pub ciphertext: BoundedVec<u8, ConstU32<128>>,
}

/// A member's confirmation: what it derived, and its nonce commitment for
/// the possession proof.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Confirmation {
	/// The group key the member derived.
	pub group_key: [u8; 32],
	/// The transcript digest the member saw ([`Ceremony::transcript`]).
	pub transcript: [u8; 32],
	/// The serialized `frost_ed25519::round1::SigningCommitments`.
	pub commitment: BoundedVec<u8, ConstU32<128>>,
}

/// The committee's public record of a threshold key.
#[derive(
	CloneNoBound, Encode, Decode, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub struct ThresholdKey<T: Config> {
	/// The session id of the DKG attempt that created the key
	/// ([`session_id`]): members file their shares under it.
	pub session: [u8; 32],
	/// 0 after the DKG, one more after each share refresh.
	pub epoch: u32,
	/// Each member's verifying share, member 1 first: checks its signature
	/// shares.
	pub verifying_shares: BoundedVec<[u8; 32], T::MaxCommitteeSize>,
}

/// What a ceremony does to a threshold key.
#[derive(
	CloneNoBound, Encode, Decode, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub enum CeremonyKind<T: Config> {
	/// A DKG: the committee generates a new key, registered when it completes.
	#[codec(index = 0)]
	Generate,
	/// A share refresh of `key`: every member's share changes, the group key
	/// does not; `epoch` is the epoch it creates
	/// ([`crate::share_maintenance`]).
	#[codec(index = 1)]
	Refresh {
		/// The threshold key.
		key: KeyId,
		/// The epoch the refresh creates (the current one plus one).
		epoch: u32,
	},
	/// The repair of member `lost`'s share of `key` by `helpers` (exactly
	/// `threshold` other members) ([`crate::share_maintenance`]).
	#[codec(index = 2)]
	Repair {
		/// The threshold key.
		key: KeyId,
		/// The member whose share is rebuilt.
		lost: MemberIndex,
		/// The helping members, in increasing order.
		helpers: BoundedVec<MemberIndex, T::MaxCommitteeSize>,
	},
}

impl<T: Config> CeremonyKind<T> {
	/// The existing key a refresh or repair works on.
	pub fn key(&self) -> Option<KeyId> {
		match self {
			Self::Generate => None,
			Self::Refresh { key, .. } | Self::Repair { key, .. } => Some(*key),
		}
	}
}

/// A threshold key being generated, refreshed or repaired.
#[derive(
	CloneNoBound, Encode, Decode, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub struct Ceremony<T: Config> {
	/// What the ceremony does.
	pub kind: CeremonyKind<T>,
	/// The domain the key belongs (or will belong) to.
	pub domain: DomainId,
	/// The key's name.
	pub name: NameOf<T>,
	/// What the key is for.
	pub purpose: KeyPurpose,
	/// The key's policy.
	pub policy: KeyPolicyOf<T>,
	/// The key's metadata.
	pub metadata: MetadataOf<T>,
	/// How many members must sign.
	pub threshold: u16,
	/// The members, member 1 first.
	pub committee: BoundedVec<CommitteeMember, T::MaxCommitteeSize>,
	/// Who started it: the possession proof binds this actor, and the key is
	/// registered in its name.
	pub started_by: ActorOf<T>,
	/// 0 for the first attempt, one more per restart.
	pub attempt: u32,
	/// Where the attempt stands.
	pub phase: CeremonyPhase,
	/// The block after which the phase counts as stalled.
	pub deadline: BlockNumberFor<T>,
	/// Bit `i - 1` set: member `i` posted its message of this phase.
	pub posted: u64,
	/// The group key, known to the chain once round 1 is complete.
	pub group_key: Option<[u8; 32]>,
	/// Each member's verifying share, known once round 1 is complete.
	pub verifying_shares: BoundedVec<[u8; 32], T::MaxCommitteeSize>,
	/// BLAKE2b-256 of the ceremony id, attempt and every round-1 and round-2
	/// message in member order; known once round 2 is complete.
	pub transcript: Option<[u8; 32]>,
}

impl<T: Config> Ceremony<T> {
	/// The committee size.
	pub fn size(&self) -> u16 {
		u16::try_from(self.committee.len()).unwrap_or(u16::MAX)
	}

	/// The members that post in `phase`, in increasing order: everyone in a
	/// DKG or refresh (signers `1..=threshold` in `Prove`); in a repair, the
	/// helpers in rounds 1 and 2 and the lost member in `Confirm`.
	pub fn posters(&self, phase: CeremonyPhase) -> Vec<MemberIndex> {
		match (&self.kind, phase) {
			(_, CeremonyPhase::Failed) => Vec::new(),
			(
				CeremonyKind::Repair { helpers, .. },
				CeremonyPhase::Round1 | CeremonyPhase::Round2,
			) => helpers.to_vec(),
			(CeremonyKind::Repair { lost, .. }, CeremonyPhase::Confirm) => alloc::vec![*lost],
			(CeremonyKind::Repair { .. }, CeremonyPhase::Prove) => Vec::new(),
			(_, CeremonyPhase::Prove) => (1..=self.threshold).collect(),
			_ => (1..=self.size()).collect(),
		}
	}

	/// The members that must post in the current phase.
	pub fn expected(&self) -> Vec<MemberIndex> {
		self.posters(self.phase)
	}

	/// Members expected in this phase that have not posted.
	pub fn missing(&self) -> Vec<MemberIndex> {
		self.expected()
			.into_iter()
			.filter(|member| !self.has_posted(*member))
			.collect()
	}

	/// The custodian identity of `member`, if it is one.
	pub fn custodian_of(&self, member: MemberIndex) -> Option<PublicKey> {
		usize::from(member)
			.checked_sub(1)
			.and_then(|position| self.committee.get(position))
			.map(|m| m.custodian)
	}

	/// Whether `member` posted its message of the current phase.
	pub fn has_posted(&self, member: MemberIndex) -> bool {
		member_bit(member).is_some_and(|bit| self.posted & bit != 0)
	}
}

/// The transcript digest of a DKG attempt: BLAKE2b-256 of the SCALE
/// encoding of `(b"KEYREG/DKG/V1", ceremony, attempt)` followed by every
/// round-1 message and then every round-2 message, each phase's posters
/// ([`Ceremony::posters`]) in increasing order, each SCALE-encoded
/// (`Vec<u8>`). Members compute it from what they saw and confirm it (a
/// repair's lost member signs it in its proof).
pub fn transcript_digest(ceremony: CeremonyId, attempt: u32, messages: &[Vec<u8>]) -> [u8; 32] {
	let mut preimage = (b"KEYREG/DKG/V1", ceremony, attempt).encode();
	for message in messages {
		message.encode_to(&mut preimage);
	}
	sp_io::hashing::blake2_256(&preimage)
}

/// The session id committee members bind their sealed shares and nonces to
/// for attempt `attempt` of ceremony `ceremony`: BLAKE2b-256 of the SCALE
/// encoding of `(b"keyreg/dkg", ceremony, attempt)`.
pub fn session_id(ceremony: CeremonyId, attempt: u32) -> [u8; 32] {
	sp_io::hashing::blake2_256(&(b"keyreg/dkg", ceremony, attempt).encode())
}

/// The message a ceremony's committee signs with the group key in `Prove`,
/// given the chain's genesis hash: for a DKG,
/// [`signature::threshold_possession_payload`] (the key's name, its
/// starter, the group key and the transcript); for a refresh,
/// [`signature::share_refresh_payload`] (the key, the new epoch, the group
/// key and the transcript), signed with the *new* shares. `None` before
/// round 2 is complete, and for a repair (which has no `Prove`).
pub fn possession_message<T: Config>(genesis: &T::Hash, ceremony: &Ceremony<T>) -> Option<Vec<u8>> {
	let group_key = PublicKey::Ed25519(ceremony.group_key?);
	let transcript = ceremony.transcript?;
	match ceremony.kind {
		CeremonyKind::Generate => Some(signature::threshold_possession_payload(
			genesis,
			ceremony.domain,
			&ceremony.name,
			&ceremony.started_by,
			&group_key,
			&transcript,
		)),
		CeremonyKind::Refresh { key, epoch } => Some(signature::share_refresh_payload(
			genesis,
			ceremony.domain,
			key,
			epoch,
			&group_key,
			&transcript,
		)),
		CeremonyKind::Repair { .. } => None,
	}
}

fn member_bit(member: MemberIndex) -> Option<u64> {
	member
		.checked_sub(1)
		.and_then(|shift| 1u64.checked_shl(u32::from(shift)))
}

fn identifier<T: Config>(member: MemberIndex) -> Result<Identifier, DispatchError> {
	Identifier::try_from(member).map_err(|_| Error::<T>::NotACommitteeMember.into())
}

/// What a valid message does to the ceremony.
pub(crate) enum Outcome {
	/// Stored; the phase goes on (or advances).
	Accepted,
	/// Provably wrong: the attempt ends, naming the sender.
	Fault(CeremonyFault),
}

impl<T: Config> Pallet<T> {
	/// Weight of [`Pallet::submit_ceremony_message`]: the dearest phase's
	/// last message of any ceremony kind (which also opens the next phase,
	/// registers the key, moves it to a new epoch or ends a repair) for the
	/// largest committee.
	pub fn ceremony_message_weight() -> Weight {
		let c = T::MaxCommitteeSize::get();
		T::WeightInfo::ceremony_round1(c)
			.max(T::WeightInfo::ceremony_round2(c))
			.max(T::WeightInfo::ceremony_confirm(c))
			.max(T::WeightInfo::ceremony_prove(c))
			.max(T::WeightInfo::ceremony_refresh_round1(c))
			.max(T::WeightInfo::ceremony_refresh_prove(c))
			.max(T::WeightInfo::ceremony_repair_confirm(c))
	}

	/// Registers or replaces a custodian's key-agreement key; see
	/// [`Pallet::register_agreement_key`].
	pub fn do_register_agreement_key(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		custodian: PublicKey,
		agreement: [u8; 32],
		proof: KeySignature,
	) -> DispatchResult {
		ensure!(
			signature::is_valid_public_key(&custodian),
			Error::<T>::InvalidCustodian
		);
		ensure!(agreement != [0u8; 32], Error::<T>::InvalidAgreementKey);
		let payload =
			signature::agreement_key_payload(&Self::genesis_hash(), domain, &custodian, &agreement);
		ensure!(
			signature::verify_signature(&custodian, &payload, &proof),
			Error::<T>::InvalidAgreementProof
		);
		let previous = AgreementKeys::<T>::get(domain, custodian);
		ensure!(
			previous != Some(agreement),
			Error::<T>::AgreementKeyUnchanged
		);
		ensure!(
			!CustodiansInCeremony::<T>::contains_key(domain, custodian),
			Error::<T>::CustodianInCeremony
		);
		if previous.is_none() {
			let count = AgreementKeyCount::<T>::get(domain);
			ensure!(
				count < T::MaxCustodiansPerDomain::get(),
				Error::<T>::TooManyCustodians
			);
			AgreementKeyCount::<T>::insert(domain, count.saturating_add(1));
		}
		AgreementKeys::<T>::insert(domain, custodian, agreement);
		Self::record(domain, record, |seq| Event::AgreementKeyRegistered {
			domain,
			seq,
			actor,
			custodian,
			agreement,
			previous,
		})
	}

	/// Checks a committee for a threshold key and snapshots each member's
	/// key-agreement key.
	pub fn validate_committee(
		domain: DomainId,
		threshold: u16,
		committee: Vec<PublicKey>,
		policy: &KeyPolicyOf<T>,
	) -> Result<BoundedVec<CommitteeMember, T::MaxCommitteeSize>, DispatchError> {
		ensure!(committee.len() >= 2, Error::<T>::CommitteeTooSmall);
		ensure!(
			committee.len() <= T::MaxCommitteeSize::get() as usize,
			Error::<T>::CommitteeTooLarge
		);
		let size = u16::try_from(committee.len()).map_err(|_| Error::<T>::CommitteeTooLarge)?;
		ensure!(
			threshold >= 2 && threshold <= size,
			Error::<T>::InvalidThreshold
		);
		// A minority could sign without the majority knowing: only by choice.
		ensure!(
			policy.allow_minority_threshold
				|| u32::from(threshold).saturating_mul(2) > u32::from(size),
			Error::<T>::MinorityThreshold
		);
		let mut members = Vec::with_capacity(committee.len());
		for custodian in committee {
			ensure!(
				matches!(custodian, PublicKey::Ed25519(_)),
				Error::<T>::CommitteeMemberNotEd25519
			);
			ensure!(
				!members
					.iter()
					.any(|member: &CommitteeMember| member.custodian == custodian),
				Error::<T>::DuplicateCommitteeMember
			);
			let agreement =
				AgreementKeys::<T>::get(domain, custodian).ok_or(Error::<T>::NoAgreementKey)?;
			ensure!(
				!members.iter().any(|member| member.agreement == agreement),
				Error::<T>::DuplicateCommitteeMember
			);
			members.push(CommitteeMember {
				custodian,
				agreement,
			});
		}
		BoundedVec::try_from(members).map_err(|_| Error::<T>::CommitteeTooLarge.into())
	}

	/// Starts a ceremony; see [`Pallet::start_key_generation`].
	#[allow(clippy::too_many_arguments)]
	pub fn do_start_key_generation(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		name: Vec<u8>,
		purpose: KeyPurpose,
		threshold: u16,
		committee: Vec<PublicKey>,
		policy: Option<KeyPolicyOf<T>>,
		metadata: Vec<u8>,
	) -> Result<CeremonyId, DispatchError> {
		let name = Self::bounded_name(name)?;
		let metadata =
			MetadataOf::<T>::try_from(metadata).map_err(|_| Error::<T>::MetadataTooLong)?;
		ensure!(
			!KeyNames::<T>::contains_key(domain, &name),
			Error::<T>::KeyNameTaken
		);
		ensure!(
			record.key_count < T::MaxKeysPerDomain::get(),
			Error::<T>::TooManyKeys
		);
		let policy = policy.unwrap_or(record.default_policy);
		Self::validate_policy(&policy)?;
		let committee = Self::validate_committee(domain, threshold, committee, &policy)?;
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
		let deadline = Self::phase_deadline()?;
		let ceremony = Ceremony::<T> {
			kind: CeremonyKind::Generate,
			domain,
			name: name.clone(),
			purpose,
			policy,
			metadata: metadata.clone(),
			threshold,
			committee: committee.clone(),
			started_by: actor.clone(),
			attempt: 0,
			phase: CeremonyPhase::Round1,
			deadline,
			posted: 0,
			group_key: None,
			verifying_shares: BoundedVec::new(),
			transcript: None,
		};
		Ceremonies::<T>::insert(id, ceremony);
		Self::record(domain, record, |seq| Event::KeyGenerationStarted {
			domain,
			seq,
			actor,
			ceremony: id,
			name,
			purpose,
			threshold,
			committee,
			policy,
			metadata,
			deadline,
		})?;
		Ok(id)
	}

	pub(crate) fn phase_deadline() -> Result<BlockNumberFor<T>, DispatchError> {
		frame_system::Pallet::<T>::block_number()
			.checked_add(&T::CeremonyPhaseTimeout::get())
			.ok_or_else(|| Error::<T>::Overflow.into())
	}

	/// The checks an authorized ceremony message must pass before it is
	/// judged: the ceremony is in a phase that takes messages, `member`
	/// belongs to it, is due to post and has not, and `custodian_proof` is
	/// the member's custodian signature over exactly this message. Returns
	/// the ceremony, its domain and the member's custodian.
	pub fn check_ceremony_submission(
		ceremony_id: CeremonyId,
		member: MemberIndex,
		content: &[u8],
		custodian_proof: &KeySignature,
	) -> Result<(Ceremony<T>, DomainOf<T>, PublicKey), DispatchError> {
		let ceremony = Ceremonies::<T>::get(ceremony_id).ok_or(Error::<T>::UnknownCeremony)?;
		let record = Self::open_domain(ceremony.domain)?;
		ensure!(
			ceremony.phase != CeremonyPhase::Failed,
			Error::<T>::CeremonyNotRunning
		);
		ensure!(
			ceremony.expected().contains(&member),
			Error::<T>::NotACommitteeMember
		);
		ensure!(!ceremony.has_posted(member), Error::<T>::AlreadyPosted);
		let custodian = ceremony
			.custodian_of(member)
			.ok_or(Error::<T>::NotACommitteeMember)?;
		let payload = signature::ceremony_message_payload(
			&Self::genesis_hash(),
			ceremony_id,
			ceremony.attempt,
			ceremony.phase.tag(),
			member,
			content,
		);
		ensure!(
			signature::verify_signature(&custodian, &payload, custodian_proof),
			Error::<T>::InvalidCustodianProof
		);
		Ok((ceremony, record, custodian))
	}

	/// Judges and records one member's message; see
	/// [`Pallet::submit_ceremony_message`].
	pub fn do_submit_ceremony_message(
		ceremony_id: CeremonyId,
		member: MemberIndex,
		content: Vec<u8>,
		custodian_proof: KeySignature,
	) -> DispatchResult {
		let (mut ceremony, record, custodian) =
			Self::check_ceremony_submission(ceremony_id, member, &content, &custodian_proof)?;
		let content = CeremonyMessageOf::<T>::try_from(content)
			.map_err(|_| Error::<T>::CeremonyMessageTooLong)?;
		let actor = ActorOf::<T>::Custodian(custodian);
		let domain = ceremony.domain;
		let phase = ceremony.phase;
		let outcome = match (phase, &ceremony.kind) {
			(CeremonyPhase::Round1, CeremonyKind::Generate) => {
				Self::judge_round1(&ceremony, member, &content)
			}
			(CeremonyPhase::Round1, CeremonyKind::Refresh { .. }) => {
				Self::judge_refresh_round1(&ceremony, &content)
			}
			(CeremonyPhase::Round1, CeremonyKind::Repair { helpers, .. }) => {
				Self::judge_sealed(&content, helpers)
			}
			(CeremonyPhase::Round2, CeremonyKind::Repair { lost, .. }) => {
				Self::judge_sealed(&content, &[*lost])
			}
			(CeremonyPhase::Round2, _) => {
				let others: Vec<MemberIndex> =
					(1..=ceremony.size()).filter(|m| *m != member).collect();
				Self::judge_sealed(&content, &others)
			}
			(CeremonyPhase::Confirm, CeremonyKind::Repair { .. }) => {
				Self::judge_repair_proof(ceremony_id, &ceremony, member, &content)
			}
			(CeremonyPhase::Confirm, _) => Self::judge_confirmation(&ceremony, &content),
			(CeremonyPhase::Prove, _) => {
				Self::judge_share(ceremony_id, &ceremony, member, &content)?
			}
			(CeremonyPhase::Failed, _) => return Err(Error::<T>::CeremonyNotRunning.into()),
		};
		if let Outcome::Fault(fault) = outcome {
			return Self::fail_ceremony(
				ceremony_id,
				ceremony,
				record,
				actor,
				alloc::vec![member],
				fault,
			);
		}
		CeremonyMessages::<T>::insert((ceremony_id, phase.tag(), member), content.clone());
		ceremony.posted |= member_bit(member).ok_or(Error::<T>::NotACommitteeMember)?;
		if ceremony.missing().is_empty() {
			match Self::advance(ceremony_id, &mut ceremony)? {
				Advance::Next => {}
				Advance::Failed(culprits, fault) => {
					return Self::fail_ceremony(
						ceremony_id,
						ceremony,
						record,
						actor,
						culprits,
						fault,
					)
				}
				Advance::Complete(signature) => {
					return match ceremony.kind {
						CeremonyKind::Refresh { key, epoch } => Self::complete_refresh(
							ceremony_id,
							ceremony,
							record,
							actor,
							(key, epoch),
							signature,
						),
						_ => Self::complete(ceremony_id, ceremony, record, actor, signature),
					}
				}
				Advance::Repaired => {
					return Self::complete_repair(ceremony_id, ceremony, record, actor)
				}
			}
		}
		let (next_phase, deadline) = (ceremony.phase, ceremony.deadline);
		let attempt = ceremony.attempt;
		Ceremonies::<T>::insert(ceremony_id, ceremony);
		Self::record(domain, record, |seq| Event::CeremonyMessagePosted {
			domain,
			seq,
			actor,
			ceremony: ceremony_id,
			attempt,
			phase,
			member,
			content,
			next_phase,
			deadline,
		})
	}

	fn judge_round1(ceremony: &Ceremony<T>, member: MemberIndex, content: &[u8]) -> Outcome {
		let Ok(package) = round1::Package::deserialize(content) else {
			return Outcome::Fault(CeremonyFault::MalformedRound1Package);
		};
		if package.commitment().coefficients().len() != usize::from(ceremony.threshold) {
			return Outcome::Fault(CeremonyFault::MalformedRound1Package);
		}
		let Ok(id) = Identifier::try_from(member) else {
			return Outcome::Fault(CeremonyFault::MalformedRound1Package);
		};
		match frost_core::keys::dkg::verify_proof_of_knowledge(
			id,
			package.commitment(),
			package.proof_of_knowledge(),
		) {
			Ok(()) => Outcome::Accepted,
			Err(_) => Outcome::Fault(CeremonyFault::InvalidProofOfKnowledge),
		}
	}

	/// Sealed values, exactly one to each of `recipients` (sorted).
	fn judge_sealed(content: &[u8], recipients: &[MemberIndex]) -> Outcome {
		let Ok(shares) = Vec::<SealedShare>::decode_all(&mut &content[..]) else {
			return Outcome::Fault(CeremonyFault::MalformedSealedShares);
		};
		let mut to: Vec<MemberIndex> = shares.iter().map(|share| share.to).collect();
		to.sort_unstable();
		if to != recipients {
			return Outcome::Fault(CeremonyFault::MalformedSealedShares);
		}
		Outcome::Accepted
	}

	fn judge_confirmation(ceremony: &Ceremony<T>, content: &[u8]) -> Outcome {
		let Ok(confirmation) = Confirmation::decode_all(&mut &content[..]) else {
			return Outcome::Fault(CeremonyFault::WrongConfirmation);
		};
		let agrees = Some(confirmation.group_key) == ceremony.group_key
			&& Some(confirmation.transcript) == ceremony.transcript
			&& SigningCommitments::deserialize(&confirmation.commitment).is_ok();
		if agrees {
			Outcome::Accepted
		} else {
			Outcome::Fault(CeremonyFault::WrongConfirmation)
		}
	}

	fn judge_share(
		ceremony_id: CeremonyId,
		ceremony: &Ceremony<T>,
		member: MemberIndex,
		content: &[u8],
	) -> Result<Outcome, DispatchError> {
		let Ok(share) = SignatureShare::deserialize(content) else {
			return Ok(Outcome::Fault(CeremonyFault::InvalidSignatureShare));
		};
		let (package, public) = Self::signing_context(ceremony_id, ceremony)?;
		let id = identifier::<T>(member)?;
		let verifying_share = public
			.verifying_shares()
			.get(&id)
			.ok_or(Error::<T>::NotACommitteeMember)?;
		Ok(
			match frost_core::verify_signature_share(
				id,
				verifying_share,
				&share,
				&package,
				public.verifying_key(),
			) {
				Ok(()) => Outcome::Accepted,
				Err(_) => Outcome::Fault(CeremonyFault::InvalidSignatureShare),
			},
		)
	}

	/// The message the committee signs to prove possession of the group key.
	pub fn ceremony_possession_message(ceremony: &Ceremony<T>) -> Result<Vec<u8>, DispatchError> {
		possession_message(&Self::genesis_hash(), ceremony)
			.ok_or_else(|| Error::<T>::CeremonyNotRunning.into())
	}

	/// The FROST signing package of the possession proof (signers `1..=t`
	/// with the commitments from their confirmations) and the committee's
	/// public key package.
	fn signing_context(
		ceremony_id: CeremonyId,
		ceremony: &Ceremony<T>,
	) -> Result<(SigningPackage, PublicKeyPackage), DispatchError> {
		let mut commitments = BTreeMap::new();
		for member in 1..=ceremony.threshold {
			let content =
				CeremonyMessages::<T>::get((ceremony_id, CeremonyPhase::Confirm.tag(), member))
					.ok_or(Error::<T>::CeremonyNotRunning)?;
			let confirmation = Confirmation::decode_all(&mut &content[..])
				.map_err(|_| Error::<T>::CeremonyNotRunning)?;
			let commitment = SigningCommitments::deserialize(&confirmation.commitment)
				.map_err(|_| Error::<T>::CeremonyNotRunning)?;
			commitments.insert(identifier::<T>(member)?, commitment);
		}
		let message = Self::ceremony_possession_message(ceremony)?;
		Ok((
			SigningPackage::new(commitments, &message),
			Self::public_key_package(ceremony)?,
		))
	}

	fn public_key_package(ceremony: &Ceremony<T>) -> Result<PublicKeyPackage, DispatchError> {
		let group_key = ceremony.group_key.ok_or(Error::<T>::CeremonyNotRunning)?;
		let mut shares = BTreeMap::new();
		for (member, share) in (1..=ceremony.size()).zip(ceremony.verifying_shares.iter()) {
			let share =
				VerifyingShare::deserialize(share).map_err(|_| Error::<T>::CeremonyNotRunning)?;
			shares.insert(identifier::<T>(member)?, share);
		}
		let key = frost_ed25519::VerifyingKey::deserialize(&group_key)
			.map_err(|_| Error::<T>::CeremonyNotRunning)?;
		Ok(PublicKeyPackage::new(shares, key, Some(ceremony.threshold)))
	}

	/// Every expected message of the phase is in: derive what the next phase
	/// needs, or aggregate.
	fn advance(
		ceremony_id: CeremonyId,
		ceremony: &mut Ceremony<T>,
	) -> Result<Advance, DispatchError> {
		let next = match ceremony.phase {
			CeremonyPhase::Round1 if matches!(ceremony.kind, CeremonyKind::Refresh { .. }) => {
				ceremony.verifying_shares =
					Self::refreshed_verifying_shares(ceremony_id, ceremony)?;
				CeremonyPhase::Round2
			}
			CeremonyPhase::Round1 if matches!(ceremony.kind, CeremonyKind::Repair { .. }) => {
				CeremonyPhase::Round2
			}
			CeremonyPhase::Round1 => {
				let mut packages = Vec::with_capacity(ceremony.committee.len());
				for member in 1..=ceremony.size() {
					let content = CeremonyMessages::<T>::get((
						ceremony_id,
						CeremonyPhase::Round1.tag(),
						member,
					))
					.ok_or(Error::<T>::CeremonyNotRunning)?;
					let package = round1::Package::deserialize(&content)
						.map_err(|_| Error::<T>::CeremonyNotRunning)?;
					packages.push((identifier::<T>(member)?, package));
				}
				let commitments = packages
					.iter()
					.map(|(id, package)| (*id, package.commitment()))
					.collect();
				let public = PublicKeyPackage::from_dkg_commitments(&commitments)
					.map_err(|_| Error::<T>::CeremonyNotRunning)?;
				let group_key: [u8; 32] = public
					.verifying_key()
					.serialize()
					.ok()
					.and_then(|bytes| bytes.try_into().ok())
					.ok_or(Error::<T>::CeremonyNotRunning)?;
				let mut shares = Vec::with_capacity(packages.len());
				for (id, _) in &packages {
					let share: [u8; 32] = public
						.verifying_shares()
						.get(id)
						.and_then(|share| share.serialize().ok())
						.and_then(|bytes| bytes.try_into().ok())
						.ok_or(Error::<T>::CeremonyNotRunning)?;
					shares.push(share);
				}
				ceremony.group_key = Some(group_key);
				ceremony.verifying_shares =
					BoundedVec::try_from(shares).map_err(|_| Error::<T>::CommitteeTooLarge)?;
				CeremonyPhase::Round2
			}
			CeremonyPhase::Round2 => {
				let mut messages = Vec::with_capacity(ceremony.committee.len().saturating_mul(2));
				for phase in [CeremonyPhase::Round1, CeremonyPhase::Round2] {
					for member in ceremony.posters(phase) {
						messages.push(
							CeremonyMessages::<T>::get((ceremony_id, phase.tag(), member))
								.ok_or(Error::<T>::CeremonyNotRunning)?
								.into_inner(),
						);
					}
				}
				ceremony.transcript =
					Some(transcript_digest(ceremony_id, ceremony.attempt, &messages));
				CeremonyPhase::Confirm
			}
			CeremonyPhase::Confirm if matches!(ceremony.kind, CeremonyKind::Repair { .. }) => {
				return Ok(Advance::Repaired)
			}
			CeremonyPhase::Confirm => CeremonyPhase::Prove,
			CeremonyPhase::Prove => {
				let (package, public) = Self::signing_context(ceremony_id, ceremony)?;
				let mut shares = BTreeMap::new();
				for member in 1..=ceremony.threshold {
					let content = CeremonyMessages::<T>::get((
						ceremony_id,
						CeremonyPhase::Prove.tag(),
						member,
					))
					.ok_or(Error::<T>::CeremonyNotRunning)?;
					let share = SignatureShare::deserialize(&content)
						.map_err(|_| Error::<T>::CeremonyNotRunning)?;
					shares.insert(identifier::<T>(member)?, share);
				}
				return Ok(match frost_ed25519::aggregate(&package, &shares, &public) {
					Ok(signature) => {
						let bytes: [u8; 64] = signature
							.serialize()
							.ok()
							.and_then(|bytes| bytes.try_into().ok())
							.ok_or(Error::<T>::CeremonyNotRunning)?;
						Advance::Complete(bytes)
					}
					// Each share was verified on arrival; a failure here names
					// whoever FROST blames.
					Err(error) => Advance::Failed(
						error
							.culprits()
							.iter()
							.filter_map(|culprit| {
								(1..=ceremony.threshold)
									.find(|m| identifier::<T>(*m).ok().as_ref() == Some(culprit))
							})
							.collect(),
						CeremonyFault::InvalidSignatureShare,
					),
				});
			}
			CeremonyPhase::Failed => return Err(Error::<T>::CeremonyNotRunning.into()),
		};
		ceremony.phase = next;
		ceremony.posted = 0;
		ceremony.deadline = Self::phase_deadline()?;
		Ok(Advance::Next)
	}

	/// Checks the aggregate of the proof round as a plain Ed25519 signature
	/// by the ceremony's group key over its possession message; returns the
	/// group key.
	pub(crate) fn check_group_signature(
		ceremony: &Ceremony<T>,
		signature: [u8; 64],
	) -> Result<[u8; 32], DispatchError> {
		let message = Self::ceremony_possession_message(ceremony)?;
		let group_key = ceremony.group_key.ok_or(Error::<T>::CeremonyNotRunning)?;
		ensure!(
			sp_io::crypto::ed25519_verify(
				&sp_core::ed25519::Signature::from_raw(signature),
				&message,
				&sp_core::ed25519::Public::from_raw(group_key),
			),
			Error::<T>::InvalidSignature
		);
		Ok(group_key)
	}

	/// The aggregate is in: check it as a plain Ed25519 signature and register
	/// the key as `register_key` would. If registration is refused (name
	/// taken, domain full, owner cannot pay), the attempt fails instead.
	fn complete(
		ceremony_id: CeremonyId,
		ceremony: Ceremony<T>,
		record: DomainOf<T>,
		actor: ActorOf<T>,
		signature: [u8; 64],
	) -> DispatchResult {
		let group_key = Self::check_group_signature(&ceremony, signature)?;
		let domain = ceremony.domain;
		let registered = frame_support::storage::with_storage_layer(|| {
			let committee: BoundedVec<PublicKey, T::MaxCommitteeSize> = ceremony
				.committee
				.iter()
				.map(|member| member.custodian)
				.collect::<Vec<_>>()
				.try_into()
				.map_err(|_| Error::<T>::CommitteeTooLarge)?;
			let key = Self::do_register_key(
				ceremony.started_by.clone(),
				domain,
				record.clone(),
				RegisterKey {
					name: ceremony.name.to_vec(),
					purpose: ceremony.purpose,
					custody: Custody::Threshold {
						threshold: ceremony.threshold,
						committee: committee.to_vec(),
					},
					custodian: None,
					policy: Some(ceremony.policy),
					metadata: ceremony.metadata.to_vec(),
					public: PublicKey::Ed25519(group_key),
					proof: KeySignature::Ed25519(signature),
				},
				Possession::ProvenByCeremony,
			)?;
			ThresholdKeys::<T>::insert(
				domain,
				key,
				ThresholdKey::<T> {
					session: session_id(ceremony_id, ceremony.attempt),
					epoch: 0,
					verifying_shares: ceremony.verifying_shares.clone(),
				},
			);
			Ok::<KeyId, DispatchError>(key)
		});
		match registered {
			Ok(_) => {
				Self::end_ceremony(ceremony_id, &ceremony);
				Ok(())
			}
			Err(_) => Self::fail_ceremony(
				ceremony_id,
				ceremony,
				record,
				actor,
				Vec::new(),
				CeremonyFault::RegistrationRefused,
			),
		}
	}

	/// Ends the attempt, naming `culprits`; messages stay until a restart so
	/// that the entry's evidence can be read.
	pub(crate) fn fail_ceremony(
		ceremony_id: CeremonyId,
		mut ceremony: Ceremony<T>,
		record: DomainOf<T>,
		actor: ActorOf<T>,
		culprits: Vec<MemberIndex>,
		fault: CeremonyFault,
	) -> DispatchResult {
		let failed_in = ceremony.phase;
		ceremony.phase = CeremonyPhase::Failed;
		let attempt = ceremony.attempt;
		let domain = ceremony.domain;
		Ceremonies::<T>::insert(ceremony_id, ceremony);
		let culprits = BoundedVec::truncate_from(culprits);
		Self::record(domain, record, |seq| Event::CeremonyFailed {
			domain,
			seq,
			actor,
			ceremony: ceremony_id,
			attempt,
			phase: failed_in,
			culprits,
			fault,
		})
	}

	/// Removes a finished or cancelled ceremony and its messages (at most
	/// four per member: bounded by `MaxCommitteeSize`).
	pub(crate) fn end_ceremony(ceremony_id: CeremonyId, ceremony: &Ceremony<T>) {
		Self::clear_messages(ceremony_id, ceremony);
		for member in &ceremony.committee {
			CustodiansInCeremony::<T>::mutate_exists(ceremony.domain, member.custodian, |count| {
				*count = count.and_then(|c| c.checked_sub(1)).filter(|c| *c > 0);
			});
		}
		ActiveCeremonies::<T>::mutate_exists(ceremony.domain, |count| {
			*count = count.and_then(|c| c.checked_sub(1)).filter(|c| *c > 0);
		});
		if let Some(key) = ceremony.kind.key() {
			KeyMaintenance::<T>::remove(ceremony.domain, key);
		}
		Ceremonies::<T>::remove(ceremony_id);
	}

	fn clear_messages(ceremony_id: CeremonyId, ceremony: &Ceremony<T>) {
		for phase in CeremonyPhase::WITH_MESSAGES {
			for member in 1..=ceremony.size() {
				CeremonyMessages::<T>::remove((ceremony_id, phase.tag(), member));
			}
		}
	}

	/// A recipient's report that a sealed share did not open or did not
	/// match; see [`Pallet::report_ceremony_fault`].
	pub fn do_report_ceremony_fault(
		ceremony_id: CeremonyId,
		member: MemberIndex,
		accused: MemberIndex,
		custodian_proof: KeySignature,
	) -> DispatchResult {
		let (ceremony, record, custodian) =
			Self::check_fault_report(ceremony_id, member, accused, &custodian_proof)?;
		Self::fail_ceremony(
			ceremony_id,
			ceremony,
			record,
			ActorOf::<T>::Custodian(custodian),
			alloc::vec![member, accused],
			CeremonyFault::Reported,
		)
	}

	/// The checks of a fault report: the ceremony has passed round 2 and not
	/// failed, both are members, and the reporter's custodian signed it.
	/// Returns the ceremony, its domain and the reporter's custodian.
	pub fn check_fault_report(
		ceremony_id: CeremonyId,
		member: MemberIndex,
		accused: MemberIndex,
		custodian_proof: &KeySignature,
	) -> Result<(Ceremony<T>, DomainOf<T>, PublicKey), DispatchError> {
		let ceremony = Ceremonies::<T>::get(ceremony_id).ok_or(Error::<T>::UnknownCeremony)?;
		let record = Self::open_domain(ceremony.domain)?;
		// A report is possible once sealed values to the reporter are on
		// chain: from `Confirm` in a DKG or refresh; in a repair, a helper's
		// deltas in round 2 and the lost member's sigmas in `Confirm`.
		let (reporters, accusable) = match (&ceremony.kind, ceremony.phase) {
			(CeremonyKind::Repair { helpers, .. }, CeremonyPhase::Round2) => {
				(helpers.to_vec(), helpers.to_vec())
			}
			(CeremonyKind::Repair { helpers, lost, .. }, CeremonyPhase::Confirm) => {
				(alloc::vec![*lost], helpers.to_vec())
			}
			(CeremonyKind::Repair { .. }, _) => (Vec::new(), Vec::new()),
			(_, CeremonyPhase::Confirm | CeremonyPhase::Prove) => {
				let everyone: Vec<MemberIndex> = (1..=ceremony.size()).collect();
				(everyone.clone(), everyone)
			}
			_ => (Vec::new(), Vec::new()),
		};
		ensure!(!reporters.is_empty(), Error::<T>::CeremonyNotRunning);
		ensure!(member != accused, Error::<T>::NotACommitteeMember);
		ensure!(
			reporters.contains(&member) && accusable.contains(&accused),
			Error::<T>::NotACommitteeMember
		);
		let custodian = ceremony
			.custodian_of(member)
			.ok_or(Error::<T>::NotACommitteeMember)?;
		let payload = signature::ceremony_fault_payload(
			&Self::genesis_hash(),
			ceremony_id,
			ceremony.attempt,
			member,
			accused,
		);
		ensure!(
			signature::verify_signature(&custodian, &payload, custodian_proof),
			Error::<T>::InvalidCustodianProof
		);
		Ok((ceremony, record, custodian))
	}

	/// Restarts a failed or stalled ceremony; see [`Pallet::restart_key_generation`].
	pub fn do_restart_key_generation(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		ceremony_id: CeremonyId,
	) -> DispatchResult {
		let mut ceremony = Ceremonies::<T>::get(ceremony_id)
			.filter(|c| c.domain == domain)
			.ok_or(Error::<T>::UnknownCeremony)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			ceremony.phase == CeremonyPhase::Failed || now > ceremony.deadline,
			Error::<T>::CeremonyInProgress
		);
		let stalled_in = ceremony.phase;
		let missing = BoundedVec::truncate_from(ceremony.missing());
		Self::clear_messages(ceremony_id, &ceremony);
		ceremony.attempt = ceremony
			.attempt
			.checked_add(1)
			.ok_or(Error::<T>::Overflow)?;
		ceremony.phase = CeremonyPhase::Round1;
		ceremony.posted = 0;
		(ceremony.group_key, ceremony.verifying_shares) = match ceremony.kind.key() {
			None => (None, BoundedVec::new()),
			// A refresh or repair starts again from the key's record as it
			// is now.
			Some(key) => {
				let baseline = Self::maintenance_baseline(domain, key)?;
				(
					Some(baseline.group_key),
					baseline.threshold_key.verifying_shares,
				)
			}
		};
		ceremony.transcript = None;
		ceremony.deadline = Self::phase_deadline()?;
		let (attempt, deadline) = (ceremony.attempt, ceremony.deadline);
		Ceremonies::<T>::insert(ceremony_id, ceremony);
		Self::record(domain, record, |seq| Event::KeyGenerationRestarted {
			domain,
			seq,
			actor,
			ceremony: ceremony_id,
			attempt,
			stalled_in,
			missing,
			deadline,
		})
	}

	/// Cancels a ceremony; see [`Pallet::cancel_key_generation`].
	pub fn do_cancel_key_generation(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		ceremony_id: CeremonyId,
	) -> DispatchResult {
		let ceremony = Ceremonies::<T>::get(ceremony_id)
			.filter(|c| c.domain == domain)
			.ok_or(Error::<T>::UnknownCeremony)?;
		let attempt = ceremony.attempt;
		Self::end_ceremony(ceremony_id, &ceremony);
		Self::record(domain, record, |seq| Event::KeyGenerationCancelled {
			domain,
			seq,
			actor,
			ceremony: ceremony_id,
			attempt,
		})
	}
}

/// `provides` tag prefix of ceremony messages.
pub const CEREMONY_TAG: &[u8] = b"KeyRegistryCeremony";
/// Pool priority of a ceremony message (between fulfilments and rotations:
/// a stalled ceremony blocks a key, a late rotation only delays one).
pub const CEREMONY_PRIORITY: u64 = 3 << 18;

impl<T: Config> Pallet<T> {
	/// Authorizes a [`Pallet::submit_ceremony_message`] transaction: valid
	/// only if [`Pallet::check_ceremony_submission`] passes. One per member,
	/// phase and attempt in the pool; lives until the phase's deadline.
	// `#[pallet::authorize]` passes each call argument by reference.
	#[allow(clippy::ptr_arg)]
	pub fn authorize_ceremony_message(
		_source: TransactionSource,
		ceremony: &CeremonyId,
		member: &MemberIndex,
		content: &Vec<u8>,
		custodian_proof: &KeySignature,
	) -> TransactionValidityWithRefund {
		ensure!(
			content.len() <= T::MaxCeremonyMessageLen::get() as usize,
			Self::invalid_transaction(Error::<T>::CeremonyMessageTooLong.into())
		);
		let (checked, _, _) =
			Self::check_ceremony_submission(*ceremony, *member, content, custodian_proof)
				.map_err(Self::invalid_transaction)?;
		let tag = (
			CEREMONY_TAG,
			ceremony,
			checked.attempt,
			checked.phase.tag(),
			member,
		);
		Self::ceremony_validity(tag.encode(), checked.deadline)
	}

	/// Authorizes a [`Pallet::report_ceremony_fault`] transaction.
	pub fn authorize_fault_report(
		_source: TransactionSource,
		ceremony: &CeremonyId,
		member: &MemberIndex,
		accused: &MemberIndex,
		custodian_proof: &KeySignature,
	) -> TransactionValidityWithRefund {
		let (checked, _, _) =
			Self::check_fault_report(*ceremony, *member, *accused, custodian_proof)
				.map_err(Self::invalid_transaction)?;
		let tag = (CEREMONY_TAG, ceremony, checked.attempt, b"fault", member);
		Self::ceremony_validity(tag.encode(), checked.deadline)
	}

	fn ceremony_validity(
		tag: Vec<u8>,
		deadline: BlockNumberFor<T>,
	) -> TransactionValidityWithRefund {
		let now = frame_system::Pallet::<T>::block_number();
		Self::authorized_validity(tag, CEREMONY_PRIORITY, deadline.saturating_sub(now))
	}
}

/// What completing a phase leads to.
enum Advance {
	Next,
	Failed(Vec<MemberIndex>, CeremonyFault),
	Complete([u8; 64]),
	Repaired,
}
