//! Retired keys: destroyed by the custodian's worker once their grace period
//! ends (unless the key's policy keeps them), and recorded on chain.

use super::offchain::{
	include, ledger, register_held_key, request, run_worker, stored_claim, with_node,
	with_node_destroying, Node,
};
use crate::{
	mock::*,
	offchain::{self, Work, RETRY_AFTER},
	*,
};
use frame_support::{assert_noop, assert_ok, pallet_prelude::TransactionSource, traits::Authorize};
use sp_core::{ed25519, Pair};

/// A key of the node rotated by its worker from v0 to v1 at block 6, with a
/// grace period of 3 blocks: v0 is due for destruction from block 9.
fn rotated_key(node: &Node) -> (DomainId, KeyId, PublicKey) {
	let (domain, key, v0) =
		register_held_key(node, SignatureScheme::Ed25519, Some(policy(Some(5), 3)));
	run_to_block(6);
	assert_eq!(run_worker().rotations, 1);
	for call in node.take_submitted() {
		include(call);
	}
	assert_eq!(Keys::<Test>::get(domain, key).unwrap().current_version, 1);
	// No further rotation in these tests: v0's grace is fixed in v1's record.
	assert_ok!(KeyRegistry::set_key_policy(
		signed(BOB),
		domain,
		key,
		policy(None, 3)
	));
	(domain, key, v0)
}

/// Whether the worker submitted no destruction record (v1 falls due for
/// rotation in some tests, so rotations may be submitted meanwhile).
fn no_record(node: &Node) -> bool {
	!node
		.take_submitted()
		.iter()
		.any(|call| matches!(call, Call::record_key_destruction { .. }))
}

fn held(node: &Node, public: &PublicKey) -> bool {
	node.held_ed25519()
		.iter()
		.any(|p| PublicKey::Ed25519(p.0) == *public)
}

fn destruction_proof(
	domain: DomainId,
	key: KeyId,
	version: VersionNumber,
	public: &PublicKey,
) -> KeySignature {
	custodian().sign(&signature::custodian_destruction_payload(
		&KeyRegistry::genesis_hash(),
		domain,
		key,
		version,
		public,
	))
}

#[test]
fn a_retired_key_is_destroyed_when_its_grace_ends_and_recorded_once() {
	with_node(|node| {
		let (domain, key, v0) = rotated_key(node);
		// In grace: v0 still verifies, so it is kept.
		run_to_block(8);
		assert_eq!(run_worker().destructions, 0);
		assert!(held(node, &v0));
		assert_eq!(
			KeyRegistry::destruction_due(domain, key, 0).map(|_| ()),
			Err(Error::<Test>::DestructionNotDue.into())
		);
		run_to_block(9);
		assert_eq!(run_worker().destructions, 1);
		assert!(!held(node, &v0), "the private key is gone from the signer");
		let calls = node.take_submitted();
		let [Call::record_key_destruction { version: 0, .. }] = calls.as_slice() else {
			panic!("one destruction record, got {calls:?}");
		};
		include(calls[0].clone());
		assert_eq!(Destructions::<Test>::get((domain, key, 0)), Some(9));
		assert_eq!(
			last_event(),
			Event::KeyVersionDestroyed {
				domain,
				seq: Domains::<Test>::get(domain).unwrap().audit.seq,
				actor: Actor::Custodian(custodian().public()),
				key,
				version: 0,
				public: v0,
			}
		);
		// The current version is never touched, and nothing more is due.
		assert!(held(
			node,
			&KeyRegistry::current_public_key(domain, key).unwrap()
		));
		run_to_block(9 + u64::from(RETRY_AFTER));
		let report = run_worker();
		// Both settled claims go: the rotation's and the destruction's.
		assert_eq!((report.destructions, report.claims_cleared), (0, 2));
		assert_eq!(stored_claim(&Work::Destruction(domain, key, 0)), None);
		// A second record of the same destruction is refused.
		let again = Call::<Test>::record_key_destruction {
			domain,
			key,
			version: 0,
			custodian_proof: destruction_proof(domain, key, 0, &v0),
		};
		assert!(RuntimeCall::KeyRegistry(again)
			.authorize(TransactionSource::External)
			.unwrap()
			.is_err());
		assert_noop!(
			KeyRegistry::do_record_key_destruction(
				domain,
				key,
				0,
				&destruction_proof(domain, key, 0, &v0)
			),
			Error::<Test>::AlreadyDestroyed
		);
	});
}

#[test]
fn a_key_whose_policy_keeps_retired_keys_keeps_them() {
	with_node(|node| {
		let (domain, key, v0) = rotated_key(node);
		// The key's manager (BOB) keeps them; an operator may not decide it.
		assert_noop!(
			KeyRegistry::set_retired_keys(signed(CHARLIE), domain, key, RetiredKeys::Keep),
			Error::<Test>::MissingRole
		);
		assert_ok!(KeyRegistry::set_retired_keys(
			signed(BOB),
			domain,
			key,
			RetiredKeys::Keep
		));
		assert!(matches!(
			last_event(),
			Event::RetiredKeysSet {
				retired_keys: RetiredKeys::Keep,
				..
			}
		));
		assert_noop!(
			KeyRegistry::set_retired_keys(signed(BOB), domain, key, RetiredKeys::Keep),
			Error::<Test>::RetiredKeysUnchanged
		);
		run_to_block(20);
		assert_eq!(run_worker().destructions, 0);
		assert!(held(node, &v0));
		assert!(no_record(node));
		// Nor does the chain take a record the policy did not ask for.
		assert_noop!(
			KeyRegistry::do_record_key_destruction(
				domain,
				key,
				0,
				&destruction_proof(domain, key, 0, &v0)
			),
			Error::<Test>::DestructionNotDue
		);
		// Back to the default: destroyed on the next run.
		assert_ok!(KeyRegistry::set_retired_keys(
			signed(BOB),
			domain,
			key,
			RetiredKeys::Destroy
		));
		assert_eq!(
			RetiredKeyPolicies::<Test>::get(domain, key),
			None,
			"only Keep is stored"
		);
		assert_eq!(run_worker().destructions, 1);
		assert!(!held(node, &v0));
	});
}

#[test]
fn only_the_named_custodian_records_a_destruction_and_only_of_a_retired_version() {
	with_node(|node| {
		let (domain, key, v0) = rotated_key(node);
		run_to_block(9);
		let v1 = KeyRegistry::current_public_key(domain, key).unwrap();
		// The current version is never due.
		assert_noop!(
			KeyRegistry::do_record_key_destruction(
				domain,
				key,
				1,
				&destruction_proof(domain, key, 1, &v1)
			),
			Error::<Test>::DestructionNotDue
		);
		assert_noop!(
			KeyRegistry::do_record_key_destruction(
				domain,
				key,
				7,
				&destruction_proof(domain, key, 7, &v1)
			),
			Error::<Test>::UnknownVersion
		);
		// A copy of the retired key itself, or another custodian, cannot claim it.
		let copy = offchain::sign(
			&v0,
			&signature::custodian_destruction_payload(
				&KeyRegistry::genesis_hash(),
				domain,
				key,
				0,
				&v0,
			),
		)
		.unwrap();
		assert_noop!(
			KeyRegistry::do_record_key_destruction(domain, key, 0, &copy),
			Error::<Test>::InvalidCustodianProof
		);
		let stranger = TestKey::Ed25519(ed25519::Pair::from_seed(&[9; 32]));
		let forged = stranger.sign(&signature::custodian_destruction_payload(
			&KeyRegistry::genesis_hash(),
			domain,
			key,
			0,
			&v0,
		));
		assert_noop!(
			KeyRegistry::do_record_key_destruction(domain, key, 0, &forged),
			Error::<Test>::InvalidCustodianProof
		);
		// A proof for another version does not carry over.
		assert_noop!(
			KeyRegistry::do_record_key_destruction(
				domain,
				key,
				0,
				&destruction_proof(domain, key, 1, &v0)
			),
			Error::<Test>::InvalidCustodianProof
		);
		// Signed accounts cannot call it at all.
		assert_noop!(
			KeyRegistry::record_key_destruction(
				signed(BOB),
				domain,
				key,
				0,
				destruction_proof(domain, key, 0, &v0)
			),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_destruction_whose_record_was_lost_is_recorded_again_without_the_key() {
	with_node(|node| {
		let (domain, key, v0) = rotated_key(node);
		run_to_block(9);
		assert_eq!(run_worker().destructions, 1);
		// The node crashed before its record reached a block: the pool lost it.
		node.take_submitted();
		assert!(!held(node, &v0));
		assert!(ledger().contains(&Work::Destruction(domain, key, 0)));
		run_to_block(9 + u64::from(RETRY_AFTER));
		// The scan no longer finds v0 (not held); the lapsed claim brings it back.
		assert_eq!(run_worker().destructions, 1);
		let calls = node.take_submitted();
		let [call @ Call::record_key_destruction { version: 0, .. }] = calls.as_slice() else {
			panic!("the record again, got {calls:?}");
		};
		include(call.clone());
		assert!(Destructions::<Test>::contains_key((domain, key, 0)));
	});
}

#[test]
fn an_unreachable_signer_destroys_nothing_and_records_nothing() {
	with_node(|node| {
		let (domain, key, v0) = rotated_key(node);
		run_to_block(9);
		node.keystore
			.online
			.store(false, std::sync::atomic::Ordering::SeqCst);
		let report = run_worker();
		assert_eq!((report.destructions, report.signer_failures), (0, 1));
		assert!(node.take_submitted().is_empty());
		node.keystore
			.online
			.store(true, std::sync::atomic::Ordering::SeqCst);
		// The claim was given up: the next run destroys at once.
		assert_eq!(run_worker().destructions, 1);
		assert!(!held(node, &v0));
		assert!(
			!Destructions::<Test>::contains_key((domain, key, 0)),
			"not before inclusion"
		);
	});
}

#[test]
fn a_node_without_key_destruction_keeps_the_key_and_claims_nothing_false() {
	with_node_destroying(false, |node| {
		let (_, _, v0) = rotated_key(node);
		run_to_block(12);
		assert_eq!(run_worker().destructions, 0);
		assert!(held(node, &v0));
		assert!(no_record(node));
	});
}

#[test]
fn a_guarded_retired_keys_change_goes_through_a_proposal() {
	with_node(|node| {
		let (domain, key, _) = register_held_key(node, SignatureScheme::Ed25519, None);
		request(domain, key, b"unrelated");
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			DAVE,
			Role::Admin
		));
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			EVE,
			Role::Admin
		));
		assert_ok!(KeyRegistry::set_approval_policy(
			signed(ALICE),
			domain,
			None,
			Some(ApprovalPolicy {
				approvers: Role::Admin,
				threshold: 2,
				operations: OperationSet::of(&[OperationKind::PolicyChange]),
				ttl: 10,
			})
		));
		assert_noop!(
			KeyRegistry::set_retired_keys(signed(BOB), domain, key, RetiredKeys::Keep),
			Error::<Test>::ApprovalRequired
		);
		let proposal = NextProposalId::<Test>::get();
		assert_ok!(KeyRegistry::propose(
			signed(BOB),
			domain,
			Operation::SetRetiredKeys {
				key,
				retired_keys: RetiredKeys::Keep
			}
		));
		assert_ok!(KeyRegistry::approve(signed(DAVE), domain, proposal));
		assert_ok!(KeyRegistry::approve(signed(EVE), domain, proposal));
		assert_ok!(KeyRegistry::execute_proposal(signed(BOB), domain, proposal));
		assert_eq!(KeyRegistry::retired_keys(domain, key), RetiredKeys::Keep);
	});
}
