//! Distributed key generation and refresh: the group key, and every way a
//! member can cheat or be late.

use super::*;
use keyreg_signer::threshold::{Purpose, ThresholdError};

fn misbehaved(error: ThresholdError) -> Vec<MemberIndex> {
	match error {
		ThresholdError::Misbehaved { members, .. } => members,
		other => panic!("expected a named cheater, got {other}"),
	}
}

#[test]
fn a_dkg_gives_every_member_a_share_of_one_plain_ed25519_key() {
	let members = Members::new(2, 3);
	let shares = members.dkg(session(1));
	let group_key = shares[0].group_key().unwrap();
	for share in &shares {
		assert_eq!(share.group_key().unwrap(), group_key);
		assert_eq!(share.epoch, 0);
		assert_eq!(share.session, session(1));
		assert_eq!(share.threshold(), 2);
	}
	let dir = tempfile::tempdir().unwrap();
	let signers = signers(&shares, dir.path());
	// Any two of the three sign; the result is an ordinary Ed25519 signature.
	for (id, pair) in [[0, 1], [1, 2], [0, 2]].into_iter().enumerate() {
		let (_, _, signature) = sign_with(
			&[&signers[pair[0]], &signers[pair[1]]],
			session(10 + id as u8),
			b"m",
		);
		assert!(verifies(group_key, b"m", signature));
		assert!(!verifies(group_key, b"other message", signature));
	}
	// Two DKGs of the same committee give unrelated keys.
	assert_ne!(members.dkg(session(2))[0].group_key().unwrap(), group_key);
}

#[test]
fn a_forged_proof_of_knowledge_names_its_sender() {
	let members = Members::new(2, 3);
	let (mut ceremonies, mut round1) = members.start_dkg(session(1));
	// Member 2's proof of knowledge (the Schnorr signature at the end of its
	// package) is altered: its response scalar no longer matches.
	let len = round1[1].package.len();
	round1[1].package[len - 10] ^= 1;
	let error = ceremonies[0]
		.round2(&round1, members.secret(MemberIndex(1)), &mut OsRng)
		.unwrap_err();
	assert_eq!(misbehaved(error), vec![MemberIndex(2)]);

	// A package that does not even parse is named too.
	let (mut ceremonies, mut round1) = members.start_dkg(session(1));
	round1[2].package.truncate(10);
	let error = ceremonies[0]
		.round2(&round1, members.secret(MemberIndex(1)), &mut OsRng)
		.unwrap_err();
	assert_eq!(misbehaved(error), vec![MemberIndex(3)]);
}

#[test]
fn a_wrong_secret_share_names_its_sender() {
	let members = Members::new(2, 3);
	let (mut ceremonies, round1) = members.start_dkg(session(1));
	let mut round2 = members.round2(&mut ceremonies, &round1);
	// Member 1 sends member 2 the share it computed for member 3, properly
	// sealed and authenticated: only the commitment check can catch it.
	let for_three = round2
		.iter()
		.find(|m| m.from == MemberIndex(1) && m.to == MemberIndex(3))
		.unwrap()
		.open(
			&session(1),
			Purpose::DkgShare,
			&members
				.committee
				.agreement_key(MemberIndex(1))
				.unwrap()
				.clone(),
			members.secret(MemberIndex(3)),
		)
		.unwrap();
	let forged = SealedMessage::seal(
		session(1),
		Purpose::DkgShare,
		(MemberIndex(1), members.secret(MemberIndex(1))),
		(
			MemberIndex(2),
			members.committee.agreement_key(MemberIndex(2)).unwrap(),
		),
		&for_three,
		&mut OsRng,
	)
	.unwrap();
	let slot = round2
		.iter()
		.position(|m| m.from == MemberIndex(1) && m.to == MemberIndex(2))
		.unwrap();
	round2[slot] = forged;
	let error = ceremonies[1]
		.finish(&round2, members.secret(MemberIndex(2)))
		.unwrap_err();
	assert_eq!(misbehaved(error), vec![MemberIndex(1)]);
	// Member 3 was not cheated and finishes.
	assert!(ceremonies[2]
		.finish(&round2, members.secret(MemberIndex(3)))
		.is_ok());
}

#[test]
fn sealed_shares_open_only_for_their_recipient_session_and_sender() {
	let members = Members::new(2, 3);
	let (mut ceremonies, round1) = members.start_dkg(session(1));
	let round2 = members.round2(&mut ceremonies, &round1);
	let message = round2
		.iter()
		.find(|m| m.from == MemberIndex(1) && m.to == MemberIndex(2))
		.unwrap()
		.clone();
	let sender = *members.committee.agreement_key(MemberIndex(1)).unwrap();
	// The recipient opens it.
	assert!(message
		.open(
			&session(1),
			Purpose::DkgShare,
			&sender,
			members.secret(MemberIndex(2))
		)
		.is_ok());
	// Member 3 cannot, even with the message relabelled as addressed to it.
	let mut relabelled = message.clone();
	relabelled.to = MemberIndex(3);
	assert!(relabelled
		.open(
			&session(1),
			Purpose::DkgShare,
			&sender,
			members.secret(MemberIndex(3))
		)
		.is_err());
	// Replayed into another session, or as another purpose, it does not open.
	let mut replayed = message.clone();
	replayed.session = session(2);
	assert!(replayed
		.open(
			&session(2),
			Purpose::DkgShare,
			&sender,
			members.secret(MemberIndex(2))
		)
		.is_err());
	assert!(message
		.open(
			&session(1),
			Purpose::RefreshShare,
			&sender,
			members.secret(MemberIndex(2))
		)
		.is_err());
	// Passed off as member 3's, it fails the sender authentication.
	let mut impostor = message.clone();
	impostor.from = MemberIndex(3);
	let three = *members.committee.agreement_key(MemberIndex(3)).unwrap();
	assert!(impostor
		.open(
			&session(1),
			Purpose::DkgShare,
			&three,
			members.secret(MemberIndex(2))
		)
		.is_err());
	// One flipped ciphertext bit and it does not open.
	let mut tampered = message;
	tampered.envelope.ciphertext[0] ^= 1;
	assert!(tampered
		.open(
			&session(1),
			Purpose::DkgShare,
			&sender,
			members.secret(MemberIndex(2))
		)
		.is_err());

	// In a ceremony, a replayed round-2 message names its sender.
	let (mut other, other_round1) = members.start_dkg(session(2));
	let other_round2 = members.round2(&mut other, &other_round1);
	let mut mixed: Vec<SealedMessage> = other_round2
		.into_iter()
		.filter(|m| !(m.from == MemberIndex(3) && m.to == MemberIndex(1)))
		.collect();
	let mut stale = round2
		.iter()
		.find(|m| m.from == MemberIndex(3) && m.to == MemberIndex(1))
		.unwrap()
		.clone();
	stale.session = session(2);
	mixed.push(stale);
	let error = other[0]
		.finish(&mixed, members.secret(MemberIndex(1)))
		.unwrap_err();
	assert_eq!(misbehaved(error), vec![MemberIndex(3)]);
}

#[test]
fn outsiders_late_and_duplicate_messages_are_refused_without_losing_the_ceremony() {
	let members = Members::new(2, 3);
	let (mut ceremonies, round1) = members.start_dkg(session(1));

	// Too early: member 3's round-1 message is not there yet.
	let error = ceremonies[0]
		.round2(&round1[..2], members.secret(MemberIndex(1)), &mut OsRng)
		.unwrap_err();
	assert!(
		matches!(
			error,
			ThresholdError::MissingMessage {
				from: MemberIndex(3),
				..
			}
		),
		"{error}"
	);

	// A message from outside the committee.
	let mut with_outsider = round1.clone();
	with_outsider.push(Round1Message {
		session: session(1),
		from: MemberIndex(4),
		package: round1[1].package.clone(),
	});
	let error = ceremonies[0]
		.round2(&with_outsider, members.secret(MemberIndex(1)), &mut OsRng)
		.unwrap_err();
	assert!(
		matches!(error, ThresholdError::NotAMember(MemberIndex(4))),
		"{error}"
	);

	// The same member twice.
	let mut doubled = round1.clone();
	doubled.push(round1[1].clone());
	let error = ceremonies[0]
		.round2(&doubled, members.secret(MemberIndex(1)), &mut OsRng)
		.unwrap_err();
	assert!(
		matches!(
			error,
			ThresholdError::DuplicateMessage {
				from: MemberIndex(2)
			}
		),
		"{error}"
	);

	// A round-1 message of another session.
	let (_, other) = members.start_dkg(session(2));
	let mut foreign = round1.clone();
	foreign[2] = other[2].clone();
	let error = ceremonies[0]
		.round2(&foreign, members.secret(MemberIndex(1)), &mut OsRng)
		.unwrap_err();
	assert_eq!(misbehaved(error), vec![MemberIndex(3)]);

	// None of that spent the ceremony: with all messages it completes.
	let round2 = members.round2(&mut ceremonies, &round1);
	let shares = members.finish(&mut ceremonies, &round2);
	assert_eq!(
		shares[0].group_key().unwrap(),
		shares[2].group_key().unwrap()
	);

	// Steps out of order are refused.
	let error = ceremonies[0]
		.finish(&round2, members.secret(MemberIndex(1)))
		.unwrap_err();
	assert!(
		matches!(error, ThresholdError::WrongStage { .. }),
		"{error}"
	);
}

#[test]
fn committees_below_two_or_with_repeated_keys_are_refused() {
	let keys: Vec<_> = (0..3)
		.map(|_| AgreementSecret::generate(&mut OsRng).public())
		.collect();
	assert!(
		Committee::new(1, keys.clone()).is_err(),
		"threshold 1 is a single key"
	);
	assert!(
		Committee::new(4, keys.clone()).is_err(),
		"threshold above n"
	);
	assert!(
		Committee::new(2, vec![keys[0], keys[1], keys[0]]).is_err(),
		"a member twice"
	);
	assert!(Committee::new(3, keys).is_ok());
}

#[test]
fn a_refresh_keeps_the_group_key_and_retires_the_old_shares() {
	let members = Members::new(2, 3);
	let shares = members.dkg(session(1));
	let group_key = shares[0].group_key().unwrap();

	let (mut ceremonies, round1) = members.start_refresh(&shares, session(2));
	let round2 = members.round2(&mut ceremonies, &round1);
	assert!(round2.iter().all(|m| m.purpose == Purpose::RefreshShare));
	let refreshed = members.finish(&mut ceremonies, &round2);
	for (old, new) in shares.iter().zip(&refreshed) {
		assert_eq!(
			new.group_key().unwrap(),
			group_key,
			"the public key never changes"
		);
		assert_eq!(new.epoch, 1);
		assert_eq!(
			new.session,
			session(1),
			"a refreshed share still names its key's DKG"
		);
		assert_ne!(
			new.verifying_share(new.member).unwrap(),
			old.verifying_share(old.member).unwrap()
		);
	}

	let dir = tempfile::tempdir().unwrap();
	let new_signers = signers(&refreshed, dir.path());
	let (_, _, signature) = sign_with(
		&[&new_signers[0], &new_signers[2]],
		session(3),
		b"after refresh",
	);
	assert!(verifies(group_key, b"after refresh", signature));

	// An old share does not combine with a new one: the aggregate names the
	// stale signer as a cheater against the refreshed public record.
	let old_dir = tempfile::tempdir().unwrap();
	let old_signers = signers(&shares, old_dir.path());
	let mixed = [&new_signers[0], &old_signers[1]];
	let commitments: Vec<_> = mixed
		.iter()
		.map(|s| s.commit_batch(1, &mut OsRng).unwrap().remove(0))
		.collect();
	let shares_out: Vec<_> = mixed
		.iter()
		.map(|s| s.sign(&session(4), b"x", &commitments).unwrap())
		.collect();
	let error = keyreg_signer::threshold::signing::aggregate(
		refreshed[0].public_key_package(),
		b"x",
		&commitments,
		&shares_out,
	)
	.unwrap_err();
	assert_eq!(misbehaved(error), vec![MemberIndex(2)]);
}
