//! The interface every node-local signer offers to the routing keystore.

use crate::error::SignerError;
use sp_core::{crypto::KeyTypeId, ecdsa, ed25519};

/// A place where private keys live and sign without leaving it: an HSM, a
/// threshold committee. Keys are grouped by [`KeyTypeId`] as in any keystore.
///
/// Implementations are called from several off-chain worker threads at once.
/// `Ok(None)` from a signing method means "no such key here"; an error means
/// the backend could not answer (and nothing was changed).
pub trait SignerBackend: Send + Sync {
	/// A short name for logs: `pkcs11:<token label>`.
	fn name(&self) -> &str;

	/// The ed25519 public keys held for `key_type`.
	fn ed25519_public_keys(&self, key_type: KeyTypeId)
		-> Result<Vec<ed25519::Public>, SignerError>;

	/// Generates an ed25519 key for `key_type` inside the backend.
	fn ed25519_generate(&self, key_type: KeyTypeId) -> Result<ed25519::Public, SignerError>;

	/// Signs `message` with pure Ed25519 (RFC 8032) under the key `public`.
	fn ed25519_sign(
		&self,
		key_type: KeyTypeId,
		public: &ed25519::Public,
		message: &[u8],
	) -> Result<Option<ed25519::Signature>, SignerError>;

	/// Destroys the ed25519 key `public` of `key_type` in the backend, for
	/// good. `Ok(false)` when the backend holds no such key.
	fn ed25519_destroy(
		&self,
		key_type: KeyTypeId,
		public: &ed25519::Public,
	) -> Result<bool, SignerError>;

	/// The secp256k1 public keys (compressed) held for `key_type`.
	fn ecdsa_public_keys(&self, key_type: KeyTypeId) -> Result<Vec<ecdsa::Public>, SignerError>;

	/// Generates a secp256k1 key for `key_type` inside the backend.
	fn ecdsa_generate(&self, key_type: KeyTypeId) -> Result<ecdsa::Public, SignerError>;

	/// Signs a 32-byte digest: a low-S signature with its recovery id, the
	/// 65-byte form `sp_core::ecdsa` verifies.
	fn ecdsa_sign_prehashed(
		&self,
		key_type: KeyTypeId,
		public: &ecdsa::Public,
		digest: &[u8; 32],
	) -> Result<Option<ecdsa::Signature>, SignerError>;

	/// Destroys the secp256k1 key `public` of `key_type` in the backend, for
	/// good. `Ok(false)` when the backend holds no such key.
	fn ecdsa_destroy(
		&self,
		key_type: KeyTypeId,
		public: &ecdsa::Public,
	) -> Result<bool, SignerError>;
}
