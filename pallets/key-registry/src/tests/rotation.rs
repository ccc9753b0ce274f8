//! Rotation epochs: certificates, grace, recovery, the due queue.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

#[test]
fn rotation_adds_a_version_with_grace() {
	build_and_execute(|| {
		let domain = setup_domain(); // default grace: 10 blocks
		let (v0, v1) = (TestKey::ed25519(1), TestKey::ed25519(2));
		let id = register(domain, b"k", &v0);
		let deposit_before = Keys::<Test>::get(domain, id).unwrap().deposit;
		run_to_block(5);
		rotate(domain, id, b"k", &v0, &v1);

		let record = Keys::<Test>::get(domain, id).unwrap();
		assert_eq!(record.current_version, 1);
		assert_eq!(record.deposit, deposit_before + VERSION_DEPOSIT);
		assert_eq!(KeyRegistry::retirement(domain, id, 0), Some((5, 15)));
		let new = Versions::<Test>::get((domain, id, 1)).unwrap();
		assert_eq!(
			(new.public, new.activated_at, new.previous_grace_until),
			(v1.public(), 5, Some(15))
		);
		assert_eq!(KeyRegistry::retirement(domain, id, 1), None);
		assert!(matches!(
			last_event(),
			Event::KeyRotated {
				version: 1,
				grace_until: Some(15),
				..
			}
		));
		// Both verify during grace; only the new one afterwards.
		assert_eq!(KeyRegistry::verify(domain, id, b"m", &v0.sign(b"m")), Ok(0));
		assert_eq!(KeyRegistry::verify(domain, id, b"m", &v1.sign(b"m")), Ok(1));
		run_to_block(15);
		assert_eq!(
			KeyRegistry::verify(domain, id, b"m", &v0.sign(b"m")),
			Err(VerifyError::BadSignature)
		);
		assert_eq!(KeyRegistry::verify(domain, id, b"m", &v1.sign(b"m")), Ok(1));
	});
}

#[test]
fn a_second_rotation_ends_the_older_grace() {
	build_and_execute(|| {
		let domain = setup_domain();
		let (v0, v1, v2) = (
			TestKey::sr25519(1),
			TestKey::sr25519(2),
			TestKey::sr25519(3),
		);
		let id = register(domain, b"k", &v0);
		rotate(domain, id, b"k", &v0, &v1);
		run_to_block(3);
		rotate(domain, id, b"k", &v1, &v2);
		// Verified in block 3 until the second rotation, no longer after.
		assert_eq!(KeyRegistry::retirement(domain, id, 0), Some((1, 4)));
		assert_eq!(
			KeyRegistry::verify(domain, id, b"m", &v0.sign(b"m")),
			Err(VerifyError::BadSignature)
		);
		assert_eq!(KeyRegistry::verify(domain, id, b"m", &v1.sign(b"m")), Ok(1));
		assert_eq!(KeyRegistry::verify(domain, id, b"m", &v2.sign(b"m")), Ok(2));
	});
}

#[test]
fn rotation_needs_a_valid_certificate_and_proof() {
	build_and_execute(|| {
		let domain = setup_domain();
		let (v0, v1, stranger) = (TestKey::ecdsa(1), TestKey::ecdsa(2), TestKey::ecdsa(3));
		let id = register(domain, b"k", &v0);
		let rot = |proof, cert| {
			KeyRegistry::rotate_key(signed(BOB), domain, id, v1.public(), proof, cert)
		};
		let good_pop = v1.pop(domain, b"k", 1, BOB);
		assert_noop!(
			rot(good_pop, None),
			Error::<Test>::MissingRotationCertificate
		);
		// Certificate by a key that is not the outgoing version.
		assert_noop!(
			rot(good_pop, Some(stranger.certify(domain, b"k", 0, &v1))),
			Error::<Test>::InvalidRotationCertificate
		);
		// Certificate by the outgoing version, but for another version number.
		let replayed = v0.sign(&signature::rotation_payload(
			&KeyRegistry::genesis_hash(),
			domain,
			b"k",
			1,
			2,
			&v1.public(),
		));
		assert_noop!(
			rot(good_pop, Some(replayed)),
			Error::<Test>::InvalidRotationCertificate
		);
		// A proof of possession for version 0 is not one for version 1.
		assert_noop!(
			rot(
				v1.pop(domain, b"k", 0, BOB),
				Some(v0.certify(domain, b"k", 0, &v1))
			),
			Error::<Test>::InvalidProofOfPossession
		);
		assert_ok!(rot(good_pop, Some(v0.certify(domain, b"k", 0, &v1))));
	});
}

#[test]
fn rotation_keeps_the_scheme_and_its_limits() {
	build_and_execute(|| {
		let domain = setup_domain();
		let v0 = TestKey::ed25519(1);
		let id = register(domain, b"k", &v0);
		let sr = TestKey::sr25519(2);
		assert_noop!(
			try_rotate(domain, id, b"k", &v0, &sr),
			Error::<Test>::SchemeChangeNotAllowed
		);
		assert_noop!(
			try_rotate(domain, id, b"k", &v0, &v0),
			Error::<Test>::PublicKeyInUse
		);
		assert_noop!(
			KeyRegistry::rotate_key(
				signed(BOB),
				domain,
				9,
				sr.public(),
				sr.pop(domain, b"k", 1, BOB),
				None
			),
			Error::<Test>::UnknownKey
		);
		// The mock allows eight versions: 0..=7.
		let mut current = v0;
		for i in 1..8u8 {
			let next = TestKey::ed25519(10 + i);
			rotate(domain, id, b"k", &current, &next);
			current = next;
		}
		let next = TestKey::ed25519(50);
		assert_noop!(
			try_rotate(domain, id, b"k", &current, &next),
			Error::<Test>::TooManyVersions
		);
	});
}

#[test]
fn a_revoked_key_cannot_rotate() {
	build_and_execute(|| {
		let domain = setup_domain();
		let (v0, v1) = (TestKey::ed25519(1), TestKey::ed25519(2));
		let id = register(domain, b"k", &v0);
		assert_ok!(KeyRegistry::revoke_key(
			signed(BOB),
			domain,
			id,
			RevocationReason::Ceased,
			1
		));
		assert_noop!(
			try_rotate(domain, id, b"k", &v0, &v1),
			Error::<Test>::KeyRevoked
		);
	});
}

#[test]
fn recovery_rotation_after_compromise_needs_no_certificate() {
	build_and_execute(|| {
		let domain = setup_domain();
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			EVE,
			Role::Recovery
		));
		let (v0, v1) = (TestKey::ed25519(1), TestKey::ed25519(2));
		let id = register(domain, b"k", &v0);
		// Recovery may not rotate an active key.
		assert_noop!(
			KeyRegistry::rotate_key(
				signed(EVE),
				domain,
				id,
				v1.public(),
				v1.pop(domain, b"k", 1, EVE),
				Some(v0.certify(domain, b"k", 0, &v1))
			),
			Error::<Test>::MissingRole
		);
		run_to_block(4);
		assert_ok!(KeyRegistry::revoke_version(
			signed(EVE),
			domain,
			id,
			0,
			RevocationReason::Compromised,
			2
		));
		assert_eq!(
			Keys::<Test>::get(domain, id).unwrap().status,
			KeyStatus::Suspended
		);
		assert_eq!(
			KeyRegistry::verify(domain, id, b"m", &v0.sign(b"m")),
			Err(VerifyError::KeySuspended)
		);
		assert_ok!(KeyRegistry::rotate_key(
			signed(EVE),
			domain,
			id,
			v1.public(),
			v1.pop(domain, b"k", 1, EVE),
			None
		));
		let record = Keys::<Test>::get(domain, id).unwrap();
		assert_eq!(
			(record.status, record.current_version),
			(KeyStatus::Active, 1)
		);
		// A compromised version gets no grace.
		assert_eq!(KeyRegistry::retirement(domain, id, 0), Some((4, 4)));
		assert!(matches!(
			last_event(),
			Event::KeyRotated {
				grace_until: None,
				actor: Actor::Account(EVE),
				..
			}
		));
		assert_eq!(KeyRegistry::verify(domain, id, b"m", &v1.sign(b"m")), Ok(1));
	});
}

#[test]
fn a_version_revoked_for_another_reason_still_certifies() {
	build_and_execute(|| {
		let domain = setup_domain();
		let (v0, v1) = (TestKey::sr25519(1), TestKey::sr25519(2));
		let id = register(domain, b"k", &v0);
		assert_ok!(KeyRegistry::revoke_version(
			signed(BOB),
			domain,
			id,
			0,
			RevocationReason::Superseded,
			1
		));
		assert_noop!(
			KeyRegistry::rotate_key(
				signed(BOB),
				domain,
				id,
				v1.public(),
				v1.pop(domain, b"k", 1, BOB),
				None
			),
			Error::<Test>::MissingRotationCertificate
		);
		rotate(domain, id, b"k", &v0, &v1);
		assert_eq!(
			Keys::<Test>::get(domain, id).unwrap().status,
			KeyStatus::Active
		);
	});
}

#[test]
fn due_rotations_are_announced_and_cleared_by_rotation() {
	build_and_execute(|| {
		let domain = setup_domain();
		let (v0, v1) = (TestKey::ed25519(1), TestKey::ed25519(2));
		let id = register_with(domain, b"k", &v0, Some(policy(Some(10), 2)));
		assert_eq!(
			Keys::<Test>::get(domain, id).unwrap().rotation_due_at,
			Some(11)
		);
		assert_eq!(RotationQueue::<Test>::get(11).to_vec(), vec![(domain, id)]);
		run_to_block(10);
		assert_eq!(KeyRegistry::rotation_overdue_since(domain, id), None);
		run_to_block(11);
		assert_eq!(KeyRegistry::rotation_overdue_since(domain, id), Some(11));
		assert!(RotationQueue::<Test>::get(11).is_empty());
		assert!(matches!(
			last_event(),
			Event::RotationDue {
				key: 0,
				version: 0,
				due_at: 11,
				actor: Actor::System,
				..
			}
		));
		run_to_block(13);
		rotate(domain, id, b"k", &v0, &v1);
		assert_eq!(KeyRegistry::rotation_overdue_since(domain, id), None);
		assert_eq!(
			Keys::<Test>::get(domain, id).unwrap().rotation_due_at,
			Some(23)
		);
		assert_eq!(RotationQueue::<Test>::get(23).to_vec(), vec![(domain, id)]);
	});
}

#[test]
fn an_early_rotation_reschedules() {
	build_and_execute(|| {
		let domain = setup_domain();
		let (v0, v1) = (TestKey::ed25519(1), TestKey::ed25519(2));
		let id = register_with(domain, b"k", &v0, Some(policy(Some(10), 2)));
		run_to_block(4);
		rotate(domain, id, b"k", &v0, &v1);
		assert!(RotationQueue::<Test>::get(11).is_empty());
		run_to_block(11);
		assert!(!registry_events()
			.iter()
			.any(|e| matches!(e, Event::RotationDue { .. })));
		run_to_block(14);
		assert_eq!(KeyRegistry::rotation_overdue_since(domain, id), Some(14));
	});
}

#[test]
fn a_full_due_block_refuses_until_the_due_block_moves() {
	build_and_execute(|| {
		let domain = setup_domain();
		for i in 0..MAX_ROTATIONS_PER_BLOCK as u8 {
			register_with(
				domain,
				&[b'k', i],
				&TestKey::ed25519(10 + i),
				Some(policy(Some(10), 0)),
			);
		}
		assert_eq!(
			RotationQueue::<Test>::get(11).len() as u32,
			MAX_ROTATIONS_PER_BLOCK
		);
		// One more key due at block 11 does not fit, and nothing changes.
		let extra = TestKey::ed25519(99);
		assert_noop!(
			try_register_public(
				domain,
				b"extra",
				Some(policy(Some(10), 0)),
				extra.public(),
				extra.pop(domain, b"extra", 0, BOB)
			),
			Error::<Test>::RotationQueueFull
		);
		// In the next block it falls due at block 12, which has room.
		run_to_block(2);
		register_with(domain, b"extra", &extra, Some(policy(Some(10), 0)));
		assert_eq!(RotationQueue::<Test>::get(12).len(), 1);
		run_to_block(12);
		let announced = registry_events()
			.iter()
			.filter(|e| matches!(e, Event::RotationDue { .. }))
			.count();
		assert_eq!(announced as u32, MAX_ROTATIONS_PER_BLOCK + 1);
	});
}

#[test]
fn a_frozen_key_rotates_and_stays_frozen() {
	build_and_execute(|| {
		let domain = setup_domain();
		let (v0, v1) = (TestKey::ed25519(1), TestKey::ed25519(2));
		let id = register(domain, b"k", &v0);
		assert_ok!(KeyRegistry::freeze_key(signed(BOB), domain, id));
		rotate(domain, id, b"k", &v0, &v1);
		assert!(Keys::<Test>::get(domain, id).unwrap().frozen);
		assert_eq!(
			KeyRegistry::verify(domain, id, b"m", &v1.sign(b"m")),
			Err(VerifyError::KeyFrozen)
		);
	});
}

#[test]
fn recovery_rotation_is_not_blocked_by_full_rotation_queues() {
	build_and_execute(|| {
		// The victim: a key with a 10-block rotation period, compromised.
		let victim = setup_domain();
		let (v0, v1, v2) = (
			TestKey::ed25519(1),
			TestKey::ed25519(2),
			TestKey::ed25519(3),
		);
		let id = register_with(victim, b"k", &v0, Some(policy(Some(10), 0)));
		run_to_block(5);
		assert_ok!(KeyRegistry::revoke_version(
			signed(BOB),
			victim,
			id,
			0,
			RevocationReason::Compromised,
			5
		));

		// Other domains fill the block the victim's next rotation would fall
		// due in (block 15) with their own keys.
		let slots = MAX_ROTATIONS_PER_BLOCK;
		for i in 0..slots {
			let other = if i % 2 == 0 {
				setup_domain()
			} else {
				NextDomainId::<Test>::get() - 1
			};
			let filler = TestKey::ed25519(100 + i as u8);
			register_with(other, &[b'f', i as u8], &filler, Some(policy(Some(10), 0)));
		}
		assert_eq!(
			RotationQueue::<Test>::get(15).len() as u32,
			MAX_ROTATIONS_PER_BLOCK,
			"block 15 is full"
		);

		// An ordinary registration that needs a slot fails...
		assert_noop!(
			try_register_public(
				victim,
				b"p",
				Some(policy(Some(10), 0)),
				v2.public(),
				v2.pop(victim, b"p", 0, BOB)
			),
			Error::<Test>::RotationQueueFull
		);
		// ...but the recovery rotation away from the compromised version goes
		// through; the next rotation is left unscheduled until the key manager
		// sets the policy again.
		assert_ok!(KeyRegistry::rotate_key(
			signed(BOB),
			victim,
			id,
			v1.public(),
			v1.pop(victim, b"k", 1, BOB),
			None
		));
		let record = Keys::<Test>::get(victim, id).unwrap();
		assert_eq!(
			(
				record.status,
				record.current_version,
				record.rotation_due_at
			),
			(KeyStatus::Active, 1, None)
		);
		assert_eq!(KeyRegistry::verify(victim, id, b"m", &v1.sign(b"m")), Ok(1));
		run_to_block(23);
		assert_ok!(KeyRegistry::set_key_policy(
			signed(BOB),
			victim,
			id,
			policy(Some(10), 0)
		));
		assert_eq!(
			Keys::<Test>::get(victim, id).unwrap().rotation_due_at,
			Some(24)
		);
	});
}
