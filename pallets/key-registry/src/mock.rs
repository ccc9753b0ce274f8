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
pub const MAX_DRILLS_PER_BLOCK: u32 = 2;
/// Requesters tracked per velocity window in tests.
pub const MAX_TRACKED_REQUESTERS: u32 = 4;
/// Held per open proposal in tests.
pub const PROPOSAL_DEPOSIT: Balance = 7;
/// Most approvals a test policy may require.
pub const MAX_APPROVALS: u32 = 3;
/// Open proposals per domain in tests.
pub const MAX_PROPOSALS_PER_DOMAIN: u32 = 3;
pub const DRILL_CHALLENGE_TTL: u64 = 20;

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
	type MaxRequestsPerDomainPerBlock = ConstU32<MAX_REQUESTS_PER_DOMAIN_PER_BLOCK>;
	type RequestDeposit = ConstU64<REQUEST_DEPOSIT>;
	type RequestTtl = ConstU64<REQUEST_TTL>;
	type MaxCustodiansPerDomain = ConstU32<MAX_CUSTODIANS_PER_DOMAIN>;
	type MaxCeremoniesPerDomain = ConstU32<2>;
	type CeremonyPhaseTimeout = ConstU64<CEREMONY_PHASE_TIMEOUT>;
	type MaxCeremonyMessageLen = ConstU32<1024>;
	type MaxNonceCommitments = ConstU32<8>;
	type SigningAttemptTimeout = ConstU64<SIGNING_ATTEMPT_TIMEOUT>;
	type MaxBackupHolders = ConstU32<5>;
	type MaxDrillsPerBlock = ConstU32<MAX_DRILLS_PER_BLOCK>;
	type MaxTrackedRequesters = ConstU32<MAX_TRACKED_REQUESTERS>;
	type ProposalDeposit = ConstU64<PROPOSAL_DEPOSIT>;
	type MaxApprovals = ConstU32<MAX_APPROVALS>;
	type MaxProposalsPerDomain = ConstU32<MAX_PROPOSALS_PER_DOMAIN>;
	type DrillChallengeTtl = ConstU64<DRILL_CHALLENGE_TTL>;
	type WeightInfo = ();
}

pub const MAX_PAYLOAD_LEN: u32 = 64;
pub const MAX_REQUESTS_PER_BLOCK: u32 = 4;
pub const MAX_REQUESTS_PER_DOMAIN_PER_BLOCK: u32 = 3;
pub const REQUEST_DEPOSIT: Balance = 5;
pub const REQUEST_TTL: u64 = 10;
pub const MAX_CUSTODIANS_PER_DOMAIN: u32 = 10;
pub const CEREMONY_PHASE_TIMEOUT: u64 = 10;
/// Blocks a signing attempt lasts in the tests.
pub const SIGNING_ATTEMPT_TIMEOUT: u64 = 3;

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
			crate::Domains::<Test>::get(domain).unwrap().audit,
			"audit chain of domain {domain} rebuilt from events"
		);
	}
	let replayed = replay_registry();
	assert_eq!(
		replayed.keys,
		stored_key_lifecycles(),
		"every key's stored state rebuilt from events"
	);
	assert_eq!(
		replayed.domains,
		stored_domains(),
		"every domain's owner, offer, policy and status rebuilt from events"
	);
	assert_eq!(
		replayed.roles,
		crate::Roles::<Test>::iter()
			.map(|(d, who, roles)| ((d, who), roles))
			.collect(),
		"every role rebuilt from events"
	);
}

/// The seed of the custodian key the tests name for their keys.
pub const CUSTODIAN_SEED: [u8; 32] = [200; 32];

/// The custodian key the tests name for their keys.
pub fn custodian() -> TestKey {
	// Ed25519 signs deterministically, so a retried transaction is identical.
	TestKey::Ed25519(ed25519::Pair::from_seed(&CUSTODIAN_SEED))
}

/// `custodian()`'s proof for a fulfilment.
pub fn custodian_fulfilment_proof(
	domain: DomainId,
	key: KeyId,
	request: RequestId,
	signature: &KeySignature,
) -> KeySignature {
	custodian().sign(&signature::custodian_fulfilment_payload(
		&KeyRegistry::genesis_hash(),
		domain,
		key,
		request,
		signature,
	))
}

/// `custodian()`'s proof for a rotation of `key` from `from` to `new`.
pub fn custodian_rotation_proof(
	domain: DomainId,
	key: KeyId,
	from: VersionNumber,
	new: &PublicKey,
) -> KeySignature {
	custodian().sign(&signature::custodian_rotation_payload(
		&KeyRegistry::genesis_hash(),
		domain,
		key,
		from,
		new,
	))
}

/// The replayed state of a key an entry names; the key must have been
/// registered by an earlier entry.
fn lifecycle(
	keys: &mut std::collections::BTreeMap<(DomainId, KeyId), KeyLifecycle>,
	domain: DomainId,
	key: KeyId,
) -> &mut KeyLifecycle {
	keys.get_mut(&(domain, key))
		.expect("an entry about a key registered by an earlier entry")
}

/// What the audit log says about a key: everything stored in its record
/// except the deposit and the creation block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyLifecycle {
	pub name: Vec<u8>,
	pub purpose: KeyPurpose,
	pub scheme: SignatureScheme,
	pub custody: CustodyOf<Test>,
	pub custodian: Option<PublicKey>,
	pub policy: KeyPolicy<u64>,
	pub metadata: Vec<u8>,
	pub status: KeyStatus,
	pub frozen: bool,
	pub current_version: VersionNumber,
	pub rotation_due_at: Option<u64>,
}

/// What the audit log says about a domain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainState {
	pub name: Vec<u8>,
	pub owner: AccountId,
	pub pending_owner: Option<AccountId>,
	pub default_policy: KeyPolicy<u64>,
	pub status: DomainStatus,
}

/// The registry as an auditor rebuilds it from the log alone.
#[derive(Default)]
pub struct Replayed {
	pub keys: std::collections::BTreeMap<(DomainId, KeyId), KeyLifecycle>,
	pub domains: std::collections::BTreeMap<DomainId, DomainState>,
	pub roles: std::collections::BTreeMap<(DomainId, AccountId), RoleSet>,
}

/// Folds the events into every domain, role and key: what an auditor who
/// reads only the log concludes.
pub fn replay_registry() -> Replayed {
	let mut out = Replayed::default();
	let keys = &mut out.keys;
	for event in registry_events() {
		match event {
			Event::DomainCreated {
				domain,
				owner,
				name,
				default_policy,
				..
			} => {
				out.domains.insert(
					domain,
					DomainState {
						name: name.to_vec(),
						owner,
						pending_owner: None,
						default_policy,
						status: DomainStatus::Open,
					},
				);
				let mut admin = RoleSet::default();
				admin.insert(Role::Admin);
				out.roles.insert((domain, owner), admin);
			}
			Event::DomainPolicySet { domain, policy, .. } => {
				out.domains.get_mut(&domain).unwrap().default_policy = policy;
			}
			Event::DomainHandOverProposed { domain, to, .. } => {
				out.domains.get_mut(&domain).unwrap().pending_owner = to;
			}
			Event::DomainHandedOver {
				domain,
				to,
				admin_granted,
				..
			} => {
				let state = out.domains.get_mut(&domain).unwrap();
				state.owner = to;
				state.pending_owner = None;
				if admin_granted {
					out.roles
						.entry((domain, to))
						.or_default()
						.insert(Role::Admin);
				}
			}
			Event::DomainClosed { domain, .. } => {
				let state = out.domains.get_mut(&domain).unwrap();
				state.status = DomainStatus::Closed;
				state.pending_owner = None;
			}
			Event::RoleGranted {
				domain, who, roles, ..
			}
			| Event::RoleRevoked {
				domain, who, roles, ..
			} => {
				if roles.is_empty() {
					out.roles.remove(&(domain, who));
				} else {
					out.roles.insert((domain, who), roles);
				}
			}
			Event::KeyRegistered {
				domain,
				key,
				version,
				name,
				purpose,
				public,
				custody,
				custodian,
				policy,
				metadata,
				rotation_due_at,
				..
			} => {
				keys.insert(
					(domain, key),
					KeyLifecycle {
						name: name.to_vec(),
						purpose,
						scheme: public.scheme(),
						custody,
						custodian,
						policy,
						metadata: metadata.to_vec(),
						status: KeyStatus::Active,
						frozen: false,
						current_version: version,
						rotation_due_at,
					},
				);
			}
			Event::KeyRotated {
				domain,
				key,
				version,
				rotation_due_at,
				..
			} => {
				let state = lifecycle(keys, domain, key);
				state.status = KeyStatus::Active;
				state.current_version = version;
				state.rotation_due_at = rotation_due_at;
			}
			Event::KeyPolicySet {
				domain,
				key,
				policy,
				rotation_due_at,
				..
			} => {
				let state = lifecycle(keys, domain, key);
				state.policy = policy;
				state.rotation_due_at = rotation_due_at;
			}
			Event::KeyCustodianSet {
				domain,
				key,
				custodian,
				..
			} => {
				lifecycle(keys, domain, key).custodian = custodian;
			}
			Event::VersionRevoked {
				domain,
				key,
				version,
				..
			} => {
				let state = lifecycle(keys, domain, key);
				if version == state.current_version {
					state.status = KeyStatus::Suspended;
					state.rotation_due_at = None;
				}
			}
			Event::KeyRevoked { domain, key, .. } => {
				let state = lifecycle(keys, domain, key);
				state.status = KeyStatus::Revoked;
				state.rotation_due_at = None;
			}
			Event::KeyFrozen { domain, key, .. } => {
				lifecycle(keys, domain, key).frozen = true;
			}
			Event::KeyUnfrozen { domain, key, .. } => {
				lifecycle(keys, domain, key).frozen = false;
			}
			Event::AnomalyDetected {
				domain,
				key,
				frozen: true,
				..
			} => {
				lifecycle(keys, domain, key).frozen = true;
			}
			_ => {}
		}
	}
	out
}

/// The same key facts, read from storage.
pub fn stored_key_lifecycles() -> std::collections::BTreeMap<(DomainId, KeyId), KeyLifecycle> {
	crate::Keys::<Test>::iter()
		.map(|(domain, key, record)| {
			(
				(domain, key),
				KeyLifecycle {
					name: record.name.to_vec(),
					purpose: record.purpose,
					scheme: record.scheme,
					custody: record.custody,
					custodian: record.custodian,
					policy: record.policy,
					metadata: record.metadata.to_vec(),
					status: record.status,
					frozen: record.frozen,
					current_version: record.current_version,
					rotation_due_at: record.rotation_due_at,
				},
			)
		})
		.collect()
}

/// The same domain facts, read from storage.
pub fn stored_domains() -> std::collections::BTreeMap<DomainId, DomainState> {
	crate::Domains::<Test>::iter()
		.map(|(id, d)| {
			(
				id,
				DomainState {
					name: d.name.to_vec(),
					owner: d.owner,
					pending_owner: d.pending_owner,
					default_policy: d.default_policy,
					status: d.status,
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
	/// The raw public key bytes, as a keystore stores them.
	pub fn public_bytes(&self) -> Vec<u8> {
		match self {
			TestKey::Ed25519(p) => p.public().0.to_vec(),
			TestKey::Sr25519(p) => p.public().0.to_vec(),
			TestKey::Ecdsa(p) => p.public().0.to_vec(),
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
		allow_minority_threshold: false,
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
		Some(custodian().public()),
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
