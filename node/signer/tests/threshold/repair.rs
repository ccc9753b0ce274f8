//! Repair: a member that lost its share gets it back from `threshold`
//! helpers, through sealed messages only.

use super::*;
use keyreg_signer::threshold::{
	repair::{helper_deltas, helper_sigma, recover, RepairPlan},
	ThresholdError,
};

fn run_repair(
	members: &Members,
	shares: &[ShareRecord],
	plan: &RepairPlan,
) -> (Vec<SealedMessage>, Vec<SealedMessage>) {
	let deltas: Vec<SealedMessage> = plan
		.helpers
		.iter()
		.flat_map(|helper| {
			let share = &shares[usize::from(helper.0) - 1];
			helper_deltas(
				plan,
				&members.committee,
				share,
				members.secret(*helper),
				&mut OsRng,
			)
			.unwrap()
		})
		.collect();
	let sigmas = plan
		.helpers
		.iter()
		.map(|helper| {
			helper_sigma(
				plan,
				&members.committee,
				*helper,
				members.secret(*helper),
				&deltas,
				&mut OsRng,
			)
			.unwrap()
		})
		.collect();
	(deltas, sigmas)
}

#[test]
fn a_lost_share_is_rebuilt_by_two_helpers_and_signs_again() {
	let members = Members::new(2, 3);
	let shares = members.dkg(session(1));
	let group_key = shares[0].group_key().unwrap();
	let plan = RepairPlan {
		session: session(40),
		helpers: vec![MemberIndex(1), MemberIndex(2)],
		lost: MemberIndex(3),
	};
	let (deltas, sigmas) = run_repair(&members, &shares, &plan);
	// Nothing secret travels in the clear: every message is sealed, and only
	// the sigmas are for the lost member.
	assert!(deltas.iter().all(|m| plan.helpers.contains(&m.to)));
	assert!(sigmas.iter().all(|m| m.to == MemberIndex(3)));

	// Member 3 has nothing but its key-agreement key and the public record.
	let public = shares[0].public_key_package().clone();
	let repaired = recover(
		&plan,
		&members.committee,
		members.secret(MemberIndex(3)),
		public,
		(session(1), 0),
		&sigmas,
	)
	.unwrap();
	assert_eq!(repaired, shares[2], "the very share that was lost");

	let dir = tempfile::tempdir().unwrap();
	let repaired_signer = signers(&[repaired], dir.path()).remove(0);
	let other = signers(&shares[..1], dir.path()).remove(0);
	let (_, _, signature) = sign_with(&[&other, &repaired_signer], session(41), b"after repair");
	assert!(verifies(group_key, b"after repair", signature));
}

#[test]
fn a_helper_sending_a_wrong_value_is_caught() {
	let members = Members::new(2, 3);
	let shares = members.dkg(session(1));
	let plan = RepairPlan {
		session: session(40),
		helpers: vec![MemberIndex(1), MemberIndex(2)],
		lost: MemberIndex(3),
	};
	let (_, mut sigmas) = run_repair(&members, &shares, &plan);
	// Helper 2 sends the sigma of another repair run: well-formed, sealed,
	// authenticated, and wrong.
	let (_, other_run) = run_repair(&members, &shares, &plan);
	sigmas[1] = other_run[1].clone();
	let public = shares[0].public_key_package().clone();
	let error = recover(
		&plan,
		&members.committee,
		members.secret(MemberIndex(3)),
		public.clone(),
		(session(1), 0),
		&sigmas,
	)
	.unwrap_err();
	assert!(matches!(error, ThresholdError::RepairMismatch), "{error}");

	// A sigma missing, or from a non-helper.
	let error = recover(
		&plan,
		&members.committee,
		members.secret(MemberIndex(3)),
		public,
		(session(1), 0),
		&sigmas[..1],
	)
	.unwrap_err();
	assert!(
		matches!(
			error,
			ThresholdError::MissingMessage {
				from: MemberIndex(2),
				..
			}
		),
		"{error}"
	);
}

#[test]
fn repair_plans_need_threshold_distinct_helpers_other_than_the_lost_member() {
	let members = Members::new(2, 3);
	let shares = members.dkg(session(1));
	for helpers in [
		vec![MemberIndex(1)],
		vec![MemberIndex(1), MemberIndex(1)],
		vec![MemberIndex(1), MemberIndex(3)],
		vec![MemberIndex(1), MemberIndex(4)],
	] {
		let plan = RepairPlan {
			session: session(40),
			helpers,
			lost: MemberIndex(3),
		};
		assert!(
			helper_deltas(
				&plan,
				&members.committee,
				&shares[0],
				members.secret(MemberIndex(1)),
				&mut OsRng
			)
			.is_err(),
			"{plan:?}"
		);
	}
	// A member not in the plan cannot pose as a helper.
	let plan = RepairPlan {
		session: session(40),
		helpers: vec![MemberIndex(1), MemberIndex(2)],
		lost: MemberIndex(3),
	};
	assert!(helper_deltas(
		&plan,
		&members.committee,
		&shares[2],
		members.secret(MemberIndex(3)),
		&mut OsRng
	)
	.is_err());
}

#[test]
fn a_repaired_member_proves_its_share_as_a_plain_ed25519_key() {
	let members = Members::new(2, 3);
	let shares = members.dkg(session(1));
	// The committee's public record, rebuilt from what the chain keeps.
	let verifying: Vec<[u8; 32]> = shares
		.iter()
		.map(|share| share.verifying_share(share.member).unwrap())
		.collect();
	let public = keyreg_signer::threshold::public_key_package(
		&shares[0].group_key().unwrap(),
		&verifying,
		2,
	)
	.unwrap();
	assert_eq!(&public, shares[0].public_key_package());

	let proof = shares[2]
		.sign_with_share(b"repair payload", &mut OsRng)
		.unwrap();
	assert!(verifies(verifying[2], b"repair payload", proof));
	// Not under another member's verifying share, nor over another payload.
	assert!(!verifies(verifying[1], b"repair payload", proof));
	assert!(!verifies(verifying[2], b"another payload", proof));
	// A malformed point is refused, not panicked on.
	assert!(keyreg_signer::threshold::public_key_package(&[0xff; 32], &verifying, 2).is_err());
}
