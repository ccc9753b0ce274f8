//! Destroying retired keys: a version's private key does not outlive its use.
//!
//! Every rotation leaves the outgoing version's private key in the
//! custodian's token or keystore. Once the version's grace period is over it
//! verifies nothing new, and a private key that is kept can only be stolen.
//! So, unless the key's retired-keys policy says [`RetiredKeys::Keep`] (set
//! with [`Pallet::set_retired_keys`], for keys whose old signatures must be
//! re-made, say for a legal hold), the custodian's off-chain worker destroys
//! the retired version's private key in its signer once the grace period
//! ends, and records it with [`Pallet::record_key_destruction`].
//!
//! The record is the custodian's attestation, co-signed with its custodian
//! key over [`signature::custodian_destruction_payload`]: the chain cannot
//! look into a token, but it knows who claimed the destruction and when
//! ([`Event::KeyVersionDestroyed`], one audit entry). It accepts the record
//! only when the destruction is due ([`Pallet::destruction_due`]) and only
//! once per version ([`Destructions`]). The worker destroys first and records
//! after, so the chain never claims a destruction that did not happen; a
//! crash in between is resumed by the worker (the key is gone, the record is
//! submitted again).
//!
//! A backup of the version ([`crate::backups`]) is not touched: backups and
//! their drills are decided by the key's managers.

use crate::{
	pallet::*, signature, ActorOf, DomainId, DomainOf, KeyId, KeyRecordOf, KeySignature,
	KeyVersionOf, VersionNumber,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	ensure,
	pallet_prelude::{
		DispatchResult, TransactionLongevity, TransactionSource, TransactionValidityWithRefund,
		ValidTransaction,
	},
	weights::Weight,
};
use scale_info::TypeInfo;
use sp_runtime::DispatchError;

/// `provides` tag prefix of destruction records.
pub const DESTRUCTION_TAG: &[u8] = b"KeyRegistryDestruction";
/// Pool priority of a destruction record (below fulfilments and rotations).
pub const DESTRUCTION_PRIORITY: u64 = 1 << 18;
/// How long a destruction record stays valid in the pool, in blocks.
pub const DESTRUCTION_LONGEVITY: TransactionLongevity = 64;

/// What happens to a key's retired versions once their grace period ends.
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
pub enum RetiredKeys {
	/// The custodian destroys the private key and records it (the default).
	#[default]
	Destroy,
	/// The custodian keeps the private key.
	Keep,
}

/// What a due destruction is about: the domain, the key and the version.
pub type DueDestruction<T> = (DomainOf<T>, KeyRecordOf<T>, KeyVersionOf<T>);

impl<T: Config> Pallet<T> {
	/// The retired-keys policy of a key: [`RetiredKeys::Destroy`] unless set.
	pub fn retired_keys(domain: DomainId, key: KeyId) -> RetiredKeys {
		RetiredKeyPolicies::<T>::get(domain, key).unwrap_or_default()
	}

	/// Sets a key's retired-keys policy; see [`Pallet::set_retired_keys`].
	pub fn do_set_retired_keys(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		key: KeyId,
		retired_keys: RetiredKeys,
	) -> DispatchResult {
		ensure!(Keys::<T>::contains_key(domain, key), Error::<T>::UnknownKey);
		ensure!(
			Self::retired_keys(domain, key) != retired_keys,
			Error::<T>::RetiredKeysUnchanged
		);
		match retired_keys {
			// Only the exception is stored.
			RetiredKeys::Destroy => RetiredKeyPolicies::<T>::remove(domain, key),
			RetiredKeys::Keep => RetiredKeyPolicies::<T>::insert(domain, key, retired_keys),
		}
		Self::record(domain, record, |seq| Event::RetiredKeysSet {
			domain,
			seq,
			actor,
			key,
			retired_keys,
		})
	}

	/// Whether `version` of a key is due for destruction now: it is retired
	/// (a later version exists), its grace period is over, the key's policy
	/// is [`RetiredKeys::Destroy`], and no destruction is recorded yet.
	/// Returns the domain, the key and the version.
	///
	/// Errors: [`Error::UnknownDomain`], [`Error::UnknownKey`],
	/// [`Error::UnknownVersion`], [`Error::AlreadyDestroyed`],
	/// [`Error::DestructionNotDue`].
	pub fn destruction_due(
		domain: DomainId,
		key: KeyId,
		version: VersionNumber,
	) -> Result<DueDestruction<T>, DispatchError> {
		// A closed domain still records destructions: hygiene does not stop.
		let record = Domains::<T>::get(domain).ok_or(Error::<T>::UnknownDomain)?;
		let key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		let retired =
			Versions::<T>::get((domain, key, version)).ok_or(Error::<T>::UnknownVersion)?;
		ensure!(
			!Destructions::<T>::contains_key((domain, key, version)),
			Error::<T>::AlreadyDestroyed
		);
		ensure!(
			Self::retired_keys(domain, key) == RetiredKeys::Destroy,
			Error::<T>::DestructionNotDue
		);
		let successor = version
			.checked_add(1)
			.and_then(|next| Versions::<T>::get((domain, key, next)))
			.ok_or(Error::<T>::DestructionNotDue)?;
		let grace_until = successor
			.previous_grace_until
			.unwrap_or(successor.activated_at);
		ensure!(
			frame_system::Pallet::<T>::block_number() >= grace_until,
			Error::<T>::DestructionNotDue
		);
		Ok((record, key_record, retired))
	}

	/// What a destruction record needs: it is due and `custodian_proof` is
	/// the key's named custodian's signature over the destruction. Returns
	/// the domain, the destroyed version and the custodian.
	pub(crate) fn destruction_preconditions(
		domain: DomainId,
		key: KeyId,
		version: VersionNumber,
		custodian_proof: &KeySignature,
	) -> Result<(DomainOf<T>, KeyVersionOf<T>, crate::PublicKey), DispatchError> {
		let (record, key_record, retired) = Self::destruction_due(domain, key, version)?;
		let message = signature::custodian_destruction_payload(
			&Self::genesis_hash(),
			domain,
			key,
			version,
			&retired.public,
		);
		let custodian = Self::check_custodian_proof(&key_record, &message, custodian_proof)?;
		Ok((record, retired, custodian))
	}

	/// Authorizes a [`Pallet::record_key_destruction`] transaction: valid
	/// only if [`Self::destruction_preconditions`] pass; one per version.
	pub fn authorize_destruction(
		_source: TransactionSource,
		domain: &DomainId,
		key: &KeyId,
		version: &VersionNumber,
		custodian_proof: &KeySignature,
	) -> TransactionValidityWithRefund {
		Self::destruction_preconditions(*domain, *key, *version, custodian_proof)
			.map_err(Self::invalid_transaction)?;
		let validity = ValidTransaction::with_tag_prefix("KeyRegistry")
			.priority(DESTRUCTION_PRIORITY)
			.and_provides((DESTRUCTION_TAG, domain, key, version).encode())
			.longevity(DESTRUCTION_LONGEVITY)
			.propagate(true)
			.build()?;
		Ok((validity, Weight::zero()))
	}

	/// Records the destruction; see [`Pallet::record_key_destruction`].
	pub fn do_record_key_destruction(
		domain: DomainId,
		key: KeyId,
		version: VersionNumber,
		custodian_proof: &KeySignature,
	) -> DispatchResult {
		let (record, retired, custodian) =
			Self::destruction_preconditions(domain, key, version, custodian_proof)?;
		let now = frame_system::Pallet::<T>::block_number();
		Destructions::<T>::insert((domain, key, version), now);
		Self::record(domain, record, |seq| Event::KeyVersionDestroyed {
			domain,
			seq,
			actor: ActorOf::<T>::Custodian(custodian),
			key,
			version,
			public: retired.public,
		})
	}
}
