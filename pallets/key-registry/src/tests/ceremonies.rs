//! Threshold key generation through the chain: real committee members (the
//! node's FROST signer, `keyreg_signer::threshold`) post every message with
//! the calls their off-chain workers use, and the chain judges each one.

use crate::{mock::*, *};
use codec::{Decode, Encode};
use frame_support::{
	assert_noop, assert_ok,
	pallet_prelude::{InvalidTransaction, TransactionSource, TransactionValidityError},
	traits::Authorize,
};
use frame_system::RawOrigin;
use keyreg_signer::threshold::{
	dkg::{KeyCeremony, Round1Message},
	signing::{NonceCommitment, SessionJournal, SigningMember},
	AgreementSecret, Committee, Envelope, MemberIndex as SignerIndex, Purpose, SealedMessage,
	ShareRecord,
};
use rand_core::OsRng;
use std::sync::Arc;

pub(super) fn authorized() -> RuntimeOrigin {
	RawOrigin::Authorized.into()
}

/// One committee member: its custodian key (in the node's keystore), its
/// key-agreement key, and whatever it holds of the ceremony in memory.
pub(super) struct Member {
	pub(super) index: u16,
	pub(super) custodian: TestKey,
	pub(super) agreement: AgreementSecret,
	pub(super) ceremony: Option<KeyCeremony>,
	pub(super) share: Option<ShareRecord>,
	pub(super) signer: Option<SigningMember>,
	pub(super) journal: tempfile::TempDir,
}

impl Member {
	pub(super) fn new(index: u16) -> Self {
		Self {
			index,
			custodian: TestKey::ed25519(100 + index as u8),
			agreement: AgreementSecret::generate(&mut OsRng),
			ceremony: None,
			share: None,
			signer: None,
			journal: tempfile::tempdir().unwrap(),
		}
	}

	pub(super) fn public(&self) -> PublicKey {
		self.custodian.public()
	}

	/// "Restarts" the member's process: everything in memory is gone.
	pub(super) fn crash(&mut self) {
		self.ceremony = None;
		self.signer = None;
	}
}

pub(super) fn members(n: u16) -> Vec<Member> {
	(1..=n).map(Member::new).collect()
}

pub(super) fn register_agreement(
	domain: DomainId,
	member: &Member,
) -> frame_support::dispatch::DispatchResult {
	let agreement = member.agreement.public().0;
	let payload = signature::agreement_key_payload(
		&KeyRegistry::genesis_hash(),
		domain,
		&member.public(),
		&agreement,
	);
	KeyRegistry::register_agreement_key(
		signed(BOB),
		domain,
		member.public(),
		agreement,
		member.custodian.sign(&payload),
	)
}

/// A domain where every member has registered its key-agreement key.
pub(super) fn committee_domain(members: &[Member]) -> DomainId {
	let domain = setup_domain();
	for member in members {
		assert_ok!(register_agreement(domain, member));
	}
	domain
}

pub(super) fn start(domain: DomainId, threshold: u16, members: &[Member]) -> CeremonyId {
	let id = NextCeremonyId::<Test>::get();
	assert_ok!(KeyRegistry::start_key_generation(
		signed(BOB),
		domain,
		b"treasury".to_vec(),
		KeyPurpose::Signing,
		threshold,
		members.iter().map(Member::public).collect(),
		None,
		vec![],
	));
	id
}

pub(super) fn ceremony(id: CeremonyId) -> Ceremony<Test> {
	Ceremonies::<Test>::get(id).expect("the ceremony exists")
}

/// The session id the members use for an attempt (binds their sealed shares).
pub(super) fn session(id: CeremonyId, attempt: u32) -> [u8; 32] {
	ceremonies::session_id(id, attempt)
}

/// The member's custodian-signed submission of `content` in the current phase.
pub(super) fn submit_as(
	signer: &TestKey,
	id: CeremonyId,
	member: u16,
	content: Vec<u8>,
) -> frame_support::dispatch::DispatchResult {
	let c = ceremony(id);
	let payload = signature::ceremony_message_payload(
		&KeyRegistry::genesis_hash(),
		id,
		c.attempt,
		c.phase.tag(),
		member,
		&content,
	);
	KeyRegistry::submit_ceremony_message(authorized(), id, member, content, signer.sign(&payload))
}

pub(super) fn submit(
	member: &Member,
	id: CeremonyId,
	content: Vec<u8>,
) -> frame_support::dispatch::DispatchResult {
	submit_as(&member.custodian, id, member.index, content)
}

pub(super) fn stored(id: CeremonyId, phase: CeremonyPhase, member: u16) -> Vec<u8> {
	CeremonyMessages::<Test>::get((id, phase.tag(), member))
		.unwrap()
		.into_inner()
}

pub(super) fn signer_committee(c: &Ceremony<Test>) -> Committee {
	Committee::new(
		c.threshold,
		c.committee
			.iter()
			.map(|m| keyreg_signer::threshold::AgreementPublic(m.agreement))
			.collect(),
	)
	.unwrap()
}

/// Round 1 for `member`: a fresh ceremony in memory, its package on chain.
fn round1_content(member: &mut Member, id: CeremonyId) -> Vec<u8> {
	let c = ceremony(id);
	let (state, message) = KeyCeremony::generate(
		session(id, c.attempt),
		signer_committee(&c),
		SignerIndex(member.index),
		&mut OsRng,
	)
	.unwrap();
	member.ceremony = Some(state);
	message.package
}

/// Round 2 for `member`: checks everyone's round-1 package as read from the
/// chain and seals its shares.
pub(super) fn round2_content(member: &mut Member, id: CeremonyId) -> Vec<u8> {
	let c = ceremony(id);
	let round1: Vec<Round1Message> = (1..=c.size())
		.map(|i| Round1Message {
			session: session(id, c.attempt),
			from: SignerIndex(i),
			package: stored(id, CeremonyPhase::Round1, i),
		})
		.collect();
	let sealed = member
		.ceremony
		.as_mut()
		.expect("the member is in round 2")
		.round2(&round1, &member.agreement, &mut OsRng)
		.unwrap();
	sealed
		.into_iter()
		.map(|message| SealedShare {
			to: message.to.0,
			encapsulated: message.envelope.encapsulated,
			ciphertext: message.envelope.ciphertext.try_into().unwrap(),
		})
		.collect::<Vec<_>>()
		.encode()
}

/// Confirm for `member`: opens the shares sealed to it, derives its share,
/// the group key and the transcript, and commits to a nonce.
pub(super) fn confirm_content(member: &mut Member, id: CeremonyId) -> Vec<u8> {
	let c = ceremony(id);
	let mut sealed = Vec::new();
	for from in 1..=c.size() {
		let shares =
			Vec::<SealedShare>::decode(&mut &stored(id, CeremonyPhase::Round2, from)[..]).unwrap();
		for share in shares {
			sealed.push(SealedMessage {
				session: session(id, c.attempt),
				purpose: match c.kind {
					CeremonyKind::Refresh { .. } => Purpose::RefreshShare,
					_ => Purpose::DkgShare,
				},
				from: SignerIndex(from),
				to: SignerIndex(share.to),
				envelope: Envelope {
					encapsulated: share.encapsulated,
					ciphertext: share.ciphertext.into_inner(),
				},
			});
		}
	}
	let share = member
		.ceremony
		.as_mut()
		.unwrap()
		.finish(&sealed, &member.agreement)
		.unwrap();
	let mut messages = Vec::new();
	for phase in [CeremonyPhase::Round1, CeremonyPhase::Round2] {
		for i in 1..=c.size() {
			messages.push(stored(id, phase, i));
		}
	}
	let transcript = ceremonies::transcript_digest(id, c.attempt, &messages);
	let journal = SessionJournal::open(&member.journal.path().join("journal")).unwrap();
	let signer = SigningMember::new(share.clone(), Arc::new(journal));
	let commitment = signer
		.commit_batch(1, &mut OsRng)
		.unwrap()
		.remove(0)
		.commitment;
	let content = Confirmation {
		group_key: share.group_key().unwrap(),
		transcript,
		commitment: commitment.try_into().unwrap(),
	}
	.encode();
	member.share = Some(share);
	member.signer = Some(signer);
	content
}

/// Prove for `member`: its signature share of the possession proof.
pub(super) fn prove_content(member: &Member, id: CeremonyId) -> Vec<u8> {
	let c = ceremony(id);
	let message = KeyRegistry::ceremony_possession_message(&c).unwrap();
	let commitments: Vec<NonceCommitment> = (1..=c.threshold)
		.map(|i| NonceCommitment {
			member: SignerIndex(i),
			commitment: Confirmation::decode(&mut &stored(id, CeremonyPhase::Confirm, i)[..])
				.unwrap()
				.commitment
				.into_inner(),
		})
		.collect();
	member
		.signer
		.as_ref()
		.expect("the member holds its nonce")
		.sign(&session(id, c.attempt), &message, &commitments)
		.unwrap()
		.share
}

fn run_round1(members: &mut [Member], id: CeremonyId) {
	for member in members.iter_mut() {
		let content = round1_content(member, id);
		assert_ok!(submit(member, id, content));
	}
}

pub(super) fn run_round2(members: &mut [Member], id: CeremonyId) {
	for member in members.iter_mut() {
		let content = round2_content(member, id);
		assert_ok!(submit(member, id, content));
	}
}

pub(super) fn run_confirm(members: &mut [Member], id: CeremonyId) {
	for member in members.iter_mut() {
		let content = confirm_content(member, id);
		assert_ok!(submit(member, id, content));
	}
}

pub(super) fn run_prove(members: &[Member], id: CeremonyId) {
	let threshold = ceremony(id).threshold;
	for member in members.iter().take(threshold as usize) {
		let content = prove_content(member, id);
		assert_ok!(submit(member, id, content));
	}
}

/// A whole DKG; returns the registered key's id.
pub(super) fn generate(
	members: &mut [Member],
	domain: DomainId,
	threshold: u16,
) -> (CeremonyId, KeyId) {
	let id = start(domain, threshold, members);
	run_round1(members, id);
	run_round2(members, id);
	run_confirm(members, id);
	run_prove(members, id);
	let key = KeyNames::<Test>::get(
		domain,
		BoundedVec::<u8, _>::truncate_from(b"treasury".to_vec()),
	)
	.expect("the key is registered");
	(id, key)
}

pub(super) fn failure() -> (Vec<u16>, CeremonyFault) {
	match last_event() {
		Event::CeremonyFailed {
			culprits, fault, ..
		} => (culprits.into_inner(), fault),
		other => panic!("expected CeremonyFailed, got {other:?}"),
	}
}

#[test]
fn a_committee_generates_a_key_that_the_chain_registers_as_plain_ed25519() {
	build_and_execute(|| {
		let mut members = members(3);
		let domain = committee_domain(&members);
		let id = start(domain, 2, &members);
		assert_eq!(ceremony(id).phase, CeremonyPhase::Round1);
		run_round1(&mut members, id);
		// Round 1 complete: the chain derived the group key and every
		// member's verifying share from the public commitments alone.
		let c = ceremony(id);
		assert_eq!(c.phase, CeremonyPhase::Round2);
		let group_key = c.group_key.unwrap();
		run_round2(&mut members, id);
		assert_eq!(ceremony(id).phase, CeremonyPhase::Confirm);
		run_confirm(&mut members, id);
		for member in &members {
			assert_eq!(
				member.share.as_ref().unwrap().group_key().unwrap(),
				group_key
			);
		}
		assert_eq!(ceremony(id).phase, CeremonyPhase::Prove);
		// Member 3 is not among the signers of the possession proof.
		assert_noop!(
			submit(&members[2], id, vec![0; 32]),
			Error::<Test>::NotACommitteeMember
		);
		run_prove(&members, id);

		// Registered like any key: version 0 is the group key, custody names
		// the committee, no single custodian.
		let key = KeyNames::<Test>::get(
			domain,
			BoundedVec::<u8, _>::truncate_from(b"treasury".to_vec()),
		)
		.unwrap();
		let record = Keys::<Test>::get(domain, key).unwrap();
		assert_eq!(
			record.custody,
			Custody::Threshold {
				threshold: 2,
				committee: members
					.iter()
					.map(Member::public)
					.collect::<Vec<_>>()
					.try_into()
					.unwrap()
			}
		);
		assert_eq!(record.custodian, None);
		assert_eq!(
			Versions::<Test>::get((domain, key, 0)).unwrap().public,
			PublicKey::Ed25519(group_key)
		);
		let shares = ThresholdKeys::<Test>::get(domain, key)
			.unwrap()
			.verifying_shares;
		for member in &members {
			let share = member.share.as_ref().unwrap();
			assert_eq!(
				shares[member.index as usize - 1],
				share.verifying_share(SignerIndex(member.index)).unwrap()
			);
		}
		assert!(
			matches!(last_event(), Event::KeyRegistered { key: k, actor: Actor::Account(BOB), .. } if k == key)
		);
		// The ceremony and its messages are gone; members may change keys again.
		assert!(Ceremonies::<Test>::get(id).is_none());
		assert_eq!(CeremonyMessages::<Test>::iter().count(), 0);
		assert_eq!(ActiveCeremonies::<Test>::get(domain), 0);
		assert_eq!(CustodiansInCeremony::<Test>::iter().count(), 0);

		// Every call was one audit entry: 3 agreement keys, the start, 3 + 3 +
		// 3 messages, 1 share, and the registration by the last share.
		let ceremony_entries = registry_events()
			.into_iter()
			.filter(|e| matches!(e, Event::CeremonyMessagePosted { .. }))
			.count();
		assert_eq!(ceremony_entries, 3 + 3 + 3 + 1);

		// The committee signs with the registered key: a 2-of-3 signature
		// verifies on chain with the plain Ed25519 check.
		let message = b"pay 10 to carol";
		let signers: Vec<&SigningMember> = [&members[1], &members[2]]
			.iter()
			.map(|m| m.signer.as_ref().unwrap())
			.collect();
		let commitments: Vec<NonceCommitment> = signers
			.iter()
			.map(|s| s.commit_batch(1, &mut OsRng).unwrap().remove(0))
			.collect();
		let out: Vec<_> = signers
			.iter()
			.map(|s| s.sign(&[7; 32], message, &commitments).unwrap())
			.collect();
		let signature = keyreg_signer::threshold::signing::aggregate(
			members[1].share.as_ref().unwrap().public_key_package(),
			message,
			&commitments,
			&out,
		)
		.unwrap();
		assert!(sp_io::crypto::ed25519_verify(
			&sp_core::ed25519::Signature::from_raw(signature),
			message,
			&sp_core::ed25519::Public::from_raw(group_key)
		));
	});
}

#[test]
fn committees_are_bounded_and_a_majority_signs_unless_the_policy_says_otherwise() {
	build_and_execute(|| {
		let all = members(6);
		let domain = committee_domain(&all);
		let keys = |n: usize| all.iter().take(n).map(Member::public).collect::<Vec<_>>();
		let try_start =
			|threshold: u16, committee: Vec<PublicKey>, policy: Option<KeyPolicy<u64>>| {
				KeyRegistry::start_key_generation(
					signed(BOB),
					domain,
					b"k".to_vec(),
					KeyPurpose::Signing,
					threshold,
					committee,
					policy,
					vec![],
				)
			};
		assert_noop!(
			try_start(2, keys(1), None),
			Error::<Test>::CommitteeTooSmall
		);
		assert_noop!(try_start(1, keys(3), None), Error::<Test>::InvalidThreshold);
		assert_noop!(try_start(4, keys(3), None), Error::<Test>::InvalidThreshold);
		// 2 of 4 is not a majority: two disjoint pairs could each sign.
		assert_noop!(
			try_start(2, keys(4), None),
			Error::<Test>::MinorityThreshold
		);
		let mut minority = policy(None, 0);
		minority.allow_minority_threshold = true;
		assert_ok!(try_start(2, keys(4), Some(minority)));
		assert_noop!(
			try_start(
				2,
				vec![all[0].public(), all[1].public(), all[0].public()],
				None
			),
			Error::<Test>::DuplicateCommitteeMember
		);
		// A custodian without a key-agreement key in this domain.
		let stranger = TestKey::ed25519(99).public();
		assert_noop!(
			try_start(2, vec![all[0].public(), stranger, all[1].public()], None),
			Error::<Test>::NoAgreementKey
		);
		// Only key managers start ceremonies.
		assert_noop!(
			KeyRegistry::start_key_generation(
				signed(EVE),
				domain,
				b"x".to_vec(),
				KeyPurpose::Signing,
				2,
				keys(3),
				None,
				vec![]
			),
			Error::<Test>::MissingRole
		);
	});
}

#[test]
fn committees_larger_than_the_bound_are_refused() {
	build_and_execute(|| {
		let domain = setup_domain();
		let committee: Vec<PublicKey> = (0..9).map(|i| TestKey::ed25519(50 + i).public()).collect();
		assert_noop!(
			KeyRegistry::start_key_generation(
				signed(BOB),
				domain,
				b"k".to_vec(),
				KeyPurpose::Signing,
				5,
				committee,
				None,
				vec![]
			),
			Error::<Test>::CommitteeTooLarge
		);
	});
}

#[test]
fn key_agreement_keys_are_bound_by_their_custodian_and_frozen_during_a_ceremony() {
	build_and_execute(|| {
		let mut all = members(4);
		let domain = setup_domain();
		// A key manager cannot bind a key-agreement key the custodian did not sign.
		let agreement = all[0].agreement.public().0;
		let payload = signature::agreement_key_payload(
			&KeyRegistry::genesis_hash(),
			domain,
			&all[0].public(),
			&agreement,
		);
		assert_noop!(
			KeyRegistry::register_agreement_key(
				signed(BOB),
				domain,
				all[0].public(),
				agreement,
				all[1].custodian.sign(&payload)
			),
			Error::<Test>::InvalidAgreementProof
		);
		// A proof for another domain does not carry over.
		let other = signature::agreement_key_payload(
			&KeyRegistry::genesis_hash(),
			domain + 1,
			&all[0].public(),
			&agreement,
		);
		assert_noop!(
			KeyRegistry::register_agreement_key(
				signed(BOB),
				domain,
				all[0].public(),
				agreement,
				all[0].custodian.sign(&other)
			),
			Error::<Test>::InvalidAgreementProof
		);
		assert_noop!(
			KeyRegistry::register_agreement_key(
				signed(BOB),
				domain,
				all[0].public(),
				[0; 32],
				all[0].custodian.sign(&payload)
			),
			Error::<Test>::InvalidAgreementKey
		);
		for member in &all {
			assert_ok!(register_agreement(domain, member));
		}
		assert_noop!(
			register_agreement(domain, &all[0]),
			Error::<Test>::AgreementKeyUnchanged
		);
		assert_eq!(
			AgreementKeys::<Test>::get(domain, all[0].public()),
			Some(agreement)
		);

		// During a ceremony its members' keys are frozen; others may change.
		let id = start(domain, 2, &all[..3]);
		all[0].agreement = AgreementSecret::generate(&mut OsRng);
		assert_noop!(
			register_agreement(domain, &all[0]),
			Error::<Test>::CustodianInCeremony
		);
		all[3].agreement = AgreementSecret::generate(&mut OsRng);
		assert_ok!(register_agreement(domain, &all[3]));
		assert!(matches!(
			last_event(),
			Event::AgreementKeyRegistered {
				previous: Some(_),
				..
			}
		));
		assert_ok!(KeyRegistry::cancel_key_generation(signed(BOB), domain, id));
		assert_ok!(register_agreement(domain, &all[0]));

		// The domain's custodian directory is bounded.
		for i in 0..(MAX_CUSTODIANS_PER_DOMAIN as u16 - 4) {
			assert_ok!(register_agreement(domain, &Member::new(20 + i)));
		}
		assert_noop!(
			register_agreement(domain, &Member::new(40)),
			Error::<Test>::TooManyCustodians
		);
	});
}

#[test]
fn a_forged_proof_of_knowledge_names_its_sender_and_a_restart_completes() {
	build_and_execute(|| {
		let mut members = members(3);
		let domain = committee_domain(&members);
		let id = start(domain, 2, &members);
		let content = round1_content(&mut members[0], id);
		assert_ok!(submit(&members[0], id, content));
		let mut forged = round1_content(&mut members[1], id);
		let len = forged.len();
		forged[len - 10] ^= 1;
		// The call succeeds so that the failure stays on chain.
		assert_ok!(submit(&members[1], id, forged));
		assert_eq!(failure(), (vec![2], CeremonyFault::InvalidProofOfKnowledge));
		assert_eq!(ceremony(id).phase, CeremonyPhase::Failed);
		let content = round1_content(&mut members[2], id);
		assert_noop!(
			submit(&members[2], id, content),
			Error::<Test>::CeremonyNotRunning
		);

		// A key manager restarts; members begin afresh with attempt 1.
		assert_ok!(KeyRegistry::restart_key_generation(signed(BOB), domain, id));
		assert!(matches!(
			last_event(),
			Event::KeyGenerationRestarted {
				attempt: 1,
				stalled_in: CeremonyPhase::Failed,
				..
			}
		));
		assert_eq!(CeremonyMessages::<Test>::iter().count(), 0);
		run_round1(&mut members, id);
		run_round2(&mut members, id);
		run_confirm(&mut members, id);
		run_prove(&members, id);
		assert!(matches!(last_event(), Event::KeyRegistered { .. }));
	});
}

#[test]
fn replayed_misattributed_and_outsider_messages_are_refused() {
	build_and_execute(|| {
		let mut members = members(3);
		let domain = committee_domain(&members);
		let id = start(domain, 2, &members);
		let content = round1_content(&mut members[0], id);
		// Signed by member 2's custodian key but claiming to be member 1.
		assert_noop!(
			submit_as(&members[1].custodian, id, 1, content.clone()),
			Error::<Test>::InvalidCustodianProof
		);
		// A member index outside the committee.
		assert_noop!(
			submit_as(&members[0].custodian, id, 4, content.clone()),
			Error::<Test>::NotACommitteeMember
		);
		assert_ok!(submit(&members[0], id, content.clone()));
		assert_noop!(
			submit(&members[0], id, content.clone()),
			Error::<Test>::AlreadyPosted
		);

		// The proof binds the attempt: after a restart the old message (and
		// its proof) is refused.
		let c = ceremony(id);
		let old_proof = members[0]
			.custodian
			.sign(&signature::ceremony_message_payload(
				&KeyRegistry::genesis_hash(),
				id,
				c.attempt,
				c.phase.tag(),
				1,
				&content,
			));
		run_to_block(System::block_number() + CEREMONY_PHASE_TIMEOUT + 1);
		assert_ok!(KeyRegistry::restart_key_generation(signed(BOB), domain, id));
		assert_noop!(
			KeyRegistry::submit_ceremony_message(authorized(), id, 1, content.clone(), old_proof),
			Error::<Test>::InvalidCustodianProof
		);
		// And in the pool it is a bad proof, never included.
		let call = Call::<Test>::submit_ceremony_message {
			ceremony: id,
			member: 1,
			content,
			custodian_proof: old_proof,
		};
		assert_eq!(
			call.authorize(TransactionSource::External)
				.unwrap()
				.map(|_| ()),
			Err(TransactionValidityError::Invalid(
				InvalidTransaction::BadProof
			))
		);
		// Messages need an authorized origin: a signed account cannot post.
		assert_noop!(
			KeyRegistry::submit_ceremony_message(
				signed(BOB),
				id,
				1,
				vec![],
				members[0].custodian.sign(b"x")
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_wrong_confirmation_and_a_wrong_signature_share_name_their_sender() {
	build_and_execute(|| {
		let mut members = members(3);
		let domain = committee_domain(&members);
		let id = start(domain, 2, &members);
		run_round1(&mut members, id);
		run_round2(&mut members, id);
		let content = confirm_content(&mut members[0], id);
		assert_ok!(submit(&members[0], id, content));
		let mut confirmation =
			Confirmation::decode(&mut &confirm_content(&mut members[1], id)[..]).unwrap();
		confirmation.group_key[0] ^= 1;
		assert_ok!(submit(&members[1], id, confirmation.encode()));
		assert_eq!(failure(), (vec![2], CeremonyFault::WrongConfirmation));

		// Next attempt: member 2 signs the wrong message in the proof round.
		assert_ok!(KeyRegistry::restart_key_generation(signed(BOB), domain, id));
		run_round1(&mut members, id);
		run_round2(&mut members, id);
		run_confirm(&mut members, id);
		let content = prove_content(&members[0], id);
		assert_ok!(submit(&members[0], id, content));
		let c = ceremony(id);
		let commitments: Vec<NonceCommitment> = (1..=2)
			.map(|i| NonceCommitment {
				member: SignerIndex(i),
				commitment: Confirmation::decode(&mut &stored(id, CeremonyPhase::Confirm, i)[..])
					.unwrap()
					.commitment
					.into_inner(),
			})
			.collect();
		let wrong = members[1]
			.signer
			.as_ref()
			.unwrap()
			.sign(&session(id, c.attempt), b"something else", &commitments)
			.unwrap();
		assert_ok!(submit(&members[1], id, wrong.share));
		assert_eq!(failure(), (vec![2], CeremonyFault::InvalidSignatureShare));
		assert!(Keys::<Test>::iter_prefix(domain).next().is_none());
	});
}

#[test]
fn a_recipient_reports_a_share_it_cannot_open() {
	build_and_execute(|| {
		let mut members = members(3);
		let domain = committee_domain(&members);
		let id = start(domain, 2, &members);
		run_round1(&mut members, id);
		let report = |member: &Member, accused: u16| {
			let c = ceremony(id);
			let payload = signature::ceremony_fault_payload(
				&KeyRegistry::genesis_hash(),
				id,
				c.attempt,
				member.index,
				accused,
			);
			KeyRegistry::report_ceremony_fault(
				authorized(),
				id,
				member.index,
				accused,
				member.custodian.sign(&payload),
			)
		};
		// Nothing to report before the shares are out.
		assert_noop!(report(&members[2], 1), Error::<Test>::CeremonyNotRunning);
		// Member 1 seals garbage to member 3.
		let content = round2_content(&mut members[0], id);
		let mut shares = Vec::<SealedShare>::decode(&mut &content[..]).unwrap();
		for share in shares.iter_mut().filter(|s| s.to == 3) {
			share.ciphertext[0] ^= 1;
		}
		assert_ok!(submit(&members[0], id, shares.encode()));
		for member in members.iter_mut().skip(1) {
			let content = round2_content(member, id);
			assert_ok!(submit(member, id, content));
		}
		// Member 3's signer names member 1 ...
		let c = ceremony(id);
		let mut sealed = Vec::new();
		for from in 1..=3u16 {
			for share in
				Vec::<SealedShare>::decode(&mut &stored(id, CeremonyPhase::Round2, from)[..])
					.unwrap()
			{
				sealed.push(SealedMessage {
					session: session(id, c.attempt),
					purpose: Purpose::DkgShare,
					from: SignerIndex(from),
					to: SignerIndex(share.to),
					envelope: Envelope {
						encapsulated: share.encapsulated,
						ciphertext: share.ciphertext.into_inner(),
					},
				});
			}
		}
		let Member {
			ceremony: state,
			agreement,
			..
		} = &mut members[2];
		let error = state
			.as_mut()
			.unwrap()
			.finish(&sealed, agreement)
			.unwrap_err();
		assert!(
			matches!(error, keyreg_signer::threshold::ThresholdError::Misbehaved { ref members, .. } if members == &vec![SignerIndex(1)])
		);
		// ... and reports it; a forged report is refused.
		assert_noop!(
			KeyRegistry::report_ceremony_fault(
				authorized(),
				id,
				3,
				1,
				members[1].custodian.sign(b"not the payload")
			),
			Error::<Test>::InvalidCustodianProof
		);
		assert_noop!(report(&members[2], 3), Error::<Test>::NotACommitteeMember);
		assert_ok!(report(&members[2], 1));
		assert_eq!(failure(), (vec![3, 1], CeremonyFault::Reported));
	});
}

#[test]
fn a_member_restarted_mid_ceremony_stalls_it_and_the_retry_completes() {
	build_and_execute(|| {
		let mut members = members(3);
		let domain = committee_domain(&members);
		let id = start(domain, 2, &members);
		run_round1(&mut members, id);
		run_round2(&mut members, id);
		run_confirm(&mut members, id);
		let content = prove_content(&members[0], id);
		assert_ok!(submit(&members[0], id, content));
		// Member 2's node restarts before it signs: its nonce died with the
		// process, so it cannot answer this attempt (and never reuses a nonce).
		members[1].crash();
		assert!(members[1].signer.is_none());
		assert_noop!(
			KeyRegistry::restart_key_generation(signed(BOB), domain, id),
			Error::<Test>::CeremonyInProgress
		);
		run_to_block(ceremony(id).deadline + 1);
		assert_ok!(KeyRegistry::restart_key_generation(signed(BOB), domain, id));
		match last_event() {
			Event::KeyGenerationRestarted {
				attempt,
				stalled_in,
				missing,
				..
			} => {
				assert_eq!(
					(attempt, stalled_in, missing.into_inner()),
					(1, CeremonyPhase::Prove, vec![2])
				);
			}
			other => panic!("{other:?}"),
		}
		run_round1(&mut members, id);
		run_round2(&mut members, id);
		run_confirm(&mut members, id);
		run_prove(&members, id);
		assert!(matches!(last_event(), Event::KeyRegistered { .. }));
	});
}

#[test]
fn a_name_taken_meanwhile_fails_the_attempt_without_registering() {
	build_and_execute(|| {
		let mut members = members(3);
		let domain = committee_domain(&members);
		let id = start(domain, 2, &members);
		run_round1(&mut members, id);
		run_round2(&mut members, id);
		run_confirm(&mut members, id);
		register(domain, b"treasury", &TestKey::ed25519(1));
		let threshold = ceremony(id).threshold;
		for member in members.iter().take(threshold as usize) {
			let content = prove_content(member, id);
			assert_ok!(submit(member, id, content));
		}
		assert_eq!(failure(), (vec![], CeremonyFault::RegistrationRefused));
		assert_eq!(Keys::<Test>::iter_prefix(domain).count(), 1);
		assert!(ThresholdKeys::<Test>::iter().next().is_none());
	});
}

#[test]
fn ceremonies_per_domain_are_bounded_and_cancelling_frees_the_slot() {
	build_and_execute(|| {
		let members = members(3);
		let domain = committee_domain(&members);
		let start_named = |name: &[u8]| {
			KeyRegistry::start_key_generation(
				signed(BOB),
				domain,
				name.to_vec(),
				KeyPurpose::Signing,
				2,
				members.iter().map(Member::public).collect(),
				None,
				vec![],
			)
		};
		assert_ok!(start_named(b"a"));
		assert_ok!(start_named(b"b"));
		assert_noop!(start_named(b"c"), Error::<Test>::TooManyCeremonies);
		assert_noop!(
			KeyRegistry::cancel_key_generation(signed(EVE), domain, 0),
			Error::<Test>::MissingRole
		);
		assert_noop!(
			KeyRegistry::cancel_key_generation(signed(BOB), domain + 1, 0),
			Error::<Test>::UnknownDomain
		);
		assert_ok!(KeyRegistry::cancel_key_generation(signed(BOB), domain, 0));
		assert!(matches!(
			last_event(),
			Event::KeyGenerationCancelled { ceremony: 0, .. }
		));
		assert_ok!(start_named(b"c"));
	});
}

#[test]
fn the_generated_key_is_audited_entry_by_entry_with_its_messages() {
	build_and_execute(|| {
		let mut members = members(3);
		let domain = committee_domain(&members);
		let (id, _) = generate(&mut members, domain, 2);
		// Each round-1 entry carries the package itself: the group key can be
		// recomputed from the audit log alone.
		let packages: Vec<Vec<u8>> = registry_events()
			.into_iter()
			.filter_map(|e| match e {
				Event::CeremonyMessagePosted {
					ceremony,
					phase: CeremonyPhase::Round1,
					content,
					..
				} if ceremony == id => Some(content.into_inner()),
				_ => None,
			})
			.collect();
		assert_eq!(packages.len(), 3);
		let round1: Vec<_> = packages
			.iter()
			.enumerate()
			.map(|(i, p)| {
				(
					frost_ed25519::Identifier::try_from(i as u16 + 1).unwrap(),
					frost_ed25519::keys::dkg::round1::Package::deserialize(p).unwrap(),
				)
			})
			.collect();
		let commitments = round1.iter().map(|(id, p)| (*id, p.commitment())).collect();
		let public =
			frost_ed25519::keys::PublicKeyPackage::from_dkg_commitments(&commitments).unwrap();
		let group_key: [u8; 32] = public
			.verifying_key()
			.serialize()
			.unwrap()
			.try_into()
			.unwrap();
		assert_eq!(
			members[0].share.as_ref().unwrap().group_key().unwrap(),
			group_key
		);
	});
}

#[test]
fn committees_seat_only_ed25519_custodian_keys() {
	build_and_execute(|| {
		let mut committee = members(3);
		// Member 3's custodian key is sr25519: its share vault could not be
		// sealed (the sealing key is a deterministic Ed25519 signature).
		committee[2].custodian = TestKey::sr25519(103);
		let domain = committee_domain(&committee);
		assert_noop!(
			KeyRegistry::start_key_generation(
				signed(BOB),
				domain,
				b"treasury".to_vec(),
				KeyPurpose::Signing,
				2,
				committee.iter().map(Member::public).collect(),
				None,
				vec![],
			),
			Error::<Test>::CommitteeMemberNotEd25519
		);
	});
}
