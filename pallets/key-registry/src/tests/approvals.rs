//! Quorum approvals: guarded calls refuse to run directly, proposals need
//! `k` approvals by other holders of the role, and every step is an entry.

use super::requests::{authorized, fulfilment, setup_operated_domain};
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};

const OPERATOR: AccountId = CHARLIE;

/// A domain with BOB as key manager, CHARLIE and DAVE as operators, DAVE and
/// EVE as recovery officers, and `policy` as its approval policy.
fn guarded_domain(policy: ApprovalPolicy<u64>) -> DomainId {
	let domain = setup_operated_domain();
	for (who, role) in [
		(DAVE, Role::Operator),
		(DAVE, Role::Recovery),
		(EVE, Role::Recovery),
	] {
		assert_ok!(KeyRegistry::grant_role(signed(ALICE), domain, who, role));
	}
	assert_ok!(KeyRegistry::set_approval_policy(
		signed(ALICE),
		domain,
		None,
		Some(policy)
	));
	domain
}

fn two_recovery_officers(operations: &[OperationKind]) -> ApprovalPolicy<u64> {
	ApprovalPolicy {
		approvers: Role::Recovery,
		threshold: 2,
		operations: OperationSet::of(operations),
		ttl: 10,
	}
}

fn proposal_of(event: Event<Test>) -> ProposalId {
	match event {
		Event::OperationProposed { proposal, .. } => proposal,
		other => panic!("expected a proposal, got {other:?}"),
	}
}

fn held(who: AccountId) -> Balance {
	<Balances as InspectHold<_>>::total_balance_on_hold(&who)
}

#[test]
fn a_role_grant_runs_only_after_two_other_officers_approve() {
	build_and_execute(|| {
		let domain = guarded_domain(two_recovery_officers(&[OperationKind::RoleGrant]));
		let grant = Operation::GrantRole {
			who: FRUGAL,
			role: Role::Auditor,
		};
		// Directly: refused. Governance is never guarded.
		assert_noop!(
			KeyRegistry::grant_role(signed(ALICE), domain, FRUGAL, Role::Auditor),
			Error::<Test>::ApprovalRequired
		);
		// Only who may grant roles may propose it.
		assert_noop!(
			KeyRegistry::propose(signed(DAVE), domain, grant.clone()),
			Error::<Test>::MissingRole
		);
		let before = held(ALICE);
		assert_ok!(KeyRegistry::propose(signed(ALICE), domain, grant.clone()));
		let event = last_event();
		assert_eq!(
			event,
			Event::OperationProposed {
				domain,
				seq: Domains::<Test>::get(domain).unwrap().audit.seq,
				actor: Actor::Account(ALICE),
				proposal: 0,
				operation: grant,
				approvers: Role::Recovery,
				threshold: 2,
				expires_at: System::block_number() + 10,
				deposit: PROPOSAL_DEPOSIT,
			}
		);
		let proposal = proposal_of(event);
		assert_eq!(held(ALICE), before + PROPOSAL_DEPOSIT);
		assert_noop!(
			KeyRegistry::execute_proposal(signed(ALICE), domain, proposal),
			Error::<Test>::NotEnoughApprovals
		);
		assert_noop!(
			KeyRegistry::approve(signed(BOB), domain, proposal),
			Error::<Test>::MissingRole
		);
		assert_ok!(KeyRegistry::approve(signed(DAVE), domain, proposal));
		assert!(matches!(
			last_event(),
			Event::ProposalApproved {
				approvals: 1,
				threshold: 2,
				actor: Actor::Account(DAVE),
				..
			}
		));
		assert_noop!(
			KeyRegistry::approve(signed(DAVE), domain, proposal),
			Error::<Test>::AlreadyApproved
		);
		assert_noop!(
			KeyRegistry::execute_proposal(signed(DAVE), domain, proposal),
			Error::<Test>::NotEnoughApprovals
		);
		assert_ok!(KeyRegistry::approve(signed(EVE), domain, proposal));
		// Nobody outside the proposer and the approvers executes it.
		assert_noop!(
			KeyRegistry::execute_proposal(signed(FRUGAL), domain, proposal),
			Error::<Test>::MissingRole
		);
		assert_ok!(KeyRegistry::execute_proposal(signed(EVE), domain, proposal));
		assert!(matches!(
			last_event(),
			Event::RoleGranted {
				actor: Actor::Quorum {
					proposer: ALICE,
					proposal: 0
				},
				who: FRUGAL,
				role: Role::Auditor,
				..
			}
		));
		assert!(Roles::<Test>::get(domain, FRUGAL).contains(Role::Auditor));
		assert_eq!(held(ALICE), before);
		assert_noop!(
			KeyRegistry::execute_proposal(signed(ALICE), domain, proposal),
			Error::<Test>::UnknownProposal
		);
		assert_ok!(KeyRegistry::grant_role(
			root(),
			domain,
			FRUGAL,
			Role::Operator
		));
	});
}

#[test]
fn the_proposer_cannot_approve_its_own_proposal() {
	build_and_execute(|| {
		// DAVE is an operator and a recovery officer: as proposer of a
		// request, its own approval does not count.
		let domain = guarded_domain(ApprovalPolicy {
			approvers: Role::Recovery,
			threshold: 1,
			operations: OperationSet::of(&[OperationKind::SignatureRequest]),
			ttl: 10,
		});
		let key = register(domain, b"k", &TestKey::ed25519(1));
		let request = Operation::RequestSignature {
			key,
			payload: b"pay".to_vec().try_into().unwrap(),
		};
		assert_ok!(KeyRegistry::propose(signed(DAVE), domain, request));
		let proposal = proposal_of(last_event());
		assert_noop!(
			KeyRegistry::approve(signed(DAVE), domain, proposal),
			Error::<Test>::ProposerCannotApprove
		);
		assert_noop!(
			KeyRegistry::execute_proposal(signed(DAVE), domain, proposal),
			Error::<Test>::NotEnoughApprovals
		);
	});
}

#[test]
fn a_signature_request_on_a_guarded_key_runs_after_approval_and_is_fulfilled() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			DAVE,
			Role::Operator
		));
		let signer = TestKey::ed25519(1);
		let guarded = register(domain, b"treasury", &signer);
		let free = register(domain, b"ops", &TestKey::ed25519(2));
		// The key's own policy: one other operator agrees.
		assert_ok!(KeyRegistry::set_approval_policy(
			signed(ALICE),
			domain,
			Some(guarded),
			Some(ApprovalPolicy {
				approvers: Role::Operator,
				threshold: 1,
				operations: OperationSet::of(&[OperationKind::SignatureRequest]),
				ttl: 10,
			})
		));
		assert_noop!(
			KeyRegistry::request_signature(signed(OPERATOR), domain, guarded, b"pay".to_vec()),
			Error::<Test>::ApprovalRequired
		);
		// Another key of the domain is not guarded.
		assert_ok!(KeyRegistry::request_signature(
			signed(OPERATOR),
			domain,
			free,
			b"pay".to_vec()
		));
		assert_noop!(
			KeyRegistry::propose(
				signed(OPERATOR),
				domain,
				Operation::RequestSignature {
					key: free,
					payload: b"pay".to_vec().try_into().unwrap(),
				}
			),
			Error::<Test>::NotGuarded
		);
		assert_ok!(KeyRegistry::propose(
			signed(OPERATOR),
			domain,
			Operation::RequestSignature {
				key: guarded,
				payload: b"pay".to_vec().try_into().unwrap(),
			}
		));
		let proposal = proposal_of(last_event());
		assert_ok!(KeyRegistry::approve(signed(DAVE), domain, proposal));
		let before = held(OPERATOR);
		assert_ok!(KeyRegistry::execute_proposal(
			signed(DAVE),
			domain,
			proposal
		));
		let Event::SignatureRequested { actor, request, .. } = last_event() else {
			panic!("a request")
		};
		assert_eq!(
			actor,
			Actor::Quorum {
				proposer: OPERATOR,
				proposal
			}
		);
		// The request deposit is the proposer's; the proposal deposit is back.
		assert_eq!(held(OPERATOR), before - PROPOSAL_DEPOSIT + REQUEST_DEPOSIT);
		let signature = fulfilment(&signer, domain, guarded, 0, request, b"pay");
		let proof = custodian_fulfilment_proof(domain, guarded, request, &signature);
		assert_ok!(KeyRegistry::fulfil_signature(
			authorized(),
			domain,
			guarded,
			request,
			signature,
			proof
		));
		assert_eq!(held(OPERATOR), before - PROPOSAL_DEPOSIT);
	});
}

#[test]
fn a_revocation_for_compromise_is_never_held_up() {
	build_and_execute(|| {
		let domain = guarded_domain(two_recovery_officers(&[OperationKind::Revocation]));
		let a = register(domain, b"a", &TestKey::ed25519(1));
		let b = register(domain, b"b", &TestKey::ed25519(2));
		let now = System::block_number();
		assert_noop!(
			KeyRegistry::revoke_key(signed(BOB), domain, a, RevocationReason::Superseded, now),
			Error::<Test>::ApprovalRequired
		);
		assert_noop!(
			KeyRegistry::revoke_version(signed(BOB), domain, a, 0, RevocationReason::Ceased, now),
			Error::<Test>::ApprovalRequired
		);
		assert_ok!(KeyRegistry::revoke_key(
			signed(BOB),
			domain,
			b,
			RevocationReason::Compromised,
			now
		));
		assert_noop!(
			KeyRegistry::propose(
				signed(BOB),
				domain,
				Operation::RevokeKey {
					key: a,
					reason: RevocationReason::Compromised,
					effective_from: now
				}
			),
			Error::<Test>::NotGuarded
		);
		assert_ok!(KeyRegistry::propose(
			signed(BOB),
			domain,
			Operation::RevokeKey {
				key: a,
				reason: RevocationReason::Superseded,
				effective_from: now
			}
		));
		let proposal = proposal_of(last_event());
		assert_ok!(KeyRegistry::approve(signed(DAVE), domain, proposal));
		assert_ok!(KeyRegistry::approve(signed(EVE), domain, proposal));
		assert_ok!(KeyRegistry::execute_proposal(signed(BOB), domain, proposal));
		assert_eq!(
			Keys::<Test>::get(domain, a).unwrap().status,
			KeyStatus::Revoked
		);
	});
}

#[test]
fn a_rotation_proposal_carries_proofs_bound_to_the_proposal() {
	build_and_execute(|| {
		let domain = guarded_domain(two_recovery_officers(&[OperationKind::Rotation]));
		let old = TestKey::ed25519(1);
		let new = TestKey::ed25519(2);
		let key = register(domain, b"k", &old);
		assert_noop!(
			try_rotate(domain, key, b"k", &old, &new),
			Error::<Test>::ApprovalRequired
		);
		let proposal = NextProposalId::<Test>::get();
		let quorum = Actor::Quorum {
			proposer: BOB,
			proposal,
		};
		// A proof bound to BOB's own account would not do: refused at once.
		assert!(KeyRegistry::propose(
			signed(BOB),
			domain,
			Operation::RotateKey {
				key,
				new_public: new.public(),
				proof: new.pop(domain, b"k", 1, BOB),
				certificate: Some(old.certify(domain, b"k", 0, &new)),
			}
		)
		.is_err());
		assert_ok!(KeyRegistry::propose(
			signed(BOB),
			domain,
			Operation::RotateKey {
				key,
				new_public: new.public(),
				proof: new.pop_by(domain, b"k", 1, &quorum),
				certificate: Some(old.certify(domain, b"k", 0, &new)),
			}
		));
		assert_ok!(KeyRegistry::approve(signed(DAVE), domain, proposal));
		assert_ok!(KeyRegistry::approve(signed(EVE), domain, proposal));
		assert_ok!(KeyRegistry::execute_proposal(
			signed(DAVE),
			domain,
			proposal
		));
		assert!(matches!(
			last_event(),
			Event::KeyRotated { version: 1, ref actor, .. } if *actor == quorum
		));
		assert_eq!(
			KeyRegistry::current_public_key(domain, key),
			Some(new.public())
		);
	});
}

#[test]
fn proposals_expire_are_cancelled_and_are_bounded() {
	build_and_execute(|| {
		let domain = guarded_domain(two_recovery_officers(&[OperationKind::RoleGrant]));
		let grant = |who| Operation::GrantRole {
			who,
			role: Role::Auditor,
		};
		assert_ok!(KeyRegistry::propose(signed(ALICE), domain, grant(FRUGAL)));
		let first = proposal_of(last_event());
		assert_ok!(KeyRegistry::approve(signed(DAVE), domain, first));
		assert_noop!(
			KeyRegistry::expire_proposal(signed(FRUGAL), domain, first),
			Error::<Test>::ProposalNotExpired
		);
		for who in [PAUPER, BOB] {
			assert_ok!(KeyRegistry::propose(signed(ALICE), domain, grant(who)));
		}
		assert_noop!(
			KeyRegistry::propose(signed(ALICE), domain, grant(EVE)),
			Error::<Test>::TooManyProposals
		);
		// Withdrawn by its proposer, or by an Admin; not by an approver.
		assert_noop!(
			KeyRegistry::cancel_proposal(signed(DAVE), domain, first + 1),
			Error::<Test>::MissingRole
		);
		assert_ok!(KeyRegistry::cancel_proposal(
			signed(ALICE),
			domain,
			first + 1
		));
		assert!(matches!(last_event(), Event::ProposalCancelled { .. }));
		assert_ok!(KeyRegistry::cancel_proposal(root(), domain, first + 2));
		// Time runs out: nothing runs, anyone closes it, the deposit returns.
		run_to_block(System::block_number() + 10);
		assert_noop!(
			KeyRegistry::approve(signed(EVE), domain, first),
			Error::<Test>::ProposalExpired
		);
		assert_noop!(
			KeyRegistry::execute_proposal(signed(ALICE), domain, first),
			Error::<Test>::ProposalExpired
		);
		assert_ok!(KeyRegistry::expire_proposal(signed(FRUGAL), domain, first));
		assert!(matches!(
			last_event(),
			Event::ProposalExpired {
				approvals: 1,
				actor: Actor::Account(FRUGAL),
				..
			}
		));
		assert_eq!(held(ALICE), DOMAIN_DEPOSIT);
		assert_eq!(OpenProposals::<Test>::get(domain), 0);
		assert!(!Roles::<Test>::get(domain, FRUGAL).contains(Role::Auditor));
	});
}

#[test]
fn a_proposer_who_lost_the_role_cannot_have_it_run() {
	build_and_execute(|| {
		let domain = guarded_domain(two_recovery_officers(&[OperationKind::SignatureRequest]));
		let key = register(domain, b"k", &TestKey::ed25519(1));
		assert_ok!(KeyRegistry::propose(
			signed(OPERATOR),
			domain,
			Operation::RequestSignature {
				key,
				payload: b"pay".to_vec().try_into().unwrap(),
			}
		));
		let proposal = proposal_of(last_event());
		assert_ok!(KeyRegistry::approve(signed(DAVE), domain, proposal));
		assert_ok!(KeyRegistry::approve(signed(EVE), domain, proposal));
		assert_ok!(KeyRegistry::revoke_role(
			signed(ALICE),
			domain,
			OPERATOR,
			Role::Operator
		));
		assert_noop!(
			KeyRegistry::execute_proposal(signed(DAVE), domain, proposal),
			Error::<Test>::ProposerLacksRole
		);
	});
}

#[test]
fn an_approval_by_an_officer_removed_since_no_longer_counts() {
	build_and_execute(|| {
		let domain = guarded_domain(two_recovery_officers(&[OperationKind::RoleGrant]));
		assert_ok!(KeyRegistry::propose(
			signed(ALICE),
			domain,
			Operation::GrantRole {
				who: FRUGAL,
				role: Role::Auditor
			}
		));
		let proposal = proposal_of(last_event());
		assert_ok!(KeyRegistry::approve(signed(DAVE), domain, proposal));
		assert_ok!(KeyRegistry::approve(signed(EVE), domain, proposal));
		// EVE's account turns out to be compromised and loses the role.
		assert_ok!(KeyRegistry::revoke_role(
			signed(ALICE),
			domain,
			EVE,
			Role::Recovery
		));
		assert_noop!(
			KeyRegistry::execute_proposal(signed(DAVE), domain, proposal),
			Error::<Test>::NotEnoughApprovals
		);
		assert!(!Roles::<Test>::get(domain, FRUGAL).contains(Role::Auditor));
	});
}

#[test]
fn changing_a_guarded_policy_needs_approval_too() {
	build_and_execute(|| {
		let domain = guarded_domain(two_recovery_officers(&[
			OperationKind::PolicyChange,
			OperationKind::SignatureRequest,
		]));
		let key = register(domain, b"k", &TestKey::ed25519(1));
		// A stolen Admin account cannot lift the policy, nor loosen a key's.
		assert_noop!(
			KeyRegistry::set_approval_policy(signed(ALICE), domain, None, None),
			Error::<Test>::ApprovalRequired
		);
		assert_noop!(
			KeyRegistry::set_velocity_policy(signed(BOB), domain, key, None),
			Error::<Test>::ApprovalRequired
		);
		assert_noop!(
			KeyRegistry::set_key_policy(signed(BOB), domain, key, policy(None, 1)),
			Error::<Test>::ApprovalRequired
		);
		assert_noop!(
			KeyRegistry::set_domain_policy(signed(ALICE), domain, policy(None, 1)),
			Error::<Test>::ApprovalRequired
		);
		assert_ok!(KeyRegistry::propose(
			signed(ALICE),
			domain,
			Operation::SetApprovalPolicy {
				key: None,
				policy: None
			}
		));
		let proposal = proposal_of(last_event());
		assert_ok!(KeyRegistry::approve(signed(DAVE), domain, proposal));
		assert_ok!(KeyRegistry::approve(signed(EVE), domain, proposal));
		assert_ok!(KeyRegistry::execute_proposal(
			signed(ALICE),
			domain,
			proposal
		));
		assert!(matches!(
			last_event(),
			Event::ApprovalPolicySet {
				policy: None,
				old_policy: Some(_),
				..
			}
		));
		assert_ok!(KeyRegistry::request_signature(
			signed(OPERATOR),
			domain,
			key,
			b"pay".to_vec()
		));
	});
}

#[test]
fn approval_policies_with_impossible_figures_are_refused() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let good = two_recovery_officers(&[OperationKind::RoleGrant]);
		for bad in [
			ApprovalPolicy {
				threshold: 0,
				..good
			},
			ApprovalPolicy {
				threshold: MAX_APPROVALS + 1,
				..good
			},
			ApprovalPolicy {
				operations: OperationSet(0),
				..good
			},
			ApprovalPolicy {
				operations: OperationSet(0b10_0000),
				..good
			},
			ApprovalPolicy { ttl: 0, ..good },
		] {
			assert_noop!(
				KeyRegistry::set_approval_policy(signed(ALICE), domain, None, Some(bad)),
				Error::<Test>::InvalidApprovalPolicy
			);
		}
		assert_noop!(
			KeyRegistry::set_approval_policy(signed(BOB), domain, None, Some(good)),
			Error::<Test>::MissingRole
		);
		assert_noop!(
			KeyRegistry::set_approval_policy(signed(ALICE), domain, Some(9), Some(good)),
			Error::<Test>::UnknownKey
		);
		assert_ok!(KeyRegistry::set_approval_policy(
			signed(ALICE),
			domain,
			None,
			Some(good)
		));
	});
}

proptest::proptest! {
	#![proptest_config(proptest::prelude::ProptestConfig { cases: 64, ..Default::default() })]

	/// Random approvals, executions, cancellations and expiries by random
	/// accounts: a role grant runs only once, only with two approvals by
	/// distinct recovery officers other than the proposer, before expiry;
	/// every call either makes exactly one entry or changes nothing.
	#[test]
	fn a_proposal_runs_only_with_enough_distinct_approvals(
		steps in proptest::collection::vec((0u8..4, 0usize..6, 0u64..4), 1..30),
	) {
		let mut outcome: Result<(), proptest::test_runner::TestCaseError> = Ok(());
		build_and_execute(|| outcome = (|| {
			let domain = guarded_domain(two_recovery_officers(&[OperationKind::RoleGrant]));
			// ALICE proposes; she also holds Recovery, so her approval is refused.
			proptest::prop_assert!(KeyRegistry::grant_role(root(), domain, ALICE, Role::Recovery).is_ok());
			let grant = Operation::GrantRole { who: FRUGAL, role: Role::Auditor };
			let proposed = KeyRegistry::propose(signed(ALICE), domain, grant);
			proptest::prop_assert!(proposed.is_ok());
			let proposal = proposal_of(last_event());
			let expires_at = System::block_number() + 10;
			let accounts = [ALICE, BOB, CHARLIE, DAVE, EVE, PAUPER];
			let mut approved: Vec<AccountId> = Vec::new();
			let mut closed = false;
			for (action, who, advance) in steps {
				run_to_block(System::block_number() + advance);
				let who = accounts[who];
				let live = !closed && System::block_number() < expires_at;
				let seq = Domains::<Test>::get(domain).unwrap().audit.seq;
				let result = match action {
					0 => KeyRegistry::approve(signed(who), domain, proposal),
					1 => KeyRegistry::execute_proposal(signed(who), domain, proposal),
					2 => KeyRegistry::cancel_proposal(signed(who), domain, proposal),
					_ => KeyRegistry::expire_proposal(signed(who), domain, proposal),
				};
				let entries = Domains::<Test>::get(domain).unwrap().audit.seq - seq;
				proptest::prop_assert_eq!(entries, u64::from(result.is_ok()));
				let officer = [ALICE, DAVE, EVE].contains(&who);
				match (action, result.is_ok()) {
					(0, true) => {
						proptest::prop_assert!(live && officer && who != ALICE && !approved.contains(&who));
						approved.push(who);
					}
					(1, true) => {
						proptest::prop_assert!(live && approved.len() == 2 && (who == ALICE || officer));
						closed = true;
					}
					(2, true) => {
						proptest::prop_assert!(!closed && who == ALICE);
						closed = true;
					}
					(_, true) => {
						proptest::prop_assert!(!closed && !live);
						closed = true;
					}
					_ => {}
				}
			}
			let granted = Roles::<Test>::get(domain, FRUGAL).contains(Role::Auditor);
			proptest::prop_assert!(!granted || approved.len() == 2);
			Ok(())
		})());
		outcome?;
	}
}

#[test]
fn an_approved_request_on_a_watched_key_still_meets_its_velocity_rules() {
	build_and_execute(|| {
		let domain = guarded_domain(ApprovalPolicy {
			approvers: Role::Recovery,
			threshold: 1,
			operations: OperationSet::of(&[OperationKind::SignatureRequest]),
			ttl: 10,
		});
		let key = register(domain, b"k", &TestKey::ed25519(1));
		assert_ok!(KeyRegistry::set_velocity_policy(
			root(),
			domain,
			key,
			Some(VelocityPolicy {
				window: 100,
				max_uses: Some(1),
				max_requesters: None,
				max_refusals: None,
				baseline: None,
				flag_new_requesters: false,
				freeze_on: RuleSet::of(&[VelocityRule::Uses]),
			})
		));
		for expected_frozen in [false, true] {
			assert_ok!(KeyRegistry::propose(
				signed(OPERATOR),
				domain,
				Operation::RequestSignature {
					key,
					payload: b"pay".to_vec().try_into().unwrap(),
				}
			));
			let proposal = proposal_of(last_event());
			assert_ok!(KeyRegistry::approve(signed(DAVE), domain, proposal));
			assert_ok!(KeyRegistry::execute_proposal(
				signed(DAVE),
				domain,
				proposal
			));
			assert_eq!(
				Keys::<Test>::get(domain, key).unwrap().frozen,
				expected_frozen
			);
		}
		// Both requests counted as the proposer's: one requester.
		let activity = KeyActivities::<Test>::get(domain, key);
		assert_eq!(activity.requesters.to_vec(), vec![Actor::Account(OPERATOR)]);
		assert!(matches!(
			last_event(),
			Event::AnomalyDetected {
				frozen: true,
				actor: Actor::Quorum {
					proposer: OPERATOR,
					..
				},
				..
			}
		));
	});
}
