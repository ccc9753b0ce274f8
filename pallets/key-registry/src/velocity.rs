//! Velocity rules: unusual use of a key is caught as it happens and, where the
//! key's policy says so, stops the key at once.
//!
//! A key's [`VelocityPolicy`] (set by its `KeyManager`, an `Admin` or
//! governance with [`Pallet::set_velocity_policy`]) watches its signature
//! requests in aligned windows of `window` blocks (window `k` covers blocks
//! `k·window … (k+1)·window − 1`), with these rules:
//!
//! | rule | breached when, in the current window |
//! |---|---|
//! | [`VelocityRule::Uses`] | accepted requests exceed `max_uses` |
//! | [`VelocityRule::Requesters`] | distinct requesters exceed `max_requesters` |
//! | [`VelocityRule::Refusals`] | refused attempts exceed `max_refusals` |
//! | [`VelocityRule::AboveBaseline`] | accepted requests exceed the moving baseline × `factor_percent`/100 (once warmed up, and at least `min_uses`) |
//! | [`VelocityRule::NewRequester`] | a requester uses the key for the first time since the policy was set |
//!
//! The baseline is an exponentially weighted moving average of the accepted
//! requests per window: when a window closes, `baseline ← α·uses + (1−α)·baseline`
//! (`α` = `smoothing`), kept in thousandths of a use. Windows without any
//! request count as zero uses.
//!
//! **One entry per attempt.** An attempt that breaches a rule makes one
//! [`Event::AnomalyDetected`] entry naming every rule it breached with the
//! observed figure and the limit, whether it froze the key, and what happened
//! to the attempt ([`AttemptOutcome`]): accepted (it then carries everything
//! a `SignatureRequested` entry carries) or refused. A rule raises at most
//! once per window, so a flood makes one anomaly, not one per request.
//!
//! **Freeze at once.** A breached rule in `freeze_on` freezes the key in the
//! same call, and the attempt that breached it is refused: the unusual request
//! itself is never signed, and every pending request stops being fulfilled
//! (fulfilment requires an unfrozen key). Only an `Admin`, `Recovery` or
//! governance unfreezes ([`Pallet::unfreeze_key`]); a rule that already raised
//! in the window does not raise again after the unfreeze.
//!
//! **Refused attempts leave a trace.** A failed call rolls back its storage,
//! so a refused request that returned an error could be counted nowhere. For a
//! key under a velocity policy, a request by one of the domain's `Operator`s
//! (or governance) that the key's state refuses (frozen, suspended, revoked,
//! usage limit reached) is therefore *recorded instead of returned as an
//! error*: the call succeeds, holds no deposit, pays its full fee, counts
//! the refusal and makes a [`Event::SignatureRefused`] (or, if it breaches
//! `max_refusals`, an `AnomalyDetected`) entry. Malformed requests (empty or
//! oversized payload, a full block) stay errors: they say nothing about the
//! key. Keys without a velocity policy keep returning errors; their refused
//! transactions are still in the block with their `ExtrinsicFailed` event,
//! but not in the domain's audit chain.
//!
//! **No outsider can freeze someone else's key.** Every rule counts only
//! attempts that passed the role check: an account without `Operator` in the
//! domain gets [`Error::MissingRole`] and its call rolls back, so it changes
//! no counter. Only the domain's own operators (or governance) can move a
//! key's figures, and a breach is itself the signal that one of them is
//! misbehaving or stolen.

use crate::{
	pallet::*, Actor, ActorOf, DomainId, DomainOf, KeyId, KeyRecordOf, KeyStatus, RequestId,
};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	ensure, pallet_prelude::DispatchResult, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound,
	PartialEqNoBound,
};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::{ConstU32, Get};
use sp_runtime::{
	traits::{CheckedDiv, Saturating, Zero},
	DispatchError, Percent,
};

/// Windows of zero uses folded into the baseline at most when a key was idle
/// for a long time; after this many the baseline is below one thousandth of
/// its value for any smoothing of 20 % or more, and the loop stays bounded.
pub const MAX_IDLE_WINDOWS_FOLDED: u32 = 64;

/// A velocity rule.
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
pub enum VelocityRule {
	/// Accepted requests in the window above `max_uses`.
	#[codec(index = 0)]
	Uses,
	/// Distinct requesters in the window above `max_requesters`.
	#[codec(index = 1)]
	Requesters,
	/// Refused attempts in the window above `max_refusals`.
	#[codec(index = 2)]
	Refusals,
	/// Accepted requests in the window above the moving baseline times the factor.
	#[codec(index = 3)]
	AboveBaseline,
	/// A requester never seen on this key before.
	#[codec(index = 4)]
	NewRequester,
}

impl VelocityRule {
	/// Every rule, in the order breaches are reported.
	pub const ALL: [VelocityRule; 5] = [
		VelocityRule::Uses,
		VelocityRule::Requesters,
		VelocityRule::Refusals,
		VelocityRule::AboveBaseline,
		VelocityRule::NewRequester,
	];

	fn bit(self) -> u8 {
		match self {
			VelocityRule::Uses => 1,
			VelocityRule::Requesters => 2,
			VelocityRule::Refusals => 4,
			VelocityRule::AboveBaseline => 8,
			VelocityRule::NewRequester => 16,
		}
	}
}

/// A set of velocity rules (a bit per rule, in [`VelocityRule`] order).
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
pub struct RuleSet(pub u8);

impl RuleSet {
	/// No rule.
	pub const NONE: RuleSet = RuleSet(0);

	/// The set of `rules`.
	pub fn of(rules: &[VelocityRule]) -> Self {
		RuleSet(rules.iter().fold(0, |bits, rule| bits | rule.bit()))
	}

	/// Whether `rule` is in the set.
	pub fn contains(self, rule: VelocityRule) -> bool {
		self.0 & rule.bit() != 0
	}

	/// Adds `rule`.
	pub fn insert(&mut self, rule: VelocityRule) {
		self.0 |= rule.bit();
	}

	/// Whether the set names only rules that exist.
	pub fn is_valid(self) -> bool {
		self.0 & !0b1_1111 == 0
	}
}

/// The moving-baseline rule.
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
pub struct BaselineRule {
	/// Breached above baseline × `factor_percent` / 100; at least 100.
	pub factor_percent: u32,
	/// Weight of the window that just closed in the new baseline; not zero.
	pub smoothing: Percent,
	/// Closed windows observed before the rule can fire (warm-up).
	pub warmup_windows: u32,
	/// The rule fires only from this many uses in the window, so that a key
	/// used once a day is not an anomaly on its second use.
	pub min_uses: u32,
}

/// A key's velocity policy: the rules, and which of them freeze the key.
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
pub struct VelocityPolicy<BlockNumber> {
	/// Window length in blocks; not zero.
	pub window: BlockNumber,
	/// Most accepted requests per window.
	pub max_uses: Option<u32>,
	/// Most distinct requesters per window; below `MaxTrackedRequesters`.
	pub max_requesters: Option<u32>,
	/// Most refused attempts per window.
	pub max_refusals: Option<u32>,
	/// Use above a moving baseline.
	pub baseline: Option<BaselineRule>,
	/// Raise on the first use by a requester never seen on this key.
	pub flag_new_requesters: bool,
	/// Rules whose breach freezes the key at once; the others only record.
	pub freeze_on: RuleSet,
}

/// A key's activity in its current window, and its baseline.
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
pub struct KeyActivity<T: Config> {
	/// First block of the current window (a multiple of the window length).
	pub window_start: BlockNumberFor<T>,
	/// Requests accepted in the window.
	pub uses: u32,
	/// Attempts refused in the window.
	pub refusals: u32,
	/// Distinct requesters in the window (at most `MaxTrackedRequesters`).
	pub requesters: BoundedVec<ActorOf<T>, T::MaxTrackedRequesters>,
	/// Moving baseline of accepted requests per window, in thousandths.
	pub baseline_milli: u64,
	/// Windows closed since the policy was set.
	pub windows_observed: u32,
	/// Rules that raised in this window (each raises once per window).
	pub raised: RuleSet,
}

impl<T: Config> Default for KeyActivity<T> {
	fn default() -> Self {
		Self {
			window_start: Zero::zero(),
			uses: 0,
			refusals: 0,
			requesters: BoundedVec::new(),
			baseline_milli: 0,
			windows_observed: 0,
			raised: RuleSet::NONE,
		}
	}
}

/// One breached rule with its figures: `observed` exceeded `limit`.
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
pub struct Breach {
	/// The rule.
	pub rule: VelocityRule,
	/// The figure in the window with this attempt: uses, requesters or
	/// refusals; `1` for a new requester.
	pub observed: u64,
	/// The limit it exceeded; for the baseline, ⌊baseline × factor⌋ in
	/// uses; `0` for a new requester.
	pub limit: u64,
}

/// The rules one attempt breached (each rule at most once).
pub type Breaches = BoundedVec<Breach, ConstU32<5>>;

/// Why the key refused a signature request.
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
pub enum RefusalReason {
	/// The key is frozen.
	#[codec(index = 0)]
	KeyFrozen,
	/// The key's current version is revoked.
	#[codec(index = 1)]
	KeySuspended,
	/// The key is revoked.
	#[codec(index = 2)]
	KeyRevoked,
	/// The key's usage limit is reached for its window.
	#[codec(index = 3)]
	UsageLimitReached,
	/// This attempt breached a rule that froze the key.
	#[codec(index = 4)]
	AnomalyFreeze,
}

impl RefusalReason {
	/// The error a key without a velocity policy returns for this refusal.
	pub fn error<T: Config>(self) -> Error<T> {
		match self {
			RefusalReason::KeyFrozen | RefusalReason::AnomalyFreeze => Error::<T>::KeyFrozen,
			RefusalReason::KeySuspended => Error::<T>::KeySuspended,
			RefusalReason::KeyRevoked => Error::<T>::KeyRevoked,
			RefusalReason::UsageLimitReached => Error::<T>::UsageLimitReached,
		}
	}
}

/// What happened to the attempt an anomaly entry records.
#[derive(
	CloneNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub enum AttemptOutcome<T: Config> {
	/// The request was accepted, exactly as a `SignatureRequested` entry
	/// would record it.
	#[codec(index = 0)]
	Accepted {
		/// The request's id.
		request: RequestId,
		/// The bytes to sign.
		payload: crate::PayloadOf<T>,
		/// First block at which it is expired.
		expires_at: BlockNumberFor<T>,
		/// Held from the requester.
		deposit: crate::BalanceOf<T>,
		/// For a threshold key: the first signing attempt.
		signing: Option<crate::SigningSession<T>>,
	},
	/// The attempt was refused.
	#[codec(index = 1)]
	Refused(RefusalReason),
}

/// A velocity policy with the runtime's block number.
pub type VelocityPolicyOf<T> = VelocityPolicy<BlockNumberFor<T>>;

impl<T: Config> Pallet<T> {
	/// Sets or removes a key's velocity policy; see [`Pallet::set_velocity_policy`].
	pub fn do_set_velocity_policy(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		key: KeyId,
		policy: Option<VelocityPolicyOf<T>>,
	) -> DispatchResult {
		let key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		ensure!(
			key_record.status != KeyStatus::Revoked,
			Error::<T>::KeyRevoked
		);
		if let Some(policy) = &policy {
			Self::ensure_valid_velocity_policy(policy)?;
		}
		let old_policy = VelocityPolicies::<T>::get(domain, key);
		match policy {
			Some(policy) => VelocityPolicies::<T>::insert(domain, key, policy),
			None => VelocityPolicies::<T>::remove(domain, key),
		}
		// A new window length would misalign the stored window: start afresh.
		KeyActivities::<T>::remove(domain, key);
		Self::record(domain, record, |seq| Event::VelocityPolicySet {
			domain,
			seq,
			actor,
			key,
			old_policy,
			policy,
		})
	}

	/// Checks a velocity policy's figures; see [`Error::InvalidVelocityPolicy`].
	pub(crate) fn ensure_valid_velocity_policy(policy: &VelocityPolicyOf<T>) -> DispatchResult {
		ensure!(!policy.window.is_zero(), Error::<T>::InvalidVelocityPolicy);
		ensure!(
			policy.freeze_on.is_valid(),
			Error::<T>::InvalidVelocityPolicy
		);
		if let Some(max) = policy.max_requesters {
			ensure!(
				max < T::MaxTrackedRequesters::get(),
				Error::<T>::InvalidVelocityPolicy
			);
		}
		if let Some(baseline) = &policy.baseline {
			ensure!(
				baseline.factor_percent >= 100 && !baseline.smoothing.is_zero(),
				Error::<T>::InvalidVelocityPolicy
			);
		}
		Ok(())
	}

	/// The key's activity as it stands at `now`: the stored one, or a fresh
	/// window whose baseline folded in the windows that closed since.
	pub fn activity_at(
		domain: DomainId,
		key: KeyId,
		policy: &VelocityPolicyOf<T>,
		now: BlockNumberFor<T>,
	) -> KeyActivity<T> {
		let mut activity = KeyActivities::<T>::get(domain, key);
		let window_start = now
			.checked_div(&policy.window)
			.unwrap_or_default()
			.saturating_mul(policy.window);
		if window_start <= activity.window_start {
			return activity;
		}
		let closed: u32 = window_start
			.saturating_sub(activity.window_start)
			.checked_div(&policy.window)
			.unwrap_or_default()
			.try_into()
			.unwrap_or(u32::MAX);
		if let Some(baseline) = &policy.baseline {
			let mut value = fold(activity.baseline_milli, activity.uses, baseline.smoothing);
			for _ in 1..closed.min(MAX_IDLE_WINDOWS_FOLDED) {
				value = fold(value, 0, baseline.smoothing);
			}
			activity.baseline_milli = value;
		}
		activity.windows_observed = activity.windows_observed.saturating_add(closed);
		activity.window_start = window_start;
		activity.uses = 0;
		activity.refusals = 0;
		activity.requesters = BoundedVec::new();
		activity.raised = RuleSet::NONE;
		activity
	}

	/// Why the key refuses a request at `now`, if it does.
	pub(crate) fn refusal_reason(
		domain: DomainId,
		key: KeyId,
		key_record: &KeyRecordOf<T>,
		now: BlockNumberFor<T>,
	) -> Option<RefusalReason> {
		Self::state_refusal(key_record).or_else(|| {
			Self::usage_after_one_more(domain, key, key_record, now)
				.err()
				.map(|_| RefusalReason::UsageLimitReached)
		})
	}

	/// A request by `actor` for a key under `policy`: accepted and checked
	/// against the rules, or refused and recorded. See the module documentation.
	pub(crate) fn do_monitored_request(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		key: KeyId,
		payload: Vec<u8>,
		policy: VelocityPolicyOf<T>,
	) -> Result<Option<RequestId>, DispatchError> {
		// Malformed requests stay errors whatever the key's state.
		ensure!(!payload.is_empty(), Error::<T>::PayloadEmpty);
		ensure!(
			payload.len() <= T::MaxPayloadLen::get() as usize,
			Error::<T>::PayloadTooLong
		);
		let mut key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		let now = frame_system::Pallet::<T>::block_number();
		let mut activity = Self::activity_at(domain, key, &policy, now);
		let window_start = activity.window_start;

		if let Some(reason) = Self::refusal_reason(domain, key, &key_record, now) {
			activity.refusals = activity.refusals.saturating_add(1);
			let mut breaches = Breaches::new();
			if let Some(max) = policy.max_refusals {
				check(
					&mut breaches,
					&mut activity.raised,
					VelocityRule::Refusals,
					activity.refusals.into(),
					max.into(),
				);
			}
			let refusals = activity.refusals;
			KeyActivities::<T>::insert(domain, key, activity);
			if breaches.is_empty() {
				Self::record(domain, record, |seq| Event::SignatureRefused {
					domain,
					seq,
					actor,
					key,
					reason,
					refusals,
				})?;
			} else {
				// A revoked key cannot be frozen, and a frozen one already is.
				let frozen = key_record.status != KeyStatus::Revoked
					&& !key_record.frozen
					&& breaches.iter().any(|b| policy.freeze_on.contains(b.rule));
				if frozen {
					key_record.frozen = true;
					Keys::<T>::insert(domain, key, key_record);
				}
				Self::record(domain, record, |seq| Event::AnomalyDetected {
					domain,
					seq,
					actor,
					key,
					window_start,
					breaches,
					frozen,
					outcome: AttemptOutcome::Refused(reason),
				})?;
			}
			return Ok(None);
		}

		// The attempt would be accepted: count it and check the rules. An
		// approved proposal's request counts as its proposer's.
		let requester = match &actor {
			Actor::Quorum { proposer, .. } => Actor::Account(proposer.clone()),
			other => other.clone(),
		};
		let mut breaches = Breaches::new();
		let uses = activity.uses.saturating_add(1);
		if !activity.requesters.contains(&requester) {
			// Full only when no requester rule watches (its limit is below the bound).
			let _ = activity.requesters.try_push(requester.clone());
		}
		if let Some(max) = policy.max_uses {
			check(
				&mut breaches,
				&mut activity.raised,
				VelocityRule::Uses,
				uses.into(),
				max.into(),
			);
		}
		if let Some(max) = policy.max_requesters {
			check(
				&mut breaches,
				&mut activity.raised,
				VelocityRule::Requesters,
				activity.requesters.len() as u64,
				max.into(),
			);
		}
		if let Some(baseline) = &policy.baseline {
			if activity.windows_observed >= baseline.warmup_windows && uses >= baseline.min_uses {
				let limit = u128::from(activity.baseline_milli)
					.saturating_mul(baseline.factor_percent.into())
					/ 100_000;
				check(
					&mut breaches,
					&mut activity.raised,
					VelocityRule::AboveBaseline,
					uses.into(),
					u64::try_from(limit).unwrap_or(u64::MAX),
				);
			}
		}
		let known = KnownRequesters::<T>::contains_key((domain, key, &requester));
		if policy.flag_new_requesters && !known {
			check(
				&mut breaches,
				&mut activity.raised,
				VelocityRule::NewRequester,
				1,
				0,
			);
		}

		if breaches.iter().any(|b| policy.freeze_on.contains(b.rule)) {
			// The unusual request itself is never signed.
			key_record.frozen = true;
			Keys::<T>::insert(domain, key, key_record);
			KeyActivities::<T>::insert(domain, key, activity);
			Self::record(domain, record, |seq| Event::AnomalyDetected {
				domain,
				seq,
				actor,
				key,
				window_start,
				breaches,
				frozen: true,
				outcome: AttemptOutcome::Refused(RefusalReason::AnomalyFreeze),
			})?;
			return Ok(None);
		}

		activity.uses = uses;
		KeyActivities::<T>::insert(domain, key, activity);
		if !known {
			KnownRequesters::<T>::insert((domain, key, &requester), ());
		}
		let anomaly = (!breaches.is_empty()).then_some((window_start, breaches));
		Self::do_request_signature_recorded(actor, domain, record, key, payload, anomaly).map(Some)
	}
}

/// Adds a breach of `rule` if `observed` exceeds `limit` and the rule has not
/// raised in this window yet.
fn check(
	breaches: &mut Breaches,
	raised: &mut RuleSet,
	rule: VelocityRule,
	observed: u64,
	limit: u64,
) {
	if observed > limit && !raised.contains(rule) {
		raised.insert(rule);
		// At most one breach per rule, and `Breaches` holds all five.
		let _ = breaches.try_push(Breach {
			rule,
			observed,
			limit,
		});
	}
}

/// The baseline after a window of `uses` closed: `α·uses + (1−α)·baseline`,
/// in thousandths of a use.
fn fold(baseline_milli: u64, uses: u32, smoothing: Percent) -> u64 {
	let alpha = u128::from(smoothing.deconstruct());
	let newest = u128::from(uses).saturating_mul(1000).saturating_mul(alpha);
	let rest = u128::from(baseline_milli).saturating_mul(100u128.saturating_sub(alpha));
	u64::try_from(newest.saturating_add(rest) / 100).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn baseline_folds_as_an_exponential_average() {
		let half = Percent::from_percent(50);
		assert_eq!(fold(0, 10, half), 5_000);
		assert_eq!(fold(5_000, 10, half), 7_500);
		assert_eq!(fold(7_500, 0, half), 3_750);
		assert_eq!(
			fold(u64::MAX, u32::MAX, Percent::from_percent(100)),
			4_294_967_295_000
		);
		assert_eq!(
			fold(u64::MAX, 0, Percent::from_percent(1)),
			(u128::from(u64::MAX) * 99 / 100) as u64
		);
	}

	#[test]
	fn rule_sets_name_only_known_rules() {
		let set = RuleSet::of(&[VelocityRule::Uses, VelocityRule::NewRequester]);
		assert!(set.contains(VelocityRule::Uses));
		assert!(!set.contains(VelocityRule::Refusals));
		assert!(set.is_valid());
		assert!(!RuleSet(0b10_0000).is_valid());
		assert_eq!(RuleSet::of(&VelocityRule::ALL), RuleSet(0b1_1111));
	}
}
