//! Key registration: schemes, proofs of possession, point validation,
//! custody, metadata, deposits and limits.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};

/// Registers with every argument explicit, returning the dispatch result.
#[allow(clippy::too_many_arguments)]
fn try_register(
	who: AccountId,
	domain: DomainId,
	name: &[u8],
	custody: CustodyInput,
	metadata: Vec<u8>,
	public: PublicKey,
	proof: KeySignature,
) -> frame_support::dispatch::DispatchResult {
	KeyRegistry::register_key(
		signed(who),
		domain,
		name.to_vec(),
		KeyPurpose::Signing,
		custody,
		Some(custodian().public()),
		None,
		metadata,
		public,
		proof,
	)
}

/// BOB registers `key` as `name` with software custody and a correct proof.
fn attempt(
	domain: DomainId,
	name: &[u8],
	key: &TestKey,
	metadata: Vec<u8>,
) -> frame_support::dispatch::DispatchResult {
	let proof = key.pop(domain, name, 0, BOB);
	try_register(
		BOB,
		domain,
		name,
		Custody::Software,
		metadata,
		key.public(),
		proof,
	)
}

#[test]
fn registers_keys_of_every_scheme() {
	build_and_execute(|| {
		let domain = setup_domain();
		for (i, key) in [TestKey::ed25519(1), TestKey::sr25519(2), TestKey::ecdsa(3)]
			.iter()
			.enumerate()
		{
			let name = format!("key-{i}").into_bytes();
			assert_ok!(try_register(
				BOB,
				domain,
				&name,
				Custody::Hsm {
					attestation: Some([7; 32])
				},
				b"meta".to_vec(),
				key.public(),
				key.pop(domain, &name, 0, BOB),
			));
			let id = i as KeyId;
			let record = Keys::<Test>::get(domain, id).unwrap();
			assert_eq!(record.scheme, key.public().scheme());
			assert_eq!(record.status, KeyStatus::Active);
			assert_eq!(record.current_version, 0);
			let expected_deposit =
				KEY_DEPOSIT + VERSION_DEPOSIT + BYTE_DEPOSIT * (name.len() as u64 + 4);
			assert_eq!(record.deposit, expected_deposit);
			assert_eq!(
				Versions::<Test>::get((domain, id, 0)).unwrap().public,
				key.public()
			);
			assert_eq!(
				KeyByPublic::<Test>::get(key.public()),
				Some(KeyLocation {
					domain,
					key: id,
					version: 0
				})
			);
			assert_eq!(
				KeyNames::<Test>::get(domain, NameOf::<Test>::try_from(name).unwrap()),
				Some(id)
			);
			assert!(matches!(
				last_event(),
				Event::KeyRegistered { key, version: 0, actor: Actor::Account(BOB), .. } if key == id
			));
		}
		let domain_record = Domains::<Test>::get(domain).unwrap();
		assert_eq!((domain_record.key_count, domain_record.live_keys), (3, 3));
		assert_eq!(
			Balances::balance_on_hold(
				&RuntimeHoldReason::KeyRegistry(HoldReason::KeyDeposit),
				&ALICE
			),
			domain_record.key_deposits
		);
	});
}

#[test]
fn a_wrong_proof_of_possession_is_rejected() {
	build_and_execute(|| {
		let domain = setup_domain();
		let key = TestKey::ed25519(1);
		let other = TestKey::ed25519(2);
		// Signed by another key.
		assert_noop!(
			try_register(
				BOB,
				domain,
				b"k",
				Custody::Software,
				vec![],
				key.public(),
				other.pop_for(&key, domain, b"k", 0, BOB)
			),
			Error::<Test>::InvalidProofOfPossession
		);
		// Signed over another name, version or domain.
		for proof in [
			key.pop(domain, b"other", 0, BOB),
			key.pop(domain, b"k", 1, BOB),
			key.pop(domain + 1, b"k", 0, BOB),
		] {
			assert_noop!(
				try_register(
					BOB,
					domain,
					b"k",
					Custody::Software,
					vec![],
					key.public(),
					proof
				),
				Error::<Test>::InvalidProofOfPossession
			);
		}
		// A proof made for BOB cannot be replayed by another key manager.
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			CHARLIE,
			Role::KeyManager
		));
		assert_noop!(
			try_register(
				CHARLIE,
				domain,
				b"k",
				Custody::Software,
				vec![],
				key.public(),
				key.pop(domain, b"k", 0, BOB)
			),
			Error::<Test>::InvalidProofOfPossession
		);
		// A proof of another scheme.
		let sr = TestKey::sr25519(1);
		assert_noop!(
			try_register(
				BOB,
				domain,
				b"k",
				Custody::Software,
				vec![],
				key.public(),
				sr.sign(b"x")
			),
			Error::<Test>::SignatureSchemeMismatch
		);
	});
}

#[test]
fn a_proof_from_another_chain_is_rejected() {
	build_and_execute(|| {
		let domain = setup_domain();
		let key = TestKey::ecdsa(1);
		let foreign = key.sign(&signature::possession_payload(
			&sp_core::H256::repeat_byte(0xAB),
			domain,
			b"k",
			0,
			&Actor::<AccountId>::Account(BOB),
			&key.public(),
		));
		assert_noop!(
			try_register(
				BOB,
				domain,
				b"k",
				Custody::Software,
				vec![],
				key.public(),
				foreign
			),
			Error::<Test>::InvalidProofOfPossession
		);
	});
}

#[test]
fn invalid_points_are_rejected() {
	build_and_execute(|| {
		let domain = setup_domain();
		let ed = TestKey::ed25519(1);
		let mut identity = [0u8; 32];
		identity[0] = 1; // the Edwards identity: small order
		let mut not_on_curve = [0u8; 33];
		not_on_curve[0] = 0x02;
		not_on_curve[1..].copy_from_slice(&[0xff; 32]); // x >= p
		let uncompressed_prefix = {
			let mut p = match TestKey::ecdsa(1).public() {
				PublicKey::EcdsaSecp256k1(p) => p,
				_ => unreachable!(),
			};
			p[0] = 0x04;
			p
		};
		for public in [
			PublicKey::Ed25519(identity),
			PublicKey::Sr25519([0xff; 32]),
			PublicKey::Sr25519([0u8; 32]),
			PublicKey::EcdsaSecp256k1(not_on_curve),
			PublicKey::EcdsaSecp256k1(uncompressed_prefix),
		] {
			assert_noop!(
				try_register(
					BOB,
					domain,
					b"k",
					Custody::Software,
					vec![],
					public,
					ed.sign(b"x")
				),
				Error::<Test>::InvalidPublicKey
			);
		}
	});
}

#[test]
fn names_keys_and_metadata_are_checked() {
	build_and_execute(|| {
		let domain = setup_domain();
		let key = TestKey::sr25519(1);
		register(domain, b"k", &key);
		let other = TestKey::sr25519(2);
		assert_noop!(
			attempt(domain, b"k", &other, vec![]),
			Error::<Test>::KeyNameTaken
		);
		assert_noop!(
			attempt(domain, b"k2", &key, vec![]),
			Error::<Test>::PublicKeyInUse
		);
		assert_noop!(
			attempt(domain, b"k2", &other, vec![0; 129]),
			Error::<Test>::MetadataTooLong
		);
		assert_noop!(
			attempt(domain, b"", &other, vec![]),
			Error::<Test>::NameEmpty
		);
		let long = [b'n'; 33];
		assert_noop!(
			attempt(domain, &long, &other, vec![]),
			Error::<Test>::NameTooLong
		);
		assert_noop!(
			attempt(5, b"k2", &other, vec![]),
			Error::<Test>::UnknownDomain
		);
		// Metadata of the maximum length is fine.
		assert_ok!(attempt(domain, b"k2", &other, vec![1; 128]));
	});
}

#[test]
fn a_public_key_is_registered_once_across_domains() {
	build_and_execute(|| {
		let first = setup_domain();
		let second = setup_domain();
		let key = TestKey::ed25519(1);
		register(first, b"k", &key);
		assert_noop!(
			attempt(second, b"k", &key, vec![]),
			Error::<Test>::PublicKeyInUse
		);
	});
}

#[test]
fn keys_per_domain_are_bounded() {
	build_and_execute(|| {
		let domain = setup_domain();
		for i in 0..16u8 {
			register(domain, &[b'k', i], &TestKey::ed25519(100 + i));
		}
		let key = TestKey::ed25519(1);
		assert_noop!(
			attempt(domain, b"last", &key, vec![]),
			Error::<Test>::TooManyKeys
		);
	});
}

#[test]
fn threshold_keys_are_never_registered_from_a_dealer() {
	build_and_execute(|| {
		let domain = setup_domain();
		let ed = TestKey::ed25519(1);
		// Whoever holds a whole key could split it: the registry accepts a
		// threshold key only from its committee's DKG (see tests/ceremonies.rs).
		let committee: Vec<PublicKey> =
			(1..=3).map(|i| TestKey::ed25519(10 + i).public()).collect();
		assert_noop!(
			try_register(
				BOB,
				domain,
				b"frost",
				Custody::Threshold {
					threshold: 2,
					committee
				},
				vec![],
				ed.public(),
				ed.pop(domain, b"frost", 0, BOB),
			),
			Error::<Test>::ThresholdKeyNeedsCeremony
		);
		assert!(Keys::<Test>::iter_prefix(domain).next().is_none());
	});
}

#[test]
fn the_owner_must_afford_key_deposits() {
	build_and_execute(|| {
		assert_ok!(KeyRegistry::create_domain(
			signed(FRUGAL),
			b"lean".to_vec(),
			policy(None, 0)
		));
		assert_ok!(KeyRegistry::grant_role(
			signed(FRUGAL),
			0,
			BOB,
			Role::KeyManager
		));
		let key = TestKey::ed25519(1);
		assert_noop!(
			attempt(0, b"k", &key, vec![]),
			Error::<Test>::InsufficientDeposit
		);
	});
}

#[test]
fn key_policy_is_validated_and_can_be_changed() {
	build_and_execute(|| {
		let domain = setup_domain();
		let key = TestKey::ed25519(1);
		assert_noop!(
			KeyRegistry::register_key(
				signed(BOB),
				domain,
				b"k".to_vec(),
				KeyPurpose::Attestation,
				Custody::Tee {
					attestation: [1; 32]
				},
				Some(custodian().public()),
				Some(policy(Some(2), 0)),
				vec![],
				key.public(),
				key.pop(domain, b"k", 0, BOB),
			),
			Error::<Test>::RotationPeriodTooShort
		);
		let id = register_with(domain, b"k", &key, Some(policy(None, 0)));
		assert_noop!(
			KeyRegistry::set_key_policy(signed(BOB), domain, id, policy(None, 99)),
			Error::<Test>::GracePeriodTooLong
		);
		assert_noop!(
			KeyRegistry::set_key_policy(signed(BOB), domain, 3, policy(None, 1)),
			Error::<Test>::UnknownKey
		);
		assert_ok!(KeyRegistry::set_key_policy(
			signed(BOB),
			domain,
			id,
			policy(Some(10), 2)
		));
		let record = Keys::<Test>::get(domain, id).unwrap();
		assert_eq!(record.policy, policy(Some(10), 2));
		assert_eq!(record.rotation_due_at, Some(11));
		assert!(matches!(last_event(), Event::KeyPolicySet { .. }));
	});
}
