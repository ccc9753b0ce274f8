//! The custodian's transactions: a key's holder acts without an account.
//!
//! A key's *custodian* is the node whose keystore or HSM holds its current
//! version. The key manager names it on chain ([`crate::KeyRecord::custodian`], set
//! by `register_key` or [`Pallet::set_key_custodian`]) by the public key of
//! the node's *custodian key*, which the node keeps under
//! [`crate::offchain::CUSTODIAN_KEY_TYPE`], apart from the keys it custodies.
//! Every custodian transaction is authenticated twice: by the key (the
//! fulfilment's signature, or the rotation certificate by the current
//! version) and by the custodian key's signature over the exact piece of work
//! ([`signature::custodian_fulfilment_payload`],
//! [`signature::custodian_rotation_payload`]). So a copy of a signing key
//! alone (a leaked software key, a second HSM administrator) can neither
//! fulfil nor rotate: it also needs the custodian key, which never leaves the
//! custodian node. Entries name the custodian that acted
//! ([`crate::Actor::Custodian`]).
//!
//! The custodian proves who it is with signatures, not with an account, so
//! its transactions carry no account signature and pay no fee. They are
//! *authorized* calls (`#[pallet::authorize]`): frame-system's `AuthorizeCall`
//! extension runs the functions below when the transaction is validated, so an
//! invalid one never enters the pool, and the call checks again when it is
//! dispatched because state may have changed in between.
//!
//! Pool semantics: each transaction `provides` one tag per piece of work (a
//! request; a key's rotation away from one version), so the pool keeps one of
//! each even when several nodes hold the key. Fulfilments have a higher
//! priority than rotations so that signatures by the outgoing version land
//! first when both wait for the same block.

use crate::{
	pallet::*, signature, ActorOf, DomainId, DomainOf, KeyId, KeyRecordOf, KeySignature, KeyStatus,
	PublicKey,
};
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::{
		DispatchError, InvalidTransaction, TransactionLongevity, TransactionSource,
		TransactionValidityError, TransactionValidityWithRefund, ValidTransaction,
	},
	traits::fungible::InspectHold,
	weights::Weight,
};
use sp_core::Get;
use sp_runtime::traits::{SaturatedConversion, Saturating};

/// `provides` tag prefix of fulfilments.
pub const FULFILMENT_TAG: &[u8] = b"KeyRegistryFulfilment";
/// `provides` tag prefix of custodian rotations.
pub const ROTATION_TAG: &[u8] = b"KeyRegistryCustodianRotation";
/// Pool priority of a fulfilment.
pub const FULFILMENT_PRIORITY: u64 = 1 << 20;
/// Pool priority of a custodian rotation (below fulfilments).
pub const ROTATION_PRIORITY: u64 = 1 << 19;
/// How long a custodian rotation stays valid in the pool, in blocks.
pub const ROTATION_LONGEVITY: TransactionLongevity = 64;

impl<T: Config> Pallet<T> {
	/// Authorizes a [`Pallet::fulfil_signature`] transaction: valid only if
	/// [`Pallet::check_fulfilment`] passes; lives until the request expires.
	pub fn authorize_fulfilment(
		_source: TransactionSource,
		domain: &DomainId,
		key: &KeyId,
		request: &crate::RequestId,
		signature: &KeySignature,
		custodian_proof: &KeySignature,
	) -> TransactionValidityWithRefund {
		let checked = Self::check_fulfilment(*domain, *key, *request, signature, custodian_proof)
			.map_err(Self::invalid_transaction)?;
		let now = frame_system::Pallet::<T>::block_number();
		let longevity: TransactionLongevity = checked
			.request
			.expires_at
			.saturating_sub(now)
			.saturated_into();
		let validity = ValidTransaction::with_tag_prefix("KeyRegistry")
			.priority(FULFILMENT_PRIORITY)
			.and_provides((FULFILMENT_TAG, domain, key, request).encode())
			.longevity(longevity.max(1))
			.propagate(true)
			.build()?;
		Ok((validity, Weight::zero()))
	}

	/// Authorizes a [`Pallet::rotate_key_by_custodian`] transaction: the key
	/// is due, both proofs verify and the domain owner can pay the deposit.
	pub fn authorize_custodian_rotation(
		_source: TransactionSource,
		domain: &DomainId,
		key: &KeyId,
		new_public: &PublicKey,
		proof: &KeySignature,
		certificate: &KeySignature,
		custodian_proof: &KeySignature,
	) -> TransactionValidityWithRefund {
		let (record, key_record, custodian) =
			Self::custodian_rotation_preconditions(*domain, *key, new_public, custodian_proof)
				.map_err(Self::invalid_transaction)?;
		let (from, _, _) = Self::check_rotation_proofs(
			&ActorOf::<T>::Custodian(custodian),
			*domain,
			*key,
			&key_record,
			new_public,
			proof,
			Some(certificate),
		)
		.map_err(Self::invalid_transaction)?;
		let reason = HoldReason::KeyDeposit.into();
		if !T::Currency::can_hold(&reason, &record.owner, T::VersionDeposit::get()) {
			return Err(Self::invalid_transaction(
				Error::<T>::InsufficientDeposit.into(),
			));
		}
		let validity = ValidTransaction::with_tag_prefix("KeyRegistry")
			.priority(ROTATION_PRIORITY)
			.and_provides((ROTATION_TAG, domain, key, from).encode())
			.longevity(ROTATION_LONGEVITY)
			.propagate(true)
			.build()?;
		Ok((validity, Weight::zero()))
	}

	/// What a custodian rotation needs besides the key's proofs: an open
	/// domain, an active, unfrozen key whose rotation is due, and the named
	/// custodian's proof for this rotation. Returns the custodian.
	pub(crate) fn custodian_rotation_preconditions(
		domain: DomainId,
		key: KeyId,
		new_public: &PublicKey,
		custodian_proof: &KeySignature,
	) -> Result<(DomainOf<T>, KeyRecordOf<T>, PublicKey), DispatchError> {
		let record = Self::open_domain(domain)?;
		let key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		// A frozen key is under investigation: a person decides what happens to
		// it, not the worker.
		Self::ensure_can_sign(&key_record)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			Self::is_overdue(&key_record, now),
			Error::<T>::RotationNotDue
		);
		let message = signature::custodian_rotation_payload(
			&Self::genesis_hash(),
			domain,
			key,
			key_record.current_version,
			new_public,
		);
		let custodian = Self::check_custodian_proof(&key_record, &message, custodian_proof)?;
		Ok((record, key_record, custodian))
	}

	/// Checks that the key names a custodian and that `proof` is its
	/// signature over `message`; returns the custodian.
	pub(crate) fn check_custodian_proof(
		key_record: &KeyRecordOf<T>,
		message: &[u8],
		proof: &KeySignature,
	) -> Result<PublicKey, DispatchError> {
		let custodian = key_record.custodian.ok_or(Error::<T>::NoCustodian)?;
		ensure!(
			signature::verify_signature(&custodian, message, proof),
			Error::<T>::InvalidCustodianProof
		);
		Ok(custodian)
	}

	/// Names (or removes) the custodian of a key; see
	/// [`Pallet::set_key_custodian`].
	pub fn do_set_key_custodian(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		key: KeyId,
		custodian: Option<PublicKey>,
	) -> frame_support::pallet_prelude::DispatchResult {
		let mut key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		ensure!(
			key_record.status != KeyStatus::Revoked,
			Error::<T>::KeyRevoked
		);
		ensure!(
			key_record.custodian != custodian,
			Error::<T>::CustodianUnchanged
		);
		Self::validate_custodian(&key_record.custody, custodian.as_ref())?;
		let previous = core::mem::replace(&mut key_record.custodian, custodian);
		Keys::<T>::insert(domain, key, key_record);
		Self::record(domain, record, |seq| Event::KeyCustodianSet {
			domain,
			seq,
			actor,
			key,
			previous,
			custodian,
		})
	}

	/// How a failed check shows in the pool: `Stale` when the work is gone
	/// (request fulfilled or expired, rotation no longer due, ceremony message
	/// already posted or ceremony failed), `BadProof` when
	/// a signature does not verify, else `Custom(i)` with `i` the index of the
	/// pallet's [`Error`] variant.
	pub fn invalid_transaction(error: DispatchError) -> TransactionValidityError {
		let stale = [
			Error::<T>::UnknownRequest,
			Error::<T>::RequestExpired,
			Error::<T>::RotationNotDue,
			Error::<T>::AlreadyPosted,
			Error::<T>::CeremonyNotRunning,
			Error::<T>::NonceSequenceMismatch,
			Error::<T>::SigningAttemptMismatch,
		];
		let bad_proof = [
			Error::<T>::InvalidSignature,
			Error::<T>::InvalidCustodianProof,
			Error::<T>::InvalidProofOfPossession,
			Error::<T>::InvalidRotationCertificate,
		];
		if stale.into_iter().any(|e| error == e.into()) {
			return InvalidTransaction::Stale.into();
		}
		if bad_proof.into_iter().any(|e| error == e.into()) {
			return InvalidTransaction::BadProof.into();
		}
		match error {
			DispatchError::Module(module) => {
				InvalidTransaction::Custom(module.error.first().copied().unwrap_or(u8::MAX)).into()
			}
			_ => InvalidTransaction::Call.into(),
		}
	}
}
