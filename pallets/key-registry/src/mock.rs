//! A test runtime with frame-system, balances and the key registry, plus
//! helpers that make real keys, proofs and certificates.

#![allow(
	clippy::unwrap_used,
	clippy::expect_used,
	clippy::panic,
	clippy::indexing_slicing
)]
#![allow(clippy::arithmetic_side_effects, missing_docs)]

use crate::{self as pallet_key_registry, *};
use codec::Encode;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, Hooks},
};
use frame_system::EnsureRoot;
use sp_core::{ecdsa, ed25519, sr25519, Pair};
use sp_keystore::{testing::MemoryKeystore, KeystoreExt};
use sp_runtime::BuildStorage;
use std::sync::Arc;

pub type AccountId = u64;
pub type Balance = u64;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		KeyRegistry: pallet_key_registry,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type ExistentialDeposit = ConstU64<1>;
}

pub const DOMAIN_DEPOSIT: Balance = 100;
pub const KEY_DEPOSIT: Balance = 20;
pub const VERSION_DEPOSIT: Balance = 10;
pub const BYTE_DEPOSIT: Balance = 1;
pub const MAX_ROTATIONS_PER_BLOCK: u32 = 4;

parameter_types! {
	pub const DomainDeposit: Balance = DOMAIN_DEPOSIT;
	pub const KeyDepositAmount: Balance = KEY_DEPOSIT;
	pub const VersionDepositAmount: Balance = VERSION_DEPOSIT;
	pub const ByteDepositAmount: Balance = BYTE_DEPOSIT;
}

impl Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type DomainDeposit = DomainDeposit;
	type KeyDeposit = KeyDepositAmount;
	type VersionDeposit = VersionDepositAmount;
	type ByteDeposit = ByteDepositAmount;
	type MaxNameLen = ConstU32<32>;
	type MaxMetadataLen = ConstU32<128>;
	type MaxCommitteeSize = ConstU32<8>;
	type MaxKeysPerDomain = ConstU32<16>;
	type MaxVersionsPerKey = ConstU32<8>;
	type MaxMembersPerDomain = ConstU32<8>;
	type MaxRotationsPerBlock = ConstU32<MAX_ROTATIONS_PER_BLOCK>;
	type MinRotationPeriod = ConstU64<5>;
	type MaxGracePeriod = ConstU64<50>;
	type MaxPayloadLen = ConstU32<MAX_PAYLOAD_LEN>;
	type MaxRequestsPerBlock = ConstU32<MAX_REQUESTS_PER_BLOCK>;
	type RequestTtl = ConstU64<REQUEST_TTL>;
	type WeightInfo = ();
}

pub const MAX_PAYLOAD_LEN: u32 = 64;
pub const MAX_REQUESTS_PER_BLOCK: u32 = 4;
pub const REQUEST_TTL: u64 = 10;

/// The extrinsic the worker builds in tests: a general transaction whose only
/// extension is `AuthorizeCall`, as in a real runtime.
pub type Extrinsic = sp_runtime::generic::UncheckedExtrinsic<
	AccountId,
	RuntimeCall,
	(),
	frame_system::AuthorizeCall<Test>,
>;

impl<C> frame_system::offchain::CreateTransactionBase<C> for Test
where
	RuntimeCall: From<C>,
{
	type Extrinsic = Extrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> frame_system::offchain::CreateTransaction<C> for Test
where
	RuntimeCall: From<C>,
{
	type Extension = frame_system::AuthorizeCall<Test>;
	fn create_transaction(call: RuntimeCall, extension: Self::Extension) -> Extrinsic {
		Extrinsic::new_transaction(call, extension)
	}
}

impl<C> frame_system::offchain::CreateAuthorizedTransaction<C> for Test
where
	RuntimeCall: From<C>,
{
	fn create_extension() -> Self::Extension {
		frame_system::AuthorizeCall::new()
	}
}

/// Accounts of the tests.
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const DAVE: AccountId = 4;
pub const EVE: AccountId = 5;
/// An account that can pay a domain deposit but no key deposit.
pub const FRUGAL: AccountId = 8;
/// An account with too little to pay a domain deposit.
pub const PAUPER: AccountId = 9;

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(ALICE, 10_000),
			(BOB, 10_000),
			(CHARLIE, 10_000),
			(DAVE, 10_000),
			(EVE, 10_000),
			(FRUGAL, DOMAIN_DEPOSIT + 20),
			(PAUPER, 50),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(KeystoreExt(Arc::new(MemoryKeystore::new())));
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on a fresh chain, then checks every storage invariant and
/// rebuilds every domain's audit chain from the events.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		post_conditions();
	});
}

/// The invariants and the audit replay, also used between property-test steps.
pub fn post_conditions() {
	KeyRegistry::do_try_state().expect("try_state invariants hold");
	for domain in KeyRegistry::domain_ids() {
		assert_eq!(
			replay_audit_chain(domain),
			crate::AuditHeads::<Test>::get(domain),
			"audit chain of domain {domain} rebuilt from events"
		);
	}
	assert_eq!(
		replay_key_lifecycles(),
		stored_key_lifecycles(),
		"every key's status, frozen flag and current version rebuilt from events"
	);
}

/// The replayed lifecycle of a key an entry names; the key must have been
/// registered by an earlier entry.
fn lifecycle(
	keys: &mut std::collections::BTreeMap<(DomainId, KeyId), KeyLifecycle>,
	domain: DomainId,
	key: KeyId,
) -> &mut KeyLifecycle {
	keys.get_mut(&(domain, key))
		.expect("an entry about a key registered by an earlier entry")
}

/// What the audit log says about one key's lifecycle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyLifecycle {
	pub status: KeyStatus,
	pub frozen: bool,
	pub current_version: VersionNumber,
}

/// Folds the events into every key's status, frozen flag and current version:
/// what an auditor who reads only the log concludes.
pub fn replay_key_lifecycles() -> std::collections::BTreeMap<(DomainId, KeyId), KeyLifecycle> {
	let mut keys = std::collections::BTreeMap::new();
	for event in registry_events() {
		match event {
			Event::KeyRegistered {
				domain,
				key,
				version,
				..
			} => {
				keys.insert(
					(domain, key),
					KeyLifecycle {
						status: KeyStatus::Active,
						frozen: false,
						current_version: version,
					},
				);
			}
			Event::KeyRotated {
				domain,
				key,
				version,
				..
			} => {
				let state = lifecycle(&mut keys, domain, key);
				state.status = KeyStatus::Active;
				state.current_version = version;
			}
			Event::VersionRevoked {
				domain,
				key,
				version,
				..
			} => {
				let state = lifecycle(&mut keys, domain, key);
				if version == state.current_version {
					state.status = KeyStatus::Suspended;
				}
			}
			Event::KeyRevoked { domain, key, .. } => {
				lifecycle(&mut keys, domain, key).status = KeyStatus::Revoked;
			}
			Event::KeyFrozen { domain, key, .. } => {
				lifecycle(&mut keys, domain, key).frozen = true;
			}
			Event::KeyUnfrozen { domain, key, .. } => {
				lifecycle(&mut keys, domain, key).frozen = false;
			}
			_ => {}
		}
	}
	keys
}

/// The same lifecycle facts, read from storage.
pub fn stored_key_lifecycles() -> std::collections::BTreeMap<(DomainId, KeyId), KeyLifecycle> {
	crate::Keys::<Test>::iter()
		.map(|(domain, key, record)| {
			(
				(domain, key),
				KeyLifecycle {
					status: record.status,
					frozen: record.frozen,
					current_version: record.current_version,
				},
			)
		})
		.collect()
}

/// Rebuilds a domain's audit head from the emitted events alone, checking
/// that sequence numbers rise by one.
pub fn replay_audit_chain(domain: DomainId) -> AuditHead {
	let mut head = AuditHead {
		seq: 0,
		head: audit::GENESIS_HEAD,
	};
	for record in System::events() {
		let RuntimeEvent::KeyRegistry(event) = record.event else {
			continue;
		};
		let (d, seq) = event.audit_position();
		if d != domain {
			continue;
		}
		assert_eq!(seq, head.seq + 1, "audit sequence numbers rise by one");
		head = AuditHead {
			seq,
			head: audit::next_head(&head.head, seq, &event.encode()),
		};
	}
	head
}

/// Advances to block `n`, running `on_initialize` of the registry.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		KeyRegistry::on_initialize(next);
	}
}

/// The pallet's events so far.
pub fn registry_events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| {
			if let RuntimeEvent::KeyRegistry(e) = r.event {
				Some(e)
			} else {
				None
			}
		})
		.collect()
}

pub fn last_event() -> Event<Test> {
	registry_events().pop().expect("an event was emitted")
}

/// A real key pair of one of the three schemes.
#[derive(Clone)]
#[allow(clippy::large_enum_variant)]
pub enum TestKey {
	Ed25519(ed25519::Pair),
	Sr25519(sr25519::Pair),
	Ecdsa(ecdsa::Pair),
}

impl TestKey {
	pub fn ed25519(seed: u8) -> Self {
		TestKey::Ed25519(ed25519::Pair::from_seed(&[seed; 32]))
	}
	pub fn sr25519(seed: u8) -> Self {
		TestKey::Sr25519(sr25519::Pair::from_seed(&[seed; 32]))
	}
	pub fn ecdsa(seed: u8) -> Self {
		TestKey::Ecdsa(ecdsa::Pair::from_seed(&[seed; 32]))
	}
	pub fn public(&self) -> PublicKey {
		match self {
			TestKey::Ed25519(p) => PublicKey::Ed25519(p.public().0),
			TestKey::Sr25519(p) => PublicKey::Sr25519(p.public().0),
			TestKey::Ecdsa(p) => PublicKey::EcdsaSecp256k1(p.public().0),
		}
	}
	pub fn sign(&self, message: &[u8]) -> KeySignature {
		match self {
			TestKey::Ed25519(p) => KeySignature::Ed25519(p.sign(message).0),
			TestKey::Sr25519(p) => KeySignature::Sr25519(p.sign(message).0),
			TestKey::Ecdsa(p) => KeySignature::EcdsaSecp256k1(p.sign(message).0),
		}
	}
	/// Proof of possession for `version` of key `name` in `domain`, submitted by `submitter`.
	pub fn pop(
		&self,
		domain: DomainId,
		name: &[u8],
		version: VersionNumber,
		submitter: AccountId,
	) -> KeySignature {
		self.pop_by(domain, name, version, &Actor::Account(submitter))
	}
	pub fn pop_by(
		&self,
		domain: DomainId,
		name: &[u8],
		version: VersionNumber,
		submitter: &Actor<AccountId>,
	) -> KeySignature {
		self.sign(&signature::possession_payload(
			&KeyRegistry::genesis_hash(),
			domain,
			name,
			version,
			submitter,
			&self.public(),
		))
	}
	/// A proof for `target`'s public key, but signed by this key.
	pub fn pop_for(
		&self,
		target: &TestKey,
		domain: DomainId,
		name: &[u8],
		version: VersionNumber,
		submitter: AccountId,
	) -> KeySignature {
		self.sign(&signature::possession_payload(
			&KeyRegistry::genesis_hash(),
			domain,
			name,
			version,
			&Actor::Account(submitter),
			&target.public(),
		))
	}
	/// Rotation certificate by this (outgoing) key for `next`.
	pub fn certify(
		&self,
		domain: DomainId,
		name: &[u8],
		from: VersionNumber,
		next: &TestKey,
	) -> KeySignature {
		self.sign(&signature::rotation_payload(
			&KeyRegistry::genesis_hash(),
			domain,
			name,
			from,
			from + 1,
			&next.public(),
		))
	}
}

pub fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

pub fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

/// A policy with the given rotation and grace periods.
pub fn policy(rotation: Option<u64>, grace: u64) -> KeyPolicy<u64> {
	KeyPolicy {
		rotation_period: rotation,
		grace_period: grace,
		usage_limit: None,
	}
}

/// Creates a domain owned by ALICE with BOB as key manager; returns its id.
pub fn setup_domain() -> DomainId {
	let domain = crate::NextDomainId::<Test>::get();
	KeyRegistry::create_domain(signed(ALICE), b"treasury".to_vec(), policy(None, 10)).unwrap();
	KeyRegistry::grant_role(signed(ALICE), domain, BOB, Role::KeyManager).unwrap();
	domain
}

/// Registers `name` with `key` by BOB in `domain` using the domain's policy.
pub fn register(domain: DomainId, name: &[u8], key: &TestKey) -> KeyId {
	register_with(domain, name, key, None)
}

pub fn register_with(
	domain: DomainId,
	name: &[u8],
	key: &TestKey,
	key_policy: Option<KeyPolicy<u64>>,
) -> KeyId {
	let id = crate::Domains::<Test>::get(domain).unwrap().key_count;
	try_register_public(
		domain,
		name,
		key_policy,
		key.public(),
		key.pop(domain, name, 0, BOB),
	)
	.unwrap();
	id
}

/// BOB registers `public` as `name` (software custody) with `proof`, which
/// need not be by a `TestKey`.
pub fn try_register_public(
	domain: DomainId,
	name: &[u8],
	key_policy: Option<KeyPolicy<u64>>,
	public: PublicKey,
	proof: KeySignature,
) -> frame_support::dispatch::DispatchResult {
	KeyRegistry::register_key(
		signed(BOB),
		domain,
		name.to_vec(),
		KeyPurpose::Signing,
		Custody::Software,
		key_policy,
		b"meta".to_vec(),
		public,
		proof,
	)
}

/// BOB rotates key `id` (named `name`, current version held by `old`) to
/// `new`, with a correct proof and certificate.
pub fn try_rotate(
	domain: DomainId,
	id: KeyId,
	name: &[u8],
	old: &TestKey,
	new: &TestKey,
) -> frame_support::dispatch::DispatchResult {
	let from = crate::Keys::<Test>::get(domain, id).map_or(0, |k| k.current_version);
	KeyRegistry::rotate_key(
		signed(BOB),
		domain,
		id,
		new.public(),
		new.pop(domain, name, from + 1, BOB),
		Some(old.certify(domain, name, from, new)),
	)
}

/// As [`try_rotate`], which must succeed.
pub fn rotate(domain: DomainId, id: KeyId, name: &[u8], old: &TestKey, new: &TestKey) {
	try_rotate(domain, id, name, old, new).unwrap();
}
