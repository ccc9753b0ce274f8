//! Quorum approvals: dangerous operations run only after `k` holders of a
//! role agreed.
//!
//! An [`ApprovalPolicy`] of a domain (or of one key, which then takes
//! precedence for that key's operations) names the approvers' role, the
//! threshold `k`, the kinds of operation it guards and how long a proposal
//! stays open. Set by an `Admin` (or governance) with
//! [`Pallet::set_approval_policy`]; changing it is itself guarded when the
//! policy guards [`OperationKind::PolicyChange`].
//!
//! ```text
//! propose ──► open ──► approve × k (other holders of the role) ──► execute ──► the operation's own entry
//!               │                                                          (actor: Quorum { proposer, proposal })
//!               ├──► cancel (proposer, Admin) ──► ProposalCancelled
//!               └──► TTL passes ──► expire_proposal (anyone) ──► ProposalExpired
//! ```
//!
//! | kind | the calls it guards |
//! |---|---|
//! | `SignatureRequest` | `request_signature` |
//! | `Rotation` | `rotate_key` (the proof of possession binds the actor `Quorum { proposer, proposal }`) |
//! | `Revocation` | `revoke_version`, `revoke_key`, except for reason `Compromised`, which must act at once |
//! | `RoleGrant` | `grant_role` |
//! | `PolicyChange` | `set_key_policy`, `set_domain_policy`, `set_velocity_policy`, `set_approval_policy` |
//!
//! - A guarded call made directly fails with [`Error::ApprovalRequired`].
//! - The proposer must hold the roles the operation itself needs, at
//!   proposal and again at execution; its own approval does not count: `k`
//!   *other* holders of the approvers' role must approve, so nobody approves
//!   alone.
//! - Each step is one audit entry: `OperationProposed` (the whole operation,
//!   the approvers' role, `k`, expiry, deposit), `ProposalApproved` (who, how
//!   many so far), the operation's own entry on execution (its actor names
//!   the proposal), `ProposalCancelled`, `ProposalExpired`.
//! - Bounded: at most `MaxProposalsPerDomain` open proposals per domain, each
//!   holding `ProposalDeposit` from its proposer until it is executed,
//!   cancelled or expired, and at most `MaxApprovals` approvals each.
//! - Governance is never guarded: it is the way out of a policy whose
//!   approvers are gone.

use crate::{
	pallet::*, Actor, ActorOf, DomainId, DomainOf, KeyId, KeyPolicyOf, KeySignature, PayloadOf,
	PublicKey, RevocationReason, Role, VelocityPolicyOf, VersionNumber,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::weights::Weight;
use frame_support::{
	ensure,
	pallet_prelude::{DispatchError, DispatchResult},
	traits::{fungible::MutateHold, tokens::Precision},
	BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::Get;
use sp_runtime::traits::{CheckedAdd, Zero};

use crate::WeightInfo;

/// A proposal's id, unique across domains.
pub type ProposalId = u32;

/// The kinds of operation a policy can guard.
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
pub enum OperationKind {
	/// `request_signature`.
	#[codec(index = 0)]
	SignatureRequest,
	/// `rotate_key`.
	#[codec(index = 1)]
	Rotation,
	/// `revoke_version` and `revoke_key`, unless for compromise.
	#[codec(index = 2)]
	Revocation,
	/// `grant_role`.
	#[codec(index = 3)]
	RoleGrant,
	/// Key, domain, velocity and approval policies.
	#[codec(index = 4)]
	PolicyChange,
}

impl OperationKind {
	fn bit(self) -> u8 {
		match self {
			OperationKind::SignatureRequest => 1,
			OperationKind::Rotation => 2,
			OperationKind::Revocation => 4,
			OperationKind::RoleGrant => 8,
			OperationKind::PolicyChange => 16,
		}
	}
}

/// A set of operation kinds (a bit per kind, in [`OperationKind`] order).
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
pub struct OperationSet(pub u8);

impl OperationSet {
	/// The set of `kinds`.
	pub fn of(kinds: &[OperationKind]) -> Self {
		OperationSet(kinds.iter().fold(0, |bits, kind| bits | kind.bit()))
	}

	/// Whether `kind` is in the set.
	pub fn contains(self, kind: OperationKind) -> bool {
		self.0 & kind.bit() != 0
	}

	/// Whether the set is not empty and names only known kinds.
	pub fn is_valid(self) -> bool {
		self.0 != 0 && self.0 & !0b1_1111 == 0
	}
}

/// Who must agree, how many, to what, and for how long.
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
pub struct ApprovalPolicy<BlockNumber> {
	/// The role whose holders approve.
	pub approvers: Role,
	/// Approvals needed, not counting the proposer; 1 to `MaxApprovals`.
	pub threshold: u32,
	/// The kinds of operation that need approval.
	pub operations: OperationSet,
	/// Blocks a proposal stays open; not zero.
	pub ttl: BlockNumber,
}

/// An approval policy with the runtime's block number.
pub type ApprovalPolicyOf<T> = ApprovalPolicy<BlockNumberFor<T>>;

/// An operation that waits for approval, with every argument of its call.
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
#[scale_info(skip_type_params(T))]
pub enum Operation<T: Config> {
	/// `request_signature(key, payload)`.
	#[codec(index = 0)]
	RequestSignature {
		/// The key.
		key: KeyId,
		/// The bytes to sign.
		payload: PayloadOf<T>,
	},
	/// `rotate_key(key, new_public, proof, certificate)`; the proof of
	/// possession binds the actor `Quorum { proposer, proposal }`.
	#[codec(index = 1)]
	RotateKey {
		/// The key.
		key: KeyId,
		/// The next version's public key.
		new_public: PublicKey,
		/// Its proof of possession.
		proof: KeySignature,
		/// The outgoing version's certificate, unless it is revoked as compromised.
		certificate: Option<KeySignature>,
	},
	/// `revoke_version(key, version, reason, effective_from)`.
	#[codec(index = 2)]
	RevokeVersion {
		/// The key.
		key: KeyId,
		/// The version.
		version: VersionNumber,
		/// Why.
		reason: RevocationReason,
		/// From when.
		effective_from: BlockNumberFor<T>,
	},
	/// `revoke_key(key, reason, effective_from)`.
	#[codec(index = 3)]
	RevokeKey {
		/// The key.
		key: KeyId,
		/// Why.
		reason: RevocationReason,
		/// From when.
		effective_from: BlockNumberFor<T>,
	},
	/// `grant_role(who, role)`.
	#[codec(index = 4)]
	GrantRole {
		/// The grantee.
		who: T::AccountId,
		/// The role.
		role: Role,
	},
	/// `set_key_policy(key, policy)`.
	#[codec(index = 5)]
	SetKeyPolicy {
		/// The key.
		key: KeyId,
		/// The new policy.
		policy: KeyPolicyOf<T>,
	},
	/// `set_domain_policy(policy)`.
	#[codec(index = 6)]
	SetDomainPolicy {
		/// The new default policy.
		policy: KeyPolicyOf<T>,
	},
	/// `set_velocity_policy(key, policy)`.
	#[codec(index = 7)]
	SetVelocityPolicy {
		/// The key.
		key: KeyId,
		/// The new velocity policy.
		policy: Option<VelocityPolicyOf<T>>,
	},
	/// `set_approval_policy(key, policy)`.
	#[codec(index = 8)]
	SetApprovalPolicy {
		/// The key, or `None` for the domain's policy.
		key: Option<KeyId>,
		/// The new approval policy.
		policy: Option<ApprovalPolicyOf<T>>,
	},
	/// `set_retired_keys(key, retired_keys)`.
	#[codec(index = 9)]
	SetRetiredKeys {
		/// The key.
		key: KeyId,
		/// What happens to its retired versions.
		retired_keys: crate::RetiredKeys,
	},
}

impl<T: Config> Operation<T> {
	/// The kind of operation; `None` for one no policy guards (a revocation
	/// for compromise).
	pub fn kind(&self) -> Option<OperationKind> {
		Some(match self {
			Operation::RequestSignature { .. } => OperationKind::SignatureRequest,
			Operation::RotateKey { .. } => OperationKind::Rotation,
			Operation::RevokeVersion { reason, .. } | Operation::RevokeKey { reason, .. } => {
				if *reason == RevocationReason::Compromised {
					return None;
				}
				OperationKind::Revocation
			}
			Operation::GrantRole { .. } => OperationKind::RoleGrant,
			Operation::SetKeyPolicy { .. }
			| Operation::SetDomainPolicy { .. }
			| Operation::SetVelocityPolicy { .. }
			| Operation::SetApprovalPolicy { .. }
			| Operation::SetRetiredKeys { .. } => OperationKind::PolicyChange,
		})
	}

	/// The key the operation acts on, if any (its policy takes precedence).
	pub fn key(&self) -> Option<KeyId> {
		match self {
			Operation::RequestSignature { key, .. }
			| Operation::RotateKey { key, .. }
			| Operation::RevokeVersion { key, .. }
			| Operation::RevokeKey { key, .. }
			| Operation::SetKeyPolicy { key, .. }
			| Operation::SetVelocityPolicy { key, .. }
			| Operation::SetRetiredKeys { key, .. } => Some(*key),
			Operation::SetApprovalPolicy { key, .. } => *key,
			Operation::GrantRole { .. } | Operation::SetDomainPolicy { .. } => None,
		}
	}
}

/// An open proposal.
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
#[scale_info(skip_type_params(T))]
pub struct Proposal<T: Config> {
	/// Who proposed; its deposit is held.
	pub proposer: T::AccountId,
	/// What runs once approved.
	pub operation: Operation<T>,
	/// The approvers' role, fixed at proposal.
	pub approvers: Role,
	/// Approvals needed, fixed at proposal.
	pub threshold: u32,
	/// Who approved so far (never the proposer).
	pub approvals: BoundedVec<T::AccountId, T::MaxApprovals>,
	/// First block at which the proposal is expired.
	pub expires_at: BlockNumberFor<T>,
	/// Held from the proposer (`ProposalDeposit`).
	pub deposit: crate::BalanceOf<T>,
}

/// The kind of a revocation for `reason`: none for a compromise, which
/// must act at once.
pub fn revocation_kind(reason: RevocationReason) -> Option<OperationKind> {
	(reason != RevocationReason::Compromised).then_some(OperationKind::Revocation)
}

impl<T: Config> Pallet<T> {
	/// The weight of the dearest operation a proposal can run: the bound
	/// `execute_proposal` is charged on top of its own.
	pub fn dearest_operation() -> Weight {
		Self::request_signature_weight(T::MaxPayloadLen::get())
			.max(T::WeightInfo::rotate_key_ed25519())
			.max(T::WeightInfo::rotate_key_sr25519())
			.max(T::WeightInfo::rotate_key_ecdsa())
			.max(T::WeightInfo::revoke_version())
			.max(T::WeightInfo::revoke_key())
			.max(T::WeightInfo::grant_role())
			.max(T::WeightInfo::set_key_policy())
			.max(T::WeightInfo::set_domain_policy())
			.max(T::WeightInfo::set_velocity_policy())
			.max(T::WeightInfo::set_approval_policy())
			.max(T::WeightInfo::set_retired_keys())
	}

	/// The policy that guards `kind` for `key` (or for the domain): the
	/// key's own policy if it has one, else the domain's.
	pub fn guarding_policy(
		domain: DomainId,
		key: Option<KeyId>,
		kind: OperationKind,
	) -> Option<ApprovalPolicyOf<T>> {
		key.and_then(|key| ApprovalPolicies::<T>::get(domain, Some(key)))
			.or_else(|| ApprovalPolicies::<T>::get(domain, None::<KeyId>))
			.filter(|policy| policy.operations.contains(kind))
	}

	/// Fails with [`Error::ApprovalRequired`] if `actor` (not governance)
	/// must propose `kind` for `key` instead of acting directly.
	pub(crate) fn ensure_not_guarded(
		actor: &ActorOf<T>,
		domain: DomainId,
		key: Option<KeyId>,
		kind: Option<OperationKind>,
	) -> DispatchResult {
		let Some(kind) = kind else {
			return Ok(());
		};
		// Governance, the chain, custodians and executed proposals act directly.
		if let Actor::Account(_) = actor {
			ensure!(
				Self::guarding_policy(domain, key, kind).is_none(),
				Error::<T>::ApprovalRequired
			);
		}
		Ok(())
	}

	/// The roles a caller needs for `operation` itself.
	pub(crate) fn operation_roles(domain: DomainId, operation: &Operation<T>) -> &'static [Role] {
		match operation {
			Operation::RequestSignature { .. } => &[Role::Operator],
			Operation::RotateKey { key, .. } => Keys::<T>::get(domain, key)
				.map(|record| Self::rotation_roles(&record))
				.unwrap_or(&[Role::KeyManager]),
			Operation::RevokeVersion { .. } | Operation::RevokeKey { .. } => {
				&[Role::KeyManager, Role::Recovery, Role::Admin]
			}
			Operation::GrantRole { .. } | Operation::SetDomainPolicy { .. } => &[Role::Admin],
			Operation::SetKeyPolicy { .. } | Operation::SetRetiredKeys { .. } => {
				&[Role::KeyManager]
			}
			Operation::SetVelocityPolicy { .. } => &[Role::KeyManager, Role::Admin],
			Operation::SetApprovalPolicy { .. } => &[Role::Admin],
		}
	}

	/// Checks an approval policy's figures; see [`Error::InvalidApprovalPolicy`].
	pub(crate) fn ensure_valid_approval_policy(policy: &ApprovalPolicyOf<T>) -> DispatchResult {
		ensure!(
			policy.threshold >= 1
				&& policy.threshold <= T::MaxApprovals::get()
				&& policy.operations.is_valid()
				&& !policy.ttl.is_zero(),
			Error::<T>::InvalidApprovalPolicy
		);
		Ok(())
	}

	/// Sets or removes the approval policy of `domain` (`key` = `None`) or of
	/// one key; see [`Pallet::set_approval_policy`].
	pub fn do_set_approval_policy(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		key: Option<KeyId>,
		policy: Option<ApprovalPolicyOf<T>>,
	) -> DispatchResult {
		if let Some(key) = key {
			ensure!(Keys::<T>::contains_key(domain, key), Error::<T>::UnknownKey);
		}
		if let Some(policy) = &policy {
			Self::ensure_valid_approval_policy(policy)?;
		}
		let old_policy = ApprovalPolicies::<T>::get(domain, key);
		match policy {
			Some(policy) => ApprovalPolicies::<T>::insert(domain, key, policy),
			None => ApprovalPolicies::<T>::remove(domain, key),
		}
		Self::record(domain, record, |seq| Event::ApprovalPolicySet {
			domain,
			seq,
			actor,
			key,
			old_policy,
			policy,
		})
	}

	/// Opens a proposal of `operation` by `proposer`; see [`Pallet::propose`].
	pub fn do_propose(
		proposer: T::AccountId,
		domain: DomainId,
		record: DomainOf<T>,
		operation: Operation<T>,
	) -> Result<ProposalId, DispatchError> {
		let kind = operation.kind().ok_or(Error::<T>::NotGuarded)?;
		let policy =
			Self::guarding_policy(domain, operation.key(), kind).ok_or(Error::<T>::NotGuarded)?;
		let open = OpenProposals::<T>::get(domain);
		ensure!(
			open < T::MaxProposalsPerDomain::get(),
			Error::<T>::TooManyProposals
		);
		let proposal = NextProposalId::<T>::get();
		let next = proposal.checked_add(1).ok_or(Error::<T>::Overflow)?;
		// A rotation's proofs are checked now, against the actor that will
		// execute it, so that a proposal that can never run is refused at once.
		if let Operation::RotateKey {
			key,
			new_public,
			proof,
			certificate,
		} = &operation
		{
			let key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
			Self::check_rotation_proofs(
				&Actor::Quorum {
					proposer: proposer.clone(),
					proposal,
				},
				domain,
				*key,
				&key_record,
				new_public,
				proof,
				certificate.as_ref(),
			)?;
		}
		let now = frame_system::Pallet::<T>::block_number();
		let expires_at = now.checked_add(&policy.ttl).ok_or(Error::<T>::Overflow)?;
		let deposit = T::ProposalDeposit::get();
		T::Currency::hold(&HoldReason::ProposalDeposit.into(), &proposer, deposit)
			.map_err(|_| Error::<T>::InsufficientDeposit)?;
		NextProposalId::<T>::put(next);
		OpenProposals::<T>::insert(domain, open.saturating_add(1));
		Proposals::<T>::insert(
			domain,
			proposal,
			Proposal {
				proposer: proposer.clone(),
				operation: operation.clone(),
				approvers: policy.approvers,
				threshold: policy.threshold,
				approvals: BoundedVec::new(),
				expires_at,
				deposit,
			},
		);
		Self::record(domain, record, |seq| Event::OperationProposed {
			domain,
			seq,
			actor: Actor::Account(proposer),
			proposal,
			operation,
			approvers: policy.approvers,
			threshold: policy.threshold,
			expires_at,
			deposit,
		})?;
		Ok(proposal)
	}

	/// Records `who`'s approval; see [`Pallet::approve`].
	pub fn do_approve(
		who: T::AccountId,
		domain: DomainId,
		record: DomainOf<T>,
		proposal: ProposalId,
	) -> DispatchResult {
		let mut open = Proposals::<T>::get(domain, proposal).ok_or(Error::<T>::UnknownProposal)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() < open.expires_at,
			Error::<T>::ProposalExpired
		);
		ensure!(
			Roles::<T>::get(domain, &who).contains(open.approvers),
			Error::<T>::MissingRole
		);
		ensure!(who != open.proposer, Error::<T>::ProposerCannotApprove);
		ensure!(!open.approvals.contains(&who), Error::<T>::AlreadyApproved);
		ensure!(
			(open.approvals.len() as u32) < open.threshold,
			Error::<T>::AlreadyApproved
		);
		open.approvals
			.try_push(who.clone())
			.map_err(|_| Error::<T>::AlreadyApproved)?;
		let approvals = open.approvals.len() as u32;
		let threshold = open.threshold;
		Proposals::<T>::insert(domain, proposal, open);
		Self::record(domain, record, |seq| Event::ProposalApproved {
			domain,
			seq,
			actor: Actor::Account(who),
			proposal,
			approvals,
			threshold,
		})
	}

	/// Runs an approved proposal; see [`Pallet::execute_proposal`].
	pub fn do_execute_proposal(
		caller: T::AccountId,
		domain: DomainId,
		record: DomainOf<T>,
		proposal: ProposalId,
	) -> DispatchResult {
		let open = Proposals::<T>::get(domain, proposal).ok_or(Error::<T>::UnknownProposal)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() < open.expires_at,
			Error::<T>::ProposalExpired
		);
		ensure!(
			caller == open.proposer || Roles::<T>::get(domain, &caller).contains(open.approvers),
			Error::<T>::MissingRole
		);
		// Only approvals by accounts that still hold the role count: an
		// officer removed since (say, a compromised one) no longer agrees.
		let standing = open
			.approvals
			.iter()
			.filter(|who| Roles::<T>::get(domain, *who).contains(open.approvers))
			.count() as u32;
		ensure!(standing >= open.threshold, Error::<T>::NotEnoughApprovals);
		// The proposer may have lost the role since: then nothing runs.
		ensure!(
			Roles::<T>::get(domain, &open.proposer)
				.contains_any(Self::operation_roles(domain, &open.operation)),
			Error::<T>::ProposerLacksRole
		);
		Self::close_proposal(domain, proposal, &open)?;
		let actor = Actor::Quorum {
			proposer: open.proposer,
			proposal,
		};
		match open.operation {
			// A watched key's rules see an approved request like any other.
			Operation::RequestSignature { key, payload } => {
				match VelocityPolicies::<T>::get(domain, key) {
					Some(policy) => Self::do_monitored_request(
						actor,
						domain,
						record,
						key,
						payload.into_inner(),
						policy,
					)
					.map(|_| ()),
					None => {
						Self::do_request_signature(actor, domain, record, key, payload.into_inner())
							.map(|_| ())
					}
				}
			}
			Operation::RotateKey {
				key,
				new_public,
				proof,
				certificate,
			} => {
				let key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
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
			Operation::RevokeVersion {
				key,
				version,
				reason,
				effective_from,
			} => {
				Self::do_revoke_version(actor, domain, record, key, version, reason, effective_from)
			}
			Operation::RevokeKey {
				key,
				reason,
				effective_from,
			} => Self::do_revoke_key(actor, domain, record, key, reason, effective_from),
			Operation::GrantRole { who, role } => {
				Self::do_grant_role(actor, domain, record, who, role)
			}
			Operation::SetKeyPolicy { key, policy } => {
				Self::do_set_key_policy(actor, domain, record, key, policy)
			}
			Operation::SetDomainPolicy { policy } => {
				Self::do_set_domain_policy(actor, domain, record, policy)
			}
			Operation::SetVelocityPolicy { key, policy } => {
				Self::do_set_velocity_policy(actor, domain, record, key, policy)
			}
			Operation::SetApprovalPolicy { key, policy } => {
				Self::do_set_approval_policy(actor, domain, record, key, policy)
			}
			Operation::SetRetiredKeys { key, retired_keys } => {
				Self::do_set_retired_keys(actor, domain, record, key, retired_keys)
			}
		}
	}

	/// Withdraws a proposal; see [`Pallet::cancel_proposal`].
	pub fn do_cancel_proposal(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		proposal: ProposalId,
	) -> DispatchResult {
		let open = Proposals::<T>::get(domain, proposal).ok_or(Error::<T>::UnknownProposal)?;
		let allowed = match &actor {
			Actor::Account(who) => {
				*who == open.proposer || Roles::<T>::get(domain, who).contains(Role::Admin)
			}
			_ => true,
		};
		ensure!(allowed, Error::<T>::MissingRole);
		Self::close_proposal(domain, proposal, &open)?;
		Self::record(domain, record, |seq| Event::ProposalCancelled {
			domain,
			seq,
			actor,
			proposal,
		})
	}

	/// Closes an expired proposal; see [`Pallet::expire_proposal`].
	pub fn do_expire_proposal(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		proposal: ProposalId,
	) -> DispatchResult {
		let open = Proposals::<T>::get(domain, proposal).ok_or(Error::<T>::UnknownProposal)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() >= open.expires_at,
			Error::<T>::ProposalNotExpired
		);
		Self::close_proposal(domain, proposal, &open)?;
		Self::record(domain, record, |seq| Event::ProposalExpired {
			domain,
			seq,
			actor,
			proposal,
			approvals: open.approvals.len() as u32,
		})
	}

	/// Removes a proposal and releases its deposit.
	fn close_proposal(
		domain: DomainId,
		proposal: ProposalId,
		open: &Proposal<T>,
	) -> DispatchResult {
		Proposals::<T>::remove(domain, proposal);
		OpenProposals::<T>::mutate(domain, |n| *n = n.saturating_sub(1));
		if !open.deposit.is_zero() {
			T::Currency::release(
				&HoldReason::ProposalDeposit.into(),
				&open.proposer,
				open.deposit,
				Precision::BestEffort,
			)?;
		}
		Ok(())
	}
}
