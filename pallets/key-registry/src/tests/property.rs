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

fn origin_of(index: u8) -> (RuntimeOrigin, Actor<AccountId>) {
	match ACCOUNTS.get(index as usize % 7) {
		Some(who) => (signed(*who), Actor::Account(*who)),
		None => (root(), Actor::Governance),
	}
}

fn apply(step: Step, pool: &[TestKey]) -> frame_support::dispatch::DispatchResult {
	let (op, o, a, b, c, d, e) = step;
	let (origin, actor) = origin_of(o);
	let domain = (a % 3) as DomainId;
	let key = (b % 4) as KeyId;
	let account = ACCOUNTS[c as usize % ACCOUNTS.len()];
	let role = Role::ALL[d as usize % Role::ALL.len()];
	let now = System::block_number();
	match op % 14 {
		0 => KeyRegistry::create_domain(origin, b"d".to_vec(), policy(None, (c % 4) as u64)),
		1 | 2 => KeyRegistry::grant_role(origin, domain, account, role),
		3 => KeyRegistry::revoke_role(origin, domain, account, role),
		4 | 5 => {
			let new = &pool[c as usize % pool.len()];
			let name = NAMES[d as usize % NAMES.len()];
			let rotation = if e % 2 == 0 { None } else { Some(5 + (e % 7) as u64) };
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
		},
		6 | 7 => {
			let Some(record) = Keys::<Test>::get(domain, key) else {
				return KeyRegistry::rotate_key(origin, domain, key, pool[0].public(), pool[0].sign(b""), None);
			};
			let from = record.current_version;
			let current = Versions::<Test>::get((domain, key, from)).unwrap().public;
			let new = &pool[c as usize % pool.len()];
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
		},
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
			},
		},
		_ => {
			run_to_block(now + 1 + (e % 6) as u64);
			Ok(())
		},
	}
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

	#[test]
	fn random_calls_keep_every_invariant(steps in prop::collection::vec(any::<Step>(), 1..48)) {
		let pool = key_pool();
		build_and_execute(|| {
			// Two domains with key managers so that key calls often succeed.
			setup_domain();
			setup_domain();
			for step in steps {
				let root_before = sp_io::storage::root(sp_runtime::StateVersion::V1);
				let result = apply(step, &pool);
				if result.is_err() {
					let root_after = sp_io::storage::root(sp_runtime::StateVersion::V1);
					assert_eq!(root_before, root_after, "failed step {step:?} changed state");
				}
				post_conditions();
			}
		});
	}
}
