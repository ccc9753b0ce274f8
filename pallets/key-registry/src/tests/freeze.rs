//! Freezing: stop all use at once, unfreeze by administrators only.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

#[test]
fn freezing_stops_use_and_only_admins_unfreeze() {
	build_and_execute(|| {
		let domain = setup_domain();
		let key = TestKey::ed25519(1);
		let id = register(domain, b"k", &key);
		assert_ok!(KeyRegistry::freeze_key(signed(BOB), domain, id));
		assert!(matches!(
			last_event(),
			Event::KeyFrozen {
				actor: Actor::Account(BOB),
				..
			}
		));
		assert_eq!(
			KeyRegistry::verify(domain, id, b"m", &key.sign(b"m")),
			Err(VerifyError::KeyFrozen)
		);
		assert_eq!(
			KeyRegistry::current_public_key(domain, id),
			Some(key.public())
		);
		// Validity is history; freezing is about use.
		assert_eq!(
			KeyRegistry::validity_at(&key.public(), 1),
			Validity::Valid(KeyLocation {
				domain,
				key: id,
				version: 0
			})
		);
		assert_noop!(
			KeyRegistry::freeze_key(signed(BOB), domain, id),
			Error::<Test>::AlreadyFrozen
		);
		assert_noop!(
			KeyRegistry::unfreeze_key(signed(BOB), domain, id),
			Error::<Test>::MissingRole
		);
		assert_ok!(KeyRegistry::unfreeze_key(signed(ALICE), domain, id));
		assert_noop!(
			KeyRegistry::unfreeze_key(signed(ALICE), domain, id),
			Error::<Test>::NotFrozen
		);
		assert_eq!(
			KeyRegistry::verify(domain, id, b"m", &key.sign(b"m")),
			Ok(0)
		);
	});
}

#[test]
fn governance_freezes_and_unfreezes_any_key() {
	build_and_execute(|| {
		let domain = setup_domain();
		let key = TestKey::ecdsa(1);
		let id = register(domain, b"k", &key);
		assert_ok!(KeyRegistry::freeze_key(root(), domain, id));
		assert_ok!(KeyRegistry::unfreeze_key(root(), domain, id));
		assert!(matches!(
			last_event(),
			Event::KeyUnfrozen {
				actor: Actor::Governance,
				..
			}
		));
		assert_noop!(
			KeyRegistry::freeze_key(root(), domain, 4),
			Error::<Test>::UnknownKey
		);
	});
}

#[test]
fn revoking_a_frozen_key_keeps_it_frozen_and_the_log_agrees() {
	build_and_execute(|| {
		let domain = setup_domain();
		let key = TestKey::ed25519(1);
		let id = register(domain, b"k", &key);
		assert_ok!(KeyRegistry::freeze_key(signed(BOB), domain, id));
		assert_ok!(KeyRegistry::revoke_key(
			signed(BOB),
			domain,
			id,
			RevocationReason::Compromised,
			1
		));
		let record = Keys::<Test>::get(domain, id).unwrap();
		assert_eq!(record.status, KeyStatus::Revoked);
		// The log has `KeyFrozen` then `KeyRevoked` and no thaw in between.
		assert!(record.frozen, "revocation is not an unfreeze");
		let replayed = replay_registry().keys;
		assert_eq!(replayed, stored_key_lifecycles());
		assert!(replayed[&(domain, id)].frozen);
		// Nothing about a revoked key changes any more, its flag included.
		assert_noop!(
			KeyRegistry::unfreeze_key(signed(ALICE), domain, id),
			Error::<Test>::KeyRevoked
		);
	});
}
