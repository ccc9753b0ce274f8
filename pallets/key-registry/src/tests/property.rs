//! Property test: random sequences of every call of the pallet from random
//! origins, blocks passing in between (due rotations, request expiry). After
//! every call the storage invariants hold, the audit chains and every key's
//! lifecycle replay from the events, and a call that fails leaves the state
//! exactly as it was. The custodian's authorized calls are first put to the
//! pool check, which must change nothing and agree with the dispatch.
//!
//! `KEYREG_PROPTEST_CASES=N` runs N cases of up to 48 calls each instead of
//! the default (the long mode, outside CI; see `benchmarks/README.md`).

use crate::{mock::*, *};
use frame_support::{pallet_prelude::TransactionSource, traits::Authorize};
use frame_system::RawOrigin;
use proptest::prelude::*;
use sp_runtime::traits::Dispatchable;

const ACCOUNTS: [AccountId; 6] = [ALICE, BOB, CHARLIE, DAVE, EVE, PAUPER];
const NAMES: [&[u8]; 4] = [b"n0", b"n1", b"n2", b"n3"];
const REASONS: [RevocationReason; 4] = [
	RevocationReason::Compromised,
	RevocationReason::Superseded,
	RevocationReason::Ceased,
	RevocationReason::Unspecified,
];

fn key_pool() -> Vec<TestKey> {
	let mut pool: Vec<TestKey> = (1..=8).map(TestKey::ed25519).collect();
	pool.extend((1..=4).map(TestKey::sr25519));
	pool.extend((1..=4).map(TestKey::ecdsa));
	pool
}

/// How many operations [`apply`] chooses from.
const OPERATIONS: u8 = 19;

/// One step: an operation, an origin (index 6 is governance) and five argument bytes.
type Step = (u8, u8, u8, u8, u8, u8, u8);

/// Three times in four the account that usually holds the role the call
/// needs; otherwise any account or governance, to exercise the denials.
fn origin_of(index: u8, usual: AccountId) -> (RuntimeOrigin, Actor<AccountId>) {
	if !index.is_multiple_of(4) {
		return (signed(usual), Actor::Account(usual));
	}
	match ACCOUNTS.get((index / 4) as usize % 7) {
		Some(who) => (signed(*who), Actor::Account(*who)),
		None => (root(), Actor::Governance),
	}
}

fn apply(step: Step, pool: &[TestKey]) -> frame_support::dispatch::DispatchResult {
	let (op, o, a, b, c, d, e) = step;
	let account = ACCOUNTS[c as usize % ACCOUNTS.len()];
	let usual = match op % OPERATIONS {
		4..=10 | 17 => BOB,
		12 if d % 4 == 2 => account,
		12 if d % 4 == 3 => DAVE,
		13 if d % 2 == 0 => BOB,
		14 => CHARLIE,
		_ => ALICE,
	};
	let (origin, actor) = origin_of(o, usual);
	let domain = if a % 8 == 0 { 2 } else { (a % 2) as DomainId };
	let key = (b % 3) as KeyId;
	let role = Role::ALL[d as usize % Role::ALL.len()];
	let now = System::block_number();
	match op % OPERATIONS {
		0 => KeyRegistry::create_domain(origin, b"d".to_vec(), policy(None, (c % 4) as u64)),
		1 | 2 => KeyRegistry::grant_role(origin, domain, account, role),
		3 => KeyRegistry::revoke_role(origin, domain, account, role),
		4 | 5 => {
			let new = &pool[c as usize % pool.len()];
			let name = NAMES[d as usize % NAMES.len()];
			let rotation = if e % 2 == 0 {
				None
			} else {
				Some(5 + (e % 7) as u64)
			};
			KeyRegistry::register_key(
				origin,
				domain,
				name.to_vec(),
				KeyPurpose::Signing,
				Custody::Software,
				Some(custodian().public()),
				Some(policy(rotation, (e % 3) as u64)),
				vec![e; (e % 5) as usize],
				new.public(),
				new.pop_by(domain, name, 0, &actor),
			)
		}
		6 | 7 => {
			let Some(record) = Keys::<Test>::get(domain, key) else {
				return KeyRegistry::rotate_key(
					origin,
					domain,
					key,
					pool[0].public(),
					pool[0].sign(b""),
					None,
				);
			};
			let from = record.current_version;
			let current = Versions::<Test>::get((domain, key, from)).unwrap().public;
			// Mostly a key of the same scheme; sometimes any, to try scheme changes.
			let candidates: Vec<&TestKey> = pool
				.iter()
				.filter(|k| e % 8 == 0 || k.public().scheme() == current.scheme())
				.collect();
			let new = candidates[c as usize % candidates.len()];
			let certificate = pool
				.iter()
				.find(|k| k.public() == current)
				.filter(|_| d % 4 != 0)
				.map(|old| old.certify(domain, &record.name, from, new));
			KeyRegistry::rotate_key(
				origin,
				domain,
				key,
				new.public(),
				new.pop_by(domain, &record.name, from + 1, &actor),
				certificate,
			)
		}
		8 => KeyRegistry::revoke_version(
			origin,
			domain,
			key,
			(c % 3) as VersionNumber,
			REASONS[d as usize % 4],
			(now + 1).saturating_sub((e % 5) as u64),
		),
		9 => KeyRegistry::revoke_key(
			origin,
			domain,
			key,
			REASONS[d as usize % 4],
			(now + 1).saturating_sub((e % 5) as u64),
		),
		10 => KeyRegistry::freeze_key(origin, domain, key),
		11 => KeyRegistry::unfreeze_key(origin, domain, key),
		12 => match d % 4 {
			0 => KeyRegistry::close_domain(origin, domain),
			1 => KeyRegistry::hand_over_domain(origin, domain, Some(account)),
			2 => KeyRegistry::accept_domain(origin, domain),
			_ => {
				let head = KeyRegistry::audit_head(domain);
				KeyRegistry::attest_audit(origin, domain, head.seq, head.head)
			}
		},
		13 => {
			let limit = (e % 3 != 0).then(|| UsageLimit {
				max_uses: 1 + (c % 3) as u32,
				window: 1 + (e % 5) as u64,
			});
			let new_policy = KeyPolicy {
				rotation_period: (e % 2 == 1).then(|| 3 + (c % 9) as u64),
				grace_period: (d % 3) as u64,
				usage_limit: limit,
				allow_minority_threshold: false,
			};
			if d % 2 == 0 {
				KeyRegistry::set_key_policy(origin, domain, key, new_policy)
			} else {
				KeyRegistry::set_domain_policy(origin, domain, new_policy)
			}
		}
		14 => KeyRegistry::request_signature(origin, domain, key, vec![e; 1 + (c % 4) as usize])
			.map(|_| ())
			.map_err(|e| e.error),
		15 => {
			// Mostly a pending request (or else a made-up id), signed by the
			// holder of its key's current version, mostly.
			let pending = SignatureRequests::<Test>::iter_keys()
				.filter(|_| !e.is_multiple_of(4))
				.min_by_key(|(_, _, id)| *id);
			let (domain, key, request) = pending.unwrap_or((domain, key, u64::from(c)));
			let version = Keys::<Test>::get(domain, key).map_or(0, |k| k.current_version);
			let payload = SignatureRequests::<Test>::get((domain, key, request))
				.map(|r| r.payload.to_vec())
				.unwrap_or_default();
			let signer = held_or_any(domain, key, version, pool, d);
			let signature = signer.sign(&signature::request_payload(
				&KeyRegistry::genesis_hash(),
				domain,
				key,
				version,
				request,
				&payload,
			));
			let custodian_proof =
				custodian_or_intruder(c).sign(&signature::custodian_fulfilment_payload(
					&KeyRegistry::genesis_hash(),
					domain,
					key,
					request,
					&signature,
				));
			let call = RuntimeCall::KeyRegistry(Call::fulfil_signature {
				domain,
				key,
				request,
				signature,
				custodian_proof,
			});
			authorized_dispatch(call, o)
		}
		16 => {
			// Mostly a key whose rotation is due.
			let (domain, key) = Keys::<Test>::iter()
				.find(|(_, _, k)| !e.is_multiple_of(4) && KeyRegistry::is_overdue(k, now))
				.map_or((domain, key), |(d, k, _)| (d, k));
			let Some(record) = Keys::<Test>::get(domain, key) else {
				let call = RuntimeCall::KeyRegistry(Call::rotate_key_by_custodian {
					domain,
					key,
					new_public: pool[0].public(),
					proof: pool[0].sign(b""),
					certificate: pool[0].sign(b""),
					custodian_proof: pool[0].sign(b""),
				});
				return authorized_dispatch(call, o);
			};
			let from = record.current_version;
			let same_scheme: Vec<&TestKey> = pool
				.iter()
				.filter(|k| k.public().scheme() == record.scheme)
				.collect();
			let new = same_scheme[c as usize % same_scheme.len()];
			let current = held_or_any(domain, key, from, pool, d);
			let acting = custodian_or_intruder(c);
			let call = RuntimeCall::KeyRegistry(Call::rotate_key_by_custodian {
				domain,
				key,
				new_public: new.public(),
				proof: new.pop_by(
					domain,
					&record.name,
					from + 1,
					&Actor::Custodian(acting.public()),
				),
				certificate: current.certify(domain, &record.name, from, new),
				custodian_proof: acting.sign(&signature::custodian_rotation_payload(
					&KeyRegistry::genesis_hash(),
					domain,
					key,
					from,
					&new.public(),
				)),
			});
			authorized_dispatch(call, o)
		}
		17 => {
			// The named custodian changes: to the intruder, back, or away.
			let custodian = match e % 3 {
				0 => Some(custodian().public()),
				1 => Some(TestKey::sr25519(66).public()),
				_ => None,
			};
			KeyRegistry::set_key_custodian(origin, domain, key, custodian)
		}
		_ => {
			run_to_block(now + 1 + (e % 6) as u64);
			Ok(())
		}
	}
}

/// The tests' custodian key seven times in eight, else an intruder's key.
fn custodian_or_intruder(choice: u8) -> TestKey {
	if choice.is_multiple_of(8) {
		TestKey::sr25519(66)
	} else {
		custodian()
	}
}

/// The pool key holding `version` of the key, three times in four; otherwise
/// (or when the pool holds none) some other pool key.
fn held_or_any(
	domain: DomainId,
	key: KeyId,
	version: VersionNumber,
	pool: &[TestKey],
	choice: u8,
) -> &TestKey {
	let held = Versions::<Test>::get((domain, key, version))
		.and_then(|entry| pool.iter().find(|k| k.public() == entry.public));
	match held {
		Some(holder) if !choice.is_multiple_of(4) => holder,
		_ => &pool[choice as usize % pool.len()],
	}
}

/// An authorized call as the pool and then the block would see it: the pool
/// check must change no state and agree with the dispatch. One time in eight
/// it is sent from a signed origin instead, which must be refused.
fn authorized_dispatch(call: RuntimeCall, origin_choice: u8) -> DispatchResult {
	if origin_choice.is_multiple_of(8) {
		let refused = call.dispatch(signed(EVE));
		assert!(
			refused.is_err(),
			"a signed origin cannot make a custodian call"
		);
		return refused.map(|_| ()).map_err(|e| e.error);
	}
	let root_before = sp_io::storage::root(sp_runtime::StateVersion::V1);
	let verdict = call
		.authorize(TransactionSource::External)
		.expect("the custodian's calls are authorized calls");
	assert_eq!(
		root_before,
		sp_io::storage::root(sp_runtime::StateVersion::V1),
		"the pool check changed state"
	);
	let result = call
		.dispatch(RawOrigin::Authorized.into())
		.map(|_| ())
		.map_err(|e| e.error);
	assert_eq!(
		verdict.is_ok(),
		result.is_ok(),
		"the pool admitted what dispatch refused, or refused what it accepts: {verdict:?} / {result:?}"
	);
	result
}

/// Cases to run: `KEYREG_PROPTEST_CASES`, else 48.
fn cases() -> u32 {
	std::env::var("KEYREG_PROPTEST_CASES")
		.ok()
		.and_then(|n| n.parse().ok())
		.unwrap_or(48)
}

#[test]
fn random_calls_keep_every_invariant() {
	let cases = cases();
	let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
		cases,
		..ProptestConfig::default()
	});
	let pool = key_pool();
	// Per operation: how often it was applied, and how often it succeeded.
	let tally = std::cell::RefCell::new([(0u64, 0u64); OPERATIONS as usize]);
	let strategy = prop::collection::vec(any::<Step>(), 1..48);
	let outcome = runner.run(&strategy, |steps| {
		build_and_execute(|| {
			// Two domains with a key manager (BOB), recovery (BOB), an auditor
			// (DAVE), an operator (CHARLIE) and a key each, so that calls often
			// succeed.
			for (domain, first) in [(setup_domain(), &pool[7]), (setup_domain(), &pool[11])] {
				register(domain, b"n0", first);
				for (who, role) in [
					(BOB, Role::Recovery),
					(DAVE, Role::Auditor),
					(CHARLIE, Role::Operator),
				] {
					frame_support::assert_ok!(KeyRegistry::grant_role(
						signed(ALICE),
						domain,
						who,
						role
					));
				}
			}
			for step in steps {
				let root_before = sp_io::storage::root(sp_runtime::StateVersion::V1);
				let result = apply(step, &pool);
				let op = (step.0 % OPERATIONS) as usize;
				if std::env::var_os("KEYREG_TRACE").is_some() {
					eprintln!("step {op} {result:?}");
				}
				{
					let mut tally = tally.borrow_mut();
					tally[op].0 += 1;
					tally[op].1 += u64::from(result.is_ok());
				}
				if result.is_err() {
					let root_after = sp_io::storage::root(sp_runtime::StateVersion::V1);
					assert_eq!(
						root_before, root_after,
						"failed step {step:?} changed state"
					);
				}
				post_conditions();
			}
		});
		Ok(())
	});
	let tally = tally.into_inner();
	let calls: u64 = tally.iter().map(|(applied, _)| applied).sum();
	eprintln!("property test: {cases} cases, {calls} calls; per operation (applied, succeeded): {tally:?}");
	if let Err(failure) = outcome {
		panic!("{failure}");
	}
	// A long run reaches every call's success path; the default run is too
	// short to promise that for the calls that need time to pass.
	if cases >= 10_000 {
		for (op, (applied, succeeded)) in tally.iter().enumerate() {
			assert!(
				*succeeded > 0,
				"operation {op} never succeeded in {applied} attempts"
			);
		}
	}
}
