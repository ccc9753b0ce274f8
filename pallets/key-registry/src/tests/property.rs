//! Property test: random sequences of calls from random origins. After every
//! call the storage invariants hold, the audit chains replay from the events,
//! and a call that fails leaves the state exactly as it was.

use crate::{mock::*, *};
use proptest::prelude::*;

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

/// One step: an origin (index 6 is governance) and five argument bytes.
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
	let usual = match op % 14 {
		4..=10 => BOB,
		12 if d % 4 == 2 => account,
		12 if d % 4 == 3 => DAVE,
		_ => ALICE,
	};
	let (origin, actor) = origin_of(o, usual);
	let domain = if a % 8 == 0 { 2 } else { (a % 2) as DomainId };
	let key = (b % 3) as KeyId;
	let role = Role::ALL[d as usize % Role::ALL.len()];
	let now = System::block_number();
	match op % 14 {
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
			now.saturating_sub((e % 4) as u64),
		),
		9 => KeyRegistry::revoke_key(
			origin,
			domain,
			key,
			REASONS[d as usize % 4],
			now.saturating_sub((e % 4) as u64),
		),
		10 => KeyRegistry::freeze_key(origin, domain, key),
		11 => KeyRegistry::unfreeze_key(origin, domain, key),
		12 => match d % 4 {
			0 => KeyRegistry::close_domain(origin, domain),
			1 => KeyRegistry::hand_over_domain(origin, domain, Some(account)),
			2 => KeyRegistry::accept_domain(origin, domain),
			_ => {
				let head = AuditHeads::<Test>::get(domain);
				KeyRegistry::attest_audit(origin, domain, head.seq, head.head)
			}
		},
		_ => {
			run_to_block(now + 1 + (e % 6) as u64);
			Ok(())
		}
	}
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

	#[test]
	fn random_calls_keep_every_invariant(steps in prop::collection::vec(any::<Step>(), 1..48)) {
		let pool = key_pool();
		build_and_execute(|| {
			// Two domains with a key manager (BOB), recovery (BOB), an auditor
			// (DAVE) and a key each, so that calls often succeed.
			for (domain, first) in [(setup_domain(), &pool[7]), (setup_domain(), &pool[11])] {
				register(domain, b"n0", first);
				frame_support::assert_ok!(KeyRegistry::grant_role(signed(ALICE), domain, BOB, Role::Recovery));
				frame_support::assert_ok!(KeyRegistry::grant_role(signed(ALICE), domain, DAVE, Role::Auditor));
			}
			for step in steps {
				let root_before = sp_io::storage::root(sp_runtime::StateVersion::V1);
				let result = apply(step, &pool);
				if std::env::var_os("KEYREG_TRACE").is_some() {
					eprintln!("step {} {:?}", step.0 % 14, result);
				}
				if result.is_err() {
					let root_after = sp_io::storage::root(sp_runtime::StateVersion::V1);
					assert_eq!(root_before, root_after, "failed step {step:?} changed state");
				}
				post_conditions();
			}
		});
	}
}
