//! The data model's types instantiated for a runtime `T`: what storage, events
//! and calls hold, with the runtime's account, balance and block number types
//! and its configured bounds.

use crate::*;

/// Balance type of the configured currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A domain as stored.
pub type DomainOf<T> = Domain<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	BlockNumberFor<T>,
	<T as Config>::MaxNameLen,
>;
/// A key as stored.
pub type KeyRecordOf<T> = KeyRecord<
	BalanceOf<T>,
	BlockNumberFor<T>,
	<T as Config>::MaxNameLen,
	<T as Config>::MaxMetadataLen,
	<T as Config>::MaxCommitteeSize,
>;
/// A key version as stored.
pub type KeyVersionOf<T> = KeyVersion<BlockNumberFor<T>>;
/// A policy with the runtime's block number.
pub type KeyPolicyOf<T> = KeyPolicy<BlockNumberFor<T>>;
/// Custody as given in a call: the committee is an unbounded list, checked on entry.
pub type CustodyInput = Custody<Vec<PublicKey>>;
/// Custody as stored.
pub type CustodyOf<T> = Custody<BoundedVec<PublicKey, <T as Config>::MaxCommitteeSize>>;
/// Who acted, with the runtime's account type.
pub type ActorOf<T> = Actor<<T as frame_system::Config>::AccountId>;
/// Bounded key metadata.
pub type MetadataOf<T> = BoundedVec<u8, <T as Config>::MaxMetadataLen>;
/// A bounded key or domain name.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLen>;
/// A revocation with the runtime's block number.
pub type RevocationOf<T> = Revocation<BlockNumberFor<T>>;
/// A signature request's payload in the runtime `T`.
pub type PayloadOf<T> = BoundedVec<u8, <T as Config>::MaxPayloadLen>;
/// A pending signature request in the runtime `T`.
pub type SignatureRequestOf<T> = SignatureRequest<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	BlockNumberFor<T>,
	<T as Config>::MaxPayloadLen,
>;
/// A ceremony message as stored and audited.
pub type CeremonyMessageOf<T> = BoundedVec<u8, <T as Config>::MaxCeremonyMessageLen>;
/// Member indices named in a ceremony entry.
pub type MemberListOf<T> =
	BoundedVec<crate::ceremonies::MemberIndex, <T as Config>::MaxCommitteeSize>;
/// A ceremony's committee as stored.
pub type CommitteeOf<T> =
	BoundedVec<crate::ceremonies::CommitteeMember, <T as Config>::MaxCommitteeSize>;
/// Each committee member's verifying share of a threshold key, member 1 first.
pub type VerifyingSharesOf<T> = BoundedVec<[u8; 32], <T as Config>::MaxCommitteeSize>;
