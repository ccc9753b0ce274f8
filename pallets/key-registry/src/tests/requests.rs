//! Signature requests: who may ask, what the custodian's fulfilment must
//! prove before it enters the pool, usage limits, expiry, and the custodian's
//! rotation of an overdue key.

use crate::{mock::*, *};
use frame_support::{
	assert_noop, assert_ok,
	pallet_prelude::{InvalidTransaction, TransactionSource, TransactionValidityError},
	traits::fungible::Mutate,
	traits::Authorize,
};
use frame_system::RawOrigin;
use sp_runtime::{traits::Dispatchable, DispatchError};

/// The operator of the tests' domain.
const OPERATOR: AccountId = CHARLIE;

pub(super) fn authorized() -> RuntimeOrigin {
	RawOrigin::Authorized.into()
}

/// A domain with BOB as key manager and CHARLIE as operator.
pub(super) fn setup_operated_domain() -> DomainId {
	let domain = setup_domain();
	assert_ok!(KeyRegistry::grant_role(
		signed(ALICE),
		domain,
		OPERATOR,
		Role::Operator
	));
	domain
}

/// The signature `signer` makes to fulfil `request` for `version` of `key`.
pub(super) fn fulfilment(
	signer: &TestKey,
	domain: DomainId,
	key: KeyId,
	version: VersionNumber,
	request: RequestId,
	payload: &[u8],
) -> KeySignature {
	signer.sign(&signature::request_payload(
		&KeyRegistry::genesis_hash(),
		domain,
		key,
		version,
		request,
		payload,
	))
}

/// The fulfilment transaction, co-signed by the tests' custodian key.
pub(super) fn fulfil_call(
	domain: DomainId,
	key: KeyId,
	request: RequestId,
	signature: KeySignature,
) -> RuntimeCall {
	let custodian_proof = custodian_fulfilment_proof(domain, key, request, &signature);
	RuntimeCall::KeyRegistry(Call::fulfil_signature {
		domain,
		key,
		request,
		signature,
		custodian_proof,
	})
}

/// Makes a request for `payload` on `key` and returns its fulfilment signed
/// by `signer` as `version`, co-signed by the tests' custodian key.
pub(super) fn request_fulfilment(
	domain: DomainId,
	key: KeyId,
	signer: &TestKey,
	version: VersionNumber,
	payload: &[u8],
) -> RuntimeCall {
	let id = request(domain, key, payload);
	fulfil_call(
		domain,
		key,
		id,
		fulfilment(signer, domain, key, version, id, payload),
	)
}

/// What the pool says of `call`: its `provides` tags, or why it is invalid.
pub(super) fn pool_check(call: &RuntimeCall) -> Result<Vec<Vec<u8>>, TransactionValidityError> {
	call.authorize(TransactionSource::External)
		.expect("the call is an authorized call")
		.map(|(validity, _)| validity.provides)
}

/// `Custom(i)` for the pallet error `e`.
pub(super) fn custom(e: Error<Test>) -> TransactionValidityError {
	let DispatchError::Module(module) = DispatchError::from(e) else {
		panic!("a module error");
	};
	InvalidTransaction::Custom(module.error[0]).into()
}

pub(super) fn request(domain: DomainId, key: KeyId, payload: &[u8]) -> RequestId {
	let id = NextRequestId::<Test>::get();
	assert_ok!(KeyRegistry::request_signature(
		signed(OPERATOR),
		domain,
		key,
		payload.to_vec()
	));
	id
}

#[test]
fn operator_requests_and_the_custodian_fulfils_once() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let signer = TestKey::ed25519(1);
		let key = register(domain, b"k", &signer);
		let id = request(domain, key, b"pay 10 to dave");
		assert_eq!(
			last_event(),
			Event::SignatureRequested {
				domain,
				seq: KeyRegistry::audit_head(domain).seq,
				actor: Actor::Account(OPERATOR),
				key,
				request: id,
				payload: b"pay 10 to dave".to_vec().try_into().unwrap(),
				expires_at: 1 + REQUEST_TTL,
				deposit: REQUEST_DEPOSIT,
				signing: None,
			}
		);

		let signature = fulfilment(&signer, domain, key, 0, id, b"pay 10 to dave");
		let call = fulfil_call(domain, key, id, signature);
		// One pool tag per request: two nodes' fulfilments replace each other.
		let tags = pool_check(&call).unwrap();
		assert_eq!(tags.len(), 1);
		assert_ok!(call.clone().dispatch(authorized()));
		assert_eq!(
			last_event(),
			Event::SignatureFulfilled {
				domain,
				seq: KeyRegistry::audit_head(domain).seq,
				actor: Actor::Custodian(custodian().public()),
				key,
				request: id,
				version: 0,
				signature,
			}
		);
		assert!(!SignatureRequests::<Test>::contains_key((domain, key, id)));
		// Fulfilled once: a replay is stale in the pool and fails on dispatch.
		assert_eq!(pool_check(&call), Err(InvalidTransaction::Stale.into()));
		assert_noop!(call.dispatch(authorized()), Error::<Test>::UnknownRequest);
	});
}

#[test]
fn only_operators_and_governance_request() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let key = register(domain, b"k", &TestKey::ed25519(1));
		// BOB manages keys but may not use them.
		assert_noop!(
			KeyRegistry::request_signature(signed(BOB), domain, key, b"x".to_vec()),
			Error::<Test>::MissingRole
		);
		assert_noop!(
			KeyRegistry::request_signature(signed(EVE), domain, key, b"x".to_vec()),
			Error::<Test>::MissingRole
		);
		assert_ok!(KeyRegistry::request_signature(
			root(),
			domain,
			key,
			b"x".to_vec()
		));
		assert!(matches!(
			last_event(),
			Event::SignatureRequested {
				actor: Actor::Governance,
				..
			}
		));
	});
}

#[test]
fn bad_requests_are_refused_and_change_nothing() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let signer = TestKey::ed25519(1);
		let key = register(domain, b"k", &signer);
		let op = || signed(OPERATOR);
		assert_noop!(
			KeyRegistry::request_signature(op(), domain, key, vec![]),
			Error::<Test>::PayloadEmpty
		);
		assert_noop!(
			KeyRegistry::request_signature(
				op(),
				domain,
				key,
				vec![0; MAX_PAYLOAD_LEN as usize + 1]
			),
			Error::<Test>::PayloadTooLong
		);
		assert_noop!(
			KeyRegistry::request_signature(op(), domain, key + 1, b"x".to_vec()),
			Error::<Test>::UnknownKey
		);
		assert_noop!(
			KeyRegistry::request_signature(op(), domain + 1, key, b"x".to_vec()),
			Error::<Test>::UnknownDomain
		);
		assert_ok!(KeyRegistry::freeze_key(signed(BOB), domain, key));
		assert_noop!(
			KeyRegistry::request_signature(op(), domain, key, b"x".to_vec()),
			Error::<Test>::KeyFrozen
		);
		assert_ok!(KeyRegistry::unfreeze_key(signed(ALICE), domain, key));
		assert_ok!(KeyRegistry::revoke_version(
			signed(BOB),
			domain,
			key,
			0,
			RevocationReason::Compromised,
			1
		));
		assert_noop!(
			KeyRegistry::request_signature(op(), domain, key, b"x".to_vec()),
			Error::<Test>::KeySuspended
		);
		assert_ok!(KeyRegistry::revoke_key(
			signed(BOB),
			domain,
			key,
			RevocationReason::Ceased,
			1
		));
		assert_noop!(
			KeyRegistry::request_signature(op(), domain, key, b"x".to_vec()),
			Error::<Test>::KeyRevoked
		);
	});
}

#[test]
fn a_block_takes_at_most_max_requests_and_a_domain_its_share() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let key = register(domain, b"k", &TestKey::ed25519(1));
		let other = setup_operated_domain();
		let other_key = register(other, b"k", &TestKey::ed25519(2));
		for _ in 0..MAX_REQUESTS_PER_DOMAIN_PER_BLOCK {
			request(domain, key, b"x");
		}
		// One domain cannot take the whole block...
		assert_noop!(
			KeyRegistry::request_signature(signed(OPERATOR), domain, key, b"x".to_vec()),
			Error::<Test>::DomainRequestLimit
		);
		// ...so another domain still gets in, up to the block's capacity.
		for _ in MAX_REQUESTS_PER_DOMAIN_PER_BLOCK..MAX_REQUESTS_PER_BLOCK {
			request(other, other_key, b"y");
		}
		assert_noop!(
			KeyRegistry::request_signature(signed(OPERATOR), other, other_key, b"y".to_vec()),
			Error::<Test>::TooManyRequests
		);
		run_to_block(2);
		request(domain, key, b"x");
	});
}

#[test]
fn a_pending_request_holds_its_deposit_until_fulfilled_or_expired() {
	use frame_support::traits::fungible::InspectHold;
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let signer = TestKey::ed25519(1);
		let key = register(domain, b"k", &signer);
		let held = || Balances::balance_on_hold(&HoldReason::RequestDeposit.into(), &OPERATOR);
		let fulfilled = request(domain, key, b"a");
		let expiring = request(domain, key, b"b");
		assert_eq!(held(), 2 * REQUEST_DEPOSIT);
		let signature = fulfilment(&signer, domain, key, 0, fulfilled, b"a");
		assert_ok!(fulfil_call(domain, key, fulfilled, signature).dispatch(authorized()));
		assert_eq!(held(), REQUEST_DEPOSIT);
		run_to_block(1 + REQUEST_TTL);
		assert!(!SignatureRequests::<Test>::contains_key((
			domain, key, expiring
		)));
		assert_eq!(held(), 0);
		// An operator who cannot pay the deposit cannot flood.
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			PAUPER,
			Role::Operator
		));
		let free = Balances::free_balance(PAUPER);
		Balances::set_balance(&PAUPER, REQUEST_DEPOSIT - 1);
		assert_noop!(
			KeyRegistry::request_signature(signed(PAUPER), domain, key, b"x".to_vec()),
			Error::<Test>::InsufficientDeposit
		);
		Balances::set_balance(&PAUPER, free);
		// Governance asks without a deposit.
		assert_ok!(KeyRegistry::request_signature(
			root(),
			domain,
			key,
			b"g".to_vec()
		));
		assert!(matches!(
			last_event(),
			Event::SignatureRequested {
				deposit: 0,
				actor: Actor::Governance,
				..
			}
		));
	});
}

#[test]
fn the_pool_refuses_fulfilments_that_do_not_verify() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let signer = TestKey::ed25519(1);
		let key = register(domain, b"k", &signer);
		let id = request(domain, key, b"payload");
		let check = |signature| pool_check(&fulfil_call(domain, key, id, signature));
		let bad_proof = Err(InvalidTransaction::BadProof.into());

		// Another key, another payload, another request id, another version,
		// the bare payload without the envelope.
		let stranger = TestKey::ed25519(9);
		assert_eq!(
			check(fulfilment(&stranger, domain, key, 0, id, b"payload")),
			bad_proof
		);
		assert_eq!(
			check(fulfilment(&signer, domain, key, 0, id, b"other")),
			bad_proof
		);
		assert_eq!(
			check(fulfilment(&signer, domain, key, 0, id + 1, b"payload")),
			bad_proof
		);
		assert_eq!(
			check(fulfilment(&signer, domain, key, 1, id, b"payload")),
			bad_proof
		);
		assert_eq!(check(signer.sign(b"payload")), bad_proof);
		// A signature of another scheme.
		let ecdsa = TestKey::ecdsa(1);
		assert_eq!(
			check(fulfilment(&ecdsa, domain, key, 0, id, b"payload")),
			Err(custom(Error::<Test>::SignatureSchemeMismatch))
		);
		// Unknown request.
		assert_eq!(
			pool_check(&fulfil_call(
				domain,
				key,
				id + 1,
				fulfilment(&signer, domain, key, 0, id + 1, b"payload")
			)),
			Err(InvalidTransaction::Stale.into())
		);
		// A bad fulfilment dispatched anyway changes nothing.
		assert_noop!(
			fulfil_call(
				domain,
				key,
				id,
				fulfilment(&stranger, domain, key, 0, id, b"payload")
			)
			.dispatch(authorized()),
			Error::<Test>::InvalidSignature
		);
		// Only the authorized origin may fulfil.
		assert_noop!(
			fulfil_call(
				domain,
				key,
				id,
				fulfilment(&signer, domain, key, 0, id, b"payload")
			)
			.dispatch(signed(OPERATOR)),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn after_a_rotation_only_the_new_version_fulfils() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let v0 = TestKey::ed25519(1);
		let v1 = TestKey::ed25519(2);
		let key = register(domain, b"k", &v0);
		let id = request(domain, key, b"payload");
		rotate(domain, key, b"k", &v0, &v1);
		// The old version is in grace for verification, but does not sign new work.
		assert_eq!(
			pool_check(&fulfil_call(
				domain,
				key,
				id,
				fulfilment(&v0, domain, key, 0, id, b"payload")
			)),
			Err(InvalidTransaction::BadProof.into())
		);
		assert_ok!(fulfil_call(
			domain,
			key,
			id,
			fulfilment(&v1, domain, key, 1, id, b"payload")
		)
		.dispatch(authorized()));
		assert!(matches!(
			last_event(),
			Event::SignatureFulfilled { version: 1, .. }
		));
	});
}

#[test]
fn a_frozen_or_suspended_key_does_not_fulfil() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let signer = TestKey::ed25519(1);
		let key = register(domain, b"k", &signer);
		let id = request(domain, key, b"payload");
		let call = fulfil_call(
			domain,
			key,
			id,
			fulfilment(&signer, domain, key, 0, id, b"payload"),
		);
		assert_ok!(KeyRegistry::freeze_key(signed(BOB), domain, key));
		assert_eq!(pool_check(&call), Err(custom(Error::<Test>::KeyFrozen)));
		assert_noop!(
			call.clone().dispatch(authorized()),
			Error::<Test>::KeyFrozen
		);
		assert_ok!(KeyRegistry::unfreeze_key(signed(ALICE), domain, key));
		assert_ok!(KeyRegistry::revoke_version(
			signed(BOB),
			domain,
			key,
			0,
			RevocationReason::Compromised,
			1
		));
		assert_eq!(pool_check(&call), Err(custom(Error::<Test>::KeySuspended)));
	});
}

#[test]
fn usage_limits_count_fulfilled_signatures_per_window() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let signer = TestKey::ed25519(1);
		let limited = KeyPolicy {
			rotation_period: None,
			grace_period: 0,
			usage_limit: Some(UsageLimit {
				max_uses: 2,
				window: 5,
			}),
			allow_minority_threshold: false,
		};
		let key = register_with(domain, b"k", &signer, Some(limited));
		let ids: Vec<RequestId> = (0..3).map(|_| request(domain, key, b"p")).collect();
		let call = |id| {
			fulfil_call(
				domain,
				key,
				id,
				fulfilment(&signer, domain, key, 0, id, b"p"),
			)
		};
		assert_ok!(call(ids[0]).dispatch(authorized()));
		assert_ok!(call(ids[1]).dispatch(authorized()));
		assert_eq!(KeyUsage::<Test>::get(domain, key).used, 2);
		// The third, requested before the limit was reached, no longer passes.
		assert_eq!(
			pool_check(&call(ids[2])),
			Err(custom(Error::<Test>::UsageLimitReached))
		);
		assert_noop!(
			KeyRegistry::request_signature(signed(OPERATOR), domain, key, b"p".to_vec()),
			Error::<Test>::UsageLimitReached
		);
		// A new window opens five blocks after the first use.
		run_to_block(6);
		assert_ok!(call(ids[2]).dispatch(authorized()));
		assert_eq!(
			KeyUsage::<Test>::get(domain, key),
			UsageWindow {
				started_at: 6,
				used: 1
			}
		);
	});
}

#[test]
fn unfulfilled_requests_expire_after_their_ttl() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let signer = TestKey::ed25519(1);
		let key = register(domain, b"k", &signer);
		let expiring = request(domain, key, b"late");
		let fulfilled = request(domain, key, b"early");
		assert_ok!(fulfil_call(
			domain,
			key,
			fulfilled,
			fulfilment(&signer, domain, key, 0, fulfilled, b"early")
		)
		.dispatch(authorized()));
		let call = fulfil_call(
			domain,
			key,
			expiring,
			fulfilment(&signer, domain, key, 0, expiring, b"late"),
		);
		run_to_block(REQUEST_TTL);
		assert!(pool_check(&call).is_ok());
		run_to_block(1 + REQUEST_TTL);
		let expired: Vec<_> = registry_events()
			.into_iter()
			.filter(|e| matches!(e, Event::SignatureRequestExpired { .. }))
			.collect();
		// Only the unfulfilled request expires, by the chain itself.
		assert_eq!(
			expired,
			vec![Event::SignatureRequestExpired {
				domain,
				seq: KeyRegistry::audit_head(domain).seq,
				actor: Actor::System,
				key,
				request: expiring,
			}]
		);
		assert_eq!(pool_check(&call), Err(InvalidTransaction::Stale.into()));
		assert!(RequestExpiries::<Test>::get(1 + REQUEST_TTL).is_empty());
	});
}

/// A key with a rotation period, advanced to the block its rotation is due.
pub(super) fn overdue_key(signer: &TestKey) -> (DomainId, KeyId) {
	let domain = setup_operated_domain();
	let key = register_with(domain, b"k", signer, Some(policy(Some(5), 2)));
	run_to_block(6);
	assert!(KeyRegistry::rotation_overdue_since(domain, key).is_some());
	(domain, key)
}

/// The custodian's rotation of `key` from its current version to `new`,
/// co-signed by the tests' custodian key.
pub(super) fn custodian_rotation(
	domain: DomainId,
	key: KeyId,
	new: &TestKey,
	proof: KeySignature,
	certificate: KeySignature,
) -> RuntimeCall {
	let from = Keys::<Test>::get(domain, key).map_or(0, |k| k.current_version);
	RuntimeCall::KeyRegistry(Call::rotate_key_by_custodian {
		domain,
		key,
		new_public: new.public(),
		proof,
		certificate,
		custodian_proof: custodian_rotation_proof(domain, key, from, &new.public()),
	})
}

#[test]
fn the_custodian_rotates_an_overdue_key_with_both_proofs() {
	build_and_execute(|| {
		let v0 = TestKey::ecdsa(1);
		let v1 = TestKey::ecdsa(2);
		let (domain, key) = overdue_key(&v0);
		let proof = v1.pop_by(domain, b"k", 1, &Actor::Custodian(custodian().public()));
		let certificate = v0.certify(domain, b"k", 0, &v1);
		let call = custodian_rotation(domain, key, &v1, proof, certificate);
		assert_eq!(pool_check(&call).map(|tags| tags.len()), Ok(1));
		assert_ok!(call.clone().dispatch(authorized()));
		assert!(matches!(
			last_event(),
			Event::KeyRotated {
				actor: Actor::Custodian(_),
				version: 1,
				..
			}
		));
		assert_eq!(
			KeyRegistry::current_public_key(domain, key),
			Some(v1.public())
		);
		assert!(KeyRegistry::rotation_overdue_since(domain, key).is_none());
		// Done once: the same transaction is stale now.
		assert_eq!(pool_check(&call), Err(InvalidTransaction::Stale.into()));
	});
}

#[test]
fn the_pool_refuses_custodian_rotations_without_valid_proofs() {
	build_and_execute(|| {
		let v0 = TestKey::ed25519(1);
		let v1 = TestKey::ed25519(2);
		let (domain, key) = overdue_key(&v0);
		let good_proof = v1.pop_by(domain, b"k", 1, &Actor::Custodian(custodian().public()));
		let good_certificate = v0.certify(domain, b"k", 0, &v1);
		let bad_proof = Err(InvalidTransaction::BadProof.into());
		// A proof bound to an account instead of the custodian.
		assert_eq!(
			pool_check(&custodian_rotation(
				domain,
				key,
				&v1,
				v1.pop(domain, b"k", 1, BOB),
				good_certificate
			)),
			bad_proof
		);
		// A certificate by someone other than the current version.
		assert_eq!(
			pool_check(&custodian_rotation(
				domain,
				key,
				&v1,
				good_proof,
				TestKey::ed25519(9).certify(domain, b"k", 0, &v1)
			)),
			bad_proof
		);
		// A frozen key is left to people.
		assert_ok!(KeyRegistry::freeze_key(signed(BOB), domain, key));
		let call = custodian_rotation(domain, key, &v1, good_proof, good_certificate);
		assert_eq!(pool_check(&call), Err(custom(Error::<Test>::KeyFrozen)));
		assert_noop!(
			call.clone().dispatch(authorized()),
			Error::<Test>::KeyFrozen
		);
		assert_ok!(KeyRegistry::unfreeze_key(signed(ALICE), domain, key));
		// Signed accounts cannot use the custodian's call.
		assert_noop!(call.clone().dispatch(signed(BOB)), DispatchError::BadOrigin);
		// Once a key manager rotated it, the key is no longer due.
		let v2 = TestKey::ed25519(3);
		rotate(domain, key, b"k", &v0, &v2);
		assert_eq!(pool_check(&call), Err(InvalidTransaction::Stale.into()));
	});
}

#[test]
fn the_custodian_may_not_rotate_a_key_that_is_not_due() {
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let v0 = TestKey::ed25519(1);
		let v1 = TestKey::ed25519(2);
		let key = register(domain, b"k", &v0);
		let call = custodian_rotation(
			domain,
			key,
			&v1,
			v1.pop_by(domain, b"k", 1, &Actor::Custodian(custodian().public())),
			v0.certify(domain, b"k", 0, &v1),
		);
		assert_eq!(pool_check(&call), Err(InvalidTransaction::Stale.into()));
		assert_noop!(call.dispatch(authorized()), Error::<Test>::RotationNotDue);
	});
}

#[test]
fn non_canonical_ecdsa_fulfilments_are_refused() {
	use super::canonical::{high_s, v_plus_27};
	build_and_execute(|| {
		let domain = setup_operated_domain();
		let signer = TestKey::ecdsa(3);
		let key = register(domain, b"k", &signer);
		let id = request(domain, key, b"pay");
		let good = fulfilment(&signer, domain, key, 0, id, b"pay");
		for form in [high_s(&good), v_plus_27(&good)] {
			let call = fulfil_call(domain, key, id, form);
			assert_eq!(pool_check(&call), Err(InvalidTransaction::BadProof.into()));
			assert_noop!(call.dispatch(authorized()), Error::<Test>::InvalidSignature);
		}
		assert_ok!(fulfil_call(domain, key, id, good).dispatch(authorized()));
	});
}
