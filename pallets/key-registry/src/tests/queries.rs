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
		assert_eq!(
			at(&v0.public(), 20),
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
			AuditHeads::<Test>::get(domain)
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
		assert_eq!(AuditHeads::<Test>::get(0).seq, 3);
		KeyRegistry::do_try_state().unwrap();
	});
}
