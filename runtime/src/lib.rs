//! # Key registry dev runtime
//!
//! A runtime for local development and multi-node test networks: frame-system,
//! balances, timestamp, transaction payment, sudo, Aura and GRANDPA, and the
//! key-registry pallet with its runtime API. Genesis presets: `development`
//! (Alice is sudo, sole validator and administrator of the `demo` domain) and
//! `local_testnet` (Alice, Bob and Charlie validate).

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`-style macros need a deep recursion limit.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod genesis;

use alloc::vec::Vec;
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
	weights::{
		constants::{ParityDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		IdentityFee, Weight,
	},
};
use frame_system::EnsureRoot;
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, One, Verify},
	MultiAddress, MultiSignature, Perbill,
};
use sp_version::RuntimeVersion;

pub use pallet_key_registry;

/// Block number.
pub type BlockNumber = u32;
/// Transaction signature.
pub type Signature = MultiSignature;
/// Account identifier: the public key of the signature scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Balance of an account.
pub type Balance = u128;
/// Transaction counter of an account.
pub type Nonce = u32;
/// Hash of blocks and tries.
pub type Hash = sp_core::H256;

/// One unit of the chain's token (12 decimals).
pub const UNIT: Balance = 1_000_000_000_000;
/// A thousandth of a unit.
pub const MILLI_UNIT: Balance = UNIT / 1_000;
/// Smallest balance an account may hold.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Target block time of the multi-validator network; the dev node seals on demand.
pub const MILLISECS_PER_BLOCK: u64 = 3000;
/// Aura slot length.
pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;
/// Blocks per minute at the target block time.
pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
/// Blocks per day at the target block time.
pub const DAYS: BlockNumber = MINUTES * 60 * 24;

/// Types the node needs without knowing the runtime's extrinsic format.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;

	impl_opaque_keys! {
		/// The session keys of a validator.
		pub struct SessionKeys {
			/// Block authoring.
			pub aura: Aura,
			/// Finality.
			pub grandpa: Grandpa,
		}
	}
}

/// The runtime's version.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("keyreg"),
	impl_name: alloc::borrow::Cow::Borrowed("keyreg-node"),
	authoring_version: 1,
	spec_version: 102,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

parameter_types! {
	/// Block hashes kept for mortal transactions.
	pub const BlockHashCount: BlockNumber = 2400;
	/// This runtime's version.
	pub const Version: RuntimeVersion = VERSION;
	/// Two seconds of compute per block.
	pub RuntimeBlockWeights: frame_system::limits::BlockWeights =
		frame_system::limits::BlockWeights::with_sensible_defaults(
			Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
			NORMAL_DISPATCH_RATIO,
		);
	/// Five MiB per block.
	pub RuntimeBlockLength: frame_system::limits::BlockLength =
		frame_system::limits::BlockLength::builder()
			.max_length(5 * 1024 * 1024)
			.modify_max_length_for_class(DispatchClass::Normal, |max| {
				*max = NORMAL_DISPATCH_RATIO * *max
			})
			.build();
	/// The generic Substrate SS58 prefix.
	pub const SS58Prefix: u8 = 42;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	// The node runs ParityDB only (RocksDB is not compiled in): price storage
	// access at ParityDB's measured costs.
	type DbWeight = ParityDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<32>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<32>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = ();
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Runtime {
	type Balance = Balance;
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
}

parameter_types! {
	/// Fees do not adjust to congestion on this test chain.
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = IdentityFee<Balance>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = ();
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Deposit for a domain.
	pub const DomainDeposit: Balance = 10 * UNIT;
	/// Deposit for a key, besides its versions.
	pub const KeyDeposit: Balance = UNIT;
	/// Deposit for each key version.
	pub const VersionDeposit: Balance = 100 * MILLI_UNIT;
	/// Deposit per byte of key name and metadata.
	pub const ByteDeposit: Balance = MILLI_UNIT;
	/// Shortest rotation period: ten blocks, so that a dev chain shows rotations.
	pub const MinRotationPeriod: BlockNumber = 10;
	/// Longest grace period: thirty days.
	pub const MaxGracePeriod: BlockNumber = 30 * DAYS;
	/// Signature requests wait twenty blocks (a minute at the target block time).
	pub const RequestTtl: BlockNumber = 20;
	/// Held from an operator per pending signature request.
	pub const RequestDeposit: Balance = 10 * MILLI_UNIT;
	pub const ProposalDeposit: Balance = 100 * MILLI_UNIT;
}

impl pallet_key_registry::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type DomainDeposit = DomainDeposit;
	type KeyDeposit = KeyDeposit;
	type VersionDeposit = VersionDeposit;
	type ByteDeposit = ByteDeposit;
	type MaxNameLen = ConstU32<64>;
	type MaxMetadataLen = ConstU32<1024>;
	// FROST committees in practice are small; every ceremony message and
	// check scales with the committee.
	type MaxCommitteeSize = ConstU32<16>;
	type MaxKeysPerDomain = ConstU32<10_000>;
	type MaxVersionsPerKey = ConstU32<10_000>;
	type MaxMembersPerDomain = ConstU32<1_000>;
	type MaxRotationsPerBlock = ConstU32<64>;
	type MinRotationPeriod = MinRotationPeriod;
	type MaxGracePeriod = MaxGracePeriod;
	type MaxPayloadLen = ConstU32<1024>;
	type MaxRequestsPerBlock = ConstU32<256>;
	// A quarter of the block per domain: at least four domains always get in.
	type MaxRequestsPerDomainPerBlock = ConstU32<64>;
	type RequestDeposit = RequestDeposit;
	type RequestTtl = RequestTtl;
	type MaxCustodiansPerDomain = ConstU32<256>;
	type MaxCeremoniesPerDomain = ConstU32<8>;
	// Two minutes per phase before a key manager may restart a ceremony.
	type CeremonyPhaseTimeout = ConstU32<{ 2 * MINUTES }>;
	// Sealed shares for 15 other members (~90 bytes each) or a round-1
	// package of threshold 16 (~590 bytes).
	type MaxCeremonyMessageLen = ConstU32<2048>;
	// A member tops its batch up when it runs low; 32 covers a burst.
	type MaxNonceCommitments = ConstU32<32>;
	// Signers answer in the block after a request; four blocks (12 s) before
	// the chain gives up on a silent one and picks others.
	type SigningAttemptTimeout = ConstU32<4>;
	// Backup data keys split among up to 16 holders.
	type MaxBackupHolders = ConstU32<16>;
	type MaxDrillsPerBlock = ConstU32<64>;
	type MaxTrackedRequesters = ConstU32<16>;
	type ProposalDeposit = ProposalDeposit;
	type MaxApprovals = ConstU32<16>;
	type MaxProposalsPerDomain = ConstU32<64>;
	// A restorer has a day to sign a drill's challenge with the restored key.
	type DrillChallengeTtl = ConstU32<DAYS>;
	type WeightInfo = pallet_key_registry::weights::SubstrateWeight<Runtime>;
}

impl<C> frame_system::offchain::CreateTransactionBase<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> frame_system::offchain::CreateTransaction<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extension = TxExtension;

	fn create_transaction(call: RuntimeCall, extension: TxExtension) -> UncheckedExtrinsic {
		UncheckedExtrinsic::new_transaction(call, extension)
	}
}

/// The extensions of an authorized transaction (no account, nonce and tip
/// zero) with the given era. The node's threshold service makes each
/// resubmission mortal and born at the current block, so a copy the pool
/// refused (and banned) earlier never blocks a later one.
pub fn authorized_extension(era: sp_runtime::generic::Era) -> TxExtension {
	(
		frame_system::AuthorizeCall::<Runtime>::new(),
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(era),
		frame_system::CheckNonce::<Runtime>::from(0),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
	)
}

/// The off-chain worker's transactions: general (unsigned by any account)
/// transactions that `AuthorizeCall` lets through when the call's own
/// `#[pallet::authorize]` check passes. Immortal, nonce and tip zero: no
/// account is involved, and the call's check rejects replays.
impl<C> frame_system::offchain::CreateAuthorizedTransaction<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_extension() -> TxExtension {
		authorized_extension(sp_runtime::generic::Era::Immortal)
	}
}

/// The runtime, composed of its pallets.
#[frame_support::runtime]
mod runtime {
	/// The runtime.
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	/// Accounts, blocks, events.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	/// Block timestamps.
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	/// Block authoring on the multi-validator network.
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;
	/// Finality on the multi-validator network.
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;
	/// Balances and holds.
	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;
	/// Transaction fees.
	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;
	/// The superuser, as governance of this test chain.
	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;
	/// The key registry.
	#[runtime::pallet_index(10)]
	pub type KeyRegistry = pallet_key_registry;
}

/// The address format.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// The transaction extensions every signed transaction carries.
pub type TxExtension = (
	// First, so that an authorized call's origin is set before the others run.
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
);
/// Extrinsic.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload signed by transaction authors.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;
/// Dispatches blocks and transactions to the pallets.
pub type RuntimeExecutive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// Storage migrations run at the next runtime upgrade (each once, by its
/// storage version).
pub type Migrations = (pallet_key_registry::migrations::v2::MigrateV1ToV2<Runtime>,);

/// The key registry's domain record in this runtime.
pub type DomainInfo = pallet_key_registry::DomainOf<Runtime>;
/// The key registry's key record in this runtime.
pub type KeyInfo = pallet_key_registry::KeyRecordOf<Runtime>;
