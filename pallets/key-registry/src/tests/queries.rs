//! Queries: validity at a block, verification, paging, the inspect trait.

use crate::{mock::*, *};
use frame_support::assert_ok;
use sp_runtime::BuildStorage;

#[test]
fn validity_walks_through_every_state() {
	build_and_execute(|| {
		let domain = setup_domain(); // grace 10
		let (v0, v1) = (TestKey::sr25519(1), TestKey::sr25519(2));
		run_to_block(3);
		let id = register(domain, b"k", &v0);
		run_to_block(20);
		rotate(domain, id, b"k", &v0, &v1);
		let at = |public: &PublicKey, b| KeyRegistry::validity_at(public, b);
		let l0 = KeyLocation {
			domain,
			key: id,
			version: 0,
		};
		let l1 = KeyLocation {
			domain,
			key: id,
			version: 1,
		};
		assert_eq!(at(&TestKey::sr25519(9).public(), 5), Validity::Unknown);
		assert_eq!(
			at(&v0.public(), 2),
			Validity::NotYetActive {
				location: l0,
				from: 3
			}
		);
		assert_eq!(at(&v0.public(), 3), Validity::Valid(l0));
		assert_eq!(at(&v0.public(), 19), Validity::Valid(l0));
		// Current at the start of block 20, where the rotation happened.
		assert_eq!(at(&v0.public(), 20), Validity::Valid(l0));
		assert_eq!(at(&v1.public(), 20), Validity::Valid(l1));
		assert_eq!(
			at(&v0.public(), 21),
			Validity::InGrace {
				location: l0,
				until: 30
			}
		);
		assert_eq!(
			at(&v0.public(), 30),
			Validity::Retired {
				location: l0,
				since: 30
			}
		);
		assert_eq!(
			at(&v1.public(), 19),
			Validity::NotYetActive {
				location: l1,
				from: 20
			}
		);
		assert_eq!(at(&v1.public(), 25), Validity::Valid(l1));
		run_to_block(40);
		assert_ok!(KeyRegistry::revoke_version(
			signed(BOB),
			domain,
			id,
			1,
			RevocationReason::Compromised,
			35
		));
		assert_eq!(at(&v1.public(), 34), Validity::Valid(l1));
		assert_eq!(
			at(&v1.public(), 35),
			Validity::Revoked {
				location: l1,
				reason: RevocationReason::Compromised,
				since: 35
			}
		);
		// The earlier of a version and a key revocation wins.
		assert_ok!(KeyRegistry::revoke_key(
			signed(BOB),
			domain,
			id,
			RevocationReason::Ceased,
			38
		));
		assert_eq!(
			at(&v1.public(), 39),
			Validity::Revoked {
				location: l1,
				reason: RevocationReason::Compromised,
				since: 35
			}
		);
		assert_eq!(
			at(&v0.public(), 38),
			Validity::Revoked {
				location: l0,
				reason: RevocationReason::Ceased,
				since: 38
			}
		);
	});
}

#[test]
fn verify_honours_scheme_signature_and_strictness() {
	build_and_execute(|| {
		let domain = setup_domain();
		let (v0, v1) = (TestKey::ecdsa(1), TestKey::ecdsa(2));
		let id = register(domain, b"k", &v0);
		assert_eq!(KeyRegistry::verify(domain, id, b"m", &v0.sign(b"m")), Ok(0));
		assert_eq!(
			KeyRegistry::verify(domain, id, b"m", &v0.sign(b"other")),
			Err(VerifyError::BadSignature)
		);
		assert_eq!(
			KeyRegistry::verify(domain, id, b"m", &TestKey::ed25519(1).sign(b"m")),
			Err(VerifyError::SchemeMismatch)
		);
		assert_eq!(
			KeyRegistry::verify(domain, 9, b"m", &v0.sign(b"m")),
			Err(VerifyError::UnknownKey)
		);
		rotate(domain, id, b"k", &v0, &v1);
		assert_eq!(KeyRegistry::verify(domain, id, b"m", &v0.sign(b"m")), Ok(0));
		assert_eq!(
			KeyRegistry::verify_current(domain, id, b"m", &v0.sign(b"m")),
			Err(VerifyError::BadSignature)
		);
		assert_eq!(
			KeyRegistry::verify_current(domain, id, b"m", &v1.sign(b"m")),
			Ok(1)
		);
		// A revoked version in grace no longer verifies.
		assert_ok!(KeyRegistry::revoke_version(
			signed(BOB),
			domain,
			id,
			0,
			RevocationReason::Compromised,
			1
		));
		assert_eq!(
			KeyRegistry::verify(domain, id, b"m", &v0.sign(b"m")),
			Err(VerifyError::BadSignature)
		);
	});
}

#[test]
fn paged_and_point_queries() {
	build_and_execute(|| {
		let domain = setup_domain();
		let keys: Vec<TestKey> = (1..=4).map(TestKey::ed25519).collect();
		let id = register(domain, b"k", &keys[0]);
		for w in keys.windows(2) {
			rotate(domain, id, b"k", &w[0], &w[1]);
		}
		let all = KeyRegistry::versions(domain, id, 0, 100);
		assert_eq!(
			all.iter().map(|(v, _)| *v).collect::<Vec<_>>(),
			vec![0, 1, 2, 3]
		);
		assert_eq!(all[3].1.public, keys[3].public());
		let page = KeyRegistry::versions(domain, id, 1, 2);
		assert_eq!(page.iter().map(|(v, _)| *v).collect::<Vec<_>>(), vec![1, 2]);
		assert!(KeyRegistry::versions(domain, 5, 0, 10).is_empty());
		assert_eq!(KeyRegistry::key_id_by_name(domain, b"k".to_vec()), Some(id));
		assert_eq!(KeyRegistry::key_id_by_name(domain, b"nope".to_vec()), None);
		assert_eq!(
			KeyRegistry::current_public_key(domain, id),
			Some(keys[3].public())
		);
		assert_eq!(KeyRegistry::domain(domain).unwrap().key_count, 1);
		assert_eq!(KeyRegistry::key(domain, id).unwrap().current_version, 3);
		assert_eq!(
			KeyRegistry::audit_head(domain),
			KeyRegistry::audit_head(domain)
		);
	});
}

#[test]
fn other_pallets_resolve_keys_through_the_trait() {
	fn demand_current<R: KeyRegistryInspect<AccountId, u64>>(
		domain: DomainId,
		key: KeyId,
		message: &[u8],
		signature: &KeySignature,
	) -> Result<VersionNumber, VerifyError> {
		R::verify_current(domain, key, message, signature)
	}
	build_and_execute(|| {
		let domain = setup_domain();
		let (v0, v1) = (TestKey::ed25519(1), TestKey::ed25519(2));
		let id = register(domain, b"k", &v0);
		rotate(domain, id, b"k", &v0, &v1);
		assert_eq!(
			demand_current::<KeyRegistry>(domain, id, b"pay", &v1.sign(b"pay")),
			Ok(1)
		);
		assert_eq!(
			demand_current::<KeyRegistry>(domain, id, b"pay", &v0.sign(b"pay")),
			Err(VerifyError::BadSignature)
		);
		assert_eq!(
			<KeyRegistry as KeyRegistryInspect<_, _>>::verify(domain, id, b"pay", &v0.sign(b"pay")),
			Ok(0)
		);
		assert!(<KeyRegistry as KeyRegistryInspect<_, _>>::has_role(
			domain,
			&BOB,
			Role::KeyManager
		));
		assert!(!<KeyRegistry as KeyRegistryInspect<_, _>>::has_role(
			domain,
			&BOB,
			Role::Admin
		));
		assert_eq!(
			<KeyRegistry as KeyRegistryInspect<_, _>>::current_public_key(domain, id),
			Some(v1.public())
		);
		assert_eq!(
			<KeyRegistry as KeyRegistryInspect<_, _>>::validity_at(&v1.public(), 1),
			Validity::Valid(KeyLocation {
				domain,
				key: id,
				version: 1
			})
		);
	});
}

#[test]
fn genesis_creates_domains_and_roles() {
	let mut storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(ALICE, 1_000)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	crate::GenesisConfig::<Test> {
		domains: vec![(ALICE, b"demo".to_vec())],
		roles: vec![(0, ALICE, Role::KeyManager), (0, BOB, Role::Auditor)],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(
			KeyRegistry::roles_of(0, &ALICE),
			vec![Role::Admin, Role::KeyManager]
		);
		assert_eq!(KeyRegistry::roles_of(0, &BOB), vec![Role::Auditor]);
		assert_eq!(KeyRegistry::audit_head(0).seq, 3);
		// Block 0 keeps no events: the three genesis entries wait for block 1.
		assert!(registry_events().is_empty());
		assert_eq!(PendingGenesisEntries::<Test>::get().len(), 3);
		run_to_block(1);
		let seqs: Vec<_> = registry_events()
			.iter()
			.map(|e| e.audit_position())
			.collect();
		assert_eq!(seqs, vec![(0, 1), (0, 2), (0, 3)]);
		assert!(matches!(
			registry_events().first(),
			Some(Event::DomainCreated {
				owner: ALICE,
				actor: Actor::Account(ALICE),
				..
			})
		));
		assert!(PendingGenesisEntries::<Test>::get().is_empty());
		// Folding block 1's events from seq 1 gives the stored head, and the
		// state rebuilt from them is the stored state.
		post_conditions();
		// Later blocks emit nothing more.
		run_to_block(2);
		assert_eq!(registry_events().len(), 3);
	});
}

/// Fulfilment by the outgoing version, then the rotation, in one block with
/// no grace: the chain accepted the signature in that block, so the version
/// is valid for it; from the next block it is retired.
#[test]
fn validity_is_exact_for_a_fulfilment_and_a_rotation_in_one_block() {
	use super::requests::{authorized, request_fulfilment};
	use sp_runtime::traits::Dispatchable;
	build_and_execute(|| {
		let domain = super::requests::setup_operated_domain();
		let (v0, v1) = (TestKey::ed25519(1), TestKey::ed25519(2));
		let key = register_with(domain, b"k", &v0, Some(policy(None, 0)));
		run_to_block(7);
		assert_ok!(request_fulfilment(domain, key, &v0, 0, b"pay").dispatch(authorized()));
		rotate(domain, key, b"k", &v0, &v1);
		let l0 = KeyLocation {
			domain,
			key,
			version: 0,
		};
		let at = |k: &TestKey, b| KeyRegistry::validity_at(&k.public(), b);
		assert_eq!(at(&v0, 7), Validity::Valid(l0));
		assert_eq!(
			at(&v0, 8),
			Validity::Retired {
				location: l0,
				since: 8
			}
		);
		assert!(matches!(at(&v1, 7), Validity::Valid(_)));
		// The chain itself no longer accepts the old version (grace 0).
		assert!(KeyRegistry::verify(domain, key, b"m", &v0.sign(b"m")).is_err());
		assert!(request_fulfilment(domain, key, &v0, 0, b"again")
			.dispatch(authorized())
			.is_err());
	});
}

/// A revocation "from now on" (the next block) keeps valid what the chain
/// accepted earlier in its block; one effective from its own block is a
/// retroactive statement and covers that block too.
#[test]
fn validity_is_exact_for_a_revocation_in_the_block_of_a_fulfilment() {
	use super::requests::{authorized, request_fulfilment};
	use sp_runtime::traits::Dispatchable;
	build_and_execute(|| {
		let domain = super::requests::setup_operated_domain();
		let (a, b) = (TestKey::ed25519(1), TestKey::ed25519(2));
		let ka = register(domain, b"a", &a);
		let kb = register(domain, b"b", &b);
		run_to_block(9);
		for (key, signer, name) in [(ka, &a, b"a"), (kb, &b, b"b")] {
			assert_ok!(request_fulfilment(domain, key, signer, 0, name).dispatch(authorized()));
		}
		// `a` from now on, `b` from this block on.
		assert_ok!(KeyRegistry::revoke_version(
			signed(BOB),
			domain,
			ka,
			0,
			RevocationReason::Compromised,
			10
		));
		assert_ok!(KeyRegistry::revoke_version(
			signed(BOB),
			domain,
			kb,
			0,
			RevocationReason::Compromised,
			9
		));
		assert!(matches!(
			KeyRegistry::validity_at(&a.public(), 9),
			Validity::Valid(_)
		));
		assert!(matches!(
			KeyRegistry::validity_at(&a.public(), 10),
			Validity::Revoked { since: 10, .. }
		));
		assert!(matches!(
			KeyRegistry::validity_at(&b.public(), 9),
			Validity::Revoked { since: 9, .. }
		));
		// Either way the chain stops accepting the key at once.
		assert!(KeyRegistry::verify(domain, ka, b"m", &a.sign(b"m")).is_err());
		// Two blocks ahead is the future.
		let c = TestKey::ed25519(3);
		let kc = register(domain, b"c", &c);
		assert_eq!(
			KeyRegistry::revoke_version(signed(BOB), domain, kc, 0, RevocationReason::Ceased, 11),
			Err(Error::<Test>::EffectiveFromInFuture.into())
		);
	});
}

/// A second rotation cuts the grace of the version before: it verified in
/// that block until the rotation, and no longer after.
#[test]
fn validity_is_exact_when_a_grace_is_cut_short() {
	build_and_execute(|| {
		let domain = setup_domain(); // grace 10
		let (v0, v1, v2) = (
			TestKey::ed25519(1),
			TestKey::ed25519(2),
			TestKey::ed25519(3),
		);
		let key = register(domain, b"k", &v0);
		run_to_block(5);
		rotate(domain, key, b"k", &v0, &v1);
		run_to_block(8);
		assert_eq!(
			KeyRegistry::verify(domain, key, b"m", &v0.sign(b"m")),
			Ok(0)
		);
		rotate(domain, key, b"k", &v1, &v2);
		assert!(KeyRegistry::verify(domain, key, b"m", &v0.sign(b"m")).is_err());
		let l0 = KeyLocation {
			domain,
			key,
			version: 0,
		};
		assert_eq!(
			KeyRegistry::validity_at(&v0.public(), 8),
			Validity::InGrace {
				location: l0,
				until: 9
			}
		);
		assert_eq!(
			KeyRegistry::validity_at(&v0.public(), 9),
			Validity::Retired {
				location: l0,
				since: 9
			}
		);
		assert_eq!(KeyRegistry::retirement(domain, key, 0), Some((5, 9)));
		assert_eq!(KeyRegistry::retirement(domain, key, 1), Some((8, 18)));
		assert_eq!(KeyRegistry::retirement(domain, key, 2), None);
	});
}
