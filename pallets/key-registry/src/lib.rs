#![cfg_attr(not(feature = "std"), no_std)]
// The module documentation (concepts, lifecycle, who may call what) is the
// pallet's README, so that it reads the same on GitHub and on docs.rs.
#![doc = include_str!("../README.md")]

extern crate alloc;

pub mod access;
pub mod approvals;
pub mod audit;
pub mod backups;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod ceremonies;
pub mod custodian;
pub mod deposits;
pub mod destruction;
pub mod domains;
mod errors;
mod events;
pub mod keys;
pub mod migrations;
pub mod offchain;
pub mod queries;
pub mod requests;
pub mod revocation;
pub mod rotation;
pub mod runtime_types;
pub mod share_maintenance;
pub mod signature;
pub mod threshold_signing;
pub mod traits;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod velocity;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use approvals::revocation_kind;
pub use approvals::{
	ApprovalPolicy, ApprovalPolicyOf, Operation, OperationKind, OperationSet, Proposal, ProposalId,
};
pub use backups::{BackupHolder, BackupRecord, BackupSubject, DrillChallenge};
pub use ceremonies::{
	Ceremony, CeremonyFault, CeremonyId, CeremonyKind, CeremonyPhase, CommitteeMember,
	Confirmation, MemberIndex, SealedShare, ThresholdKey,
};
pub use destruction::RetiredKeys;
pub use keys::{Possession, RegisterKey};
pub use pallet::*;
pub use runtime_types::*;
pub use threshold_signing::{NonceBatch, NonceCommitment, SigningFault, SigningSession};
pub use traits::KeyRegistryInspect;
pub use types::*;
pub use velocity::{
	AttemptOutcome, BaselineRule, Breach, Breaches, KeyActivity, RefusalReason, RuleSet,
	VelocityPolicy, VelocityPolicyOf, VelocityRule,
};
pub use weights::WeightInfo;

use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		tokens::Precision,
	},
};
use frame_system::pallet_prelude::*;
use sp_runtime::traits::{CheckedAdd, One, Saturating, Zero};

// FRAME's macros expand to `expect` on static metadata and to dispatchables
// with one argument per call parameter, so these two lints cannot apply inside
// the macro-expanded module; the other no-panic lints (unwrap, panic,
// indexing, unchecked arithmetic) do. The module's own code uses no `expect`.
#[allow(clippy::expect_used, clippy::too_many_arguments)]
#[frame_support::pallet_macros::import_section(events::events)]
#[frame_support::pallet_macros::import_section(errors::errors)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The layout of the pallet's storage. A change of layout raises it and
	/// ships a migration (`frame_support::migrations::VersionedMigration`).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	/// The pallet.
	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the key registry.
	#[pallet::config]
	pub trait Config:
		frame_system::Config + frame_system::offchain::CreateAuthorizedTransaction<Call<Self>>
	{
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The currency whose funds are held for deposits.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Origin that may act on any domain (emergencies, disputes).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Deposit held from the owner for a domain.
		#[pallet::constant]
		type DomainDeposit: Get<BalanceOf<Self>>;

		/// Deposit held from the domain owner for each key, besides its versions.
		#[pallet::constant]
		type KeyDeposit: Get<BalanceOf<Self>>;

		/// Deposit held from the domain owner for each key version.
		#[pallet::constant]
		type VersionDeposit: Get<BalanceOf<Self>>;

		/// Deposit per byte of key name and metadata.
		#[pallet::constant]
		type ByteDeposit: Get<BalanceOf<Self>>;

		/// Longest domain or key name, in bytes.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// Longest key metadata, in bytes.
		#[pallet::constant]
		type MaxMetadataLen: Get<u32>;

		/// Largest threshold committee.
		#[pallet::constant]
		type MaxCommitteeSize: Get<u32>;

		/// Most keys a domain may ever register.
		#[pallet::constant]
		type MaxKeysPerDomain: Get<u32>;

		/// Most versions a key may ever have.
		#[pallet::constant]
		type MaxVersionsPerKey: Get<u32>;

		/// Most accounts holding roles in one domain.
		#[pallet::constant]
		type MaxMembersPerDomain: Get<u32>;

		/// Most rotations that may fall due in one block (bounds `on_initialize`).
		#[pallet::constant]
		type MaxRotationsPerBlock: Get<u32>;

		/// Shortest rotation period a policy may set.
		#[pallet::constant]
		type MinRotationPeriod: Get<BlockNumberFor<Self>>;

		/// Longest grace period a policy may set.
		#[pallet::constant]
		type MaxGracePeriod: Get<BlockNumberFor<Self>>;

		/// Longest payload a signature request may carry.
		#[pallet::constant]
		type MaxPayloadLen: Get<u32>;

		/// Most signature requests accepted in one block. Bounds the expiry
		/// queue of each block and the worker's signatures per run.
		#[pallet::constant]
		type MaxRequestsPerBlock: Get<u32>;

		/// Most signature requests one domain may make in one block, so that no
		/// domain can take the whole of `MaxRequestsPerBlock` from the others.
		#[pallet::constant]
		type MaxRequestsPerDomainPerBlock: Get<u32>;

		/// Deposit held from the requesting account for each pending signature
		/// request, released when it is fulfilled or expires: it prices a flood
		/// of requests by what the flooder must lock, not by what it burns.
		#[pallet::constant]
		type RequestDeposit: Get<BalanceOf<Self>>;

		/// Blocks a signature request waits for its signature; then it expires.
		#[pallet::constant]
		type RequestTtl: Get<BlockNumberFor<Self>>;

		/// Custodian identities (with a key-agreement key) per domain.
		#[pallet::constant]
		type MaxCustodiansPerDomain: Get<u32>;

		/// Key-generation ceremonies a domain may run at once.
		#[pallet::constant]
		type MaxCeremoniesPerDomain: Get<u32>;

		/// Blocks each ceremony phase may take before a key manager may
		/// restart it.
		#[pallet::constant]
		type CeremonyPhaseTimeout: Get<BlockNumberFor<Self>>;

		/// Longest ceremony message (a round-1 package of the largest
		/// committee, or its sealed shares).
		#[pallet::constant]
		type MaxCeremonyMessageLen: Get<u32>;

		/// Most nonce commitments a committee member keeps on chain per key.
		#[pallet::constant]
		type MaxNonceCommitments: Get<u32>;

		/// Blocks the chosen signers have to post their shares before the
		/// signing attempt ends and another begins.
		#[pallet::constant]
		type SigningAttemptTimeout: Get<BlockNumberFor<Self>>;

		/// Most holders of one backup's data key (the `n` of its `t`-of-`n`).
		#[pallet::constant]
		type MaxBackupHolders: Get<u32>;

		/// Most backup drills that may fall due in one block.
		#[pallet::constant]
		type MaxDrillsPerBlock: Get<u32>;

		/// Blocks a drill challenge stays open: the time a restorer has to
		/// sign it with the restored key.
		#[pallet::constant]
		type DrillChallengeTtl: Get<BlockNumberFor<Self>>;

		/// Most distinct requesters a key's activity tracks per velocity
		/// window; a policy's `max_requesters` must be below it.
		#[pallet::constant]
		type MaxTrackedRequesters: Get<u32>;

		/// Deposit held from a proposer while its proposal is open.
		#[pallet::constant]
		type ProposalDeposit: Get<BalanceOf<Self>>;

		/// Most approvals a policy may require (and a proposal holds).
		#[pallet::constant]
		type MaxApprovals: Get<u32>;

		/// Most open proposals per domain.
		#[pallet::constant]
		type MaxProposalsPerDomain: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a domain.
		#[codec(index = 0)]
		DomainDeposit,
		/// The deposits of a domain's keys and key versions.
		#[codec(index = 1)]
		KeyDeposit,
		/// The deposit of a pending signature request, held from its requester.
		#[codec(index = 2)]
		RequestDeposit,
		/// The deposit of an open proposal.
		#[codec(index = 3)]
		ProposalDeposit,
	}

	/// The id the next domain gets.
	#[pallet::storage]
	pub type NextDomainId<T> = StorageValue<_, DomainId, ValueQuery>;

	/// Domains by id. Closed domains stay: their history is the audit trail.
	#[pallet::storage]
	pub type Domains<T: Config> = StorageMap<_, Twox64Concat, DomainId, DomainOf<T>>;

	/// Roles of an account in a domain; absent means none.
	#[pallet::storage]
	pub type Roles<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		DomainId,
		Blake2_128Concat,
		T::AccountId,
		RoleSet,
		ValueQuery,
	>;

	/// Keys by domain and key id.
	#[pallet::storage]
	pub type Keys<T: Config> =
		StorageDoubleMap<_, Twox64Concat, DomainId, Twox64Concat, KeyId, KeyRecordOf<T>>;

	/// Key ids by domain and name; names are never reused.
	#[pallet::storage]
	pub type KeyNames<T: Config> =
		StorageDoubleMap<_, Twox64Concat, DomainId, Blake2_128Concat, NameOf<T>, KeyId>;

	/// Every version of every key. Never deleted.
	#[pallet::storage]
	pub type Versions<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, DomainId>,
			NMapKey<Twox64Concat, KeyId>,
			NMapKey<Twox64Concat, VersionNumber>,
		),
		KeyVersionOf<T>,
	>;

	/// Keys whose retired versions are kept ([`RetiredKeys::Keep`]); every
	/// other key's are destroyed once their grace ends ([`destruction`]).
	#[pallet::storage]
	pub type RetiredKeyPolicies<T: Config> =
		StorageDoubleMap<_, Twox64Concat, DomainId, Twox64Concat, KeyId, RetiredKeys>;

	/// The block at which a version's custodian recorded destroying its
	/// private key ([`destruction`]). At most one per version.
	#[pallet::storage]
	pub type Destructions<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, DomainId>,
			NMapKey<Twox64Concat, KeyId>,
			NMapKey<Twox64Concat, VersionNumber>,
		),
		BlockNumberFor<T>,
	>;

	/// Index from public key to where it is registered: a public key is
	/// registered once, ever.
	#[pallet::storage]
	pub type KeyByPublic<T> = StorageMap<_, Blake2_128Concat, PublicKey, KeyLocation>;

	/// Each domain's revocation list, in the order revocations were recorded.
	#[pallet::storage]
	pub type Revocations<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		DomainId,
		Twox64Concat,
		u32,
		RevocationEntry<BlockNumberFor<T>>,
	>;

	/// Keys whose rotation falls due at a block, consumed by `on_initialize`.
	#[pallet::storage]
	pub type RotationQueue<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<(DomainId, KeyId), T::MaxRotationsPerBlock>,
		ValueQuery,
	>;

	/// Each key's backups, by what they restore ([`backups`]); the chain
	/// keeps the record, never the bundle. At most one per key and subject
	/// (a key, or each member of a threshold committee).
	#[pallet::storage]
	pub type Backups<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, DomainId>,
			NMapKey<Twox64Concat, KeyId>,
			NMapKey<Twox64Concat, BackupSubject>,
		),
		BackupRecord<T>,
	>;

	/// The open drill challenge of a backup, until passed or replaced.
	#[pallet::storage]
	pub type DrillChallenges<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, DomainId>,
			NMapKey<Twox64Concat, KeyId>,
			NMapKey<Twox64Concat, BackupSubject>,
		),
		DrillChallenge<T>,
	>;

	/// Backups whose drill falls due at a block, consumed by `on_initialize`.
	#[pallet::storage]
	pub type DrillQueue<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<(DomainId, KeyId, BackupSubject), T::MaxDrillsPerBlock>,
		ValueQuery,
	>;

	/// Audit entries recorded while building the genesis state, deposited as
	/// events by `on_initialize` of block 1 (frame-system keeps no events of
	/// block 0). Empty after block 1; its size is that of the genesis config.
	#[pallet::storage]
	#[pallet::unbounded]
	pub type PendingGenesisEntries<T: Config> = StorageValue<_, Vec<Event<T>>, ValueQuery>;

	/// The id the next signature request gets.
	#[pallet::storage]
	pub type NextRequestId<T> = StorageValue<_, RequestId, ValueQuery>;

	/// Pending signature requests by key, so that a custodian finds its work
	/// from the keys it holds. Removed on fulfilment or expiry.
	#[pallet::storage]
	pub type SignatureRequests<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, DomainId>,
			NMapKey<Twox64Concat, KeyId>,
			NMapKey<Twox64Concat, RequestId>,
		),
		SignatureRequestOf<T>,
	>;

	/// Requests that expire at a block, consumed by `on_initialize`. All
	/// requests of one block expire together, so `MaxRequestsPerBlock` bounds it.
	#[pallet::storage]
	pub type RequestExpiries<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<(DomainId, KeyId, RequestId), T::MaxRequestsPerBlock>,
		ValueQuery,
	>;

	/// Signatures each key made in its current usage window.
	#[pallet::storage]
	pub type KeyUsage<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		DomainId,
		Twox64Concat,
		KeyId,
		UsageWindow<BlockNumberFor<T>>,
		ValueQuery,
	>;

	/// Approval policies ([`approvals`]): the domain's under `None`, a key's
	/// own under `Some(key)`.
	#[pallet::storage]
	pub type ApprovalPolicies<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		DomainId,
		Twox64Concat,
		Option<KeyId>,
		ApprovalPolicyOf<T>,
		OptionQuery,
	>;

	/// Open proposals, by domain and id.
	#[pallet::storage]
	pub type Proposals<T: Config> =
		StorageDoubleMap<_, Twox64Concat, DomainId, Twox64Concat, ProposalId, Proposal<T>>;

	/// The next proposal id.
	#[pallet::storage]
	pub type NextProposalId<T: Config> = StorageValue<_, ProposalId, ValueQuery>;

	/// How many proposals of each domain are open (at most `MaxProposalsPerDomain`).
	#[pallet::storage]
	pub type OpenProposals<T: Config> = StorageMap<_, Twox64Concat, DomainId, u32, ValueQuery>;

	/// Each key's velocity policy ([`velocity`]); none: the key is not watched.
	#[pallet::storage]
	pub type VelocityPolicies<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		DomainId,
		Twox64Concat,
		KeyId,
		VelocityPolicyOf<T>,
		OptionQuery,
	>;

	/// Each watched key's activity in its current velocity window, and its
	/// moving baseline.
	#[pallet::storage]
	pub type KeyActivities<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		DomainId,
		Twox64Concat,
		KeyId,
		KeyActivity<T>,
		ValueQuery,
	>;

	/// Requesters that have used a watched key (for the new-requester rule).
	/// At most one entry per member of the domain who ever requested; read by
	/// key, never iterated.
	#[pallet::storage]
	pub type KnownRequesters<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, DomainId>,
			NMapKey<Twox64Concat, KeyId>,
			NMapKey<Blake2_128Concat, ActorOf<T>>,
		),
		(),
		OptionQuery,
	>;

	/// Each domain custodian's X25519 key-agreement key: committee members
	/// receive their DKG secret shares sealed to it.
	#[pallet::storage]
	pub type AgreementKeys<T: Config> =
		StorageDoubleMap<_, Twox64Concat, DomainId, Blake2_128Concat, PublicKey, [u8; 32]>;

	/// How many custodians of a domain have a key-agreement key.
	#[pallet::storage]
	pub type AgreementKeyCount<T: Config> = StorageMap<_, Twox64Concat, DomainId, u32, ValueQuery>;

	/// The id the next ceremony gets.
	#[pallet::storage]
	pub type NextCeremonyId<T> = StorageValue<_, CeremonyId, ValueQuery>;

	/// Ceremonies (key generation, share refresh, share repair) under way or
	/// failed (until restarted or cancelled).
	#[pallet::storage]
	pub type Ceremonies<T: Config> = StorageMap<_, Twox64Concat, CeremonyId, Ceremony<T>>;

	/// Ceremonies of a domain that have not ended.
	#[pallet::storage]
	pub type ActiveCeremonies<T: Config> = StorageMap<_, Twox64Concat, DomainId, u32, ValueQuery>;

	/// In how many unended ceremonies a custodian sits: its key-agreement key
	/// cannot change meanwhile.
	#[pallet::storage]
	pub type CustodiansInCeremony<T: Config> =
		StorageDoubleMap<_, Twox64Concat, DomainId, Blake2_128Concat, PublicKey, u32, ValueQuery>;

	/// The messages of the current attempt: `(ceremony, phase, member)`.
	#[pallet::storage]
	pub type CeremonyMessages<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, CeremonyId>,
			NMapKey<Twox64Concat, u8>,
			NMapKey<Twox64Concat, MemberIndex>,
		),
		CeremonyMessageOf<T>,
	>;

	/// The committee's public record of each threshold key: the DKG session
	/// that created it, its share epoch, and every member's verifying share.
	#[pallet::storage]
	pub type ThresholdKeys<T: Config> =
		StorageDoubleMap<_, Twox64Concat, DomainId, Twox64Concat, KeyId, ThresholdKey<T>>;

	/// The refresh or repair ceremony running on a threshold key (one at a
	/// time).
	#[pallet::storage]
	pub type KeyMaintenance<T: Config> =
		StorageDoubleMap<_, Twox64Concat, DomainId, Twox64Concat, KeyId, CeremonyId>;

	/// Each committee member's unused nonce commitments per threshold key:
	/// `(domain, key, member)`.
	#[pallet::storage]
	pub type NonceBatches<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, DomainId>,
			NMapKey<Twox64Concat, KeyId>,
			NMapKey<Twox64Concat, MemberIndex>,
		),
		NonceBatch<T>,
	>;

	/// The signing session of each pending request on a threshold key.
	/// Removed with the request (fulfilled or expired).
	#[pallet::storage]
	pub type SigningSessions<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, DomainId>,
			NMapKey<Twox64Concat, KeyId>,
			NMapKey<Twox64Concat, RequestId>,
		),
		SigningSession<T>,
	>;

	/// Signing attempts that end at a block unless complete, consumed by
	/// `on_initialize`; bounded like the requests of one block.
	#[pallet::storage]
	pub type SigningDeadlines<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<(DomainId, KeyId, RequestId), T::MaxRequestsPerBlock>,
		ValueQuery,
	>;

	/// Genesis domains: `(owner, name)`, plus extra role grants.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Domains to create at genesis, as `(owner, name)`; ids count from zero.
		pub domains: Vec<(T::AccountId, Vec<u8>)>,
		/// Roles to grant at genesis, as `(domain, account, role)`.
		pub roles: Vec<(DomainId, T::AccountId, Role)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		#[allow(clippy::panic)]
		fn build(&self) {
			// An invalid genesis must stop the chain from starting at all.
			for (owner, name) in &self.domains {
				if let Err(e) =
					Pallet::<T>::do_create_domain(owner.clone(), name.clone(), KeyPolicy::default())
				{
					panic!("genesis domain {:?} could not be created: {:?}", name, e);
				}
			}
			for (domain, who, role) in &self.roles {
				let granted = Pallet::<T>::open_domain(*domain).and_then(|record| {
					Pallet::<T>::do_grant_role(
						ActorOf::<T>::System,
						*domain,
						record,
						who.clone(),
						*role,
					)
				});
				if let Err(e) = granted {
					panic!(
						"genesis role {:?} in domain {} could not be granted: {:?}",
						role, domain, e
					);
				}
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Announces the rotations and backup drills due at `now`, expires
		/// the signature requests whose time-to-live ends at `now` and ends
		/// the threshold signing attempts due at `now`: bounded by
		/// `MaxRotationsPerBlock`, `MaxDrillsPerBlock` and
		/// `MaxRequestsPerBlock`. In block 1 it
		/// first deposits the audit entries recorded at genesis.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let genesis_weight = if now == One::one() {
				T::WeightInfo::emit_genesis_entries(Self::emit_genesis_entries())
			} else {
				Weight::zero()
			};
			let due = RotationQueue::<T>::take(now);
			let count = due.len() as u32;
			for (domain, key) in due {
				Self::announce_rotation_due(domain, key, now);
			}
			let drills = DrillQueue::<T>::take(now);
			let drills_due = drills.len() as u32;
			for (domain, key, subject) in drills {
				Self::announce_drill_due(domain, key, subject, now);
			}
			let expired = Self::expire_requests(now);
			let attempts = Self::expire_signing_attempts(now);
			genesis_weight
				.saturating_add(T::WeightInfo::on_initialize(count))
				.saturating_add(T::WeightInfo::announce_drills_due(drills_due))
				.saturating_add(T::WeightInfo::expire_requests(expired))
				.saturating_add(T::WeightInfo::expire_signing_attempts(attempts))
		}

		/// Fulfils the signature requests and rotates the overdue keys whose
		/// current version this node's keystore holds ([`offchain`]).
		fn offchain_worker(now: BlockNumberFor<T>) {
			offchain::run::<T>(now);
		}

		fn integrity_test() {
			assert!(T::MaxNameLen::get() > 0, "MaxNameLen must be positive");
			assert!(
				T::MaxRotationsPerBlock::get() > 0,
				"MaxRotationsPerBlock must be positive"
			);
			assert!(
				T::MaxDrillsPerBlock::get() > 0,
				"MaxDrillsPerBlock must be positive"
			);
			assert!(
				T::MaxBackupHolders::get() > 0 && T::MaxBackupHolders::get() <= 255,
				"MaxBackupHolders is between 1 and 255 (a threshold is a u8)"
			);
			assert!(
				!T::DrillChallengeTtl::get().is_zero(),
				"DrillChallengeTtl must be positive"
			);
			assert!(
				T::MaxVersionsPerKey::get() > 0,
				"MaxVersionsPerKey must be positive"
			);
			assert!(
				T::MaxRequestsPerBlock::get() > 0,
				"MaxRequestsPerBlock must be positive"
			);
			assert!(
				T::MaxRequestsPerDomainPerBlock::get() > 0
					&& T::MaxRequestsPerDomainPerBlock::get() <= T::MaxRequestsPerBlock::get(),
				"MaxRequestsPerDomainPerBlock must be positive and at most MaxRequestsPerBlock"
			);
			assert!(
				!T::RequestTtl::get().is_zero(),
				"RequestTtl must be positive"
			);
			assert!(
				T::MaxCommitteeSize::get() <= 64,
				"MaxCommitteeSize is at most 64 (ceremonies track members in a u64)"
			);
			assert!(
				T::MaxCustodiansPerDomain::get() >= T::MaxCommitteeSize::get(),
				"MaxCustodiansPerDomain must allow a committee of MaxCommitteeSize"
			);
			assert!(
				!T::CeremonyPhaseTimeout::get().is_zero(),
				"CeremonyPhaseTimeout must be positive"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Creates a domain owned by the caller, who becomes its first `Admin`.
		///
		/// - Origin: any signed account; `DomainDeposit` is held from it.
		/// - Emits [`Event::DomainCreated`].
		/// - Errors: [`Error::NameEmpty`], [`Error::NameTooLong`], policy errors
		///   ([`Error::RotationPeriodTooShort`], [`Error::GracePeriodTooLong`],
		///   [`Error::UsageWindowZero`], [`Error::UsageLimitZero`]),
		///   [`Error::InsufficientDeposit`], [`Error::DomainIdsExhausted`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_domain(name.len() as u32))]
		pub fn create_domain(
			origin: OriginFor<T>,
			name: Vec<u8>,
			default_policy: KeyPolicyOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_domain(who, name, default_policy).map(|_| ())
		}

		/// Sets the policy applied to keys registered without one.
		///
		/// - Origin: `Admin` of the domain, or governance.
		/// - Emits [`Event::DomainPolicySet`].
		/// - Errors: [`Error::ApprovalRequired`] (an approval policy guards it:
		///   `propose` it), [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], policy errors.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_domain_policy())]
		pub fn set_domain_policy(
			origin: OriginFor<T>,
			domain: DomainId,
			policy: KeyPolicyOf<T>,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, &[Role::Admin])?;
			Self::ensure_not_guarded(&actor, domain, None, Some(OperationKind::PolicyChange))?;
			Self::do_set_domain_policy(actor, domain, record, policy)
		}

		/// Offers the domain to `to`, who takes it over with [`Pallet::accept_domain`];
		/// `None` withdraws a pending offer.
		///
		/// - Origin: the domain owner, or governance.
		/// - Emits [`Event::DomainHandOverProposed`].
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::NotOwner`], [`Error::AlreadyOwner`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::hand_over_domain())]
		pub fn hand_over_domain(
			origin: OriginFor<T>,
			domain: DomainId,
			to: Option<T::AccountId>,
		) -> DispatchResult {
			let record = Self::open_domain(domain)?;
			let actor = Self::ensure_owner(origin, &record)?;
			Self::do_hand_over_domain(actor, domain, record, to)
		}

		/// Accepts a domain offered to the caller: the domain's deposits move
		/// from the old owner to the caller, who also becomes `Admin`. The old
		/// owner keeps its roles until an administrator revokes them.
		///
		/// - Origin: the pending owner; the domain's deposits are held from it.
		/// - Emits [`Event::DomainHandedOver`] (one entry; `admin_granted` says
		///   whether the caller became `Admin` by it).
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::NotPendingOwner`], [`Error::InsufficientDeposit`],
		///   [`Error::TooManyMembers`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::accept_domain())]
		pub fn accept_domain(origin: OriginFor<T>, domain: DomainId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record = Self::open_domain(domain)?;
			Self::do_accept_domain(who, domain, record)
		}

		/// Closes a domain that has no live (unrevoked) key and releases its
		/// deposit. Keys, versions, revocations and the audit head stay; the
		/// deposits of keys and versions stay held because their history stays.
		///
		/// - Origin: `Admin` of the domain, or governance.
		/// - Emits [`Event::DomainClosed`].
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::DomainHasLiveKeys`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::close_domain())]
		pub fn close_domain(origin: OriginFor<T>, domain: DomainId) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, &[Role::Admin])?;
			Self::do_close_domain(actor, domain, record)
		}

		/// Grants `role` in the domain to `who`.
		///
		/// - Origin: `Admin` of the domain, or governance.
		/// - Emits [`Event::RoleGranted`].
		/// - Errors: [`Error::ApprovalRequired`] (an approval policy guards it:
		///   `propose` it), [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::RoleAlreadyGranted`],
		///   [`Error::TooManyMembers`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::grant_role())]
		pub fn grant_role(
			origin: OriginFor<T>,
			domain: DomainId,
			who: T::AccountId,
			role: Role,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, &[Role::Admin])?;
			Self::ensure_not_guarded(&actor, domain, None, Some(OperationKind::RoleGrant))?;
			Self::do_grant_role(actor, domain, record, who, role)
		}

		/// Revokes `role` in the domain from `who`. An account may also
		/// renounce its own role. The last `Admin` cannot be removed.
		///
		/// - Origin: `Admin` of the domain, governance, or `who` itself.
		/// - Emits [`Event::RoleRevoked`].
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::RoleNotHeld`], [`Error::LastAdmin`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::revoke_role())]
		pub fn revoke_role(
			origin: OriginFor<T>,
			domain: DomainId,
			who: T::AccountId,
			role: Role,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role_or_self(origin, domain, &[Role::Admin], &who)?;
			Self::do_revoke_role(actor, domain, record, who, role)
		}

		/// Registers a key with its first version (version `0`).
		///
		/// `proof` is a signature by `public` over the proof-of-possession
		/// payload ([`signature::possession_payload`]) for this domain, `name`,
		/// version `0` and the caller. `policy` defaults to the domain's.
		/// `custodian` names the identity that must co-sign the custodian's
		/// transactions ([`custodian`]); HSM and TEE custody need one. Threshold
		/// custody is refused: such keys come only from their committee
		/// ([`Pallet::start_key_generation`]).
		///
		/// - Origin: `KeyManager` of the domain, or governance. `KeyDeposit`,
		///   `VersionDeposit` and `ByteDeposit` per byte of name and metadata
		///   are held from the domain owner.
		/// - Emits [`Event::KeyRegistered`].
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::NameEmpty`], [`Error::NameTooLong`],
		///   [`Error::MetadataTooLong`], [`Error::KeyNameTaken`],
		///   [`Error::TooManyKeys`], [`Error::ThresholdKeyNeedsCeremony`],
		///   [`Error::CustodianRequired`], [`Error::InvalidCustodian`],
		///   policy errors, [`Error::InvalidPublicKey`], [`Error::PublicKeyInUse`],
		///   [`Error::SignatureSchemeMismatch`], [`Error::InvalidProofOfPossession`],
		///   [`Error::InsufficientDeposit`], [`Error::RotationQueueFull`].
		#[pallet::call_index(7)]
		#[pallet::weight(Pallet::<T>::register_key_weight(public, name.len(), metadata.len()))]
		pub fn register_key(
			origin: OriginFor<T>,
			domain: DomainId,
			name: Vec<u8>,
			purpose: KeyPurpose,
			custody: CustodyInput,
			custodian: Option<PublicKey>,
			policy: Option<KeyPolicyOf<T>>,
			metadata: Vec<u8>,
			public: PublicKey,
			proof: KeySignature,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, &[Role::KeyManager])?;
			Self::do_register_key(
				actor,
				domain,
				record,
				RegisterKey {
					name,
					purpose,
					custody,
					custodian,
					policy,
					metadata,
					public,
					proof,
				},
				Possession::Proof,
			)
			.map(|_| ())
		}

		/// Rotates a key to a new version.
		///
		/// `proof` is the new key's proof of possession for the next version.
		/// `certificate` is a signature by the outgoing version over the rotation
		/// payload ([`signature::rotation_payload`]); it is required unless the
		/// outgoing version is revoked as `Compromised`. The outgoing version
		/// verifies for the key's grace period (none if it is revoked), and the
		/// version before it stops verifying now.
		///
		/// - Origin: `KeyManager` of the domain, or governance; also `Recovery`
		///   when the current version is revoked. `VersionDeposit` is held from
		///   the domain owner.
		/// - Emits [`Event::KeyRotated`].
		/// - Errors: [`Error::ApprovalRequired`] (an approval policy guards it:
		///   `propose` it), [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::UnknownKey`], [`Error::MissingRole`], [`Error::KeyRevoked`],
		///   [`Error::ThresholdKeyRotatesByRefresh`] (a threshold key rotates by `start_share_refresh`),
		///   [`Error::SchemeChangeNotAllowed`], [`Error::TooManyVersions`],
		///   [`Error::InvalidPublicKey`], [`Error::PublicKeyInUse`],
		///   [`Error::SignatureSchemeMismatch`], [`Error::InvalidProofOfPossession`],
		///   [`Error::MissingRotationCertificate`],
		///   [`Error::InvalidRotationCertificate`], [`Error::InsufficientDeposit`],
		///   [`Error::RotationQueueFull`] (never when rotating away from a revoked
		///   version: recovery cannot be blocked by queues other domains fill; the
		///   next rotation is then left unscheduled until `set_key_policy`).
		#[pallet::call_index(8)]
		#[pallet::weight(Pallet::<T>::rotate_key_weight(new_public))]
		pub fn rotate_key(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			new_public: PublicKey,
			proof: KeySignature,
			certificate: Option<KeySignature>,
		) -> DispatchResult {
			let record = Self::open_domain(domain)?;
			let key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
			let (actor, _) = Self::ensure_role(origin, domain, Self::rotation_roles(&key_record))?;
			Self::ensure_not_guarded(&actor, domain, Some(key), Some(OperationKind::Rotation))?;
			Self::do_rotate_key(
				actor,
				domain,
				record,
				key,
				key_record,
				new_public,
				proof,
				certificate,
			)
		}

		/// Replaces a key's policy and reschedules its rotation from the
		/// activation of its current version (at the earliest, the next block).
		///
		/// - Origin: `KeyManager` of the domain, or governance.
		/// - Emits [`Event::KeyPolicySet`].
		/// - Errors: [`Error::ApprovalRequired`] (an approval policy guards it:
		///   `propose` it), [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::UnknownKey`], [`Error::KeyRevoked`],
		///   policy errors, [`Error::RotationQueueFull`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::set_key_policy())]
		pub fn set_key_policy(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			policy: KeyPolicyOf<T>,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, &[Role::KeyManager])?;
			Self::ensure_not_guarded(&actor, domain, Some(key), Some(OperationKind::PolicyChange))?;
			Self::do_set_key_policy(actor, domain, record, key, policy)
		}

		/// Revokes one version of a key, immediately and irreversibly, with
		/// effect from `effective_from`: at most the next block ("from now
		/// on": what the chain accepted earlier in this block stays valid), or
		/// a past block back to the version's activation (retroactive: the
		/// revoker declares signatures from then on untrustworthy). Revoking
		/// the current version suspends the key until a rotation.
		///
		/// - Origin: `KeyManager`, `Recovery` or `Admin` of the domain, or governance.
		/// - Emits [`Event::VersionRevoked`].
		/// - Errors: [`Error::ApprovalRequired`] (an approval policy guards it:
		///   `propose` it), [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::UnknownKey`], [`Error::UnknownVersion`],
		///   [`Error::KeyRevoked`], [`Error::AlreadyRevoked`],
		///   [`Error::EffectiveFromInFuture`], [`Error::EffectiveFromBeforeActivation`],
		///   [`Error::Overflow`].
		#[pallet::call_index(10)]
		// The benchmark revokes for compromise, which no approval policy
		// guards; other reasons also read the key's and the domain's policy.
		#[pallet::weight(T::WeightInfo::revoke_version().saturating_add(T::DbWeight::get().reads(2)))]
		pub fn revoke_version(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			version: VersionNumber,
			reason: RevocationReason,
			effective_from: BlockNumberFor<T>,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(
				origin,
				domain,
				&[Role::KeyManager, Role::Recovery, Role::Admin],
			)?;
			Self::ensure_not_guarded(&actor, domain, Some(key), revocation_kind(reason))?;
			Self::do_revoke_version(actor, domain, record, key, version, reason, effective_from)
		}

		/// Revokes a whole key, immediately and irreversibly, with effect from
		/// `effective_from` (at most the next block, or a past block back to the
		/// key's registration; see [`revoke_version`](Pallet::revoke_version)).
		/// Every version stops verifying.
		///
		/// - Origin: `KeyManager`, `Recovery` or `Admin` of the domain, or governance.
		/// - Emits [`Event::KeyRevoked`].
		/// - Errors: [`Error::ApprovalRequired`] (an approval policy guards it:
		///   `propose` it), [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::UnknownKey`], [`Error::AlreadyRevoked`],
		///   [`Error::EffectiveFromInFuture`], [`Error::EffectiveFromBeforeActivation`],
		///   [`Error::Overflow`].
		#[pallet::call_index(11)]
		// The benchmark revokes for compromise, which no approval policy
		// guards; other reasons also read the key's and the domain's policy.
		#[pallet::weight(T::WeightInfo::revoke_key().saturating_add(T::DbWeight::get().reads(2)))]
		pub fn revoke_key(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			reason: RevocationReason,
			effective_from: BlockNumberFor<T>,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(
				origin,
				domain,
				&[Role::KeyManager, Role::Recovery, Role::Admin],
			)?;
			Self::ensure_not_guarded(&actor, domain, Some(key), revocation_kind(reason))?;
			Self::do_revoke_key(actor, domain, record, key, reason, effective_from)
		}

		/// Freezes a key: nothing verifies against it until it is unfrozen.
		/// Rotation and revocation stay possible.
		///
		/// - Origin: `KeyManager`, `Recovery` or `Admin` of the domain, or governance.
		/// - Emits [`Event::KeyFrozen`].
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::UnknownKey`], [`Error::KeyRevoked`],
		///   [`Error::AlreadyFrozen`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::freeze_key())]
		pub fn freeze_key(origin: OriginFor<T>, domain: DomainId, key: KeyId) -> DispatchResult {
			let (actor, record) = Self::ensure_role(
				origin,
				domain,
				&[Role::KeyManager, Role::Recovery, Role::Admin],
			)?;
			Self::set_frozen(actor, domain, record, key, true)
		}

		/// Unfreezes a key, also one a velocity rule froze.
		///
		/// - Origin: `Admin` or `Recovery` of the domain, or governance.
		/// - Emits [`Event::KeyUnfrozen`].
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::UnknownKey`], [`Error::KeyRevoked`],
		///   [`Error::NotFrozen`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::unfreeze_key())]
		pub fn unfreeze_key(origin: OriginFor<T>, domain: DomainId, key: KeyId) -> DispatchResult {
			let (actor, record) =
				Self::ensure_role(origin, domain, &[Role::Admin, Role::Recovery])?;
			Self::set_frozen(actor, domain, record, key, false)
		}

		/// Records on chain that the caller rebuilt the domain's audit chain up
		/// to `seq` and found `head`; accepted only if that is the current head.
		/// Works on closed domains too.
		///
		/// - Origin: `Auditor` of the domain, or governance.
		/// - Emits [`Event::AuditAttested`].
		/// - Errors: [`Error::UnknownDomain`], [`Error::MissingRole`],
		///   [`Error::AuditHeadMismatch`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::attest_audit())]
		pub fn attest_audit(
			origin: OriginFor<T>,
			domain: DomainId,
			seq: AuditSeq,
			head: [u8; 32],
		) -> DispatchResult {
			let record = Domains::<T>::get(domain).ok_or(Error::<T>::UnknownDomain)?;
			let actor = Self::actor_with_role(origin, domain, &[Role::Auditor])?;
			Self::do_attest_audit(actor, domain, record, seq, head)
		}

		/// Asks the custodian of a key for a signature over `payload`.
		///
		/// The off-chain worker of the node whose keystore holds the key's
		/// current version signs the request envelope
		/// ([`signature::request_payload`]) and submits it with
		/// [`fulfil_signature`](Pallet::fulfil_signature). Unfulfilled, the
		/// request expires after `RequestTtl` blocks.
		///
		/// - Origin: `Operator` of the domain, or governance. `RequestDeposit` is
		///   held from the requesting account until the request is fulfilled
		///   or expires.
		/// - Emits [`Event::SignatureRequested`] with the request id.
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::PayloadEmpty`],
		///   [`Error::PayloadTooLong`], [`Error::UnknownKey`],
		///   [`Error::KeyRevoked`], [`Error::KeySuspended`], [`Error::KeyFrozen`],
		///   [`Error::UsageLimitReached`], [`Error::DomainRequestLimit`] (the
		///   domain's share of this block is used up),
		///   [`Error::TooManyRequests`] (the block's), [`Error::InsufficientDeposit`],
		///   [`Error::CommitteeNotReady`] (a threshold key whose committee has
		///   too few nonce commitments on chain), [`Error::ApprovalRequired`]
		///   (an approval policy guards the key's requests: `propose` it).
		///
		/// A threshold key's request is served by its committee instead of a
		/// custodian: the same entry opens its signing session
		/// ([`threshold_signing`]).
		///
		/// **A key under a velocity policy** ([`velocity`]): a request the
		/// rules find unusual emits [`Event::AnomalyDetected`] instead (and,
		/// where the policy says so, freezes the key and is refused); a
		/// request the key's state refuses (frozen, suspended, revoked, usage
		/// limit) succeeds with [`Event::SignatureRefused`], holds no deposit
		/// and is counted, instead of failing with the errors above.
		#[pallet::call_index(15)]
		#[pallet::weight(Pallet::<T>::request_signature_weight(payload.len() as u32))]
		pub fn request_signature(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			payload: Vec<u8>,
		) -> DispatchResultWithPostInfo {
			let (actor, record) = Self::ensure_role(origin, domain, &[Role::Operator])?;
			Self::ensure_not_guarded(
				&actor,
				domain,
				Some(key),
				Some(OperationKind::SignatureRequest),
			)?;
			let length = payload.len() as u32;
			if let Some(policy) = VelocityPolicies::<T>::get(domain, key) {
				let accepted =
					Self::do_monitored_request(actor, domain, record, key, payload, policy)?;
				return Ok(Some(match accepted {
					Some(_) => Self::monitored_request_weight(length),
					None => T::WeightInfo::refuse_signature_request(),
				})
				.into());
			}
			let threshold = Keys::<T>::get(domain, key)
				.is_some_and(|k| matches!(k.custody, Custody::Threshold { .. }));
			Self::do_request_signature(actor, domain, record, key, payload)?;
			// Only a threshold key's request opens a signing session.
			Ok(if threshold {
				None
			} else {
				Some(T::WeightInfo::request_signature(length))
			}
			.into())
		}

		/// Delivers the signature of a pending request, counts it against the
		/// key's usage limit, releases the request's deposit and closes it.
		///
		/// Submitted by the custodian's off-chain worker as an authorized
		/// transaction: it needs no account and pays no fee. It enters the pool
		/// only if `signature` by the key's current version verifies over the
		/// request envelope, `custodian_proof` by the key's named custodian
		/// verifies over [`signature::custodian_fulfilment_payload`], and the
		/// key is active, not frozen and within its usage limit; the pool keeps
		/// one per request (`provides` tag). A copy of the key alone cannot
		/// fulfil.
		///
		/// - Origin: authorized (frame-system's `AuthorizeCall` extension).
		/// - Emits [`Event::SignatureFulfilled`] with actor [`Actor::Custodian`].
		/// - Errors: [`Error::UnknownRequest`], [`Error::RequestExpired`],
		///   [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::UnknownKey`], [`Error::KeyRevoked`], [`Error::KeySuspended`],
		///   [`Error::KeyFrozen`], [`Error::UsageLimitReached`],
		///   [`Error::NoCustodian`], [`Error::InvalidCustodianProof`],
		///   [`Error::SignatureSchemeMismatch`], [`Error::InvalidSignature`]. In
		///   the pool they appear as `InvalidTransaction::Stale` (request gone or
		///   expired), `BadProof` (a signature) or `Custom(index of the error)`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::fulfil_signature(T::MaxPayloadLen::get()))]
		#[pallet::authorize(Pallet::<T>::authorize_fulfilment)]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_fulfil_signature(
			T::MaxPayloadLen::get()
		))]
		pub fn fulfil_signature(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			request: RequestId,
			signature: KeySignature,
			custodian_proof: KeySignature,
		) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			Self::do_fulfil_signature(domain, key, request, signature, custodian_proof)
		}

		/// Rotates an overdue key on behalf of its custodian.
		///
		/// The custodian's off-chain worker generates the next key in the same
		/// backend, signs its proof of possession (submitter
		/// [`Actor::Custodian`] with its custodian key) and the rotation
		/// certificate with the current version, has its custodian key sign
		/// [`signature::custodian_rotation_payload`], and submits all three as
		/// an authorized transaction (no account, no fee). It enters the pool
		/// only if the key is active, not frozen, its rotation is due, the
		/// three signatures verify and the domain owner can pay the version
		/// deposit. A copy of the key alone cannot rotate it.
		///
		/// - Origin: authorized (frame-system's `AuthorizeCall` extension).
		/// - Emits [`Event::KeyRotated`] with actor [`Actor::Custodian`].
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::UnknownKey`], [`Error::KeyRevoked`], [`Error::KeySuspended`],
		///   [`Error::KeyFrozen`], [`Error::RotationNotDue`],
		///   [`Error::NoCustodian`], [`Error::InvalidCustodianProof`], and the
		///   proof errors of [`rotate_key`](Pallet::rotate_key).
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::rotate_key_by_custodian())]
		#[pallet::authorize(Pallet::<T>::authorize_custodian_rotation)]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_rotate_key_by_custodian())]
		pub fn rotate_key_by_custodian(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			new_public: PublicKey,
			proof: KeySignature,
			certificate: KeySignature,
			custodian_proof: KeySignature,
		) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			let (record, key_record, custodian) =
				Self::custodian_rotation_preconditions(domain, key, &new_public, &custodian_proof)?;
			Self::do_rotate_key(
				ActorOf::<T>::Custodian(custodian),
				domain,
				record,
				key,
				key_record,
				new_public,
				proof,
				Some(certificate),
			)
		}

		/// Names the custodian of a key: the identity (a node's custodian key,
		/// [`offchain::CUSTODIAN_KEY_TYPE`]) that must co-sign its fulfilments
		/// and automated rotations. `None` removes it, so that nobody can act
		/// as the key's custodian (refused for HSM, TEE and threshold custody).
		/// Move a key to another node with this call; the old custodian's
		/// transactions are refused from the next block on.
		///
		/// - Origin: `KeyManager` of the domain, or governance.
		/// - Emits [`Event::KeyCustodianSet`] with the old and the new custodian.
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::UnknownKey`], [`Error::KeyRevoked`],
		///   [`Error::CustodianRequired`], [`Error::InvalidCustodian`],
		///   [`Error::CustodianUnchanged`].
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::set_key_custodian())]
		pub fn set_key_custodian(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			custodian: Option<PublicKey>,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, &[Role::KeyManager])?;
			Self::do_set_key_custodian(actor, domain, record, key, custodian)
		}

		/// Registers (or replaces) the X25519 key-agreement key of a custodian
		/// identity of the domain, so that it can sit on threshold committees:
		/// DKG secret shares are sealed to this key. `proof` is the custodian's
		/// signature over [`signature::agreement_key_payload`], so only the
		/// node holding the custodian key can bind a key-agreement key to it.
		///
		/// - Origin: `KeyManager` of the domain, or governance.
		/// - Emits [`Event::AgreementKeyRegistered`] with the previous key.
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::InvalidCustodian`],
		///   [`Error::InvalidAgreementKey`], [`Error::InvalidAgreementProof`],
		///   [`Error::AgreementKeyUnchanged`], [`Error::CustodianInCeremony`]
		///   (a ceremony relies on the current key), [`Error::TooManyCustodians`].
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::register_agreement_key())]
		pub fn register_agreement_key(
			origin: OriginFor<T>,
			domain: DomainId,
			custodian: PublicKey,
			agreement: [u8; 32],
			proof: KeySignature,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, &[Role::KeyManager])?;
			Self::do_register_agreement_key(actor, domain, record, custodian, agreement, proof)
		}

		/// Starts generating a threshold key: a FROST(Ed25519) DKG by
		/// `committee` (custodian identities with key-agreement keys), of which
		/// any `threshold` will sign. The key is registered under `name` when
		/// the ceremony completes ([`ceremonies`]).
		///
		/// - Origin: `KeyManager` of the domain, or governance. The key's
		///   deposits are held when it is registered.
		/// - Emits [`Event::KeyGenerationStarted`] with the committee (and each
		///   member's key-agreement key) and the round-1 deadline.
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::NameEmpty`], [`Error::NameTooLong`],
		///   [`Error::MetadataTooLong`], [`Error::KeyNameTaken`],
		///   [`Error::TooManyKeys`], policy errors, [`Error::CommitteeTooSmall`],
		///   [`Error::CommitteeTooLarge`], [`Error::InvalidThreshold`],
		///   [`Error::MinorityThreshold`], [`Error::DuplicateCommitteeMember`],
		///   [`Error::NoAgreementKey`], [`Error::TooManyCeremonies`].
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::start_key_generation(committee.len() as u32))]
		pub fn start_key_generation(
			origin: OriginFor<T>,
			domain: DomainId,
			name: Vec<u8>,
			purpose: KeyPurpose,
			threshold: u16,
			committee: Vec<PublicKey>,
			policy: Option<KeyPolicyOf<T>>,
			metadata: Vec<u8>,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, &[Role::KeyManager])?;
			Self::do_start_key_generation(
				actor, domain, record, name, purpose, threshold, committee, policy, metadata,
			)
			.map(|_| ())
		}

		/// Posts committee member `member`'s message for the ceremony's current
		/// phase (see the table in [`ceremonies`]). An authorized transaction,
		/// co-signed by the member's custodian key
		/// ([`signature::ceremony_message_payload`]); no account, no fee.
		///
		/// A message the chain can prove wrong (a proof of knowledge or a
		/// signature share that does not verify, a confirmation of another
		/// group key) ends the attempt and names the sender. The last message
		/// of a phase opens the next; the last signature share registers the
		/// key (a DKG) or moves its shares to the new epoch (a refresh); a
		/// repaired member's proof ends a repair ([`share_maintenance`]).
		///
		/// - Origin: authorized (frame-system's `AuthorizeCall` extension).
		/// - Emits [`Event::CeremonyMessagePosted`] with the message, or
		///   [`Event::CeremonyFailed`] naming the culprit, or (the last
		///   message) [`Event::KeyRegistered`], [`Event::SharesRefreshed`] or
		///   [`Event::ShareRepaired`].
		/// - Errors: [`Error::UnknownCeremony`], [`Error::CeremonyNotRunning`],
		///   [`Error::NotACommitteeMember`], [`Error::AlreadyPosted`],
		///   [`Error::InvalidCustodianProof`], [`Error::CeremonyMessageTooLong`],
		///   [`Error::UnknownDomain`], [`Error::DomainClosed`].
		#[pallet::call_index(21)]
		#[pallet::weight(Pallet::<T>::ceremony_message_weight())]
		#[pallet::authorize(Pallet::<T>::authorize_ceremony_message)]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_ceremony_message(
			T::MaxCommitteeSize::get()
		))]
		pub fn submit_ceremony_message(
			origin: OriginFor<T>,
			ceremony: CeremonyId,
			member: MemberIndex,
			content: Vec<u8>,
			custodian_proof: KeySignature,
		) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			Self::do_submit_ceremony_message(ceremony, member, content, custodian_proof)
		}

		/// Reports that `accused`'s sealed share to `member` did not open, or
		/// did not match `accused`'s round-1 commitment: only the recipient
		/// can see that. Ends the attempt, naming both (the chain cannot tell
		/// which of them lies; a key manager restarts or replaces members).
		///
		/// - Origin: authorized, co-signed by `member`'s custodian key
		///   ([`signature::ceremony_fault_payload`]).
		/// - Emits [`Event::CeremonyFailed`] with fault `Reported`.
		/// - Errors: [`Error::UnknownCeremony`], [`Error::CeremonyNotRunning`]
		///   (only after round 2), [`Error::NotACommitteeMember`],
		///   [`Error::InvalidCustodianProof`].
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::report_ceremony_fault(T::MaxCommitteeSize::get()))]
		#[pallet::authorize(Pallet::<T>::authorize_fault_report)]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_ceremony_message(
			T::MaxCommitteeSize::get()
		))]
		pub fn report_ceremony_fault(
			origin: OriginFor<T>,
			ceremony: CeremonyId,
			member: MemberIndex,
			accused: MemberIndex,
			custodian_proof: KeySignature,
		) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			Self::do_report_ceremony_fault(ceremony, member, accused, custodian_proof)
		}

		/// Restarts a failed ceremony, or one whose phase passed its deadline:
		/// same key name and committee, a new attempt from round 1 (all
		/// messages of the old attempt are discarded; members start afresh).
		/// Works for every kind of ceremony: a refresh or repair restarts
		/// from the key's record as it is now.
		///
		/// - Origin: `KeyManager` of the domain, or governance.
		/// - Emits [`Event::KeyGenerationRestarted`] naming the members that
		///   had not posted in the stalled phase.
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::UnknownCeremony`],
		///   [`Error::CeremonyInProgress`] (not failed, deadline not passed).
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::restart_key_generation(T::MaxCommitteeSize::get()))]
		pub fn restart_key_generation(
			origin: OriginFor<T>,
			domain: DomainId,
			ceremony: CeremonyId,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, &[Role::KeyManager])?;
			Self::do_restart_key_generation(actor, domain, record, ceremony)
		}

		/// Cancels a ceremony at any point; no key is registered (a refresh or
		/// repair changes nothing).
		///
		/// - Origin: `KeyManager` of the domain, or governance.
		/// - Emits [`Event::KeyGenerationCancelled`].
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::UnknownCeremony`].
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::cancel_key_generation(T::MaxCommitteeSize::get()))]
		pub fn cancel_key_generation(
			origin: OriginFor<T>,
			domain: DomainId,
			ceremony: CeremonyId,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, &[Role::KeyManager])?;
			Self::do_cancel_key_generation(actor, domain, record, ceremony)
		}

		/// Starts a share refresh of the threshold key `key`: its committee
		/// replaces every share by a new one of the same group key
		/// ([`share_maintenance`]). The refresh runs as a ceremony
		/// ([`Pallet::submit_ceremony_message`]); when it completes, the key's
		/// shares move to the next epoch ([`Event::SharesRefreshed`]) and its
		/// next rotation is scheduled: this is how a threshold key rotates.
		///
		/// - Origin: `KeyManager` of the domain, or governance.
		/// - Emits [`Event::ShareRefreshStarted`] with the ceremony id, the
		///   epoch it creates and the committee.
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::UnknownKey`], [`Error::KeyRevoked`],
		///   [`Error::NotAThresholdKey`], [`Error::KeyMaintenanceInProgress`],
		///   [`Error::NoAgreementKey`] (a member without a key-agreement key),
		///   [`Error::TooManyCeremonies`], [`Error::Overflow`].
		#[pallet::call_index(27)]
		#[pallet::weight(T::WeightInfo::start_share_refresh(T::MaxCommitteeSize::get()))]
		pub fn start_share_refresh(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, &[Role::KeyManager])?;
			Self::do_start_share_refresh(actor, domain, record, key).map(|_| ())
		}

		/// Starts the repair of member `lost`'s share of the threshold key
		/// `key` by `helpers`: exactly `threshold` other members, who rebuild
		/// the share sealed to `lost`'s key-agreement key as registered now
		/// ([`share_maintenance`]). A member whose whole vault is gone
		/// registers a new key-agreement key first. The group key and every
		/// other share stay as they are; [`Event::ShareRepaired`] records the
		/// repaired member's proof that it holds its share again.
		///
		/// - Origin: `KeyManager` of the domain, or governance.
		/// - Emits [`Event::ShareRepairStarted`].
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::UnknownKey`], [`Error::KeyRevoked`],
		///   [`Error::NotAThresholdKey`], [`Error::InvalidRepairHelpers`] (not
		///   exactly `threshold` distinct members other than `lost`, or `lost`
		///   not a member), [`Error::KeyMaintenanceInProgress`],
		///   [`Error::NoAgreementKey`], [`Error::TooManyCeremonies`],
		///   [`Error::Overflow`].
		#[pallet::call_index(28)]
		#[pallet::weight(T::WeightInfo::start_share_repair(T::MaxCommitteeSize::get()))]
		pub fn start_share_repair(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			lost: MemberIndex,
			helpers: Vec<MemberIndex>,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, &[Role::KeyManager])?;
			ensure!(
				helpers.len() <= T::MaxCommitteeSize::get() as usize,
				Error::<T>::InvalidRepairHelpers
			);
			Self::do_start_share_repair(actor, domain, record, key, lost, helpers).map(|_| ())
		}

		/// Publishes committee member `member`'s nonce commitments for the
		/// threshold key `key`, replacing the member's unused ones
		/// ([`threshold_signing`]). `sequence` must be one more than the
		/// member's last batch (1 for its first), so a batch cannot be
		/// replayed. The nonces stay in the member's memory; the chain hands
		/// out each commitment to exactly one signing attempt.
		///
		/// - Origin: authorized, co-signed by `member`'s custodian key
		///   ([`signature::nonce_batch_payload`]); no account, no fee.
		/// - Emits [`Event::NonceCommitmentsPublished`] with the batch.
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::UnknownKey`], [`Error::KeyRevoked`],
		///   [`Error::NotAThresholdKey`], [`Error::NotACommitteeMember`],
		///   [`Error::NonceSequenceMismatch`], [`Error::InvalidNonceCommitment`],
		///   [`Error::TooManyNonceCommitments`], [`Error::InvalidCustodianProof`].
		#[pallet::call_index(25)]
		#[pallet::weight(T::WeightInfo::publish_nonce_commitments(T::MaxNonceCommitments::get()))]
		#[pallet::authorize(Pallet::<T>::authorize_nonce_batch)]
		#[pallet::weight_of_authorize(T::WeightInfo::publish_nonce_commitments(
			T::MaxNonceCommitments::get()
		))]
		pub fn publish_nonce_commitments(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			member: MemberIndex,
			sequence: u32,
			commitments: Vec<NonceCommitment>,
			custodian_proof: KeySignature,
		) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			Self::do_publish_nonce_commitments(
				domain,
				key,
				member,
				sequence,
				commitments,
				custodian_proof,
			)
		}

		/// Posts signer `member`'s FROST signature share for attempt
		/// `attempt` of `request` on a threshold key. The chain verifies the
		/// share against the member's verifying share; the last share of the
		/// attempt is aggregated, checked as a plain Ed25519 signature by the
		/// key's current version, and fulfils the request. A share that does
		/// not verify ends the attempt, naming its sender, and opens another.
		///
		/// - Origin: authorized, co-signed by `member`'s custodian key
		///   ([`signature::signature_share_payload`]); no account, no fee.
		/// - Emits [`Event::SignatureSharePosted`], or (the last share)
		///   [`Event::SignatureFulfilled`] with the aggregate, or (a wrong
		///   share) [`Event::SigningAttemptEnded`] naming the sender.
		/// - Errors: [`Error::UnknownRequest`], [`Error::RequestExpired`],
		///   [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::UnknownKey`], [`Error::KeyRevoked`], [`Error::KeySuspended`],
		///   [`Error::KeyFrozen`], [`Error::UsageLimitReached`],
		///   [`Error::NotAThresholdKey`], [`Error::SigningAttemptMismatch`],
		///   [`Error::SigningEpochEnded`] (the shares moved to a new epoch since the attempt opened),
		///   [`Error::NotASigner`], [`Error::AlreadyPosted`],
		///   [`Error::InvalidCustodianProof`], [`Error::TooManyRequests`] (no
		///   room to queue the next attempt's deadline).
		#[pallet::call_index(26)]
		#[pallet::weight(Pallet::<T>::signature_share_weight())]
		#[pallet::authorize(Pallet::<T>::authorize_signature_share)]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_signature_share(
			T::MaxCommitteeSize::get()
		))]
		pub fn submit_signature_share(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			request: RequestId,
			attempt: u32,
			member: MemberIndex,
			share: [u8; 32],
			custodian_proof: KeySignature,
		) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			Self::do_submit_signature_share(
				domain,
				key,
				request,
				attempt,
				member,
				share,
				custodian_proof,
			)
		}

		/// Records that `subject` of `key` (the key's current version, or a
		/// committee member's share of its current epoch) has an encrypted
		/// backup: the bundle's BLAKE2b-256 `digest`, the `holders` of its
		/// data key's shares (custodian identities of the domain with a
		/// key-agreement key, each recorded with the agreement key its share
		/// was sealed to), the `threshold` of shares that restores it and the
		/// number of `copies` written ([`backups`]). With `drill_period`,
		/// drills fall due every that many blocks. Replaces the subject's
		/// previous backup record and its schedule.
		///
		/// - Origin: `KeyManager` or `Recovery` of the domain, or governance.
		/// - Emits [`Event::BackupRecorded`] with the record.
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::UnknownKey`], [`Error::KeyRevoked`],
		///   [`Error::InvalidBackupSubject`] (`Key` of a threshold key, or a
		///   share of another), [`Error::InvalidBackupDigest`],
		///   [`Error::InvalidBackupHolders`] (none, repeated, or more than
		///   `MaxBackupHolders`), [`Error::InvalidBackupThreshold`],
		///   [`Error::InvalidBackupCopies`], [`Error::InvalidDrillPeriod`],
		///   [`Error::NoAgreementKey`] (a holder without one).
		#[pallet::call_index(29)]
		#[pallet::weight(T::WeightInfo::record_backup(holders.len() as u32))]
		#[allow(clippy::too_many_arguments)]
		pub fn record_backup(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			subject: BackupSubject,
			digest: [u8; 32],
			holders: Vec<PublicKey>,
			threshold: u8,
			copies: u8,
			drill_period: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, backups::RESTORER_ROLES)?;
			Self::do_record_backup(
				actor,
				domain,
				record,
				key,
				subject,
				digest,
				holders,
				threshold,
				copies,
				drill_period,
			)
		}

		/// Retires the backup record of `subject` of `key` (its bundle was
		/// destroyed, or a holder's key was compromised): the key shows as
		/// not backed up and its drills stop.
		///
		/// - Origin: `KeyManager` or `Recovery` of the domain, or governance.
		/// - Emits [`Event::BackupRetired`] with the retired digest.
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::NoBackup`].
		#[pallet::call_index(30)]
		#[pallet::weight(T::WeightInfo::retire_backup())]
		pub fn retire_backup(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			subject: BackupSubject,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, backups::RESTORER_ROLES)?;
			Self::do_retire_backup(actor, domain, record, key, subject)
		}

		/// Starts a recovery drill of the backup of `subject` of `key`: issues
		/// a fresh challenge, bound to the chain, the key, the version (and
		/// share epoch) and this block, which the key restored from the backup
		/// must sign within `DrillChallengeTtl` blocks. Replaces an open one.
		///
		/// - Origin: `KeyManager`, `Recovery` or `Auditor` of the domain, or
		///   governance.
		/// - Emits [`Event::DrillStarted`] with the challenge.
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::UnknownKey`], [`Error::KeyRevoked`],
		///   [`Error::InvalidBackupSubject`], [`Error::NoBackup`],
		///   [`Error::BackupOutdated`] (the key rotated or its shares were
		///   refreshed since: back it up again).
		#[pallet::call_index(31)]
		#[pallet::weight(T::WeightInfo::start_backup_drill())]
		pub fn start_backup_drill(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			subject: BackupSubject,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, backups::DRILL_ROLES)?;
			Self::do_start_backup_drill(actor, domain, record, key, subject)
		}

		/// Completes the open drill of `subject` of `key`: `proof` is the
		/// restored key's signature over [`signature::drill_payload`] (for a
		/// member's share, the share's Ed25519 signature, checked against
		/// the member's verifying share). Records the drill as passed by the
		/// caller and schedules the next one.
		///
		/// - Origin: `KeyManager` or `Recovery` of the domain, or governance.
		/// - Emits [`Event::DrillPassed`] with who ran it and the next due block.
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::UnknownKey`], [`Error::KeyRevoked`],
		///   [`Error::InvalidBackupSubject`], [`Error::NoBackup`],
		///   [`Error::BackupOutdated`], [`Error::NoDrillChallenge`],
		///   [`Error::DrillChallengeExpired`], [`Error::InvalidDrillSignature`]
		///   (not signed by the backed-up key: the restore failed).
		#[pallet::call_index(32)]
		#[pallet::weight(T::WeightInfo::complete_backup_drill())]
		pub fn complete_backup_drill(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			subject: BackupSubject,
			proof: KeySignature,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, backups::RESTORER_ROLES)?;
			Self::do_complete_backup_drill(actor, domain, record, key, subject, proof)
		}

		/// Sets (`Some`) or removes (`None`) a key's velocity policy: the
		/// rules its signature requests are watched by, and which of them
		/// freeze the key at once (see [`velocity`]). The key's activity
		/// starts afresh; requesters already seen stay known.
		///
		/// - Origin: `KeyManager` or `Admin` of the domain, or governance.
		/// - Emits [`Event::VelocityPolicySet`] with the old and the new policy.
		/// - Errors: [`Error::ApprovalRequired`] (an approval policy guards it:
		///   `propose` it), [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::UnknownKey`], [`Error::KeyRevoked`],
		///   [`Error::InvalidVelocityPolicy`] (a zero window, a baseline factor
		///   below 100 % or zero smoothing, `max_requesters` not below
		///   `MaxTrackedRequesters`, an unknown rule in `freeze_on`).
		#[pallet::call_index(33)]
		#[pallet::weight(T::WeightInfo::set_velocity_policy())]
		pub fn set_velocity_policy(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			policy: Option<VelocityPolicyOf<T>>,
		) -> DispatchResult {
			let (actor, record) =
				Self::ensure_role(origin, domain, &[Role::KeyManager, Role::Admin])?;
			Self::ensure_not_guarded(&actor, domain, Some(key), Some(OperationKind::PolicyChange))?;
			Self::do_set_velocity_policy(actor, domain, record, key, policy)
		}

		/// Sets (`Some`) or removes (`None`) the approval policy of the domain
		/// (`key` = `None`) or of one key: which operations need `threshold`
		/// approvals by holders of `approvers` before they run (see
		/// [`approvals`]). A key's own policy takes precedence over the
		/// domain's for that key's operations.
		///
		/// - Origin: `Admin` of the domain, or governance. Guarded itself when
		///   the policy in force guards `PolicyChange`.
		/// - Emits [`Event::ApprovalPolicySet`] with the old and the new policy.
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::UnknownKey`],
		///   [`Error::ApprovalRequired`], [`Error::InvalidApprovalPolicy`].
		#[pallet::call_index(34)]
		#[pallet::weight(T::WeightInfo::set_approval_policy())]
		pub fn set_approval_policy(
			origin: OriginFor<T>,
			domain: DomainId,
			key: Option<KeyId>,
			policy: Option<ApprovalPolicyOf<T>>,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, &[Role::Admin])?;
			Self::ensure_not_guarded(&actor, domain, key, Some(OperationKind::PolicyChange))?;
			Self::do_set_approval_policy(actor, domain, record, key, policy)
		}

		/// Proposes a guarded operation: it runs once `threshold` other
		/// holders of the policy's approvers' role approved it, before it
		/// expires. Holds `ProposalDeposit` from the proposer until the
		/// proposal is executed, cancelled or expired.
		///
		/// - Origin: a signed account holding the roles the operation itself
		///   needs (`Operator` for a signature request, `KeyManager` for a
		///   rotation, ...).
		/// - Emits [`Event::OperationProposed`] with the whole operation, the
		///   approvers' role, the threshold, the expiry and the deposit.
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::MissingRole`], [`Error::NotGuarded`] (no policy guards
		///   it: call it directly), [`Error::TooManyProposals`],
		///   [`Error::InsufficientDeposit`], [`Error::PayloadEmpty`], a
		///   rotation's proof errors (the proof binds the actor
		///   `Quorum { proposer, proposal }` with the id in `NextProposalId`).
		#[pallet::call_index(35)]
		#[pallet::weight(T::WeightInfo::propose())]
		pub fn propose(
			origin: OriginFor<T>,
			domain: DomainId,
			operation: Operation<T>,
		) -> DispatchResult {
			let roles = Self::operation_roles(domain, &operation);
			let (actor, record) = Self::ensure_role(origin, domain, roles)?;
			let Actor::Account(proposer) = actor else {
				// Governance acts directly.
				return Err(Error::<T>::NotGuarded.into());
			};
			if let Operation::RequestSignature { payload, .. } = &operation {
				ensure!(!payload.is_empty(), Error::<T>::PayloadEmpty);
			}
			Self::do_propose(proposer, domain, record, operation).map(|_| ())
		}

		/// Approves an open proposal.
		///
		/// - Origin: a holder of the proposal's approvers' role in the domain,
		///   other than the proposer.
		/// - Emits [`Event::ProposalApproved`] with the approvals so far.
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::UnknownProposal`], [`Error::ProposalExpired`],
		///   [`Error::MissingRole`], [`Error::ProposerCannotApprove`],
		///   [`Error::AlreadyApproved`] (this account, or the threshold is met).
		#[pallet::call_index(36)]
		#[pallet::weight(T::WeightInfo::approve())]
		pub fn approve(
			origin: OriginFor<T>,
			domain: DomainId,
			proposal: ProposalId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record = Self::open_domain(domain)?;
			Self::do_approve(who, domain, record, proposal)
		}

		/// Runs an approved proposal and closes it (its deposit is released).
		/// The operation's own entry names the actor
		/// `Quorum { proposer, proposal }`.
		///
		/// - Origin: the proposer, or a holder of the approvers' role.
		/// - Emits the operation's own event.
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::UnknownProposal`], [`Error::ProposalExpired`],
		///   [`Error::MissingRole`], [`Error::NotEnoughApprovals`] (only
		///   approvers that still hold the role count),
		///   [`Error::ProposerLacksRole`] (the proposer lost the role the
		///   operation needs), and the operation's own errors (then nothing
		///   changes and the proposal stays open).
		#[pallet::call_index(37)]
		#[pallet::weight(T::WeightInfo::execute_proposal().saturating_add(Pallet::<T>::dearest_operation()))]
		pub fn execute_proposal(
			origin: OriginFor<T>,
			domain: DomainId,
			proposal: ProposalId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record = Self::open_domain(domain)?;
			Self::do_execute_proposal(who, domain, record, proposal)
		}

		/// Withdraws an open proposal and releases its deposit.
		///
		/// - Origin: the proposer, an `Admin` of the domain, or governance.
		/// - Emits [`Event::ProposalCancelled`].
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::UnknownProposal`], [`Error::MissingRole`].
		#[pallet::call_index(38)]
		#[pallet::weight(T::WeightInfo::cancel_proposal())]
		pub fn cancel_proposal(
			origin: OriginFor<T>,
			domain: DomainId,
			proposal: ProposalId,
		) -> DispatchResult {
			let record = Self::open_domain(domain)?;
			let actor = match T::GovernanceOrigin::try_origin(origin) {
				Ok(_) => ActorOf::<T>::Governance,
				Err(origin) => Actor::Account(ensure_signed(origin)?),
			};
			Self::do_cancel_proposal(actor, domain, record, proposal)
		}

		/// Closes a proposal whose time ran out and releases its deposit.
		///
		/// - Origin: any signed account (the proposer wants its deposit back).
		/// - Emits [`Event::ProposalExpired`] with the approvals it had.
		/// - Errors: [`Error::UnknownDomain`], [`Error::DomainClosed`],
		///   [`Error::UnknownProposal`], [`Error::ProposalNotExpired`].
		#[pallet::call_index(39)]
		#[pallet::weight(T::WeightInfo::expire_proposal())]
		pub fn expire_proposal(
			origin: OriginFor<T>,
			domain: DomainId,
			proposal: ProposalId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record = Self::open_domain(domain)?;
			Self::do_expire_proposal(Actor::Account(who), domain, record, proposal)
		}

		/// Sets what happens to a key's retired versions once their grace
		/// period ends: [`RetiredKeys::Destroy`] (the default: the custodian
		/// destroys the private key and records it) or [`RetiredKeys::Keep`].
		/// See [`destruction`].
		///
		/// - Origin: `KeyManager` of the domain, or governance.
		/// - Emits [`Event::RetiredKeysSet`].
		/// - Errors: [`Error::ApprovalRequired`] (an approval policy guards
		///   policy changes: `propose` it), [`Error::UnknownDomain`],
		///   [`Error::DomainClosed`], [`Error::MissingRole`],
		///   [`Error::UnknownKey`], [`Error::RetiredKeysUnchanged`].
		#[pallet::call_index(40)]
		#[pallet::weight(T::WeightInfo::set_retired_keys())]
		pub fn set_retired_keys(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			retired_keys: RetiredKeys,
		) -> DispatchResult {
			let (actor, record) = Self::ensure_role(origin, domain, &[Role::KeyManager])?;
			Self::ensure_not_guarded(&actor, domain, Some(key), Some(OperationKind::PolicyChange))?;
			Self::do_set_retired_keys(actor, domain, record, key, retired_keys)
		}

		/// Records that the key's named custodian destroyed the private key
		/// of a retired `version` (see [`destruction`]).
		///
		/// Submitted by the custodian's off-chain worker, after it destroyed
		/// the key in its signer, as an authorized transaction (no account,
		/// no fee). It enters the pool only if the destruction is due (the
		/// version is retired, its grace period is over, the key's policy is
		/// [`RetiredKeys::Destroy`], none is recorded yet) and
		/// `custodian_proof` by the key's named custodian verifies over
		/// [`signature::custodian_destruction_payload`]; one per version.
		///
		/// - Origin: authorized (frame-system's `AuthorizeCall` extension).
		/// - Emits [`Event::KeyVersionDestroyed`] with actor [`Actor::Custodian`].
		/// - Errors: [`Error::UnknownDomain`], [`Error::UnknownKey`],
		///   [`Error::UnknownVersion`], [`Error::AlreadyDestroyed`],
		///   [`Error::DestructionNotDue`], [`Error::NoCustodian`],
		///   [`Error::InvalidCustodianProof`].
		#[pallet::call_index(41)]
		#[pallet::weight(T::WeightInfo::record_key_destruction())]
		#[pallet::authorize(Pallet::<T>::authorize_destruction)]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_record_key_destruction())]
		pub fn record_key_destruction(
			origin: OriginFor<T>,
			domain: DomainId,
			key: KeyId,
			version: VersionNumber,
			custodian_proof: KeySignature,
		) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			Self::do_record_key_destruction(domain, key, version, &custodian_proof)
		}
	}
}
