//! The interface other pallets use to resolve and verify registered keys.
//!
//! A pallet that must demand "signed by the current version of key K of
//! domain D" takes `type Keys: KeyRegistryInspect<Self::AccountId, BlockNumberFor<Self>>`
//! in its `Config` and calls [`KeyRegistryInspect::verify_current`]; the runtime
//! sets it to `KeyRegistry` (this pallet).

use crate::{
	pallet::{Config, Pallet, Roles},
	DomainId, KeyId, KeySignature, PublicKey, Role, Validity, VerifyError, VersionNumber,
};
use frame_system::pallet_prelude::BlockNumberFor;

/// Resolves and verifies registered keys. All methods cost a constant number
/// of storage reads and at most two signature verifications.
pub trait KeyRegistryInspect<AccountId, BlockNumber> {
	/// The public key of the current version of an active key.
	fn current_public_key(domain: DomainId, key: KeyId) -> Option<PublicKey>;

	/// Whether `public` was valid at block `at`.
	fn validity_at(public: &PublicKey, at: BlockNumber) -> Validity<BlockNumber>;

	/// Verifies a signature by the key: current version, or the previous one
	/// during its grace period; never a revoked, suspended or frozen key.
	fn verify(
		domain: DomainId,
		key: KeyId,
		message: &[u8],
		signature: &KeySignature,
	) -> Result<VersionNumber, VerifyError>;

	/// Verifies a signature by the current version only.
	fn verify_current(
		domain: DomainId,
		key: KeyId,
		message: &[u8],
		signature: &KeySignature,
	) -> Result<VersionNumber, VerifyError>;

	/// Whether `who` holds `role` in the domain.
	fn has_role(domain: DomainId, who: &AccountId, role: Role) -> bool;
}

impl<T: Config> KeyRegistryInspect<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn current_public_key(domain: DomainId, key: KeyId) -> Option<PublicKey> {
		Pallet::<T>::current_public_key(domain, key)
	}

	fn validity_at(public: &PublicKey, at: BlockNumberFor<T>) -> Validity<BlockNumberFor<T>> {
		Pallet::<T>::validity_at(public, at)
	}

	fn verify(
		domain: DomainId,
		key: KeyId,
		message: &[u8],
		signature: &KeySignature,
	) -> Result<VersionNumber, VerifyError> {
		Pallet::<T>::verify(domain, key, message, signature)
	}

	fn verify_current(
		domain: DomainId,
		key: KeyId,
		message: &[u8],
		signature: &KeySignature,
	) -> Result<VersionNumber, VerifyError> {
		Pallet::<T>::verify_current(domain, key, message, signature)
	}

	fn has_role(domain: DomainId, who: &T::AccountId, role: Role) -> bool {
		Roles::<T>::get(domain, who).contains(role)
	}
}
