//! Roles: grants, revocations, the last administrator, implicit deny.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

#[test]
fn admin_grants_and_revokes_roles() {
	build_and_execute(|| {
		let domain = setup_domain();
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			BOB,
			Role::Operator
		));
		assert_eq!(
			KeyRegistry::roles_of(domain, &BOB),
			vec![Role::KeyManager, Role::Operator]
		);
		assert_eq!(Domains::<Test>::get(domain).unwrap().member_count, 2);
		assert!(matches!(
			last_event(),
			Event::RoleGranted {
				who: BOB,
				role: Role::Operator,
				actor: Actor::Account(ALICE),
				..
			}
		));
		assert_ok!(KeyRegistry::revoke_role(
			signed(ALICE),
			domain,
			BOB,
			Role::KeyManager
		));
		assert_ok!(KeyRegistry::revoke_role(
			signed(ALICE),
			domain,
			BOB,
			Role::Operator
		));
		assert!(KeyRegistry::roles_of(domain, &BOB).is_empty());
		assert!(!Roles::<Test>::contains_key(domain, BOB));
		assert_eq!(Domains::<Test>::get(domain).unwrap().member_count, 1);
		assert!(matches!(
			last_event(),
			Event::RoleRevoked {
				who: BOB,
				role: Role::Operator,
				..
			}
		));
	});
}

#[test]
fn granting_and_revoking_check_their_preconditions() {
	build_and_execute(|| {
		let domain = setup_domain();
		assert_noop!(
			KeyRegistry::grant_role(signed(ALICE), domain, BOB, Role::KeyManager),
			Error::<Test>::RoleAlreadyGranted
		);
		assert_noop!(
			KeyRegistry::revoke_role(signed(ALICE), domain, BOB, Role::Auditor),
			Error::<Test>::RoleNotHeld
		);
		assert_noop!(
			KeyRegistry::grant_role(signed(ALICE), 9, BOB, Role::Auditor),
			Error::<Test>::UnknownDomain
		);
	});
}

#[test]
fn only_admins_and_governance_grant_roles() {
	build_and_execute(|| {
		let domain = setup_domain();
		// A key manager cannot hand out roles, not even to itself.
		assert_noop!(
			KeyRegistry::grant_role(signed(BOB), domain, BOB, Role::Admin),
			Error::<Test>::MissingRole
		);
		assert_noop!(
			KeyRegistry::grant_role(signed(EVE), domain, EVE, Role::Operator),
			Error::<Test>::MissingRole
		);
		assert_ok!(KeyRegistry::grant_role(root(), domain, EVE, Role::Auditor));
		assert!(matches!(
			last_event(),
			Event::RoleGranted {
				actor: Actor::Governance,
				..
			}
		));
	});
}

#[test]
fn the_last_administrator_stays() {
	build_and_execute(|| {
		let domain = setup_domain();
		assert_noop!(
			KeyRegistry::revoke_role(signed(ALICE), domain, ALICE, Role::Admin),
			Error::<Test>::LastAdmin
		);
		assert_noop!(
			KeyRegistry::revoke_role(root(), domain, ALICE, Role::Admin),
			Error::<Test>::LastAdmin
		);
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			CHARLIE,
			Role::Admin
		));
		assert_ok!(KeyRegistry::revoke_role(
			signed(CHARLIE),
			domain,
			ALICE,
			Role::Admin
		));
		assert_eq!(Domains::<Test>::get(domain).unwrap().admin_count, 1);
		assert_noop!(
			KeyRegistry::revoke_role(signed(CHARLIE), domain, CHARLIE, Role::Admin),
			Error::<Test>::LastAdmin
		);
	});
}

#[test]
fn a_holder_may_renounce_its_own_role_but_not_others() {
	build_and_execute(|| {
		let domain = setup_domain();
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			CHARLIE,
			Role::Operator
		));
		assert_noop!(
			KeyRegistry::revoke_role(signed(BOB), domain, CHARLIE, Role::Operator),
			Error::<Test>::MissingRole
		);
		assert_ok!(KeyRegistry::revoke_role(
			signed(BOB),
			domain,
			BOB,
			Role::KeyManager
		));
		assert!(matches!(
			last_event(),
			Event::RoleRevoked {
				actor: Actor::Account(BOB),
				..
			}
		));
	});
}

#[test]
fn membership_is_bounded() {
	build_and_execute(|| {
		let domain = setup_domain();
		// ALICE and BOB are members; the mock allows eight.
		for who in 10..16 {
			assert_ok!(KeyRegistry::grant_role(
				signed(ALICE),
				domain,
				who,
				Role::Operator
			));
		}
		assert_noop!(
			KeyRegistry::grant_role(signed(ALICE), domain, 16, Role::Operator),
			Error::<Test>::TooManyMembers
		);
		// Another role for an existing member is no new member.
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			10,
			Role::Auditor
		));
	});
}

#[test]
fn implicit_deny_without_the_matching_role() {
	build_and_execute(|| {
		let domain = setup_domain();
		let key = TestKey::ed25519(1);
		// The administrator is not a key manager: separation of duties.
		assert_noop!(
			KeyRegistry::register_key(
				signed(ALICE),
				domain,
				b"k".to_vec(),
				KeyPurpose::Signing,
				Custody::Software,
				None,
				None,
				vec![],
				key.public(),
				key.pop(domain, b"k", 0, ALICE),
			),
			Error::<Test>::MissingRole
		);
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			DAVE,
			Role::Operator
		));
		let id = register(domain, b"k", &key);
		assert_noop!(
			KeyRegistry::revoke_key(signed(DAVE), domain, id, RevocationReason::Compromised, 1),
			Error::<Test>::MissingRole
		);
		assert_noop!(
			KeyRegistry::freeze_key(signed(DAVE), domain, id),
			Error::<Test>::MissingRole
		);
		assert_noop!(
			KeyRegistry::set_key_policy(signed(DAVE), domain, id, policy(None, 0)),
			Error::<Test>::MissingRole
		);
	});
}
