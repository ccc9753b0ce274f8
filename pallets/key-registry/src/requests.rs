//! Signature requests: an `Operator` asks for a signature by a key, the
//! key's custodian delivers it, or the request expires.
//!
//! ```text
//! request_signature ──► pending ──► fulfil_signature (custodian) ──► SignatureFulfilled
//!                          │
//!                          └──────► TTL passes (on_initialize) ────► SignatureRequestExpired
//! ```
//!
//! Every step extends the domain's audit chain. A use is counted against the
//! key's [`UsageLimit`] when a signature is delivered; a
//! request is refused up front when the key has no use left in its window.
//!
//! **Fair share and price.** A block accepts at most `MaxRequestsPerBlock`
//! requests in all and `MaxRequestsPerDomainPerBlock` from one domain, so one
//! domain's operators cannot take the whole block's capacity from the others.
//! Each pending request holds `RequestDeposit` from the requesting account
//! until it is fulfilled or expires: a flood costs the flooder locked funds in
//! proportion to what it keeps pending, and costs an honest operator nothing
//! in the end. A deposit rather than a fee, because an honest request whose
//! custodian is offline should not cost its requester anything.

use crate::{
	pallet::*,
	signature,
	velocity::{AttemptOutcome, Breaches, RefusalReason},
	ActorOf, Custody, DomainId, DomainOf, KeyId, KeyRecordOf, KeyStatus, PayloadOf, PublicKey,
	RequestId, SignatureRequest, SignatureRequestOf, UsageLimit, UsageWindow, VersionNumber,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::DispatchError,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::Get;
use sp_runtime::traits::{CheckedAdd, Saturating, Zero};

/// A fulfilment that passed every check, with what applying it needs.
pub struct CheckedFulfilment<T: Config> {
	/// The domain record (the request's domain, open).
	pub record: DomainOf<T>,
	/// The key's named custodian, whose proof verified.
	pub custodian: PublicKey,
	/// The pending request.
	pub request: SignatureRequestOf<T>,
	/// The version whose signature was checked (the current one).
	pub version: VersionNumber,
	/// The key's usage window after this use, if the key has a usage limit.
	pub usage: Option<UsageWindow<BlockNumberFor<T>>>,
}

impl<T: Config> Pallet<T> {
	/// Records a signature request by `actor` for `key` over `payload`;
	/// returns its id. See [`Pallet::request_signature`].
	pub fn do_request_signature(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		key: KeyId,
		payload: Vec<u8>,
	) -> Result<RequestId, DispatchError> {
		Self::do_request_signature_recorded(actor, domain, record, key, payload, None)
	}

	/// As [`Self::do_request_signature`]; with `anomaly` (the window and the
	/// rules the request breached without freezing the key) the entry is an
	/// [`Event::AnomalyDetected`] that records the accepted request.
	pub(crate) fn do_request_signature_recorded(
		actor: ActorOf<T>,
		domain: DomainId,
		mut record: DomainOf<T>,
		key: KeyId,
		payload: Vec<u8>,
		anomaly: Option<(BlockNumberFor<T>, Breaches)>,
	) -> Result<RequestId, DispatchError> {
		ensure!(!payload.is_empty(), Error::<T>::PayloadEmpty);
		let payload = PayloadOf::<T>::try_from(payload).map_err(|_| Error::<T>::PayloadTooLong)?;
		let key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		Self::ensure_can_sign(&key_record)?;
		let now = frame_system::Pallet::<T>::block_number();
		Self::usage_after_one_more(domain, key, &key_record, now)?;
		let in_block = if record.requests.0 == now {
			record.requests.1
		} else {
			0
		};
		ensure!(
			in_block < T::MaxRequestsPerDomainPerBlock::get(),
			Error::<T>::DomainRequestLimit
		);
		record.requests = (now, in_block.saturating_add(1));

		let expires_at = now
			.checked_add(&T::RequestTtl::get())
			.ok_or(Error::<T>::Overflow)?;
		let request = NextRequestId::<T>::get();
		let next = request.checked_add(1).ok_or(Error::<T>::Overflow)?;
		RequestExpiries::<T>::try_mutate(expires_at, |queue| {
			queue.try_push((domain, key, request))
		})
		.map_err(|_| Error::<T>::TooManyRequests)?;
		let deposit = match actor.paying_account() {
			Some(who) => {
				let deposit = T::RequestDeposit::get();
				T::Currency::hold(&HoldReason::RequestDeposit.into(), who, deposit)
					.map_err(|_| Error::<T>::InsufficientDeposit)?;
				deposit
			}
			_ => Zero::zero(),
		};
		NextRequestId::<T>::put(next);
		// A threshold key's committee is told who signs with which nonce
		// commitment in this same entry.
		let signing = match key_record.custody {
			Custody::Threshold { .. } => Some(Self::open_signing_session(
				domain,
				key,
				request,
				&key_record,
			)?),
			_ => None,
		};
		SignatureRequests::<T>::insert(
			(domain, key, request),
			SignatureRequest {
				requester: actor.clone(),
				deposit,
				payload: payload.clone(),
				requested_at: now,
				expires_at,
			},
		);
		match anomaly {
			None => Self::record(domain, record, |seq| Event::SignatureRequested {
				domain,
				seq,
				actor,
				key,
				request,
				payload,
				expires_at,
				deposit,
				signing,
			}),
			Some((window_start, breaches)) => {
				Self::record(domain, record, |seq| Event::AnomalyDetected {
					domain,
					seq,
					actor,
					key,
					window_start,
					breaches,
					frozen: false,
					outcome: AttemptOutcome::Accepted {
						request,
						payload,
						expires_at,
						deposit,
						signing,
					},
				})
			}
		}?;
		Ok(request)
	}

	/// Releases a closed request's deposit to its requester.
	fn release_request_deposit(request: &SignatureRequestOf<T>) -> DispatchResult {
		// Governance holds no deposit; a zero deposit (a runtime may set one)
		// has no hold to touch.
		let Some(who) = request.requester.paying_account() else {
			return Ok(());
		};
		if !request.deposit.is_zero() {
			T::Currency::release(
				&HoldReason::RequestDeposit.into(),
				who,
				request.deposit,
				Precision::BestEffort,
			)?;
		}
		Ok(())
	}

	/// Checks everything a fulfilment needs, at the current block, without
	/// changing anything: used both to authorize the transaction before it
	/// enters the pool and again when it is dispatched.
	pub fn check_fulfilment(
		domain: DomainId,
		key: KeyId,
		request_id: RequestId,
		signature: &crate::KeySignature,
		custodian_proof: &crate::KeySignature,
	) -> Result<CheckedFulfilment<T>, DispatchError> {
		let request = SignatureRequests::<T>::get((domain, key, request_id))
			.ok_or(Error::<T>::UnknownRequest)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < request.expires_at, Error::<T>::RequestExpired);
		let record = Self::open_domain(domain)?;
		let key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		// A threshold key has no single custodian: its committee signs.
		ensure!(key_record.custodian.is_some(), Error::<T>::NoCustodian);
		Self::ensure_can_sign(&key_record)?;
		let usage = Self::usage_after_one_more(domain, key, &key_record, now)?;
		let version = key_record.current_version;
		let current =
			Versions::<T>::get((domain, key, version)).ok_or(Error::<T>::UnknownVersion)?;
		ensure!(
			signature.scheme() == current.public.scheme(),
			Error::<T>::SignatureSchemeMismatch
		);
		let message = signature::request_payload(
			&Self::genesis_hash(),
			domain,
			key,
			version,
			request_id,
			&request.payload,
		);
		ensure!(
			signature::verify_signature(&current.public, &message, signature),
			Error::<T>::InvalidSignature
		);
		let custodian_message = signature::custodian_fulfilment_payload(
			&Self::genesis_hash(),
			domain,
			key,
			request_id,
			signature,
		);
		let custodian =
			Self::check_custodian_proof(&key_record, &custodian_message, custodian_proof)?;
		Ok(CheckedFulfilment {
			record,
			custodian,
			request,
			version,
			usage,
		})
	}

	/// Applies a fulfilment; see [`Pallet::fulfil_signature`].
	pub fn do_fulfil_signature(
		domain: DomainId,
		key: KeyId,
		request: RequestId,
		signature: crate::KeySignature,
		custodian_proof: crate::KeySignature,
	) -> DispatchResult {
		let checked = Self::check_fulfilment(domain, key, request, &signature, &custodian_proof)?;
		Self::close_fulfilled_request(
			domain,
			key,
			request,
			checked.record,
			&checked.request,
			checked.usage,
			checked.version,
			ActorOf::<T>::Custodian(checked.custodian),
			signature,
		)
	}

	/// Closes a request whose signature verified: removes it, releases its
	/// deposit, counts the use and records [`Event::SignatureFulfilled`].
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn close_fulfilled_request(
		domain: DomainId,
		key: KeyId,
		request: RequestId,
		record: DomainOf<T>,
		pending: &SignatureRequestOf<T>,
		usage: Option<UsageWindow<BlockNumberFor<T>>>,
		version: VersionNumber,
		actor: ActorOf<T>,
		signature: crate::KeySignature,
	) -> DispatchResult {
		// The entry in the expiry queue stays; `expire_requests` skips requests
		// that are gone, which is cheaper than searching the queue here.
		SignatureRequests::<T>::remove((domain, key, request));
		Self::release_request_deposit(pending)?;
		if let Some(usage) = usage {
			KeyUsage::<T>::insert(domain, key, usage);
		}
		Self::record(domain, record, |seq| Event::SignatureFulfilled {
			domain,
			seq,
			actor,
			key,
			request,
			version,
			signature,
		})
	}

	/// Expires the requests whose time-to-live ends at `now`; returns how many
	/// queue entries it looked at (at most `MaxRequestsPerBlock`).
	pub(crate) fn expire_requests(now: BlockNumberFor<T>) -> u32 {
		let due = RequestExpiries::<T>::take(now);
		let count = due.len() as u32;
		for (domain, key, request) in due {
			let Some(pending) = SignatureRequests::<T>::take((domain, key, request)) else {
				continue;
			};
			SigningSessions::<T>::remove((domain, key, request));
			// Best effort: a deposit that cannot be released (it never can
			// fail for an amount this pallet held) must not keep the request.
			let _ = Self::release_request_deposit(&pending);
			if let Some(record) = Domains::<T>::get(domain) {
				// The sequence number cannot overflow a u64 in practice; were it
				// to, the request is still removed.
				let _ = Self::record(domain, record, |seq| Event::SignatureRequestExpired {
					domain,
					seq,
					actor: ActorOf::<T>::System,
					key,
					request,
				});
			}
		}
		count
	}

	/// A key signs only while it is active and not frozen.
	pub(crate) fn ensure_can_sign(key_record: &KeyRecordOf<T>) -> DispatchResult {
		match Self::state_refusal(key_record) {
			Some(reason) => Err(reason.error::<T>().into()),
			None => Ok(()),
		}
	}

	/// Why the key's state (not its usage) refuses to sign, if it does.
	pub(crate) fn state_refusal(key_record: &KeyRecordOf<T>) -> Option<RefusalReason> {
		match key_record.status {
			KeyStatus::Active if key_record.frozen => Some(RefusalReason::KeyFrozen),
			KeyStatus::Active => None,
			KeyStatus::Suspended => Some(RefusalReason::KeySuspended),
			KeyStatus::Revoked => Some(RefusalReason::KeyRevoked),
		}
	}

	/// How many more signatures `key` may make at block `at` in its usage
	/// window; `None` when the key has no usage limit (or does not exist).
	pub fn uses_left(domain: DomainId, key: KeyId, at: BlockNumberFor<T>) -> Option<u32> {
		let limit = Keys::<T>::get(domain, key)?.policy.usage_limit?;
		let usage = Self::usage_window_at(domain, key, &limit, at);
		Some(limit.max_uses.saturating_sub(usage.used))
	}

	/// The key's usage window at `now` with one more use counted, or
	/// [`Error::UsageLimitReached`]; `None` when the key has no usage limit.
	pub(crate) fn usage_after_one_more(
		domain: DomainId,
		key: KeyId,
		key_record: &KeyRecordOf<T>,
		now: BlockNumberFor<T>,
	) -> Result<Option<UsageWindow<BlockNumberFor<T>>>, DispatchError> {
		let Some(limit) = key_record.policy.usage_limit else {
			return Ok(None);
		};
		let mut usage = Self::usage_window_at(domain, key, &limit, now);
		ensure!(usage.used < limit.max_uses, Error::<T>::UsageLimitReached);
		usage.used = usage.used.saturating_add(1);
		Ok(Some(usage))
	}

	/// The key's usage window that counts at `at`: the stored one, or a fresh
	/// one starting at `at` once the stored one ended. A window starts at the
	/// first use after the previous one ended.
	fn usage_window_at(
		domain: DomainId,
		key: KeyId,
		limit: &UsageLimit<BlockNumberFor<T>>,
		at: BlockNumberFor<T>,
	) -> UsageWindow<BlockNumberFor<T>> {
		let usage = KeyUsage::<T>::get(domain, key);
		if at >= usage.started_at.saturating_add(limit.window) || usage.used == 0 {
			UsageWindow {
				started_at: at,
				used: 0,
			}
		} else {
			usage
		}
	}
}
