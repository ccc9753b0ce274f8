//! The registry's data model: domains, roles, keys, versions, policies,
//! custody, revocations and the answers to validity queries.
//!
//! Every type here is SCALE-encoded into storage, events or runtime API
//! answers. Variant order is part of the stable encoding (the audit hash chain
//! hashes encoded events), so every enum carries explicit `codec(index)`es:
//! append new variants, never reorder.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::{BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use scale_info::TypeInfo;
use sp_core::Get;
use sp_runtime::traits::Zero;

/// Identifier of a domain, allocated sequentially from zero.
pub type DomainId = u32;
/// Identifier of a key inside its domain, allocated sequentially from zero.
pub type KeyId = u32;
/// Number of a key version (its rotation epoch); the first version is `0`.
pub type VersionNumber = u32;
/// Position of an entry in a domain's audit hash chain; the first entry is `1`.
pub type AuditSeq = u64;
/// Identifier of a signature request, allocated sequentially from zero across
/// the whole registry.
pub type RequestId = u64;

/// A role an account holds within a domain. Without a role nothing is allowed
/// (implicit deny); see the role table in the crate documentation.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	TypeInfo,
	MaxEncodedLen,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum Role {
	/// Administers the domain: roles, policy defaults, unfreezing, closing.
	#[codec(index = 0)]
	Admin,
	/// Manages keys: registers, rotates, sets key policy, revokes, freezes.
	#[codec(index = 1)]
	KeyManager,
	/// Operates (uses) keys: requests signatures.
	#[codec(index = 2)]
	Operator,
	/// Audits: attests audit-chain checkpoints on chain.
	#[codec(index = 3)]
	Auditor,
	/// Recovers from compromise: revokes, freezes and performs the recovery
	/// rotation of a key whose current version was revoked as compromised.
	#[codec(index = 4)]
	Recovery,
}

impl Role {
	/// Every role, in encoding order.
	pub const ALL: [Role; 5] = [
		Role::Admin,
		Role::KeyManager,
		Role::Operator,
		Role::Auditor,
		Role::Recovery,
	];

	fn bit(self) -> u8 {
		match self {
			Role::Admin => 1,
			Role::KeyManager => 1 << 1,
			Role::Operator => 1 << 2,
			Role::Auditor => 1 << 3,
			Role::Recovery => 1 << 4,
		}
	}
}

/// The set of roles one account holds in one domain, stored as a bit set.
#[derive(
	Clone,
	Copy,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct RoleSet(pub u8);

impl RoleSet {
	/// Whether the set holds `role`.
	pub fn contains(&self, role: Role) -> bool {
		self.0 & role.bit() != 0
	}
	/// Adds `role`; returns whether it was absent before.
	pub fn insert(&mut self, role: Role) -> bool {
		let absent = !self.contains(role);
		self.0 |= role.bit();
		absent
	}
	/// Removes `role`; returns whether it was present before.
	pub fn remove(&mut self, role: Role) -> bool {
		let present = self.contains(role);
		self.0 &= !role.bit();
		present
	}
	/// Whether no role is held.
	pub fn is_empty(&self) -> bool {
		self.0 == 0
	}
	/// Whether any of `roles` is held.
	pub fn contains_any(&self, roles: &[Role]) -> bool {
		roles.iter().any(|r| self.contains(*r))
	}
	/// The held roles, in encoding order.
	pub fn to_vec(&self) -> alloc::vec::Vec<Role> {
		Role::ALL
			.iter()
			.copied()
			.filter(|r| self.contains(*r))
			.collect()
	}
}

/// Who performed an audited action.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum Actor<AccountId> {
	/// A signed account acting through its role.
	#[codec(index = 0)]
	Account(AccountId),
	/// The configured governance origin.
	#[codec(index = 1)]
	Governance,
	/// The chain itself (scheduled work in `on_initialize`).
	#[codec(index = 2)]
	System,
	/// The named custodian of a key ([`KeyRecord::custodian`]), acting through
	/// the off-chain worker's authorized transactions: authenticated by its
	/// custodian key *and* by the key's current version, never by an account.
	#[codec(index = 3)]
	Custodian(PublicKey),
	/// An operation that `k` approvers agreed to ([`crate::approvals`]):
	/// proposed by `proposer` as `proposal`, whose entries name the approvers.
	#[codec(index = 4)]
	Quorum {
		/// Who proposed it (and pays its deposits).
		proposer: AccountId,
		/// The proposal.
		proposal: u32,
	},
}

impl<AccountId> Actor<AccountId> {
	/// The account whose funds a deposit of this actor's action is held
	/// from: the signer, or an executed proposal's proposer.
	pub fn paying_account(&self) -> Option<&AccountId> {
		match self {
			Actor::Account(who) | Actor::Quorum { proposer: who, .. } => Some(who),
			_ => None,
		}
	}
}

/// The signature scheme of a key. All versions of a key share one scheme.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum SignatureScheme {
	/// Ed25519 (RFC 8032); also the group key of a FROST(Ed25519) committee.
	#[codec(index = 0)]
	Ed25519,
	/// Schnorr over Ristretto25519 with the `substrate` signing context.
	#[codec(index = 1)]
	Sr25519,
	/// ECDSA over secp256k1; messages are hashed with BLAKE2b-256 first.
	#[codec(index = 2)]
	EcdsaSecp256k1,
}

/// A public key, tagged with its scheme.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum PublicKey {
	/// A compressed Edwards point.
	#[codec(index = 0)]
	Ed25519([u8; 32]),
	/// A compressed Ristretto point.
	#[codec(index = 1)]
	Sr25519([u8; 32]),
	/// A SEC1-compressed secp256k1 point.
	#[codec(index = 2)]
	EcdsaSecp256k1([u8; 33]),
}

impl PublicKey {
	/// The scheme this key belongs to.
	pub fn scheme(&self) -> SignatureScheme {
		match self {
			PublicKey::Ed25519(_) => SignatureScheme::Ed25519,
			PublicKey::Sr25519(_) => SignatureScheme::Sr25519,
			PublicKey::EcdsaSecp256k1(_) => SignatureScheme::EcdsaSecp256k1,
		}
	}

	/// The raw public key, as keystores name it: 32 bytes (ed25519,
	/// sr25519) or 33 (compressed secp256k1).
	pub fn as_slice(&self) -> &[u8] {
		match self {
			PublicKey::Ed25519(raw) | PublicKey::Sr25519(raw) => raw,
			PublicKey::EcdsaSecp256k1(raw) => raw,
		}
	}
}

/// A signature, tagged with its scheme.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum KeySignature {
	/// 64-byte Ed25519 signature.
	#[codec(index = 0)]
	Ed25519([u8; 64]),
	/// 64-byte Sr25519 signature.
	#[codec(index = 1)]
	Sr25519([u8; 64]),
	/// 65-byte recoverable ECDSA signature `r ‖ s ‖ v` over BLAKE2b-256 of the message.
	#[codec(index = 2)]
	EcdsaSecp256k1([u8; 65]),
}

impl KeySignature {
	/// The scheme this signature belongs to.
	pub fn scheme(&self) -> SignatureScheme {
		match self {
			KeySignature::Ed25519(_) => SignatureScheme::Ed25519,
			KeySignature::Sr25519(_) => SignatureScheme::Sr25519,
			KeySignature::EcdsaSecp256k1(_) => SignatureScheme::EcdsaSecp256k1,
		}
	}
}

/// What a key is for.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum KeyPurpose {
	/// Signs payloads (transactions, contracts, treasury operations).
	#[codec(index = 0)]
	Signing,
	/// Agrees on shared secrets (encryption to the key holder).
	#[codec(index = 1)]
	KeyAgreement,
	/// Attests statements about the holder (devices, enclaves, builds).
	#[codec(index = 2)]
	Attestation,
}

/// Where the private key lives. `Committee` is the list of committee members
/// (their custodian identities, member 1 first): a `Vec` in calls, a
/// `BoundedVec` in storage.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum Custody<Committee> {
	/// A software keystore on the custodian node (development only).
	#[codec(index = 0)]
	Software,
	/// A hardware security module; optionally the digest of its key attestation.
	#[codec(index = 1)]
	Hsm {
		/// BLAKE2b-256 of the HSM's attestation of the key, when it has one.
		attestation: Option<[u8; 32]>,
	},
	/// A trusted execution environment, with the digest of its attestation report.
	#[codec(index = 2)]
	Tee {
		/// BLAKE2b-256 of the enclave's attestation report.
		attestation: [u8; 32],
	},
	/// A FROST(Ed25519) committee: any `threshold` of the members sign
	/// together. Only a key-generation ceremony creates such a key
	/// ([`crate::ceremonies`]).
	#[codec(index = 3)]
	Threshold {
		/// How many members must take part in a signature.
		threshold: u16,
		/// The members; no duplicates.
		committee: Committee,
	},
}

/// A usage limit: at most `max_uses` signatures per `window` blocks.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct UsageLimit<BlockNumber> {
	/// Signatures allowed per window.
	pub max_uses: u32,
	/// Window length in blocks; never zero.
	pub window: BlockNumber,
}

/// The lifecycle policy of a key.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct KeyPolicy<BlockNumber> {
	/// Blocks a version may stay current before rotation is due; `None`: no schedule.
	pub rotation_period: Option<BlockNumber>,
	/// Blocks during which the previous version still verifies after a rotation.
	pub grace_period: BlockNumber,
	/// Limit on signature requests, if any.
	pub usage_limit: Option<UsageLimit<BlockNumber>>,
	/// Threshold keys only: allow a threshold of half the committee or less
	/// (then two disjoint minorities could each sign). Off by default.
	pub allow_minority_threshold: bool,
}

impl<BlockNumber: Zero> Default for KeyPolicy<BlockNumber> {
	fn default() -> Self {
		Self {
			rotation_period: None,
			grace_period: Zero::zero(),
			usage_limit: None,
			allow_minority_threshold: false,
		}
	}
}

/// Whether a domain accepts changes.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum DomainStatus {
	/// Accepts changes.
	#[codec(index = 0)]
	Open,
	/// Closed by an administrator; history stays, nothing changes any more.
	#[codec(index = 1)]
	Closed,
}

/// A domain: an organisational scope that owns keys and in which roles are granted.
#[derive(
	CloneNoBound, Encode, Decode, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxName))]
pub struct Domain<AccountId, Balance, BlockNumber, MaxName: Get<u32>>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Human-readable name (not unique).
	pub name: BoundedVec<u8, MaxName>,
	/// The account whose funds are held for the domain's deposits.
	pub owner: AccountId,
	/// An account the owner offered the domain to, until it accepts.
	pub pending_owner: Option<AccountId>,
	/// Deposit held for the domain itself.
	pub deposit: Balance,
	/// Deposits held for the domain's keys and their versions.
	pub key_deposits: Balance,
	/// Policy applied to keys registered without one.
	pub default_policy: KeyPolicy<BlockNumber>,
	/// Open or closed.
	pub status: DomainStatus,
	/// Block of creation.
	pub created_at: BlockNumber,
	/// Number of keys ever registered; also the next key id.
	pub key_count: u32,
	/// Keys not revoked (active, frozen or suspended).
	pub live_keys: u32,
	/// Accounts holding at least one role.
	pub member_count: u32,
	/// Accounts holding the `Admin` role.
	pub admin_count: u32,
	/// Entries in the domain's revocation list; also the next index.
	pub revocation_count: u32,
	/// Head of the domain's audit hash chain. Kept in the domain record, which
	/// every call reads and most write anyway, so an entry costs no extra
	/// storage access.
	pub audit: AuditHead,
	/// Signature requests accepted in the block `requests.0`: `requests.1`
	/// of at most `MaxRequestsPerDomainPerBlock`.
	pub requests: (BlockNumber, u32),
}

/// Where a key stands in its lifecycle. Freezing is orthogonal: see [`KeyRecord::frozen`].
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum KeyStatus {
	/// The current version is valid; the key can be used unless frozen.
	#[codec(index = 0)]
	Active,
	/// The current version was revoked; only a rotation brings the key back.
	#[codec(index = 1)]
	Suspended,
	/// The whole key is revoked: terminal.
	#[codec(index = 2)]
	Revoked,
}

/// Why a version or a key was revoked.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum RevocationReason {
	/// The private key is, or may be, known to someone else.
	#[codec(index = 0)]
	Compromised,
	/// Replaced by another key.
	#[codec(index = 1)]
	Superseded,
	/// No longer needed.
	#[codec(index = 2)]
	Ceased,
	/// No reason given.
	#[codec(index = 3)]
	Unspecified,
}

/// A revocation: why, from which block on it takes effect, and when it was recorded.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Revocation<BlockNumber> {
	/// Why.
	pub reason: RevocationReason,
	/// First block at which the key is no longer valid; may precede `recorded_at`.
	pub effective_from: BlockNumber,
	/// Block of the revoking transaction.
	pub recorded_at: BlockNumber,
}

/// A logical key of a domain.
#[derive(
	CloneNoBound, Encode, Decode, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxName, MaxMetadata, MaxCommittee))]
pub struct KeyRecord<Balance, BlockNumber, MaxName, MaxMetadata, MaxCommittee>
where
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxName: Get<u32>,
	MaxMetadata: Get<u32>,
	MaxCommittee: Get<u32>,
{
	/// Name, unique in the domain for ever.
	pub name: BoundedVec<u8, MaxName>,
	/// What the key is for.
	pub purpose: KeyPurpose,
	/// Scheme shared by all versions.
	pub scheme: SignatureScheme,
	/// Where the private key lives.
	pub custody: Custody<BoundedVec<PublicKey, MaxCommittee>>,
	/// Rotation, grace and usage policy.
	pub policy: KeyPolicy<BlockNumber>,
	/// Lifecycle status.
	pub status: KeyStatus,
	/// Whether use is stopped pending investigation.
	pub frozen: bool,
	/// The newest version; current while the key is active.
	pub current_version: VersionNumber,
	/// Block of registration.
	pub created_at: BlockNumber,
	/// Block at which the current version is due for rotation, if scheduled.
	pub rotation_due_at: Option<BlockNumber>,
	/// Whole-key revocation, if revoked.
	pub revocation: Option<Revocation<BlockNumber>>,
	/// Deposit held for this key and its versions.
	pub deposit: Balance,
	/// Free-form, bounded metadata (e.g. a description or an external reference).
	pub metadata: BoundedVec<u8, MaxMetadata>,
	/// The named custodian: the public key of the identity (a node's custodian
	/// key, held under [`crate::offchain::CUSTODIAN_KEY_TYPE`]) that must
	/// co-sign every custodian transaction for this key. Required for HSM, TEE
	/// and threshold custody; without one, nobody may act as custodian.
	pub custodian: Option<PublicKey>,
}

/// One version (epoch) of a key. Never deleted, and never written again after
/// its creation except to record its revocation: when a rotation retires it,
/// the *successor* records the retirement (its `activated_at`) and the grace
/// period (`previous_grace_until`), so a rotation writes one version, not two.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct KeyVersion<BlockNumber> {
	/// The public key of this version.
	pub public: PublicKey,
	/// Block from which it is current; also the block at which the previous
	/// version was retired.
	pub activated_at: BlockNumber,
	/// First block at which the *previous* version no longer verifies
	/// (`None` for version 0). Equal to `activated_at` when it got no grace.
	pub previous_grace_until: Option<BlockNumber>,
	/// Revocation of this version, if revoked.
	pub revocation: Option<Revocation<BlockNumber>>,
}

/// Where a public key is registered.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct KeyLocation {
	/// Domain of the key.
	pub domain: DomainId,
	/// Key within the domain.
	pub key: KeyId,
	/// Version of the key.
	pub version: VersionNumber,
}

/// One entry of a domain's revocation list.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct RevocationEntry<BlockNumber> {
	/// The revoked key.
	pub key: KeyId,
	/// The revoked version, or `None` when the whole key was revoked.
	pub version: Option<VersionNumber>,
	/// Reason and timing.
	pub revocation: Revocation<BlockNumber>,
}

/// The head of a domain's audit hash chain.
#[derive(
	Clone,
	Copy,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct AuditHead {
	/// Sequence number of the last entry (`0`: none yet).
	pub seq: AuditSeq,
	/// `blake2_256(previous head ‖ seq as u64 LE ‖ entry)`; all zeros before the first entry.
	pub head: [u8; 32],
}

/// Whether a public key was valid at a given block.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Validity<BlockNumber> {
	/// The key was the current version of its key.
	#[codec(index = 0)]
	Valid(KeyLocation),
	/// The key had been replaced but still verified until `until` (exclusive).
	#[codec(index = 1)]
	InGrace {
		/// Where the key is registered.
		location: KeyLocation,
		/// First block at which it no longer verifies.
		until: BlockNumber,
	},
	/// The key had been replaced and its grace period had ended.
	#[codec(index = 2)]
	Retired {
		/// Where the key is registered.
		location: KeyLocation,
		/// First block at which it no longer verified.
		since: BlockNumber,
	},
	/// The version or the whole key was revoked with effect at or before that block.
	#[codec(index = 3)]
	Revoked {
		/// Where the key is registered.
		location: KeyLocation,
		/// Why.
		reason: RevocationReason,
		/// First block at which it was no longer valid.
		since: BlockNumber,
	},
	/// The key was registered, but only after that block.
	#[codec(index = 4)]
	NotYetActive {
		/// Where the key is registered.
		location: KeyLocation,
		/// Block from which it is valid.
		from: BlockNumber,
	},
	/// The registry does not know this public key.
	#[codec(index = 5)]
	Unknown,
}

/// Why a signature was not accepted for a key.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum VerifyError {
	/// No such domain or key.
	#[codec(index = 0)]
	UnknownKey,
	/// The whole key is revoked.
	#[codec(index = 1)]
	KeyRevoked,
	/// The current version is revoked and no rotation has happened since.
	#[codec(index = 2)]
	KeySuspended,
	/// The key is frozen.
	#[codec(index = 3)]
	KeyFrozen,
	/// The signature's scheme is not the key's scheme.
	#[codec(index = 4)]
	SchemeMismatch,
	/// The signature verifies against no usable version.
	#[codec(index = 5)]
	BadSignature,
}

/// A pending signature request: `payload` waits for a signature by the current
/// version of its key until `expires_at`.
#[derive(
	CloneNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxPayload))]
pub struct SignatureRequest<AccountId, Balance, BlockNumber, MaxPayload>
where
	AccountId: Clone + PartialEq + Eq + Debug,
	Balance: Clone + PartialEq + Eq + Debug,
	BlockNumber: Clone + PartialEq + Eq + Debug,
	MaxPayload: Get<u32>,
{
	/// Who asked.
	pub requester: Actor<AccountId>,
	/// Held from the requesting account until the request is fulfilled or
	/// expires (`RequestDeposit`; zero for governance).
	pub deposit: Balance,
	/// The bytes to sign (inside the envelope of
	/// [`crate::signature::request_payload`]).
	pub payload: BoundedVec<u8, MaxPayload>,
	/// Block of the request.
	pub requested_at: BlockNumber,
	/// First block at which the request is expired and no longer fulfilled.
	pub expires_at: BlockNumber,
}

/// Signatures made by a key in its current usage window.
#[derive(
	Clone,
	Copy,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct UsageWindow<BlockNumber> {
	/// First block of the window.
	pub started_at: BlockNumber,
	/// Signatures fulfilled in the window.
	pub used: u32,
}
