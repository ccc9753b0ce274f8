//! The named custodian: a copy of a key is not enough to act as its
//! custodian, entries name the custodian that acted, and only the key manager
//! names or changes it.

use super::requests::{
	authorized, custodian_rotation, fulfil_call, fulfilment, overdue_key, pool_check, request,
	request_fulfilment, setup_operated_domain,
};
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, pallet_prelude::InvalidTransaction};
use sp_runtime::traits::Dispatchable;

/// An attacker with a copy of the key's private half and a custodian key of
/// its own (or no custodian key at all).
fn intruder() -> TestKey {
	TestKey::sr25519(66)
}

#[test]
fn a_copied_key_without_the_custodian_identity_cannot_fulfil() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let signer = TestKey::ed25519(1);
		let key = register(domain, b"k", &signer);
		let id = request(domain, key, b"pay 10 to eve");
		// The copy makes a perfectly valid signature by the key...
		let signature = fulfilment(&signer, domain, key, 0, id, b"pay 10 to eve");
		// ...but co-signs with its own identity instead of the named custodian.
		let forged = RuntimeCall::KeyRegistry(Call::fulfil_signature {
			domain,
			key,
			request: id,
			signature,
			custodian_proof: intruder().sign(&signature::custodian_fulfilment_payload(
				&KeyRegistry::genesis_hash(),
				domain,
				key,
				id,
				&signature,
			)),
		});
		assert_eq!(
			pool_check(&forged),
			Err(InvalidTransaction::BadProof.into())
		);
		assert_noop!(
			forged.dispatch(authorized()),
			Error::<Test>::InvalidCustodianProof
		);
		// A custodian proof for another request does not carry over.
		let other = request(domain, key, b"pay 1 to bob");
		let replayed = RuntimeCall::KeyRegistry(Call::fulfil_signature {
			domain,
			key,
			request: id,
			signature,
			custodian_proof: custodian_fulfilment_proof(domain, key, other, &signature),
		});
		assert_noop!(
			replayed.dispatch(authorized()),
			Error::<Test>::InvalidCustodianProof
		);
		// The named custodian delivers, and the entry names it.
		assert_ok!(fulfil_call(domain, key, id, signature).dispatch(authorized()));
		assert!(matches!(
			last_event(),
			Event::SignatureFulfilled { actor: Actor::Custodian(c), .. } if c == custodian().public()
		));
	});
}

#[test]
fn a_copied_key_without_the_custodian_identity_cannot_rotate() {
	build_and_execute(|| {
		let v0 = TestKey::ed25519(1);
		let (domain, key) = overdue_key(&v0);
		// The intruder's own next key, with every proof the key can give.
		let theirs = TestKey::ed25519(77);
		let actor = Actor::Custodian(intruder().public());
		let takeover = RuntimeCall::KeyRegistry(Call::rotate_key_by_custodian {
			domain,
			key,
			new_public: theirs.public(),
			proof: theirs.pop_by(domain, b"k", 1, &actor),
			certificate: v0.certify(domain, b"k", 0, &theirs),
			custodian_proof: intruder().sign(&signature::custodian_rotation_payload(
				&KeyRegistry::genesis_hash(),
				domain,
				key,
				0,
				&theirs.public(),
			)),
		});
		assert_eq!(
			pool_check(&takeover),
			Err(InvalidTransaction::BadProof.into())
		);
		assert_noop!(
			takeover.dispatch(authorized()),
			Error::<Test>::InvalidCustodianProof
		);
		assert_eq!(
			KeyRegistry::current_public_key(domain, key),
			Some(v0.public())
		);
		// The proof of possession binds the custodian that acts: the named
		// custodian cannot reuse a proof made out to another identity.
		let v1 = TestKey::ed25519(2);
		let mismatched = custodian_rotation(
			domain,
			key,
			&v1,
			v1.pop_by(domain, b"k", 1, &actor),
			v0.certify(domain, b"k", 0, &v1),
		);
		assert_noop!(
			mismatched.dispatch(authorized()),
			Error::<Test>::InvalidProofOfPossession
		);
		// The named custodian rotates; the entry names it.
		let call = custodian_rotation(
			domain,
			key,
			&v1,
			v1.pop_by(domain, b"k", 1, &Actor::Custodian(custodian().public())),
			v0.certify(domain, b"k", 0, &v1),
		);
		assert_ok!(call.dispatch(authorized()));
		assert!(matches!(
			last_event(),
			Event::KeyRotated { actor: Actor::Custodian(c), version: 1, .. } if c == custodian().public()
		));
	});
}

#[test]
fn a_key_without_a_custodian_has_no_custodian_transactions() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let signer = TestKey::ed25519(1);
		let key = register(domain, b"k", &signer);
		assert_ok!(KeyRegistry::set_key_custodian(
			signed(BOB),
			domain,
			key,
			None
		));
		let call = request_fulfilment(domain, key, &signer, 0, b"x");
		assert_eq!(
			pool_check(&call),
			Err(super::requests::custom(Error::<Test>::NoCustodian))
		);
		assert_noop!(call.dispatch(authorized()), Error::<Test>::NoCustodian);
	});
}

#[test]
fn hardware_custody_needs_a_named_custodian() {
	build_and_execute(|| {
		let domain = setup_domain();
		let key = TestKey::ed25519(1);
		for custody in [
			Custody::Hsm { attestation: None },
			Custody::Tee {
				attestation: [1; 32],
			},
		] {
			assert_noop!(
				KeyRegistry::register_key(
					signed(BOB),
					domain,
					b"hsm".to_vec(),
					KeyPurpose::Signing,
					custody,
					None,
					None,
					vec![],
					key.public(),
					key.pop(domain, b"hsm", 0, BOB),
				),
				Error::<Test>::CustodianRequired
			);
		}
		// An invalid custodian key is refused as such.
		assert_noop!(
			KeyRegistry::register_key(
				signed(BOB),
				domain,
				b"hsm".to_vec(),
				KeyPurpose::Signing,
				Custody::Hsm { attestation: None },
				Some(PublicKey::EcdsaSecp256k1([9; 33])),
				None,
				vec![],
				key.public(),
				key.pop(domain, b"hsm", 0, BOB),
			),
			Error::<Test>::InvalidCustodian
		);
		assert_ok!(KeyRegistry::register_key(
			signed(BOB),
			domain,
			b"hsm".to_vec(),
			KeyPurpose::Signing,
			Custody::Hsm { attestation: None },
			Some(custodian().public()),
			None,
			vec![],
			key.public(),
			key.pop(domain, b"hsm", 0, BOB),
		));
		// Nor can it be removed later.
		assert_noop!(
			KeyRegistry::set_key_custodian(signed(BOB), domain, 0, None),
			Error::<Test>::CustodianRequired
		);
	});
}

#[test]
fn only_the_key_manager_moves_a_key_to_another_custodian() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let signer = TestKey::ed25519(1);
		let key = register(domain, b"k", &signer);
		let next = TestKey::ed25519(90).public();
		for outsider in [ALICE, CHARLIE, EVE] {
			assert_noop!(
				KeyRegistry::set_key_custodian(signed(outsider), domain, key, Some(next)),
				Error::<Test>::MissingRole
			);
		}
		assert_noop!(
			KeyRegistry::set_key_custodian(signed(BOB), domain, key, Some(custodian().public())),
			Error::<Test>::CustodianUnchanged
		);
		assert_ok!(KeyRegistry::set_key_custodian(
			signed(BOB),
			domain,
			key,
			Some(next)
		));
		assert_eq!(
			last_event(),
			Event::KeyCustodianSet {
				domain,
				seq: KeyRegistry::audit_head(domain).seq,
				actor: Actor::Account(BOB),
				key,
				previous: Some(custodian().public()),
				custodian: Some(next),
			}
		);
		// The old custodian is no longer accepted.
		let call = request_fulfilment(domain, key, &signer, 0, b"x");
		assert_noop!(
			call.dispatch(authorized()),
			Error::<Test>::InvalidCustodianProof
		);
		// A revoked key's custodian no longer changes.
		assert_ok!(KeyRegistry::revoke_key(
			signed(BOB),
			domain,
			key,
			RevocationReason::Ceased,
			1
		));
		assert_noop!(
			KeyRegistry::set_key_custodian(signed(BOB), domain, key, None),
			Error::<Test>::KeyRevoked
		);
	});
}
