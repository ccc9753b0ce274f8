//! Domains: creation, policy defaults, hand-over, closing.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use sp_runtime::DispatchError;

fn held(reason: HoldReason, who: AccountId) -> Balance {
	Balances::balance_on_hold(&RuntimeHoldReason::KeyRegistry(reason), &who)
}

#[test]
fn create_domain_holds_deposit_and_makes_owner_admin() {
	build_and_execute(|| {
		assert_ok!(KeyRegistry::create_domain(
			signed(ALICE),
			b"ops".to_vec(),
			policy(None, 3)
		));
		let domain = Domains::<Test>::get(0).unwrap();
		assert_eq!(domain.owner, ALICE);
		assert_eq!(domain.name.to_vec(), b"ops".to_vec());
		assert_eq!(domain.deposit, DOMAIN_DEPOSIT);
		assert_eq!(domain.default_policy, policy(None, 3));
		assert_eq!((domain.member_count, domain.admin_count), (1, 1));
		assert_eq!(held(HoldReason::DomainDeposit, ALICE), DOMAIN_DEPOSIT);
		assert_eq!(KeyRegistry::roles_of(0, &ALICE), vec![Role::Admin]);
		assert_eq!(NextDomainId::<Test>::get(), 1);
		assert!(matches!(
			last_event(),
			Event::DomainCreated {
				domain: 0,
				seq: 1,
				actor: Actor::Account(ALICE),
				owner: ALICE,
				..
			}
		));
	});
}

#[test]
fn create_domain_rejects_bad_names() {
	build_and_execute(|| {
		assert_noop!(
			KeyRegistry::create_domain(signed(ALICE), vec![], policy(None, 0)),
			Error::<Test>::NameEmpty
		);
		assert_noop!(
			KeyRegistry::create_domain(signed(ALICE), vec![b'x'; 33], policy(None, 0)),
			Error::<Test>::NameTooLong
		);
	});
}

#[test]
fn create_domain_rejects_invalid_policies() {
	build_and_execute(|| {
		let name = || b"ops".to_vec();
		assert_noop!(
			KeyRegistry::create_domain(signed(ALICE), name(), policy(Some(4), 0)),
			Error::<Test>::RotationPeriodTooShort
		);
		assert_noop!(
			KeyRegistry::create_domain(signed(ALICE), name(), policy(None, 51)),
			Error::<Test>::GracePeriodTooLong
		);
		let mut p = policy(None, 0);
		p.usage_limit = Some(UsageLimit {
			max_uses: 3,
			window: 0,
		});
		assert_noop!(
			KeyRegistry::create_domain(signed(ALICE), name(), p),
			Error::<Test>::UsageWindowZero
		);
		p.usage_limit = Some(UsageLimit {
			max_uses: 0,
			window: 5,
		});
		assert_noop!(
			KeyRegistry::create_domain(signed(ALICE), name(), p),
			Error::<Test>::UsageLimitZero
		);
	});
}

#[test]
fn create_domain_needs_the_deposit_and_a_signed_origin() {
	build_and_execute(|| {
		assert_noop!(
			KeyRegistry::create_domain(signed(PAUPER), b"ops".to_vec(), policy(None, 0)),
			Error::<Test>::InsufficientDeposit
		);
		assert_noop!(
			KeyRegistry::create_domain(RuntimeOrigin::none(), b"ops".to_vec(), policy(None, 0)),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn set_domain_policy_needs_admin_or_governance() {
	build_and_execute(|| {
		let domain = setup_domain();
		assert_noop!(
			KeyRegistry::set_domain_policy(signed(BOB), domain, policy(Some(20), 5)),
			Error::<Test>::MissingRole
		);
		assert_noop!(
			KeyRegistry::set_domain_policy(signed(ALICE), 7, policy(Some(20), 5)),
			Error::<Test>::UnknownDomain
		);
		assert_noop!(
			KeyRegistry::set_domain_policy(signed(ALICE), domain, policy(Some(1), 5)),
			Error::<Test>::RotationPeriodTooShort
		);
		assert_ok!(KeyRegistry::set_domain_policy(
			signed(ALICE),
			domain,
			policy(Some(20), 5)
		));
		assert_eq!(
			Domains::<Test>::get(domain).unwrap().default_policy,
			policy(Some(20), 5)
		);
		assert_ok!(KeyRegistry::set_domain_policy(
			root(),
			domain,
			policy(None, 1)
		));
		assert!(matches!(
			last_event(),
			Event::DomainPolicySet {
				actor: Actor::Governance,
				..
			}
		));
		// Keys registered without a policy take the domain's default.
		let key = TestKey::ed25519(1);
		let id = register(domain, b"k", &key);
		assert_eq!(
			Keys::<Test>::get(domain, id).unwrap().policy,
			policy(None, 1)
		);
	});
}

#[test]
fn hand_over_moves_deposits_and_administration() {
	build_and_execute(|| {
		let domain = setup_domain();
		let key = TestKey::ed25519(1);
		register(domain, b"k", &key);
		let key_deposits = Domains::<Test>::get(domain).unwrap().key_deposits;
		assert_noop!(
			KeyRegistry::hand_over_domain(signed(BOB), domain, Some(CHARLIE)),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			KeyRegistry::hand_over_domain(signed(ALICE), domain, Some(ALICE)),
			Error::<Test>::AlreadyOwner
		);
		assert_noop!(
			KeyRegistry::accept_domain(signed(CHARLIE), domain),
			Error::<Test>::NotPendingOwner
		);
		assert_ok!(KeyRegistry::hand_over_domain(
			signed(ALICE),
			domain,
			Some(CHARLIE)
		));
		assert_noop!(
			KeyRegistry::accept_domain(signed(DAVE), domain),
			Error::<Test>::NotPendingOwner
		);
		assert_ok!(KeyRegistry::accept_domain(signed(CHARLIE), domain));

		let record = Domains::<Test>::get(domain).unwrap();
		assert_eq!((record.owner, record.pending_owner), (CHARLIE, None));
		assert_eq!(held(HoldReason::DomainDeposit, ALICE), 0);
		assert_eq!(held(HoldReason::KeyDeposit, ALICE), 0);
		assert_eq!(held(HoldReason::DomainDeposit, CHARLIE), DOMAIN_DEPOSIT);
		assert_eq!(held(HoldReason::KeyDeposit, CHARLIE), key_deposits);
		assert_eq!(KeyRegistry::roles_of(domain, &CHARLIE), vec![Role::Admin]);
		// The old owner keeps its roles until an administrator removes them.
		assert_eq!(KeyRegistry::roles_of(domain, &ALICE), vec![Role::Admin]);
		// One call, one entry: the hand-over carries the deposits it moved and
		// the role it granted.
		let seq = KeyRegistry::audit_head(domain).seq;
		assert_eq!(
			last_event(),
			Event::DomainHandedOver {
				domain,
				seq,
				actor: Actor::Account(CHARLIE),
				from: ALICE,
				to: CHARLIE,
				deposit: DOMAIN_DEPOSIT,
				key_deposits,
				admin_granted: true,
			}
		);
		assert!(!matches!(
			registry_events().iter().rev().nth(1),
			Some(Event::RoleGranted { .. })
		));
	});
}

#[test]
fn hand_over_can_be_withdrawn_and_needs_the_new_owners_funds() {
	build_and_execute(|| {
		let domain = setup_domain();
		assert_ok!(KeyRegistry::hand_over_domain(
			signed(ALICE),
			domain,
			Some(PAUPER)
		));
		assert_noop!(
			KeyRegistry::accept_domain(signed(PAUPER), domain),
			Error::<Test>::InsufficientDeposit
		);
		assert_ok!(KeyRegistry::hand_over_domain(signed(ALICE), domain, None));
		assert_noop!(
			KeyRegistry::accept_domain(signed(PAUPER), domain),
			Error::<Test>::NotPendingOwner
		);
		// Governance may hand a domain over, e.g. when the owner is lost.
		assert_ok!(KeyRegistry::hand_over_domain(root(), domain, Some(DAVE)));
		assert_ok!(KeyRegistry::accept_domain(signed(DAVE), domain));
		assert_eq!(Domains::<Test>::get(domain).unwrap().owner, DAVE);
	});
}

#[test]
fn close_needs_no_live_keys_and_releases_the_deposit() {
	build_and_execute(|| {
		let domain = setup_domain();
		let key = TestKey::ed25519(1);
		let id = register(domain, b"k", &key);
		assert_noop!(
			KeyRegistry::close_domain(signed(BOB), domain),
			Error::<Test>::MissingRole
		);
		assert_noop!(
			KeyRegistry::close_domain(signed(ALICE), domain),
			Error::<Test>::DomainHasLiveKeys
		);
		assert_ok!(KeyRegistry::revoke_key(
			signed(BOB),
			domain,
			id,
			RevocationReason::Ceased,
			1
		));
		let key_deposits = Domains::<Test>::get(domain).unwrap().key_deposits;
		assert_ok!(KeyRegistry::close_domain(signed(ALICE), domain));

		let record = Domains::<Test>::get(domain).unwrap();
		assert_eq!(record.status, DomainStatus::Closed);
		assert_eq!(held(HoldReason::DomainDeposit, ALICE), 0);
		// History stays, and so do the deposits that pay for it.
		assert_eq!(held(HoldReason::KeyDeposit, ALICE), key_deposits);
		assert!(Keys::<Test>::get(domain, id).is_some());
		assert!(matches!(
			last_event(),
			Event::DomainClosed {
				released: DOMAIN_DEPOSIT,
				..
			}
		));

		assert_noop!(
			KeyRegistry::close_domain(signed(ALICE), domain),
			Error::<Test>::DomainClosed
		);
		assert_noop!(
			KeyRegistry::grant_role(signed(ALICE), domain, DAVE, Role::Auditor),
			Error::<Test>::DomainClosed
		);
		let other = TestKey::ed25519(2);
		assert_noop!(
			KeyRegistry::register_key(
				signed(BOB),
				domain,
				b"k2".to_vec(),
				KeyPurpose::Signing,
				Custody::Software,
				None,
				None,
				vec![],
				other.public(),
				other.pop(domain, b"k2", 0, BOB),
			),
			Error::<Test>::DomainClosed
		);
	});
}

#[test]
fn exhausted_counters_fail_cleanly() {
	build_and_execute(|| {
		NextDomainId::<Test>::put(DomainId::MAX);
		assert_noop!(
			KeyRegistry::create_domain(signed(ALICE), b"ops".to_vec(), policy(None, 0)),
			Error::<Test>::DomainIdsExhausted
		);
		NextDomainId::<Test>::put(0);
		let domain = setup_domain();
		let head = KeyRegistry::audit_head(domain);
		let set_head = |audit: AuditHead| {
			Domains::<Test>::mutate(domain, |d| d.as_mut().unwrap().audit = audit)
		};
		set_head(AuditHead {
			seq: AuditSeq::MAX,
			head: head.head,
		});
		assert_noop!(
			KeyRegistry::grant_role(signed(ALICE), domain, CHARLIE, Role::Auditor),
			Error::<Test>::Overflow
		);
		set_head(head);
	});
}
