//! Signing: cheater detection, and a nonce never used twice, also across a
//! restart in the middle of a session.

use super::*;
use keyreg_signer::threshold::{signing::aggregate, ThresholdError};

#[test]
fn a_wrong_signature_share_is_named_and_no_signature_comes_out() {
	let members = Members::new(2, 3);
	let shares = members.dkg(session(1));
	let dir = tempfile::tempdir().unwrap();
	let signers = signers(&shares, dir.path());
	let chosen = [&signers[0], &signers[2]];
	let commitments: Vec<_> = chosen
		.iter()
		.map(|s| s.commit_batch(1, &mut OsRng).unwrap().remove(0))
		.collect();
	let mut out: Vec<_> = chosen
		.iter()
		.map(|s| s.sign(&session(5), b"pay 10", &commitments).unwrap())
		.collect();
	// Member 3 answers for another message: a valid scalar, the wrong share.
	let commitments_other: Vec<_> = chosen
		.iter()
		.map(|s| s.commit_batch(1, &mut OsRng).unwrap().remove(0))
		.collect();
	out[1] = chosen[1]
		.sign(&session(6), b"pay 1000", &commitments_other)
		.unwrap();
	out[1].session = session(5);
	let error = aggregate(
		shares[0].public_key_package(),
		b"pay 10",
		&commitments,
		&out,
	)
	.unwrap_err();
	match error {
		ThresholdError::Misbehaved { members, .. } => assert_eq!(members, vec![MemberIndex(3)]),
		other => panic!("{other}"),
	}
	// A share missing, or a garbled one, is named too.
	let error = aggregate(
		shares[0].public_key_package(),
		b"pay 10",
		&commitments,
		&out[..1],
	)
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
	out[1].share = vec![0xff; 32];
	let error = aggregate(
		shares[0].public_key_package(),
		b"pay 10",
		&commitments,
		&out,
	)
	.unwrap_err();
	assert!(
		matches!(error, ThresholdError::Misbehaved { .. }),
		"{error}"
	);
}

#[test]
fn a_nonce_is_used_once_and_a_session_answered_once_and_resent_unchanged() {
	let members = Members::new(2, 3);
	let shares = members.dkg(session(1));
	let dir = tempfile::tempdir().unwrap();
	let signers = signers(&shares, dir.path());
	let (commitments, released, _) = sign_with(&[&signers[0], &signers[1]], session(7), b"once");

	// The same package asked again (the chain lost the share with a fork):
	// the same share comes back, and no nonce is touched.
	let unused = signers[0].unused_nonces();
	let resent = signers[0].sign(&session(7), b"once", &commitments).unwrap();
	assert_eq!(resent, released[0]);
	assert_eq!(signers[0].unused_nonces(), unused);
	// The same session with another message: refused.
	let error = signers[0]
		.sign(&session(7), b"twice", &commitments)
		.unwrap_err();
	assert!(
		matches!(error, ThresholdError::SessionAlreadyAnswered(_)),
		"{error}"
	);

	// The same session again with fresh commitments: refused.
	let fresh: Vec<_> = [&signers[0], &signers[1]]
		.iter()
		.map(|s| s.commit_batch(1, &mut OsRng).unwrap().remove(0))
		.collect();
	let error = signers[0].sign(&session(7), b"once", &fresh).unwrap_err();
	assert!(
		matches!(error, ThresholdError::SessionAlreadyAnswered(_)),
		"{error}"
	);

	// The spent commitments in a new session: the nonce is gone.
	let error = signers[0]
		.sign(&session(8), b"twice", &commitments)
		.unwrap_err();
	assert!(matches!(error, ThresholdError::UnknownNonce), "{error}");

	// A member not chosen by the coordinator does not sign.
	let error = signers[2].sign(&session(9), b"m", &fresh).unwrap_err();
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

	// Fewer commitments than the threshold: no share is released, and the
	// nonce offered is spent rather than kept for reuse.
	let before = signers[0].unused_nonces();
	let error = signers[0]
		.sign(&session(10), b"m", &fresh[..1])
		.unwrap_err();
	assert!(matches!(error, ThresholdError::Frost(_)), "{error}");
	assert_eq!(signers[0].unused_nonces(), before - 1);
}

#[test]
fn a_member_restarted_mid_session_never_answers_it_again_and_the_retry_completes() {
	let members = Members::new(2, 3);
	let shares = members.dkg(session(1));
	let dir = tempfile::tempdir().unwrap();
	let group_key = shares[0].group_key().unwrap();
	let before_restart = signers(&shares, dir.path());

	// Commitments published ahead of time, a batch per member.
	let batch1 = before_restart[0].commit_batch(4, &mut OsRng).unwrap();
	let batch2 = before_restart[1].commit_batch(4, &mut OsRng).unwrap();
	let chosen = vec![batch1[0].clone(), batch2[0].clone()];
	// Member 1 answers session 20 and the process dies before member 2 does.
	let share1 = before_restart[0]
		.sign(&session(20), b"transfer", &chosen)
		.unwrap();
	drop(before_restart);

	// Restarted: the journal is read back, the nonces are gone.
	let after_restart = signers(&shares, dir.path());
	assert_eq!(after_restart[0].unused_nonces(), 0);
	let error = after_restart[0]
		.sign(&session(20), b"transfer", &chosen)
		.unwrap_err();
	assert!(
		matches!(error, ThresholdError::SessionAlreadyAnswered(_)),
		"{error}"
	);
	// Member 2's commitments from before the restart are void too: the
	// session cannot complete with them and is abandoned.
	let error = after_restart[1]
		.sign(&session(20), b"transfer", &chosen)
		.unwrap_err();
	assert!(matches!(error, ThresholdError::UnknownNonce), "{error}");
	// The half-finished session never yields a signature from member 1's
	// share alone.
	assert!(aggregate(
		shares[0].public_key_package(),
		b"transfer",
		&chosen,
		&[share1]
	)
	.is_err());

	// The retry is a new session with fresh commitments, and completes.
	let (_, _, signature) = sign_with(
		&[&after_restart[0], &after_restart[1]],
		session(21),
		b"transfer",
	);
	assert!(verifies(group_key, b"transfer", signature));
}

#[test]
fn a_torn_journal_record_is_cut_and_whole_records_survive() {
	let dir = tempfile::tempdir().unwrap();
	let path = dir.path().join("journal");
	let members = Members::new(2, 2);
	let shares = members.dkg(session(1));
	{
		let journal = Arc::new(SessionJournal::open(&path).unwrap());
		let a = SigningMember::new(shares[0].clone(), journal);
		let b = SigningMember::new(
			shares[1].clone(),
			Arc::new(SessionJournal::open(&dir.path().join("b")).unwrap()),
		);
		sign_with(&[&a, &b], session(30), b"m");
	}
	// A crash mid-append leaves 5 bytes of a second record.
	let mut bytes = std::fs::read(&path).unwrap();
	assert_eq!(bytes.len(), 32);
	bytes.extend_from_slice(&[0xAA; 5]);
	std::fs::write(&path, &bytes).unwrap();

	let journal = SessionJournal::open(&path).unwrap();
	assert_eq!(journal.len(), 1);
	assert!(journal.contains(&session(30)));
	assert_eq!(
		std::fs::metadata(&path).unwrap().len(),
		32,
		"the torn tail is cut"
	);
}

#[test]
fn signing_shares_verify_as_plain_ed25519_for_many_messages() {
	let members = Members::new(3, 5);
	let shares = members.dkg(session(1));
	let group_key = shares[0].group_key().unwrap();
	let dir = tempfile::tempdir().unwrap();
	let signers = signers(&shares, dir.path());
	for round in 0..5u8 {
		let chosen: Vec<&SigningMember> = (0..3)
			.map(|i| &signers[(usize::from(round) + i) % 5])
			.collect();
		let message = [round; 40];
		let (_, _, signature) = sign_with(&chosen, session(100 + round), &message);
		assert!(verifies(group_key, &message, signature));
	}
}

#[test]
fn commitments_travel_as_two_points_and_forgotten_nonces_cannot_sign() {
	let members = Members::new(2, 3);
	let shares = members.dkg(session(1));
	let dir = tempfile::tempdir().unwrap();
	let signers = signers(&shares, dir.path());
	let batch = signers[0].commit_batch(3, &mut OsRng).unwrap();
	// The chain stores (hiding, binding); the member finds its nonce by the
	// commitment rebuilt from them.
	for commitment in &batch {
		let (hiding, binding) = commitment.points().unwrap();
		assert_ne!(hiding, binding);
		let rebuilt = NonceCommitment::from_points(MemberIndex(1), &hiding, &binding).unwrap();
		assert_eq!(&rebuilt, commitment);
	}
	// The identity is no commitment: refused and blamed on the member.
	let (hiding, _) = batch[0].points().unwrap();
	let mut bad = [0u8; 32];
	bad[0] = 1;
	assert!(matches!(
		NonceCommitment::from_points(MemberIndex(1), &hiding, &bad),
		Err(ThresholdError::Misbehaved { .. })
	));
	// Forget all but the first nonce: the others can no longer sign.
	signers[0].retain_nonces(|c| c == batch[0].commitment.as_slice());
	assert_eq!(signers[0].unused_nonces(), 1);
	let other = signers[1].commit_batch(2, &mut OsRng).unwrap();
	let error = signers[0]
		.sign(&session(7), b"pay", &[batch[1].clone(), other[0].clone()])
		.unwrap_err();
	assert!(matches!(error, ThresholdError::UnknownNonce), "{error}");
	let share = signers[0]
		.sign(&session(8), b"pay", &[batch[0].clone(), other[1].clone()])
		.unwrap();
	assert_eq!(share.share.len(), 32);
}

#[test]
fn a_refreshed_share_replaces_the_old_one_and_keeps_the_nonces() {
	let members = Members::new(2, 3);
	let shares = members.dkg(session(1));
	let group_key = shares[0].group_key().unwrap();
	let dir = tempfile::tempdir().unwrap();
	let mut signers = signers(&shares, dir.path());
	// Commitments published before the refresh.
	let early: Vec<NonceCommitment> = signers[..2]
		.iter()
		.map(|signer| signer.commit_batch(1, &mut OsRng).unwrap().remove(0))
		.collect();

	// A refresh of every share.
	let (mut ceremonies, round1) = members.start_refresh(&shares, session(2));
	let round2 = members.round2(&mut ceremonies, &round1);
	let refreshed = members.finish(&mut ceremonies, &round2);
	for (signer, share) in signers.iter_mut().zip(&refreshed) {
		assert_eq!(share.epoch, 1);
		signer.replace_share(share.clone()).unwrap();
		assert_eq!(signer.unused_nonces(), usize::from(share.member.0 <= 2));
	}
	// The nonces committed before the refresh sign with the new shares.
	let shares_out: Vec<ShareMessage> = signers[..2]
		.iter()
		.map(|signer| signer.sign(&session(3), b"across", &early).unwrap())
		.collect();
	let signature = keyreg_signer::threshold::signing::aggregate(
		refreshed[0].public_key_package(),
		b"across",
		&early,
		&shares_out,
	)
	.unwrap();
	assert!(verifies(group_key, b"across", signature));

	// Another key's or another member's share is refused.
	let other_key = members.dkg(session(9));
	assert!(signers[0].replace_share(other_key[0].clone()).is_err());
	assert!(signers[0].replace_share(refreshed[1].clone()).is_err());
}
