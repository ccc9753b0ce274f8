//! Share refresh and share repair of a threshold key through the chain: real
//! members (`keyreg_signer::threshold::{dkg, repair}`) post every message
//! with the calls the node's service uses; the chain judges each one.

use super::ceremonies::{
	authorized, ceremony, failure, members, prove_content, round2_content, session,
	signer_committee, stored, submit, submit_as, Member,
};
use super::threshold_signing::{
	assert_fulfilled, chosen, group_key, post_share, publish, request, session as signing_session,
	sign, threshold_key,
};
use crate::{mock::*, *};
use codec::{Decode, Encode};
use frame_support::{assert_noop, assert_ok};
use keyreg_signer::threshold::{
	dkg::KeyCeremony, public_key_package, repair, Envelope, MemberIndex as SignerIndex, Purpose,
	SealedMessage, ShareRecord,
};
use rand_core::OsRng;

fn start_refresh(domain: DomainId, key: KeyId) -> CeremonyId {
	let id = NextCeremonyId::<Test>::get();
	assert_ok!(KeyRegistry::start_share_refresh(signed(BOB), domain, key));
	id
}

fn start_repair(domain: DomainId, key: KeyId, lost: u16, helpers: Vec<u16>) -> CeremonyId {
	let id = NextCeremonyId::<Test>::get();
	assert_ok!(KeyRegistry::start_share_repair(
		signed(BOB),
		domain,
		key,
		lost,
		helpers
	));
	id
}

fn epoch(domain: DomainId, key: KeyId) -> u32 {
	ThresholdKeys::<Test>::get(domain, key).unwrap().epoch
}

fn verifying_shares(domain: DomainId, key: KeyId) -> Vec<[u8; 32]> {
	ThresholdKeys::<Test>::get(domain, key)
		.unwrap()
		.verifying_shares
		.into_inner()
}

/// Refresh round 1 for `member`: `refresh_dkg_part1` from its current share.
fn refresh_round1_content(member: &mut Member, id: CeremonyId) -> Vec<u8> {
	let c = ceremony(id);
	let (state, message) = KeyCeremony::refresh(
		session(id, c.attempt),
		signer_committee(&c),
		member.share.clone().expect("the member holds its share"),
		&mut OsRng,
	)
	.unwrap();
	member.ceremony = Some(state);
	message.package
}

/// Starts a refresh and runs it with every member up to its proof round;
/// returns the ceremony id.
fn refresh_until_prove(members: &mut [Member], domain: DomainId, key: KeyId) -> CeremonyId {
	let id = start_refresh(domain, key);
	for member in members.iter_mut() {
		let content = refresh_round1_content(member, id);
		assert_ok!(submit(member, id, content));
	}
	for member in members.iter_mut() {
		let content = round2_content(member, id);
		assert_ok!(submit(member, id, content));
	}
	for member in members.iter_mut() {
		let content = super::ceremonies::confirm_content(member, id);
		assert_ok!(submit(member, id, content));
	}
	id
}

/// Runs a refresh to the end with every member; returns the ceremony id.
fn refresh(members: &mut [Member], domain: DomainId, key: KeyId) -> CeremonyId {
	let id = refresh_until_prove(members, domain, key);
	let threshold = ceremony(id).threshold as usize;
	for member in members.iter().take(threshold) {
		let content = prove_content(member, id);
		assert_ok!(submit(member, id, content));
	}
	id
}

fn sealed_shares(messages: Vec<SealedMessage>) -> Vec<u8> {
	messages
		.into_iter()
		.map(|message| SealedShare {
			to: message.to.0,
			encapsulated: message.envelope.encapsulated,
			ciphertext: message.envelope.ciphertext.try_into().unwrap(),
		})
		.collect::<Vec<_>>()
		.encode()
}

/// The sealed values of `phase` on chain, as the members' library reads them.
fn sealed_on_chain(id: CeremonyId, phase: CeremonyPhase, purpose: Purpose) -> Vec<SealedMessage> {
	let c = ceremony(id);
	c.posters(phase)
		.into_iter()
		.flat_map(|from| {
			Vec::<SealedShare>::decode(&mut &stored(id, phase, from)[..])
				.unwrap()
				.into_iter()
				.map(move |share| SealedMessage {
					session: session(id, c.attempt),
					purpose,
					from: SignerIndex(from),
					to: SignerIndex(share.to),
					envelope: Envelope {
						encapsulated: share.encapsulated,
						ciphertext: share.ciphertext.into_inner(),
					},
				})
		})
		.collect()
}

fn repair_plan(id: CeremonyId) -> repair::RepairPlan {
	let c = ceremony(id);
	let CeremonyKind::Repair { lost, helpers, .. } = c.kind else {
		panic!("not a repair");
	};
	repair::RepairPlan {
		session: session(id, c.attempt),
		helpers: helpers.into_iter().map(SignerIndex).collect(),
		lost: SignerIndex(lost),
	}
}

/// Round 1 of a repair: every helper seals its deltas.
fn repair_round1(members: &[Member], id: CeremonyId) {
	let plan = repair_plan(id);
	for helper in &plan.helpers {
		let member = &members[usize::from(helper.0 - 1)];
		let deltas = repair::helper_deltas(
			&plan,
			&signer_committee(&ceremony(id)),
			member.share.as_ref().unwrap(),
			&member.agreement,
			&mut OsRng,
		)
		.unwrap();
		assert_ok!(submit(member, id, sealed_shares(deltas)));
	}
}

/// Rounds 1 and 2 of a repair by its helpers.
fn repair_rounds(members: &[Member], id: CeremonyId) {
	repair_round1(members, id);
	let plan = repair_plan(id);
	let deltas = sealed_on_chain(id, CeremonyPhase::Round1, Purpose::RepairDelta);
	for helper in &plan.helpers {
		let member = &members[usize::from(helper.0 - 1)];
		let sigma = repair::helper_sigma(
			&plan,
			&signer_committee(&ceremony(id)),
			*helper,
			&member.agreement,
			&deltas,
			&mut OsRng,
		)
		.unwrap();
		assert_ok!(submit(member, id, sealed_shares(vec![sigma])));
	}
}

/// The lost member rebuilds its share from the sigmas on chain and the
/// committee's public record, as a node whose share file is gone does.
fn recover(member: &Member, id: CeremonyId, domain: DomainId, key: KeyId) -> ShareRecord {
	let c = ceremony(id);
	let record = ThresholdKeys::<Test>::get(domain, key).unwrap();
	let public = public_key_package(
		&group_key(domain, key),
		&record.verifying_shares,
		c.threshold,
	)
	.unwrap();
	repair::recover(
		&repair_plan(id),
		&signer_committee(&c),
		&member.agreement,
		public,
		(record.session, record.epoch),
		&sealed_on_chain(id, CeremonyPhase::Round2, Purpose::RepairSigma),
	)
	.unwrap()
}

/// The repaired member's proof: its share signs the repair payload.
fn repair_proof(share: &ShareRecord, id: CeremonyId, domain: DomainId, key: KeyId) -> Vec<u8> {
	let c = ceremony(id);
	let payload = signature::share_repair_payload(
		&KeyRegistry::genesis_hash(),
		domain,
		key,
		id,
		c.attempt,
		share.member.0,
		&c.transcript.unwrap(),
	);
	share
		.sign_with_share(&payload, &mut OsRng)
		.unwrap()
		.to_vec()
}

#[test]
fn a_refresh_changes_every_share_but_not_the_group_key() {
	build_and_execute(|| {
		let mut members = members(3);
		let (domain, key) = threshold_key(&mut members);
		let before = verifying_shares(domain, key);
		let old_shares: Vec<ShareRecord> =
			members.iter().map(|m| m.share.clone().unwrap()).collect();
		let key_before = Keys::<Test>::get(domain, key).unwrap();

		let id = refresh(&mut members, domain, key);

		assert!(Ceremonies::<Test>::get(id).is_none());
		assert!(!KeyMaintenance::<Test>::contains_key(domain, key));
		assert_eq!(epoch(domain, key), 1);
		let after = verifying_shares(domain, key);
		for (i, member) in members.iter().enumerate() {
			let share = member.share.as_ref().unwrap();
			assert_eq!(share.epoch, 1);
			// Each member's share changed, and the chain derived its new
			// verifying share from the public commitments alone.
			assert_ne!(after[i], before[i]);
			assert_eq!(share.verifying_share(share.member).unwrap(), after[i]);
			assert_eq!(share.group_key().unwrap(), group_key(domain, key));
			assert_ne!(
				old_shares[i].verifying_share(share.member).unwrap(),
				after[i]
			);
		}
		// The key itself did not move: same version, same public key.
		let key_after = Keys::<Test>::get(domain, key).unwrap();
		assert_eq!(key_after.current_version, key_before.current_version);
		match last_event() {
			Event::SharesRefreshed {
				key: k,
				ceremony,
				epoch: 1,
				verifying_shares,
				actor: Actor::Custodian(_),
				..
			} => {
				assert_eq!((k, ceremony), (key, id));
				assert_eq!(verifying_shares.into_inner(), after);
			}
			other => panic!("expected SharesRefreshed, got {other:?}"),
		}

		// The new shares sign; the request is served at epoch 1.
		for member in &members {
			publish(member, domain, key, 1, 2);
		}
		let request_id = request(domain, key, b"after the refresh");
		assert_eq!(signing_session(domain, key, request_id).epoch, 1);
		for member in &members[..2] {
			let share = sign(member, domain, key, request_id).unwrap();
			assert_ok!(post_share(member, domain, key, request_id, 0, share));
		}
		assert_fulfilled(domain, key, request_id, b"after the refresh");

		// A second refresh moves on to epoch 2.
		refresh(&mut members, domain, key);
		assert_eq!(epoch(domain, key), 2);
	});
}

#[test]
fn a_share_of_the_old_epoch_is_refused_and_nobody_is_blamed() {
	build_and_execute(|| {
		let mut members = members(3);
		let (domain, key) = threshold_key(&mut members);
		for member in &members {
			publish(member, domain, key, 1, 2);
		}
		let request_id = request(domain, key, b"across a refresh");
		let opened = signing_session(domain, key, request_id);
		assert_eq!(opened.epoch, 0);
		// Signed with the old shares before the refresh, posted after it.
		let late: Vec<[u8; 32]> = members[..2]
			.iter()
			.map(|m| sign(m, domain, key, request_id).unwrap())
			.collect();
		refresh(&mut members, domain, key);
		assert_noop!(
			post_share(&members[0], domain, key, request_id, 0, late[0]),
			Error::<Test>::SigningEpochEnded
		);
		// Members republish: their nonces went with their old signers.
		for member in &members {
			publish(member, domain, key, 2, 2);
		}
		run_to_block(opened.deadline);
		let next = match last_event() {
			Event::SigningAttemptEnded {
				fault: SigningFault::Timeout,
				culprits,
				next,
				..
			} => {
				assert!(culprits.is_empty(), "nobody is to blame: {culprits:?}");
				next
			}
			other => panic!("expected SigningAttemptEnded, got {other:?}"),
		};
		// The next attempt is signed at the new epoch.
		assert_eq!((next.attempt, next.epoch), (1, 1));
		let signers = chosen(&next);
		assert_eq!(signers.len(), 2);
		for index in signers {
			let member = &members[usize::from(index - 1)];
			let share = sign(member, domain, key, request_id).unwrap();
			assert_ok!(post_share(member, domain, key, request_id, 1, share));
		}
		assert_fulfilled(domain, key, request_id, b"across a refresh");
	});
}

#[test]
fn a_lost_share_is_rebuilt_by_threshold_helpers_and_proven_on_chain() {
	build_and_execute(|| {
		let mut members = members(3);
		let (domain, key) = threshold_key(&mut members);
		// Member 3 loses its share (its key-agreement key survives).
		let original = members[2].share.take().unwrap();
		members[2].crash();
		let before = verifying_shares(domain, key);

		let id = start_repair(domain, key, 3, vec![2, 1]);
		assert!(matches!(
			last_event(),
			Event::ShareRepairStarted { lost: 3, ref helpers, .. } if helpers.to_vec() == vec![1, 2]
		));
		// Only the helpers post in rounds 1 and 2.
		assert_noop!(
			submit(&members[2], id, vec![0u8; 4]),
			Error::<Test>::NotACommitteeMember
		);
		repair_rounds(&members, id);
		assert_eq!(ceremony(id).phase, CeremonyPhase::Confirm);
		assert_eq!(ceremony(id).expected(), vec![3]);

		let recovered = recover(&members[2], id, domain, key);
		assert_eq!(recovered.to_bytes().unwrap(), original.to_bytes().unwrap());
		let proof = repair_proof(&recovered, id, domain, key);
		assert_ok!(submit(&members[2], id, proof));
		assert!(Ceremonies::<Test>::get(id).is_none());
		assert!(matches!(
			last_event(),
			Event::ShareRepaired {
				member: 3,
				epoch: 0,
				..
			}
		));
		// Nothing public changed.
		assert_eq!(verifying_shares(domain, key), before);
		assert_eq!(epoch(domain, key), 0);

		// The repaired member signs with member 1 while member 2 is away.
		members[2].share = Some(recovered.clone());
		members[2].signer = Some(keyreg_signer::threshold::signing::SigningMember::new(
			recovered,
			std::sync::Arc::new(
				keyreg_signer::threshold::signing::SessionJournal::open(
					&members[2].journal.path().join("repaired"),
				)
				.unwrap(),
			),
		));
		publish(&members[0], domain, key, 1, 2);
		publish(&members[2], domain, key, 1, 2);
		let request_id = request(domain, key, b"after the repair");
		for index in [0usize, 2] {
			let share = sign(&members[index], domain, key, request_id).unwrap();
			assert_ok!(post_share(
				&members[index],
				domain,
				key,
				request_id,
				0,
				share
			));
		}
		assert_fulfilled(domain, key, request_id, b"after the repair");
	});
}

#[test]
fn a_repair_proof_by_another_share_names_the_member_that_posted_it() {
	build_and_execute(|| {
		let mut members = members(3);
		let (domain, key) = threshold_key(&mut members);
		let id = start_repair(domain, key, 3, vec![1, 2]);
		repair_rounds(&members, id);
		// Member 3 "proves" with member 1's share (a copied share file).
		let mut forged = members[0].share.clone().unwrap();
		forged.member = SignerIndex(3);
		let proof = repair_proof(&forged, id, domain, key);
		assert_ok!(submit(&members[2], id, proof));
		assert_eq!(failure(), (vec![3], CeremonyFault::InvalidRepairProof));
		// A restart starts the repair over; a cancel ends it.
		assert_ok!(KeyRegistry::restart_key_generation(signed(BOB), domain, id));
		assert_eq!(ceremony(id).phase, CeremonyPhase::Round1);
		assert_ok!(KeyRegistry::cancel_key_generation(signed(BOB), domain, id));
		assert!(!KeyMaintenance::<Test>::contains_key(domain, key));
	});
}

#[test]
fn repair_messages_go_only_to_the_helpers_and_the_lost_member() {
	build_and_execute(|| {
		let mut members = members(3);
		let (domain, key) = threshold_key(&mut members);
		let id = start_repair(domain, key, 3, vec![1, 2]);
		let plan = repair_plan(id);
		let c = ceremony(id);
		let deltas = repair::helper_deltas(
			&plan,
			&signer_committee(&c),
			members[0].share.as_ref().unwrap(),
			&members[0].agreement,
			&mut OsRng,
		)
		.unwrap();
		// Helper 1 seals one of its deltas to the lost member instead.
		let mut misdirected = deltas.clone();
		misdirected[1].to = SignerIndex(3);
		assert_ok!(submit(&members[0], id, sealed_shares(misdirected)));
		assert_eq!(failure(), (vec![1], CeremonyFault::MalformedSealedShares));

		// In round 2, a helper reports a delta that does not open; the lost
		// member cannot report yet (nothing was sealed to it).
		assert_ok!(KeyRegistry::restart_key_generation(signed(BOB), domain, id));
		repair_round1(&members, id);
		let c = ceremony(id);
		assert_eq!(c.phase, CeremonyPhase::Round2);
		let report = |reporter: &Member, accused: u16| {
			let payload = signature::ceremony_fault_payload(
				&KeyRegistry::genesis_hash(),
				id,
				c.attempt,
				reporter.index,
				accused,
			);
			KeyRegistry::report_ceremony_fault(
				authorized(),
				id,
				reporter.index,
				accused,
				reporter.custodian.sign(&payload),
			)
		};
		assert_noop!(report(&members[2], 1), Error::<Test>::NotACommitteeMember);
		assert_ok!(report(&members[1], 1));
		assert_eq!(failure(), (vec![2, 1], CeremonyFault::Reported));
	});
}

#[test]
fn refresh_and_repair_are_checked_before_they_start() {
	build_and_execute(|| {
		let mut members = members(3);
		let (domain, key) = threshold_key(&mut members);
		let plain = register(domain, b"plain", &TestKey::ed25519(7));
		assert_noop!(
			KeyRegistry::start_share_refresh(signed(BOB), domain, plain),
			Error::<Test>::NotAThresholdKey
		);
		assert_noop!(
			KeyRegistry::start_share_refresh(signed(BOB), domain, 99),
			Error::<Test>::UnknownKey
		);
		assert_noop!(
			KeyRegistry::start_share_refresh(signed(CHARLIE), domain, key),
			Error::<Test>::MissingRole
		);
		for (lost, helpers) in [
			(3, vec![1]),       // fewer than the threshold
			(3, vec![1, 1]),    // one helper named twice
			(3, vec![1, 3]),    // the lost member helping itself
			(3, vec![1, 2, 4]), // an outsider
			(4, vec![1, 2]),    // not a member
			(0, vec![1, 2]),
		] {
			assert_noop!(
				KeyRegistry::start_share_repair(signed(BOB), domain, key, lost, helpers),
				Error::<Test>::InvalidRepairHelpers
			);
		}
		let id = start_repair(domain, key, 3, vec![2, 1]);
		// One refresh or repair per key at a time.
		assert_noop!(
			KeyRegistry::start_share_refresh(signed(BOB), domain, key),
			Error::<Test>::KeyMaintenanceInProgress
		);
		assert_noop!(
			KeyRegistry::start_share_repair(signed(BOB), domain, key, 1, vec![2, 3]),
			Error::<Test>::KeyMaintenanceInProgress
		);
		assert_ok!(KeyRegistry::cancel_key_generation(signed(BOB), domain, id));
		start_refresh(domain, key);

		// A threshold key rotates by refresh, never by `rotate_key`.
		let new = TestKey::ed25519(9);
		assert_noop!(
			try_rotate(domain, key, b"treasury", &TestKey::ed25519(8), &new),
			Error::<Test>::ThresholdKeyRotatesByRefresh
		);
	});
}

#[test]
fn a_refresh_round1_package_of_the_wrong_degree_names_its_sender() {
	build_and_execute(|| {
		let mut members = members(3);
		let (domain, key) = threshold_key(&mut members);
		let id = start_refresh(domain, key);
		let content = refresh_round1_content(&mut members[0], id);
		assert_ok!(submit(&members[0], id, content));
		// Member 2 posts a DKG package (t coefficients: it would move the
		// group key) instead of a refresh package.
		let c = ceremony(id);
		let (_, dkg) = KeyCeremony::generate(
			session(id, c.attempt),
			signer_committee(&c),
			SignerIndex(2),
			&mut OsRng,
		)
		.unwrap();
		assert_ok!(submit(&members[1], id, dkg.package));
		assert_eq!(failure(), (vec![2], CeremonyFault::MalformedRound1Package));
		assert_eq!(epoch(domain, key), 0);
		// The restart starts again from the key's record, which the failed
		// attempt never touched.
		assert_ok!(KeyRegistry::restart_key_generation(signed(BOB), domain, id));
		let c = ceremony(id);
		assert_eq!((c.phase, c.attempt), (CeremonyPhase::Round1, 1));
		assert_eq!(
			c.verifying_shares.into_inner(),
			verifying_shares(domain, key)
		);
		assert_eq!(c.group_key, Some(group_key(domain, key)));
	});
}

#[test]
fn a_refresh_of_a_key_revoked_meanwhile_changes_nothing() {
	build_and_execute(|| {
		let mut members = members(3);
		let (domain, key) = threshold_key(&mut members);
		let id = refresh_until_prove(&mut members, domain, key);
		let before = verifying_shares(domain, key);
		assert_ok!(KeyRegistry::revoke_key(
			signed(BOB),
			domain,
			key,
			RevocationReason::Compromised,
			frame_system::Pallet::<Test>::block_number()
		));
		// The proof still aggregates; the chain refuses to move a revoked key.
		let content = prove_content(&members[0], id);
		assert_ok!(submit(&members[0], id, content));
		let content = prove_content(&members[1], id);
		assert_ok!(submit(&members[1], id, content));
		assert_eq!(failure(), (vec![], CeremonyFault::KeyUnavailable));
		assert_eq!(verifying_shares(domain, key), before);
		assert_eq!(epoch(domain, key), 0);
		// Nor can a new one start.
		assert_ok!(KeyRegistry::cancel_key_generation(signed(BOB), domain, id));
		assert_noop!(
			KeyRegistry::start_share_refresh(signed(BOB), domain, key),
			Error::<Test>::KeyRevoked
		);
	});
}

#[test]
fn a_stranger_cannot_post_in_a_refresh_with_a_members_index() {
	build_and_execute(|| {
		let mut members = members(3);
		let (domain, key) = threshold_key(&mut members);
		let id = start_refresh(domain, key);
		let content = refresh_round1_content(&mut members[0], id);
		let stranger = TestKey::ed25519(77);
		assert_noop!(
			submit_as(&stranger, id, 1, content),
			Error::<Test>::InvalidCustodianProof
		);
	});
}
