//! Destroying a key in the node's signer, for off-chain workers.
//!
//! `sp_keystore::Keystore` lists, generates and signs, but cannot delete. The
//! key registry's worker must destroy retired private keys
//! (`pallet_key_registry::destruction`), so this crate adds one host function,
//! [`keyreg_keystore::destroy_key`], as the architecture allows "where the
//! keystore cannot express the operation". On the node it calls the
//! [`KeyDestructionExt`] registered for off-chain worker runs; a node (or a
//! test) without that extension answers [`Destruction::Unsupported`], so
//! nothing is destroyed by accident and the worker knows it cannot.
//!
//! Only the runtime's code calls it, and only from off-chain workers: block
//! import and RPC never register the extension.
#![cfg_attr(not(feature = "std"), no_std)]

use codec::{Decode, Encode};
use sp_core::crypto::KeyTypeId;
use sp_runtime_interface::{
	pass_by::{AllocateAndReturnByCodec, PassFatPointerAndRead, PassPointerAndReadCopy},
	runtime_interface,
};

#[cfg(feature = "std")]
use sp_externalities::ExternalitiesExt;

/// What became of a destruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum Destruction {
	/// The signer held the key and destroyed it.
	Destroyed,
	/// The signer holds no such key (destroyed before, or never held).
	NotHeld,
	/// The signer could not answer (an HSM that went away); try again.
	Failed,
	/// The node offers no key destruction here.
	Unsupported,
}

/// A node-side signer that can destroy keys: the node's routing keystore.
#[cfg(feature = "std")]
pub trait DestroyKeys: Send + Sync {
	/// Destroys the key `public` (the raw public key: 32 bytes ed25519 or
	/// sr25519, 33 bytes compressed secp256k1) of `key_type`. `Ok(false)`
	/// when no such key is held; an error says why it could not.
	fn destroy_key(&self, key_type: KeyTypeId, public: &[u8]) -> Result<bool, String>;
}

#[cfg(feature = "std")]
sp_externalities::decl_extension! {
	/// The signer whose keys off-chain workers may destroy.
	pub struct KeyDestructionExt(std::sync::Arc<dyn DestroyKeys>);
}

/// The host functions of key destruction.
#[runtime_interface]
pub trait KeyregKeystore {
	/// Destroys the key `public` of `key_type` in the node's signer.
	fn destroy_key(
		&mut self,
		key_type: PassPointerAndReadCopy<KeyTypeId, 4>,
		public: PassFatPointerAndRead<&[u8]>,
	) -> AllocateAndReturnByCodec<Destruction> {
		let Some(ext) = self.extension::<KeyDestructionExt>() else {
			return Destruction::Unsupported;
		};
		match ext.0.destroy_key(key_type, public) {
			Ok(true) => Destruction::Destroyed,
			Ok(false) => Destruction::NotHeld,
			Err(e) => {
				log::warn!(target: "keyreg-signer", "key destruction failed: {e}");
				Destruction::Failed
			}
		}
	}
}
