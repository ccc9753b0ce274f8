//! Revocation lists: versions and whole keys, effective in the past.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

#[test]
fn revoking_a_past_version_from_a_past_block() {
	build_and_execute(|| {
		let domain = setup_domain();
		let (v0, v1) = (TestKey::ed25519(1), TestKey::ed25519(2));
		let id = register(domain, b"k", &v0);
		run_to_block(10);
		rotate(domain, id, b"k", &v0, &v1);
		run_to_block(30);
		// Suspected compromise of version 0 at block 6, discovered at block 30.
		assert_ok!(KeyRegistry::revoke_version(
			signed(BOB),
			domain,
			id,
			0,
			RevocationReason::Compromised,
			6
		));
		let location = KeyLocation {
			domain,
			key: id,
			version: 0,
		};
		assert_eq!(
			KeyRegistry::validity_at(&v0.public(), 5),
			Validity::Valid(location)
		);
		assert_eq!(
			KeyRegistry::validity_at(&v0.public(), 6),
			Validity::Revoked {
				location,
				reason: RevocationReason::Compromised,
				since: 6
			}
		);
		assert_eq!(
			KeyRegistry::revocation_list(domain, 0, 10),
			vec![(
				0,
				RevocationEntry {
					key: id,
					version: Some(0),
					revocation: Revocation {
						reason: RevocationReason::Compromised,
						effective_from: 6,
						recorded_at: 30
					}
				}
			)]
		);
		// Revoking a retired version does not touch the current one.
		assert_eq!(
			Keys::<Test>::get(domain, id).unwrap().status,
			KeyStatus::Active
		);
		assert!(matches!(
			last_event(),
			Event::VersionRevoked {
				version: 0,
				effective_from: 6,
				reason: RevocationReason::Compromised,
				..
			}
		));
	});
}

#[test]
fn revocation_checks_its_arguments() {
	build_and_execute(|| {
		let domain = setup_domain();
		let v0 = TestKey::ed25519(1);
		run_to_block(5);
		let id = register(domain, b"k", &v0);
		run_to_block(8);
		let revoke = |version, from| {
			KeyRegistry::revoke_version(
				signed(BOB),
				domain,
				id,
				version,
				RevocationReason::Unspecified,
				from,
			)
		};
		assert_noop!(revoke(0, 10), Error::<Test>::EffectiveFromInFuture);
		assert_noop!(revoke(0, 4), Error::<Test>::EffectiveFromBeforeActivation);
		assert_noop!(revoke(1, 6), Error::<Test>::UnknownVersion);
		assert_noop!(
			KeyRegistry::revoke_version(
				signed(BOB),
				domain,
				7,
				0,
				RevocationReason::Unspecified,
				6
			),
			Error::<Test>::UnknownKey
		);
		assert_noop!(
			KeyRegistry::revoke_key(signed(BOB), domain, id, RevocationReason::Ceased, 4),
			Error::<Test>::EffectiveFromBeforeActivation
		);
		assert_noop!(
			KeyRegistry::revoke_key(signed(BOB), domain, id, RevocationReason::Ceased, 10),
			Error::<Test>::EffectiveFromInFuture
		);
		assert_ok!(revoke(0, 8));
		assert_noop!(revoke(0, 8), Error::<Test>::AlreadyRevoked);
	});
}

#[test]
fn revoking_a_whole_key_is_final() {
	build_and_execute(|| {
		let domain = setup_domain();
		let (v0, v1) = (TestKey::ecdsa(1), TestKey::ecdsa(2));
		let id = register_with(domain, b"k", &v0, Some(policy(Some(10), 5)));
		rotate(domain, id, b"k", &v0, &v1);
		run_to_block(6);
		assert_ok!(KeyRegistry::revoke_key(
			signed(ALICE),
			domain,
			id,
			RevocationReason::Compromised,
			3
		));
		let record = Keys::<Test>::get(domain, id).unwrap();
		assert_eq!(record.status, KeyStatus::Revoked);
		assert_eq!(record.rotation_due_at, None);
		assert!(RotationQueue::<Test>::get(11).is_empty());
		assert_eq!(Domains::<Test>::get(domain).unwrap().live_keys, 0);
		assert_eq!(
			KeyRegistry::verify(domain, id, b"m", &v1.sign(b"m")),
			Err(VerifyError::KeyRevoked)
		);
		for (public, version) in [(v0.public(), 0), (v1.public(), 1)] {
			let location = KeyLocation {
				domain,
				key: id,
				version,
			};
			assert_eq!(
				KeyRegistry::validity_at(&public, 3),
				Validity::Revoked {
					location,
					reason: RevocationReason::Compromised,
					since: 3
				}
			);
		}
		assert_noop!(
			KeyRegistry::revoke_key(signed(BOB), domain, id, RevocationReason::Compromised, 3),
			Error::<Test>::AlreadyRevoked
		);
		assert_noop!(
			KeyRegistry::revoke_version(
				signed(BOB),
				domain,
				id,
				1,
				RevocationReason::Compromised,
				3
			),
			Error::<Test>::KeyRevoked
		);
		assert_noop!(
			KeyRegistry::freeze_key(signed(BOB), domain, id),
			Error::<Test>::KeyRevoked
		);
		assert_noop!(
			KeyRegistry::set_key_policy(signed(BOB), domain, id, policy(None, 0)),
			Error::<Test>::KeyRevoked
		);
		assert!(matches!(
			last_event(),
			Event::KeyRevoked {
				actor: Actor::Account(ALICE),
				..
			}
		));
	});
}

#[test]
fn governance_and_recovery_revoke_and_the_list_pages() {
	build_and_execute(|| {
		let domain = setup_domain();
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			EVE,
			Role::Recovery
		));
		let keys: Vec<KeyId> = (0..3u8)
			.map(|i| register(domain, &[b'k', i], &TestKey::sr25519(i + 1)))
			.collect();
		assert_ok!(KeyRegistry::revoke_key(
			root(),
			domain,
			keys[0],
			RevocationReason::Unspecified,
			1
		));
		assert_ok!(KeyRegistry::revoke_key(
			signed(EVE),
			domain,
			keys[1],
			RevocationReason::Ceased,
			1
		));
		assert_ok!(KeyRegistry::revoke_version(
			signed(EVE),
			domain,
			keys[2],
			0,
			RevocationReason::Superseded,
			1
		));
		assert_eq!(Domains::<Test>::get(domain).unwrap().revocation_count, 3);
		let page = KeyRegistry::revocation_list(domain, 1, 1);
		assert_eq!(page.len(), 1);
		assert_eq!(
			(page[0].0, page[0].1.key, page[0].1.version),
			(1, keys[1], None)
		);
		assert_eq!(KeyRegistry::revocation_list(domain, 2, 10).len(), 1);
		assert!(KeyRegistry::revocation_list(domain, 3, 10).is_empty());
		assert_eq!(
			Keys::<Test>::get(domain, keys[2]).unwrap().status,
			KeyStatus::Suspended
		);
	});
}
