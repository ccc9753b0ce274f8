//! Velocity rules: each rule at its limit and one past it, window edges, the
//! moving baseline, refusals recorded instead of rolled back, freezing at
//! once, who unfreezes, and outsiders unable to move any figure.

use super::requests::{authorized, fulfilment, setup_operated_domain};
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use proptest::prelude::*;
use sp_runtime::Percent;

const OPERATOR: AccountId = CHARLIE;

/// A policy with a window of `window` blocks and no rule.
fn watch(window: u64) -> VelocityPolicy<u64> {
	VelocityPolicy {
		window,
		max_uses: None,
		max_requesters: None,
		max_refusals: None,
		baseline: None,
		flag_new_requesters: false,
		freeze_on: RuleSet::NONE,
	}
}

/// An operated domain with one registered key under `policy`.
fn watched_key(policy: VelocityPolicy<u64>) -> (DomainId, KeyId, TestKey) {
	let domain = setup_operated_domain();
	let key = TestKey::ed25519(1);
	let id = register(domain, b"k", &key);
	assert_ok!(KeyRegistry::set_velocity_policy(
		signed(BOB),
		domain,
		id,
		Some(policy)
	));
	(domain, id, key)
}

fn request(who: AccountId, domain: DomainId, key: KeyId) -> DispatchResult {
	KeyRegistry::request_signature(signed(who), domain, key, b"pay".to_vec())
		.map(|_| ())
		.map_err(|e| e.error)
}

fn breaches_of(event: &Event<Test>) -> Vec<(VelocityRule, u64, u64)> {
	match event {
		Event::AnomalyDetected { breaches, .. } => breaches
			.iter()
			.map(|b| (b.rule, b.observed, b.limit))
			.collect(),
		other => panic!("expected an anomaly, got {other:?}"),
	}
}

fn pending(domain: DomainId, key: KeyId) -> usize {
	SignatureRequests::<Test>::iter_prefix((domain, key)).count()
}

#[test]
fn only_key_managers_admins_and_governance_set_a_velocity_policy() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let id = register(domain, b"k", &TestKey::ed25519(1));
		let policy = watch(10);
		for who in [OPERATOR, EVE] {
			assert_noop!(
				KeyRegistry::set_velocity_policy(signed(who), domain, id, Some(policy)),
				Error::<Test>::MissingRole
			);
		}
		assert_ok!(KeyRegistry::set_velocity_policy(
			signed(BOB),
			domain,
			id,
			Some(policy)
		));
		assert_eq!(
			last_event(),
			Event::VelocityPolicySet {
				domain,
				seq: Domains::<Test>::get(domain).unwrap().audit.seq,
				actor: Actor::Account(BOB),
				key: id,
				old_policy: None,
				policy: Some(policy),
			}
		);
		assert_ok!(KeyRegistry::set_velocity_policy(root(), domain, id, None));
		assert!(matches!(
			last_event(),
			Event::VelocityPolicySet {
				actor: Actor::Governance,
				old_policy: Some(_),
				policy: None,
				..
			}
		));
		assert_eq!(VelocityPolicies::<Test>::get(domain, id), None);
		assert_noop!(
			KeyRegistry::set_velocity_policy(signed(ALICE), domain, 99, Some(policy)),
			Error::<Test>::UnknownKey
		);
	});
}

#[test]
fn a_velocity_policy_with_impossible_figures_is_refused() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let id = register(domain, b"k", &TestKey::ed25519(1));
		let baseline = BaselineRule {
			factor_percent: 200,
			smoothing: Percent::from_percent(50),
			warmup_windows: 1,
			min_uses: 1,
		};
		let bad = [
			watch(0),
			VelocityPolicy {
				max_requesters: Some(MAX_TRACKED_REQUESTERS),
				..watch(10)
			},
			VelocityPolicy {
				baseline: Some(BaselineRule {
					factor_percent: 99,
					..baseline
				}),
				..watch(10)
			},
			VelocityPolicy {
				baseline: Some(BaselineRule {
					smoothing: Percent::zero(),
					..baseline
				}),
				..watch(10)
			},
			VelocityPolicy {
				freeze_on: RuleSet(0b10_0000),
				..watch(10)
			},
		];
		for policy in bad {
			assert_noop!(
				KeyRegistry::set_velocity_policy(signed(BOB), domain, id, Some(policy)),
				Error::<Test>::InvalidVelocityPolicy
			);
		}
		assert_ok!(KeyRegistry::set_velocity_policy(
			signed(BOB),
			domain,
			id,
			Some(VelocityPolicy {
				max_requesters: Some(MAX_TRACKED_REQUESTERS - 1),
				baseline: Some(BaselineRule {
					factor_percent: 100,
					..baseline
				}),
				..watch(1)
			})
		));
	});
}

#[test]
fn the_use_that_crosses_the_limit_freezes_the_key_and_is_never_signed() {
	build_and_execute(|| {
		let (domain, id, key) = watched_key(VelocityPolicy {
			max_uses: Some(2),
			freeze_on: RuleSet::of(&[VelocityRule::Uses]),
			..watch(10)
		});
		// At the limit: accepted as usual.
		for _ in 0..2 {
			assert_ok!(request(OPERATOR, domain, id));
			assert!(matches!(last_event(), Event::SignatureRequested { .. }));
		}
		let held = Balances::total_balance_on_hold(&OPERATOR);
		// One past it: the anomaly, the freeze, and the request refused.
		assert_ok!(request(OPERATOR, domain, id));
		let event = last_event();
		assert_eq!(breaches_of(&event), vec![(VelocityRule::Uses, 3, 2)]);
		assert!(matches!(
			event,
			Event::AnomalyDetected {
				frozen: true,
				window_start: 0,
				outcome: AttemptOutcome::Refused(RefusalReason::AnomalyFreeze),
				actor: Actor::Account(OPERATOR),
				..
			}
		));
		assert!(Keys::<Test>::get(domain, id).unwrap().frozen);
		assert_eq!(pending(domain, id), 2);
		assert_eq!(Balances::total_balance_on_hold(&OPERATOR), held);
		assert_eq!(KeyActivities::<Test>::get(domain, id).uses, 2);
		// The requests already pending are not fulfilled any more.
		let signature = fulfilment(&key, domain, id, 0, 0, b"pay");
		let proof = custodian_fulfilment_proof(domain, id, 0, &signature);
		assert_noop!(
			KeyRegistry::fulfil_signature(authorized(), domain, id, 0, signature, proof),
			Error::<Test>::KeyFrozen
		);
		// Later attempts are refused and recorded, not rolled back.
		assert_ok!(request(OPERATOR, domain, id));
		assert!(matches!(
			last_event(),
			Event::SignatureRefused {
				reason: RefusalReason::KeyFrozen,
				refusals: 1,
				..
			}
		));
		assert_eq!(KeyActivities::<Test>::get(domain, id).refusals, 1);
	});
}

#[test]
fn windows_are_aligned_and_a_rule_raises_once_per_window() {
	build_and_execute(|| {
		// Record only: the crossing request is accepted and the entry says so.
		let (domain, id, _) = watched_key(VelocityPolicy {
			max_uses: Some(2),
			..watch(10)
		});
		run_to_block(8);
		assert_ok!(request(OPERATOR, domain, id));
		assert_ok!(request(OPERATOR, domain, id));
		run_to_block(9);
		assert_ok!(request(OPERATOR, domain, id));
		let event = last_event();
		assert_eq!(breaches_of(&event), vec![(VelocityRule::Uses, 3, 2)]);
		assert!(matches!(
			event,
			Event::AnomalyDetected {
				frozen: false,
				window_start: 0,
				outcome: AttemptOutcome::Accepted { request: 2, .. },
				..
			}
		));
		assert_eq!(pending(domain, id), 3);
		// The fourth in the same window is accepted without a second anomaly.
		assert_ok!(request(OPERATOR, domain, id));
		assert!(matches!(
			last_event(),
			Event::SignatureRequested { request: 3, .. }
		));
		// Block 10 opens window [10, 20): two uses are within the limit again.
		run_to_block(10);
		assert_ok!(request(OPERATOR, domain, id));
		assert_ok!(request(OPERATOR, domain, id));
		assert!(matches!(last_event(), Event::SignatureRequested { .. }));
		let activity = KeyActivities::<Test>::get(domain, id);
		assert_eq!((activity.window_start, activity.uses), (10, 2));
		run_to_block(19);
		assert_ok!(request(OPERATOR, domain, id));
		assert!(matches!(
			last_event(),
			Event::AnomalyDetected {
				window_start: 10,
				..
			}
		));
		assert!(!Keys::<Test>::get(domain, id).unwrap().frozen);
	});
}

#[test]
fn distinct_requesters_above_the_limit_raise() {
	build_and_execute(|| {
		let (domain, id, _) = watched_key(VelocityPolicy {
			max_requesters: Some(1),
			freeze_on: RuleSet::of(&[VelocityRule::Requesters]),
			..watch(10)
		});
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			DAVE,
			Role::Operator
		));
		assert_ok!(request(OPERATOR, domain, id));
		assert_ok!(request(OPERATOR, domain, id));
		assert!(matches!(last_event(), Event::SignatureRequested { .. }));
		assert_ok!(request(DAVE, domain, id));
		assert_eq!(
			breaches_of(&last_event()),
			vec![(VelocityRule::Requesters, 2, 1)]
		);
		assert!(Keys::<Test>::get(domain, id).unwrap().frozen);
	});
}

#[test]
fn refused_attempts_are_recorded_counted_and_can_freeze() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let key = TestKey::ed25519(1);
		let mut limited = policy(None, 10);
		limited.usage_limit = Some(UsageLimit {
			max_uses: 1,
			window: 100,
		});
		let id = register_with(domain, b"k", &key, Some(limited));
		assert_ok!(KeyRegistry::set_velocity_policy(
			signed(BOB),
			domain,
			id,
			Some(VelocityPolicy {
				max_refusals: Some(1),
				freeze_on: RuleSet::of(&[VelocityRule::Refusals]),
				..watch(10)
			})
		));
		// Fulfil one request so that the usage limit is reached.
		assert_ok!(request(OPERATOR, domain, id));
		let signature = fulfilment(&key, domain, id, 0, 0, b"pay");
		let proof = custodian_fulfilment_proof(domain, id, 0, &signature);
		assert_ok!(KeyRegistry::fulfil_signature(
			authorized(),
			domain,
			id,
			0,
			signature,
			proof
		));
		let seq = Domains::<Test>::get(domain).unwrap().audit.seq;
		let held = Balances::total_balance_on_hold(&OPERATOR);
		// At the limit of refusals: recorded, no deposit, nothing pending.
		assert_ok!(request(OPERATOR, domain, id));
		assert_eq!(
			last_event(),
			Event::SignatureRefused {
				domain,
				seq: seq + 1,
				actor: Actor::Account(OPERATOR),
				key: id,
				reason: RefusalReason::UsageLimitReached,
				refusals: 1,
			}
		);
		assert_eq!(Balances::total_balance_on_hold(&OPERATOR), held);
		assert_eq!(pending(domain, id), 0);
		// One past: the anomaly freezes the key.
		assert_ok!(request(OPERATOR, domain, id));
		let event = last_event();
		assert_eq!(breaches_of(&event), vec![(VelocityRule::Refusals, 2, 1)]);
		assert!(matches!(
			event,
			Event::AnomalyDetected {
				frozen: true,
				outcome: AttemptOutcome::Refused(RefusalReason::UsageLimitReached),
				..
			}
		));
		assert!(Keys::<Test>::get(domain, id).unwrap().frozen);
		// Malformed requests stay errors: they say nothing about the key.
		assert_noop!(
			KeyRegistry::request_signature(signed(OPERATOR), domain, id, vec![]),
			Error::<Test>::PayloadEmpty
		);
	});
}

#[test]
fn a_key_without_a_velocity_policy_still_returns_errors() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let id = register(domain, b"k", &TestKey::ed25519(1));
		assert_ok!(KeyRegistry::freeze_key(signed(BOB), domain, id));
		assert_noop!(request(OPERATOR, domain, id), Error::<Test>::KeyFrozen);
	});
}

#[test]
fn outsiders_cannot_move_any_figure_or_freeze_a_key() {
	build_and_execute(|| {
		let (domain, id, _) = watched_key(VelocityPolicy {
			max_uses: Some(0),
			max_requesters: Some(0),
			max_refusals: Some(0),
			flag_new_requesters: true,
			freeze_on: RuleSet::of(&VelocityRule::ALL),
			..watch(10)
		});
		// EVE holds no role; ALICE (Admin) and BOB (KeyManager) are not
		// operators of the key either. Their requests are errors and roll back.
		let other = setup_domain();
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			other,
			EVE,
			Role::Operator
		));
		let seq = Domains::<Test>::get(domain).unwrap().audit.seq;
		for _ in 0..20 {
			for who in [EVE, ALICE, BOB] {
				assert_noop!(request(who, domain, id), Error::<Test>::MissingRole);
			}
		}
		assert_eq!(
			KeyActivities::<Test>::get(domain, id),
			KeyActivity::default()
		);
		assert!(!Keys::<Test>::get(domain, id).unwrap().frozen);
		assert_eq!(Domains::<Test>::get(domain).unwrap().audit.seq, seq);
		// The domain's own operator's first attempt breaches them all.
		assert_ok!(request(OPERATOR, domain, id));
		assert!(Keys::<Test>::get(domain, id).unwrap().frozen);
	});
}

#[test]
fn the_moving_baseline_learns_warms_up_and_decays() {
	build_and_execute(|| {
		let (domain, id, _) = watched_key(VelocityPolicy {
			baseline: Some(BaselineRule {
				factor_percent: 300,
				smoothing: Percent::from_percent(50),
				warmup_windows: 2,
				min_uses: 3,
			}),
			freeze_on: RuleSet::of(&[VelocityRule::AboveBaseline]),
			..watch(10)
		});
		// Window [0, 10): five uses, but no closed window yet (warm-up).
		for block in [2, 3, 4, 5, 6] {
			run_to_block(block);
			assert_ok!(request(OPERATOR, domain, id));
		}
		// Window [10, 20): two uses. Baseline after [0,10): 2.5.
		run_to_block(11);
		assert_ok!(request(OPERATOR, domain, id));
		assert_eq!(KeyActivities::<Test>::get(domain, id).baseline_milli, 2_500);
		assert_ok!(request(OPERATOR, domain, id));
		// Window [20, 30): baseline 0.5·2 + 0.5·2.5 = 2.25, limit ⌊6.75⌋ = 6.
		for block in 21..27 {
			run_to_block(block);
			assert_ok!(request(OPERATOR, domain, id));
			assert!(matches!(last_event(), Event::SignatureRequested { .. }));
		}
		let activity = KeyActivities::<Test>::get(domain, id);
		assert_eq!(
			(
				activity.baseline_milli,
				activity.windows_observed,
				activity.uses
			),
			(2_250, 2, 6)
		);
		run_to_block(27);
		assert_ok!(request(OPERATOR, domain, id));
		assert_eq!(
			breaches_of(&last_event()),
			vec![(VelocityRule::AboveBaseline, 7, 6)]
		);
		assert!(Keys::<Test>::get(domain, id).unwrap().frozen);
		assert_ok!(KeyRegistry::unfreeze_key(signed(ALICE), domain, id));
		// Idle for ten windows: the baseline decays towards zero, and from
		// min_uses on a burst is above it.
		run_to_block(130);
		assert_ok!(request(OPERATOR, domain, id));
		let activity = KeyActivities::<Test>::get(domain, id);
		// 0.5·6 + 0.5·2.25 = 4.125 for [20,30), then ten idle windows halve it.
		assert_eq!(activity.baseline_milli, 4_125 >> 10);
		assert_eq!(activity.windows_observed, 13);
		assert_ok!(request(OPERATOR, domain, id));
		assert_ok!(request(OPERATOR, domain, id));
		assert_eq!(
			breaches_of(&last_event()),
			vec![(VelocityRule::AboveBaseline, 3, 0)]
		);
	});
}

#[test]
fn a_new_requester_raises_on_its_first_use_only() {
	build_and_execute(|| {
		let (domain, id, _) = watched_key(VelocityPolicy {
			flag_new_requesters: true,
			..watch(10)
		});
		assert_ok!(request(OPERATOR, domain, id));
		assert_eq!(
			breaches_of(&last_event()),
			vec![(VelocityRule::NewRequester, 1, 0)]
		);
		run_to_block(12);
		assert_ok!(request(OPERATOR, domain, id));
		assert!(matches!(last_event(), Event::SignatureRequested { .. }));
		// A new policy starts a new activity but remembers who was seen.
		assert_ok!(KeyRegistry::set_velocity_policy(
			signed(BOB),
			domain,
			id,
			Some(VelocityPolicy {
				flag_new_requesters: true,
				freeze_on: RuleSet::of(&[VelocityRule::NewRequester]),
				..watch(5)
			})
		));
		assert_ok!(request(OPERATOR, domain, id));
		assert!(matches!(last_event(), Event::SignatureRequested { .. }));
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			DAVE,
			Role::Operator
		));
		assert_ok!(request(DAVE, domain, id));
		assert!(matches!(
			last_event(),
			Event::AnomalyDetected {
				frozen: true,
				actor: Actor::Account(DAVE),
				..
			}
		));
		assert!(!KnownRequesters::<Test>::contains_key((
			domain,
			id,
			Actor::Account(DAVE)
		)));
	});
}

#[test]
fn only_admin_recovery_or_governance_unfreeze_after_an_anomaly() {
	build_and_execute(|| {
		let (domain, id, _) = watched_key(VelocityPolicy {
			max_uses: Some(0),
			freeze_on: RuleSet::of(&[VelocityRule::Uses]),
			..watch(10)
		});
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			DAVE,
			Role::Recovery
		));
		assert_ok!(request(OPERATOR, domain, id));
		assert!(Keys::<Test>::get(domain, id).unwrap().frozen);
		for who in [OPERATOR, BOB, EVE] {
			assert_noop!(
				KeyRegistry::unfreeze_key(signed(who), domain, id),
				Error::<Test>::MissingRole
			);
		}
		assert_ok!(KeyRegistry::unfreeze_key(signed(DAVE), domain, id));
		assert!(matches!(
			last_event(),
			Event::KeyUnfrozen {
				actor: Actor::Account(DAVE),
				..
			}
		));
		// The rule raised in this window already: use goes on until the next.
		assert_ok!(request(OPERATOR, domain, id));
		assert!(matches!(last_event(), Event::SignatureRequested { .. }));
		run_to_block(10);
		assert_ok!(request(OPERATOR, domain, id));
		assert!(Keys::<Test>::get(domain, id).unwrap().frozen);
		assert_ok!(KeyRegistry::unfreeze_key(root(), domain, id));
	});
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

	/// Random requests by the operator and by outsiders, at random blocks:
	/// the key is frozen exactly when an anomaly entry froze it, each rule
	/// raises at most once per window, outsiders change nothing, and the
	/// figures never exceed the attempts made.
	#[test]
	fn random_requests_freeze_only_through_an_anomaly(
		steps in prop::collection::vec((0u8..4, 0u64..4), 1..40),
		max_uses in 0u32..5,
		max_refusals in 0u32..3,
	) {
		let mut outcome: Result<(), TestCaseError> = Ok(());
		build_and_execute(|| outcome = (|| {
			let (domain, id, _) = watched_key(VelocityPolicy {
				max_uses: Some(max_uses),
				max_refusals: Some(max_refusals),
				freeze_on: RuleSet::of(&[VelocityRule::Uses]),
				..watch(7)
			});
			let mut attempts_in_window = 0u32;
			let mut window = 0u64;
			for (who, advance) in steps {
				run_to_block(System::block_number() + advance);
				let now = System::block_number();
				if now / 7 != window {
					window = now / 7;
					attempts_in_window = 0;
				}
				let before = Keys::<Test>::get(domain, id).unwrap().frozen;
				let events = registry_events().len();
				let result = match who {
					0 | 1 => request(OPERATOR, domain, id),
					_ => request(EVE, domain, id),
				};
				let added = registry_events();
				let after = Keys::<Test>::get(domain, id).unwrap().frozen;
				if who >= 2 {
					prop_assert_eq!(result, Err(Error::<Test>::MissingRole.into()));
					prop_assert_eq!(added.len(), events);
					prop_assert_eq!(before, after);
					continue;
				}
				// Requests beyond the domain's per-block share are errors.
				if result.is_err() {
					prop_assert_eq!(result, Err(Error::<Test>::DomainRequestLimit.into()));
					continue;
				}
				attempts_in_window += 1;
				prop_assert_eq!(added.len(), events + 1);
				let froze = matches!(added.last(), Some(Event::AnomalyDetected { frozen: true, .. }));
				prop_assert_eq!(after, before || froze);
				let activity = KeyActivities::<Test>::get(domain, id);
				prop_assert!(activity.uses + activity.refusals <= attempts_in_window);
				prop_assert!(activity.uses <= max_uses);
			}
			Ok(())
		})());
		outcome?;
	}
}
