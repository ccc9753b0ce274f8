//! The off-chain worker with the test off-chain externalities, a transaction
//! pool that records submissions, and an in-memory keystore standing where a
//! node's HSM or local keystore would be.

use crate::{
	mock::*,
	offchain::{self, RunReport, CUSTODIAN_KEY_TYPE, KEY_TYPE, RETRY_AFTER},
	*,
};
use codec::Decode;
use frame_support::{
	assert_ok,
	pallet_prelude::TransactionSource,
	traits::{Authorize, Hooks},
};
use frame_system::RawOrigin;
use sp_core::{
	crypto::KeyTypeId,
	ecdsa, ed25519,
	offchain::{
		testing::{PoolState, TestOffchainExt, TestTransactionPoolExt},
		OffchainDbExt, OffchainWorkerExt, TransactionPoolExt,
	},
	sr25519,
};
use sp_keystore::{testing::MemoryKeystore, Keystore, KeystoreExt};
use sp_runtime::traits::Dispatchable;
use std::sync::{
	atomic::{AtomicBool, Ordering},
	Arc,
};

/// A keystore that can be switched off like an HSM that went away: while off
/// it still lists its keys but neither signs nor generates.
pub(super) struct SwitchableKeystore {
	inner: MemoryKeystore,
	pub(super) online: AtomicBool,
	/// Keys destroyed through the key-destruction extension: no longer
	/// listed, no longer signing (`MemoryKeystore` cannot delete).
	destroyed: parking_lot::Mutex<Vec<Vec<u8>>>,
}

impl SwitchableKeystore {
	fn is_destroyed(&self, public: &[u8]) -> bool {
		self.destroyed.lock().iter().any(|d| d.as_slice() == public)
	}
}

impl keyreg_keystore_ext::DestroyKeys for SwitchableKeystore {
	fn destroy_key(&self, key_type: KeyTypeId, public: &[u8]) -> Result<bool, String> {
		if !self.online() {
			return Err("the signer is away".into());
		}
		let held = self.inner.keys(key_type).map_err(|e| e.to_string())?;
		if self.is_destroyed(public) || !held.iter().any(|k| k.as_slice() == public) {
			return Ok(false);
		}
		self.destroyed.lock().push(public.to_vec());
		Ok(true)
	}
}

impl SwitchableKeystore {
	fn online(&self) -> bool {
		self.online.load(Ordering::SeqCst)
	}
	fn unavailable<T>() -> Result<T, sp_keystore::Error> {
		Err(sp_keystore::Error::Unavailable)
	}
}

impl Keystore for SwitchableKeystore {
	fn sr25519_public_keys(&self, key_type: KeyTypeId) -> Vec<sr25519::Public> {
		let mut keys = self.inner.sr25519_public_keys(key_type);
		keys.retain(|k| !self.is_destroyed(&k.0));
		keys
	}
	fn sr25519_generate_new(
		&self,
		key_type: KeyTypeId,
		seed: Option<&str>,
	) -> Result<sr25519::Public, sp_keystore::Error> {
		if !self.online() {
			return Self::unavailable();
		}
		self.inner.sr25519_generate_new(key_type, seed)
	}
	fn sr25519_sign(
		&self,
		key_type: KeyTypeId,
		public: &sr25519::Public,
		msg: &[u8],
	) -> Result<Option<sr25519::Signature>, sp_keystore::Error> {
		if !self.online() {
			return Self::unavailable();
		}
		if self.is_destroyed(&public.0) {
			return Ok(None);
		}
		self.inner.sr25519_sign(key_type, public, msg)
	}
	fn sr25519_vrf_sign(
		&self,
		key_type: KeyTypeId,
		public: &sr25519::Public,
		data: &sr25519::vrf::VrfSignData,
	) -> Result<Option<sr25519::vrf::VrfSignature>, sp_keystore::Error> {
		self.inner.sr25519_vrf_sign(key_type, public, data)
	}
	fn sr25519_vrf_pre_output(
		&self,
		key_type: KeyTypeId,
		public: &sr25519::Public,
		input: &sr25519::vrf::VrfInput,
	) -> Result<Option<sr25519::vrf::VrfPreOutput>, sp_keystore::Error> {
		self.inner.sr25519_vrf_pre_output(key_type, public, input)
	}
	fn ed25519_public_keys(&self, key_type: KeyTypeId) -> Vec<ed25519::Public> {
		let mut keys = self.inner.ed25519_public_keys(key_type);
		keys.retain(|k| !self.is_destroyed(&k.0));
		keys
	}
	fn ed25519_generate_new(
		&self,
		key_type: KeyTypeId,
		seed: Option<&str>,
	) -> Result<ed25519::Public, sp_keystore::Error> {
		if !self.online() {
			return Self::unavailable();
		}
		self.inner.ed25519_generate_new(key_type, seed)
	}
	fn ed25519_sign(
		&self,
		key_type: KeyTypeId,
		public: &ed25519::Public,
		msg: &[u8],
	) -> Result<Option<ed25519::Signature>, sp_keystore::Error> {
		if !self.online() {
			return Self::unavailable();
		}
		if self.is_destroyed(&public.0) {
			return Ok(None);
		}
		self.inner.ed25519_sign(key_type, public, msg)
	}
	fn ecdsa_public_keys(&self, key_type: KeyTypeId) -> Vec<ecdsa::Public> {
		let mut keys = self.inner.ecdsa_public_keys(key_type);
		keys.retain(|k| !self.is_destroyed(&k.0));
		keys
	}
	fn ecdsa_generate_new(
		&self,
		key_type: KeyTypeId,
		seed: Option<&str>,
	) -> Result<ecdsa::Public, sp_keystore::Error> {
		if !self.online() {
			return Self::unavailable();
		}
		self.inner.ecdsa_generate_new(key_type, seed)
	}
	fn ecdsa_sign(
		&self,
		key_type: KeyTypeId,
		public: &ecdsa::Public,
		msg: &[u8],
	) -> Result<Option<ecdsa::Signature>, sp_keystore::Error> {
		if !self.online() {
			return Self::unavailable();
		}
		if self.is_destroyed(&public.0) {
			return Ok(None);
		}
		self.inner.ecdsa_sign(key_type, public, msg)
	}
	fn ecdsa_sign_prehashed(
		&self,
		key_type: KeyTypeId,
		public: &ecdsa::Public,
		msg: &[u8; 32],
	) -> Result<Option<ecdsa::Signature>, sp_keystore::Error> {
		if !self.online() {
			return Self::unavailable();
		}
		self.inner.ecdsa_sign_prehashed(key_type, public, msg)
	}
	fn insert(&self, key_type: KeyTypeId, suri: &str, public: &[u8]) -> Result<(), ()> {
		self.inner.insert(key_type, suri, public)
	}
	fn keys(&self, key_type: KeyTypeId) -> Result<Vec<Vec<u8>>, sp_keystore::Error> {
		self.inner.keys(key_type)
	}
	fn has_keys(&self, public_keys: &[(Vec<u8>, KeyTypeId)]) -> bool {
		self.inner.has_keys(public_keys)
	}
}

/// What a test sees of its node besides the chain state: the transactions
/// the worker submitted and the keystore.
pub(super) struct Node {
	pool: Arc<parking_lot::RwLock<PoolState>>,
	pub(super) keystore: Arc<SwitchableKeystore>,
}

/// Runs `test` on a fresh chain with an off-chain worker environment (test
/// off-chain storage, a recording transaction pool, a switchable in-memory
/// keystore), then checks the storage invariants and replays the audit chains.
pub(super) fn with_node(test: impl FnOnce(&Node)) {
	with_node_destroying(true, test)
}

/// [`with_node`]; `destroying`: whether the node offers key destruction to
/// its worker (the key-destruction extension is registered).
pub(super) fn with_node_destroying(destroying: bool, test: impl FnOnce(&Node)) {
	let mut ext = new_test_ext();
	let (offchain, _) = TestOffchainExt::new();
	let (pool_ext, pool) = TestTransactionPoolExt::new();
	let keystore = Arc::new(SwitchableKeystore {
		inner: MemoryKeystore::new(),
		online: AtomicBool::new(true),
		destroyed: Default::default(),
	});
	ext.register_extension(OffchainDbExt::new(offchain.clone()));
	ext.register_extension(OffchainWorkerExt::new(offchain));
	ext.register_extension(TransactionPoolExt::new(pool_ext));
	// The node's custodian key: the identity the tests' keys name.
	keystore
		.insert(
			CUSTODIAN_KEY_TYPE,
			&format!(
				"0x{}",
				sp_core::hexdisplay::HexDisplay::from(&CUSTODIAN_SEED)
			),
			&custodian().public_bytes(),
		)
		.expect("the custodian key is stored");
	ext.register_extension(KeystoreExt(keystore.clone()));
	if destroying {
		ext.register_extension(keyreg_keystore_ext::KeyDestructionExt(keystore.clone()));
	}
	let node = Node { pool, keystore };
	ext.execute_with(|| {
		test(&node);
		post_conditions();
	});
}

impl Node {
	/// The calls submitted since the last time, decoded, in order.
	pub(super) fn take_submitted(&self) -> Vec<Call<Test>> {
		let mut pool = self.pool.write();
		pool.transactions
			.drain(..)
			.map(|tx| {
				let xt = Extrinsic::decode(&mut &tx[..]).expect("a transaction the worker built");
				// The worker's transactions carry no account signature.
				assert!(!matches!(
					xt.preamble,
					sp_runtime::generic::Preamble::Signed(..)
				));
				match xt.function {
					RuntimeCall::KeyRegistry(call) => call,
					other => panic!("unexpected call {other:?}"),
				}
			})
			.collect()
	}

	pub(super) fn held_ed25519(&self) -> Vec<ed25519::Public> {
		self.keystore.ed25519_public_keys(KEY_TYPE)
	}
}

/// Sends `call` through the pool's check and dispatches it as an authorized
/// transaction in the next block, as a block author would.
pub(super) fn include(call: Call<Test>) {
	let call = RuntimeCall::KeyRegistry(call);
	assert!(
		call.authorize(TransactionSource::Local)
			.expect("an authorized call")
			.is_ok(),
		"the pool accepts {call:?}"
	);
	assert_ok!(call.dispatch(RawOrigin::Authorized.into()));
}

/// A key of `scheme` generated in the node's keystore, registered by BOB in a
/// domain where CHARLIE operates, with `key_policy`.
pub(super) fn register_held_key(
	node: &Node,
	scheme: SignatureScheme,
	key_policy: Option<KeyPolicy<u64>>,
) -> (DomainId, KeyId, PublicKey) {
	let domain = setup_domain();
	assert_ok!(KeyRegistry::grant_role(
		signed(ALICE),
		domain,
		CHARLIE,
		Role::Operator
	));
	let public = match scheme {
		SignatureScheme::Ed25519 => PublicKey::Ed25519(
			node.keystore
				.ed25519_generate_new(KEY_TYPE, None)
				.unwrap()
				.0,
		),
		SignatureScheme::Sr25519 => PublicKey::Sr25519(
			node.keystore
				.sr25519_generate_new(KEY_TYPE, None)
				.unwrap()
				.0,
		),
		SignatureScheme::EcdsaSecp256k1 => {
			PublicKey::EcdsaSecp256k1(node.keystore.ecdsa_generate_new(KEY_TYPE, None).unwrap().0)
		}
	};
	let proof = offchain::sign(
		&public,
		&signature::possession_payload(
			&KeyRegistry::genesis_hash(),
			domain,
			b"k",
			0,
			&Actor::Account(BOB),
			&public,
		),
	)
	.expect("the keystore signs");
	let key = Domains::<Test>::get(domain).unwrap().key_count;
	assert_ok!(KeyRegistry::register_key(
		signed(BOB),
		domain,
		b"k".to_vec(),
		KeyPurpose::Signing,
		Custody::Hsm { attestation: None },
		Some(custodian().public()),
		key_policy,
		vec![],
		public,
		proof,
	));
	(domain, key, public)
}

pub(super) fn request(domain: DomainId, key: KeyId, payload: &[u8]) -> RequestId {
	let id = NextRequestId::<Test>::get();
	assert_ok!(KeyRegistry::request_signature(
		signed(CHARLIE),
		domain,
		key,
		payload.to_vec()
	));
	id
}

pub(super) fn run_worker() -> RunReport {
	let now = System::block_number();
	offchain::run::<Test>(now)
}

/// The worker's last status, as the node reads it for its metrics.
fn published_status() -> Option<offchain::WorkerStatus> {
	sp_io::offchain::local_storage_get(
		sp_core::offchain::StorageKind::PERSISTENT,
		offchain::WORKER_STATUS,
	)
	.map(|raw| codec::Decode::decode(&mut &raw[..]).unwrap())
}

#[test]
fn the_worker_publishes_the_status_of_its_newest_run() {
	with_node(|node| {
		assert_eq!(published_status(), None);
		run_to_block(3);
		let (domain, key, _) = register_held_key(node, SignatureScheme::Ed25519, None);
		request(domain, key, b"a");
		request(domain, key, b"b");
		let report = run_worker();
		let status = published_status().unwrap();
		assert_eq!(status.block, 3);
		assert_eq!(status.report, report);
		assert_eq!(
			(
				report.held,
				report.custodied,
				report.pending_requests,
				report.claims_held,
				report.fulfilments
			),
			(1, 1, 2, 2, 2)
		);
		// A run for an older block that finishes later does not hide it.
		offchain::run::<Test>(2);
		assert_eq!(published_status().unwrap().block, 3);
		// The next block's run sees the claims still live and signs nothing.
		run_to_block(4);
		run_worker();
		let status = published_status().unwrap();
		assert_eq!(status.block, 4);
		assert_eq!(
			(status.report.claims_held, status.report.fulfilments),
			(2, 0)
		);
	});
}

#[test]
fn the_custodian_fulfils_pending_requests_of_every_scheme() {
	with_node(|node| {
		for scheme in [
			SignatureScheme::Ed25519,
			SignatureScheme::Sr25519,
			SignatureScheme::EcdsaSecp256k1,
		] {
			run_to_block(System::block_number() + 1);
			let (domain, key, public) = register_held_key(node, scheme, None);
			let first = request(domain, key, b"first");
			let second = request(domain, key, b"second");
			let report = run_worker();
			assert_eq!(report.fulfilments, 2, "{scheme:?}");
			let calls = node.take_submitted();
			assert_eq!(calls.len(), 2);
			for call in calls {
				let Call::fulfil_signature {
					request, signature, ..
				} = &call
				else {
					panic!("a fulfilment, got {call:?}");
				};
				let payload: &[u8] = if *request == first {
					b"first"
				} else {
					assert_eq!(*request, second);
					b"second"
				};
				// What an outside verifier checks: the envelope, the current key.
				let envelope = signature::request_payload(
					&KeyRegistry::genesis_hash(),
					domain,
					key,
					0,
					*request,
					payload,
				);
				assert!(signature::verify_signature(&public, &envelope, signature));
				include(call);
			}
			assert_eq!(
				SignatureRequests::<Test>::iter_prefix((domain, key)).count(),
				0
			);
			let fulfilled = registry_events()
				.into_iter()
				.filter(|e| {
					matches!(e, Event::SignatureFulfilled { domain: d, actor: Actor::Custodian(c), .. } if *d == domain && *c == custodian().public())
				})
				.count();
			assert_eq!(fulfilled, 2);
		}
	});
}

#[test]
fn work_is_claimed_once_and_retried_after_it_was_lost() {
	with_node(|node| {
		let (domain, key, _) = register_held_key(node, SignatureScheme::Ed25519, None);
		request(domain, key, b"p");
		assert_eq!(run_worker().fulfilments, 1);
		// A second run (another worker thread, or the next block) finds it claimed.
		assert_eq!(run_worker().fulfilments, 0);
		run_to_block(System::block_number() + u64::from(RETRY_AFTER) - 1);
		assert_eq!(run_worker().fulfilments, 0);
		// The transaction never made it into a block: after the claim lapses the
		// request is signed and submitted again.
		run_to_block(System::block_number() + 1);
		assert_eq!(run_worker().fulfilments, 1);
		let calls = node.take_submitted();
		assert_eq!(calls.len(), 2);
		assert_eq!(calls[0], calls[1]);
	});
}

#[test]
fn a_node_without_the_current_key_does_nothing() {
	with_node(|node| {
		// The key is held elsewhere; this node holds an unrelated registry key.
		let domain = setup_domain();
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			CHARLIE,
			Role::Operator
		));
		let key = register(domain, b"elsewhere", &TestKey::ed25519(3));
		node.keystore.ed25519_generate_new(KEY_TYPE, None).unwrap();
		request(domain, key, b"p");
		assert_eq!(
			run_worker(),
			RunReport {
				held: 1,
				scanned: 1,
				..Default::default()
			}
		);
		assert!(node.take_submitted().is_empty());
	});
}

#[test]
fn a_retired_version_does_not_sign() {
	with_node(|node| {
		let (domain, key, v0) = register_held_key(node, SignatureScheme::Ed25519, None);
		// A key manager rotates to a key this node does not hold.
		let v1 = TestKey::ed25519(7);
		let certificate = offchain::sign(
			&v0,
			&signature::rotation_payload(
				&KeyRegistry::genesis_hash(),
				domain,
				b"k",
				0,
				1,
				&v1.public(),
			),
		)
		.unwrap();
		assert_ok!(KeyRegistry::rotate_key(
			signed(BOB),
			domain,
			key,
			v1.public(),
			v1.pop(domain, b"k", 1, BOB),
			Some(certificate)
		));
		request(domain, key, b"p");
		// It signs nothing, and, being still the named custodian, it sees that
		// someone else rotated the key: one alert, kept for the node's RPC.
		assert_eq!(
			run_worker(),
			RunReport {
				held: 1,
				scanned: 1,
				custody_alerts: 1,
				..Default::default()
			}
		);
		assert!(node.take_submitted().is_empty());
		let alerts = sp_io::offchain::local_storage_get(
			sp_core::offchain::StorageKind::PERSISTENT,
			offchain::CUSTODY_ALERTS,
		)
		.expect("an alert was recorded");
		let alerts = Vec::<offchain::CustodyAlert>::decode(&mut &alerts[..]).unwrap();
		assert_eq!(
			alerts,
			vec![offchain::CustodyAlert {
				domain,
				key,
				held_version: 0,
				successor_public: v1.public(),
				noticed_at: 1,
			}]
		);
		// Once per rotation, not once per block.
		assert_eq!(
			run_worker(),
			RunReport {
				held: 1,
				scanned: 1,
				..Default::default()
			}
		);
	});
}

#[test]
fn a_copy_of_the_key_without_the_custodian_key_does_nothing() {
	with_node(|node| {
		let (domain, key, _) = register_held_key(node, SignatureScheme::Ed25519, None);
		// The key now names another node's custodian key: this node holds the
		// signing key (a copy) but not that identity.
		assert_ok!(KeyRegistry::set_key_custodian(
			signed(BOB),
			domain,
			key,
			Some(TestKey::sr25519(91).public())
		));
		request(domain, key, b"p");
		assert_eq!(
			run_worker(),
			RunReport {
				held: 1,
				scanned: 1,
				..Default::default()
			}
		);
		assert!(node.take_submitted().is_empty());
	});
}

#[test]
fn an_overdue_key_is_rotated_to_a_key_generated_in_the_same_keystore() {
	with_node(|node| {
		let (domain, key, v0) =
			register_held_key(node, SignatureScheme::Ed25519, Some(policy(Some(5), 2)));
		assert_eq!(run_worker().rotations, 0, "not due yet");
		run_to_block(6);
		assert!(KeyRegistry::rotation_overdue_since(domain, key).is_some());
		let report = run_worker();
		assert_eq!(report.rotations, 1);
		let held = node.held_ed25519();
		assert_eq!(held.len(), 2, "the next key was generated in the keystore");
		let calls = node.take_submitted();
		let [Call::rotate_key_by_custodian { new_public, .. }] = calls.as_slice() else {
			panic!("one custodian rotation, got {calls:?}");
		};
		let new_public = *new_public;
		assert_ne!(new_public, v0);
		assert!(held.iter().any(|p| PublicKey::Ed25519(p.0) == new_public));
		include(calls[0].clone());
		assert_eq!(
			KeyRegistry::current_public_key(domain, key),
			Some(new_public)
		);
		assert!(matches!(
			last_event(),
			Event::KeyRotated {
				actor: Actor::Custodian(_),
				version: 1,
				..
			}
		));
		// The new version now serves requests; the old one is in grace only.
		let id = request(domain, key, b"after");
		assert_eq!(run_worker().fulfilments, 1);
		let calls = node.take_submitted();
		let [Call::fulfil_signature { signature, .. }] = calls.as_slice() else {
			panic!("one fulfilment, got {calls:?}");
		};
		let envelope =
			signature::request_payload(&KeyRegistry::genesis_hash(), domain, key, 1, id, b"after");
		assert!(signature::verify_signature(
			&new_public,
			&envelope,
			signature
		));
	});
}

#[test]
fn an_unreachable_signer_changes_nothing_and_is_retried() {
	with_node(|node| {
		let (domain, key, v0) = register_held_key(
			node,
			SignatureScheme::EcdsaSecp256k1,
			Some(policy(Some(5), 2)),
		);
		run_to_block(6);
		request(domain, key, b"p");
		let before = (
			Keys::<Test>::get(domain, key),
			KeyRegistry::audit_head(domain),
		);
		node.keystore.online.store(false, Ordering::SeqCst);
		let report = run_worker();
		assert_eq!(report.fulfilments, 0);
		assert_eq!(report.rotations, 0);
		assert_eq!(report.signer_failures, 2);
		assert!(node.take_submitted().is_empty());
		assert_eq!(node.keystore.ecdsa_public_keys(KEY_TYPE).len(), 1);
		assert_eq!(
			(
				Keys::<Test>::get(domain, key),
				KeyRegistry::audit_head(domain)
			),
			before
		);
		// Back on a later block: both pieces of work go through.
		run_to_block(7);
		node.keystore.online.store(true, Ordering::SeqCst);
		let report = run_worker();
		assert_eq!((report.fulfilments, report.rotations), (1, 1));
		for call in node.take_submitted() {
			include(call);
		}
		let current = KeyRegistry::current_public_key(domain, key).unwrap();
		assert_ne!(current, v0);
		assert_eq!(node.keystore.ecdsa_public_keys(KEY_TYPE).len(), 2);
	});
}

#[test]
fn a_retried_rotation_reuses_the_key_it_generated() {
	with_node(|node| {
		let (domain, key, _) =
			register_held_key(node, SignatureScheme::Ed25519, Some(policy(Some(5), 2)));
		run_to_block(6);
		assert_eq!(run_worker().rotations, 1);
		let first = node.take_submitted();
		// The transaction is lost; the claim lapses and the worker tries again.
		run_to_block(6 + u64::from(RETRY_AFTER));
		assert_eq!(run_worker().rotations, 1);
		let second = node.take_submitted();
		assert_eq!(first, second, "same key, same proofs");
		assert_eq!(node.held_ed25519().len(), 2, "no extra key in the keystore");
		include(second[0].clone());
		assert_eq!(Keys::<Test>::get(domain, key).unwrap().current_version, 1);
	});
}

#[test]
fn frozen_keys_are_neither_used_nor_rotated() {
	with_node(|node| {
		let (domain, key, _) =
			register_held_key(node, SignatureScheme::Ed25519, Some(policy(Some(5), 2)));
		request(domain, key, b"p");
		assert_ok!(KeyRegistry::freeze_key(signed(BOB), domain, key));
		run_to_block(6);
		assert_eq!(
			run_worker(),
			RunReport {
				held: 1,
				scanned: 1,
				..Default::default()
			}
		);
		assert!(node.take_submitted().is_empty());
		assert_eq!(node.held_ed25519().len(), 1);
	});
}

#[test]
fn one_run_signs_at_most_max_requests_per_block_oldest_first() {
	with_node(|node| {
		let (domain, key, _) = register_held_key(node, SignatureScheme::Ed25519, None);
		// Eight requests, a domain's share (three) per block.
		for block in 1..=3u64 {
			run_to_block(block);
			for _ in 0..MAX_REQUESTS_PER_DOMAIN_PER_BLOCK.min(8 - 3 * (block as u32 - 1)) {
				request(domain, key, b"p");
			}
		}
		let requested = |calls: Vec<Call<Test>>| -> Vec<RequestId> {
			calls
				.into_iter()
				.map(|call| match call {
					Call::fulfil_signature { request, .. } => request,
					other => panic!("a fulfilment, got {other:?}"),
				})
				.collect()
		};
		// Oldest first: a worker that falls behind serves requests in order.
		assert_eq!(run_worker().fulfilments, MAX_REQUESTS_PER_BLOCK);
		assert_eq!(requested(node.take_submitted()), vec![0, 1, 2, 3]);
		assert_eq!(run_worker().fulfilments, MAX_REQUESTS_PER_BLOCK);
		assert_eq!(requested(node.take_submitted()), vec![4, 5, 6, 7]);
		assert_eq!(run_worker().fulfilments, 0);
		// The pallet's hook runs the same worker: nothing is left to do.
		KeyRegistry::offchain_worker(System::block_number());
		assert!(node.take_submitted().is_empty());
	});
}

#[test]
fn the_worker_signs_no_more_than_the_usage_limit_allows() {
	with_node(|node| {
		let limited = KeyPolicy {
			rotation_period: None,
			grace_period: 0,
			usage_limit: Some(UsageLimit {
				max_uses: 2,
				window: 8,
			}),
			allow_minority_threshold: false,
		};
		let (domain, key, _) = register_held_key(node, SignatureScheme::Ed25519, Some(limited));
		let mut ids: Vec<RequestId> = (0..2).map(|_| request(domain, key, b"p")).collect();
		run_to_block(2);
		ids.extend((0..2).map(|_| request(domain, key, b"p")));
		assert_eq!(run_worker().fulfilments, 2);
		for call in node.take_submitted() {
			include(call);
		}
		// The window is used up: nothing is signed until it ends.
		run_to_block(System::block_number() + u64::from(RETRY_AFTER));
		assert_eq!(
			run_worker(),
			RunReport {
				held: 1,
				scanned: 1,
				pending_requests: 2,
				custodied: 1,
				// The two fulfilled requests' claims lapsed and are cleared.
				claims_cleared: 2,
				..Default::default()
			}
		);
		// The window of the first use (block 2) ends at block 10, the next block.
		run_to_block(9);
		assert_eq!(run_worker().fulfilments, 2);
		let calls = node.take_submitted();
		let signed: Vec<RequestId> = calls
			.iter()
			.map(|call| match call {
				Call::fulfil_signature { request, .. } => *request,
				other => panic!("a fulfilment, got {other:?}"),
			})
			.collect();
		assert_eq!(signed, ids[2..].to_vec());
	});
}

/// The stored claim of `work`, if any.
pub(super) fn stored_claim(work: &offchain::Work) -> Option<Vec<u8>> {
	sp_io::offchain::local_storage_get(
		sp_core::offchain::StorageKind::PERSISTENT,
		&work.claim_key(),
	)
}

/// The claims ledger.
pub(super) fn ledger() -> Vec<offchain::Work> {
	sp_io::offchain::local_storage_get(sp_core::offchain::StorageKind::PERSISTENT, offchain::CLAIMS)
		.map(|raw| codec::Decode::decode(&mut &raw[..]).unwrap())
		.unwrap_or_default()
}

#[test]
fn claims_are_cleared_once_lapsed_and_settled_and_kept_while_the_work_is_pending() {
	with_node(|node| {
		let (domain, key, _) = register_held_key(node, SignatureScheme::Ed25519, None);
		let fulfilled = request(domain, key, b"fulfilled");
		let lost = request(domain, key, b"lost");
		assert_eq!(run_worker().fulfilments, 2);
		let done = offchain::Work::Request(domain, key, fulfilled);
		let pending = offchain::Work::Request(domain, key, lost);
		assert_eq!(ledger(), vec![done, pending]);
		// Only the first fulfilment makes it into a block.
		let calls = node.take_submitted();
		include(calls[0].clone());
		// Settled but still claimed: a live claim is never cleared.
		run_to_block(System::block_number() + u64::from(RETRY_AFTER) - 1);
		assert_eq!(run_worker().claims_cleared, 0);
		assert!(stored_claim(&done).is_some());
		// Lapsed: the settled claim goes; the pending one is taken again.
		run_to_block(System::block_number() + 1);
		let report = run_worker();
		assert_eq!((report.claims_cleared, report.fulfilments), (1, 1));
		assert_eq!(stored_claim(&done), None);
		assert!(stored_claim(&pending).is_some());
		assert_eq!(ledger(), vec![pending]);
		// It expires unfulfilled: settled by the rules, and cleared.
		node.take_submitted();
		let expiry = SignatureRequests::<Test>::get((domain, key, lost))
			.unwrap()
			.expires_at;
		run_to_block(expiry + u64::from(RETRY_AFTER));
		assert!(!SignatureRequests::<Test>::contains_key((
			domain, key, lost
		)));
		assert_eq!(run_worker().claims_cleared, 1);
		assert_eq!(stored_claim(&pending), None);
		assert_eq!(ledger(), vec![]);
	});
}

#[test]
fn a_settled_rotation_clears_its_claim_and_its_remembered_key() {
	with_node(|node| {
		let policy = KeyPolicy {
			rotation_period: Some(5),
			grace_period: 0,
			usage_limit: None,
			allow_minority_threshold: false,
		};
		let (domain, key, _) = register_held_key(node, SignatureScheme::Ed25519, Some(policy));
		run_to_block(6);
		assert_eq!(run_worker().rotations, 1);
		for call in node.take_submitted() {
			include(call);
		}
		let work = offchain::Work::Rotation(domain, key, 0);
		assert_eq!(ledger(), vec![work]);
		let mut memo = b"keyreg/ocw/next-key/".to_vec();
		(domain, key, 0u32).encode_to(&mut memo);
		let remembered = || {
			sp_io::offchain::local_storage_get(sp_core::offchain::StorageKind::PERSISTENT, &memo)
		};
		assert!(remembered().is_some());
		run_to_block(6 + u64::from(RETRY_AFTER));
		assert_eq!(run_worker().claims_cleared, 1);
		assert_eq!((stored_claim(&work), remembered()), (None, None));
		// Left: v1's rotation (due in turn, period 5) and v0's destruction (no
		// grace), in the scan's order, which follows their random public keys.
		let left = ledger();
		assert_eq!(left.len(), 2, "{left:?}");
		assert!(left.contains(&offchain::Work::Destruction(domain, key, 0)));
		assert!(left.contains(&offchain::Work::Rotation(domain, key, 1)));
	});
}

#[test]
fn every_held_key_is_scanned_across_runs_with_no_cap() {
	with_node(|node| {
		// More keys than one run scans: 300 unregistered keys and one overdue key.
		for i in 0..300u32 {
			// Raw seeds: a phrase per key would spend the test in PBKDF2.
			let seed = sp_io::hashing::blake2_256(&i.encode());
			let public = <ed25519::Pair as sp_core::Pair>::from_seed(&seed);
			let public = sp_core::Pair::public(&public);
			node.keystore
				.insert(
					KEY_TYPE,
					&format!("0x{}", sp_core::hexdisplay::HexDisplay::from(&seed)),
					&public.0,
				)
				.unwrap();
		}
		let policy = KeyPolicy {
			rotation_period: Some(5),
			grace_period: 0,
			usage_limit: None,
			allow_minority_threshold: false,
		};
		let (domain, key, _) = register_held_key(node, SignatureScheme::Ed25519, Some(policy));
		request(domain, key, b"served at once, whatever the scan");
		run_to_block(6);
		let first = run_worker();
		assert_eq!(
			(first.held, first.scanned),
			(301, offchain::SCAN_PER_RUN as u32)
		);
		assert_eq!(first.fulfilments, 1, "requests do not wait for the scan");
		let second = run_worker();
		// The rest of the pass (the rotation's new key may sort before or
		// after the cursor: it is scanned in this pass or the next).
		assert!((45..=46).contains(&second.scanned), "{second:?}");
		// The pass is complete: the overdue key was found in one of the slices.
		assert_eq!(first.rotations + second.rotations, 1);
		assert_eq!((second.custodied, second.rotations_due), (1, 1));
		// The next run starts a new pass from the first key.
		assert_eq!(run_worker().scanned, offchain::SCAN_PER_RUN as u32);
	});
}
