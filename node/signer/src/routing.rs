//! One `sp_keystore::Keystore` over several signers, chosen by key type.

use crate::{backend::SignerBackend, error::SignerError, secret_uri};
use sp_core::{
	crypto::{ByteArray, ExposeSecret, KeyTypeId, SecretString},
	ecdsa, ed25519, sr25519,
};
use sp_keystore::{Error, Keystore, KeystorePtr};
use std::{collections::BTreeMap, sync::Arc};

/// The keystore off-chain workers see.
///
/// Each [`KeyTypeId`] routed to a backend (an HSM, a threshold committee) is
/// served by that backend alone: its ed25519 and ecdsa keys are generated, listed
/// and used there, and nothing of that type touches the local keystore. Every
/// other key type goes to the node's local keystore unchanged.
///
/// For a routed key type the keystore refuses what would put a secret outside
/// the backend: seeded generation, `insert` of a secret URI, and schemes the
/// backend does not hold (sr25519). Those come back as errors, never as a
/// silent fallback to the local keystore.
///
/// For a local key type, `insert` (what `author_insertKey` calls) first checks
/// that the secret URI derives the public key it is filed under, and refuses
/// it otherwise (see [`crate::secret_uri`]): a key the keystore lists but
/// cannot sign with would leave every request to it unserved, silently.
pub struct RoutingKeystore {
	local: KeystorePtr,
	local_password: Option<SecretString>,
	routes: BTreeMap<KeyTypeId, Arc<dyn SignerBackend>>,
}

impl RoutingKeystore {
	/// A keystore that sends everything to `local` until [`Self::route`] says otherwise.
	pub fn new(local: KeystorePtr) -> Self {
		Self {
			local,
			local_password: None,
			routes: BTreeMap::new(),
		}
	}

	/// The password the local keystore was opened with (`--password`), which
	/// the local keystore applies to every secret URI it loads; `insert`
	/// checks URIs with it.
	pub fn with_local_password(mut self, password: Option<SecretString>) -> Self {
		self.local_password = password;
		self
	}

	/// Serves `key_type` from `backend` from now on.
	pub fn route(mut self, key_type: KeyTypeId, backend: Arc<dyn SignerBackend>) -> Self {
		self.routes.insert(key_type, backend);
		self
	}

	/// The backend serving `key_type`, if it is routed.
	pub fn backend(&self, key_type: KeyTypeId) -> Option<&Arc<dyn SignerBackend>> {
		self.routes.get(&key_type)
	}

	/// The routed key types and the name of the backend serving each.
	pub fn routes(&self) -> impl Iterator<Item = (KeyTypeId, &str)> {
		self.routes
			.iter()
			.map(|(key_type, backend)| (*key_type, backend.name()))
	}
}

/// Lists keys of a routed type; a backend that cannot answer lists none, and says so.
fn listed<T>(
	backend: &dyn SignerBackend,
	key_type: KeyTypeId,
	keys: Result<Vec<T>, SignerError>,
) -> Vec<T> {
	keys.unwrap_or_else(|e| {
		log::warn!(target: "keyreg-signer", "{}: cannot list keys of {key_type:?}: {e}", backend.name());
		Vec::new()
	})
}

impl Keystore for RoutingKeystore {
	fn sr25519_public_keys(&self, key_type: KeyTypeId) -> Vec<sr25519::Public> {
		match self.routes.get(&key_type) {
			Some(_) => Vec::new(),
			None => self.local.sr25519_public_keys(key_type),
		}
	}

	fn sr25519_generate_new(
		&self,
		key_type: KeyTypeId,
		seed: Option<&str>,
	) -> Result<sr25519::Public, Error> {
		match self.routes.get(&key_type) {
			Some(_) => Err(SignerError::UnsupportedScheme("sr25519").into()),
			None => self.local.sr25519_generate_new(key_type, seed),
		}
	}

	fn sr25519_sign(
		&self,
		key_type: KeyTypeId,
		public: &sr25519::Public,
		msg: &[u8],
	) -> Result<Option<sr25519::Signature>, Error> {
		match self.routes.get(&key_type) {
			Some(_) => Ok(None),
			None => self.local.sr25519_sign(key_type, public, msg),
		}
	}

	fn sr25519_vrf_sign(
		&self,
		key_type: KeyTypeId,
		public: &sr25519::Public,
		data: &sr25519::vrf::VrfSignData,
	) -> Result<Option<sr25519::vrf::VrfSignature>, Error> {
		match self.routes.get(&key_type) {
			Some(_) => Ok(None),
			None => self.local.sr25519_vrf_sign(key_type, public, data),
		}
	}

	fn sr25519_vrf_pre_output(
		&self,
		key_type: KeyTypeId,
		public: &sr25519::Public,
		input: &sr25519::vrf::VrfInput,
	) -> Result<Option<sr25519::vrf::VrfPreOutput>, Error> {
		match self.routes.get(&key_type) {
			Some(_) => Ok(None),
			None => self.local.sr25519_vrf_pre_output(key_type, public, input),
		}
	}

	fn ed25519_public_keys(&self, key_type: KeyTypeId) -> Vec<ed25519::Public> {
		match self.routes.get(&key_type) {
			Some(backend) => listed(&**backend, key_type, backend.ed25519_public_keys(key_type)),
			None => self.local.ed25519_public_keys(key_type),
		}
	}

	fn ed25519_generate_new(
		&self,
		key_type: KeyTypeId,
		seed: Option<&str>,
	) -> Result<ed25519::Public, Error> {
		match self.routes.get(&key_type) {
			Some(_) if seed.is_some() => Err(SignerError::SeedRefused.into()),
			Some(backend) => Ok(backend.ed25519_generate(key_type)?),
			None => self.local.ed25519_generate_new(key_type, seed),
		}
	}

	fn ed25519_sign(
		&self,
		key_type: KeyTypeId,
		public: &ed25519::Public,
		msg: &[u8],
	) -> Result<Option<ed25519::Signature>, Error> {
		match self.routes.get(&key_type) {
			Some(backend) => Ok(backend.ed25519_sign(key_type, public, msg)?),
			None => self.local.ed25519_sign(key_type, public, msg),
		}
	}

	fn ecdsa_public_keys(&self, key_type: KeyTypeId) -> Vec<ecdsa::Public> {
		match self.routes.get(&key_type) {
			Some(backend) => listed(&**backend, key_type, backend.ecdsa_public_keys(key_type)),
			None => self.local.ecdsa_public_keys(key_type),
		}
	}

	fn ecdsa_generate_new(
		&self,
		key_type: KeyTypeId,
		seed: Option<&str>,
	) -> Result<ecdsa::Public, Error> {
		match self.routes.get(&key_type) {
			Some(_) if seed.is_some() => Err(SignerError::SeedRefused.into()),
			Some(backend) => Ok(backend.ecdsa_generate(key_type)?),
			None => self.local.ecdsa_generate_new(key_type, seed),
		}
	}

	fn ecdsa_sign(
		&self,
		key_type: KeyTypeId,
		public: &ecdsa::Public,
		msg: &[u8],
	) -> Result<Option<ecdsa::Signature>, Error> {
		match self.routes.get(&key_type) {
			// Same digest as sp_core's `ecdsa::Pair::sign`.
			Some(backend) => Ok(backend.ecdsa_sign_prehashed(
				key_type,
				public,
				&sp_crypto_hashing::blake2_256(msg),
			)?),
			None => self.local.ecdsa_sign(key_type, public, msg),
		}
	}

	fn ecdsa_sign_prehashed(
		&self,
		key_type: KeyTypeId,
		public: &ecdsa::Public,
		msg: &[u8; 32],
	) -> Result<Option<ecdsa::Signature>, Error> {
		match self.routes.get(&key_type) {
			Some(backend) => Ok(backend.ecdsa_sign_prehashed(key_type, public, msg)?),
			None => self.local.ecdsa_sign_prehashed(key_type, public, msg),
		}
	}

	// The experimental schemes are never routed; they stay with the local keystore.
	sp_keystore::bandersnatch_experimental_enabled! {
		fn bandersnatch_public_keys(&self, key_type: KeyTypeId) -> Vec<sp_core::bandersnatch::Public> {
			self.local.bandersnatch_public_keys(key_type)
		}

		fn bandersnatch_generate_new(
			&self,
			key_type: KeyTypeId,
			seed: Option<&str>,
		) -> Result<sp_core::bandersnatch::Public, Error> {
			self.local.bandersnatch_generate_new(key_type, seed)
		}

		fn bandersnatch_sign(
			&self,
			key_type: KeyTypeId,
			public: &sp_core::bandersnatch::Public,
			msg: &[u8],
		) -> Result<Option<sp_core::bandersnatch::Signature>, Error> {
			self.local.bandersnatch_sign(key_type, public, msg)
		}

		fn bandersnatch_vrf_sign(
			&self,
			key_type: KeyTypeId,
			public: &sp_core::bandersnatch::Public,
			input: &sp_core::bandersnatch::vrf::VrfSignData,
		) -> Result<Option<sp_core::bandersnatch::vrf::VrfSignature>, Error> {
			self.local.bandersnatch_vrf_sign(key_type, public, input)
		}

		fn bandersnatch_vrf_pre_output(
			&self,
			key_type: KeyTypeId,
			public: &sp_core::bandersnatch::Public,
			input: &sp_core::bandersnatch::vrf::VrfInput,
		) -> Result<Option<sp_core::bandersnatch::vrf::VrfPreOutput>, Error> {
			self.local.bandersnatch_vrf_pre_output(key_type, public, input)
		}

		fn bandersnatch_ring_vrf_sign(
			&self,
			key_type: KeyTypeId,
			public: &sp_core::bandersnatch::Public,
			input: &sp_core::bandersnatch::vrf::VrfSignData,
			prover: &sp_core::bandersnatch::ring_vrf::RingProver,
		) -> Result<Option<sp_core::bandersnatch::ring_vrf::RingVrfSignature>, Error> {
			self.local.bandersnatch_ring_vrf_sign(key_type, public, input, prover)
		}
	}

	sp_keystore::bls_experimental_enabled! {
		fn bls381_public_keys(&self, id: KeyTypeId) -> Vec<sp_core::bls381::Public> {
			self.local.bls381_public_keys(id)
		}

		fn ecdsa_bls381_public_keys(&self, id: KeyTypeId) -> Vec<sp_core::ecdsa_bls381::Public> {
			self.local.ecdsa_bls381_public_keys(id)
		}

		fn bls381_generate_new(
			&self,
			key_type: KeyTypeId,
			seed: Option<&str>,
		) -> Result<sp_core::bls381::Public, Error> {
			self.local.bls381_generate_new(key_type, seed)
		}

		fn ecdsa_bls381_generate_new(
			&self,
			key_type: KeyTypeId,
			seed: Option<&str>,
		) -> Result<sp_core::ecdsa_bls381::Public, Error> {
			self.local.ecdsa_bls381_generate_new(key_type, seed)
		}

		fn bls381_sign(
			&self,
			key_type: KeyTypeId,
			public: &sp_core::bls381::Public,
			msg: &[u8],
		) -> Result<Option<sp_core::bls381::Signature>, Error> {
			self.local.bls381_sign(key_type, public, msg)
		}

		fn bls381_generate_proof_of_possession(
			&self,
			key_type: KeyTypeId,
			public: &sp_core::bls381::Public,
			owner: &[u8],
		) -> Result<Option<sp_core::bls381::ProofOfPossession>, Error> {
			self.local.bls381_generate_proof_of_possession(key_type, public, owner)
		}

		fn ecdsa_bls381_sign(
			&self,
			key_type: KeyTypeId,
			public: &sp_core::ecdsa_bls381::Public,
			msg: &[u8],
		) -> Result<Option<sp_core::ecdsa_bls381::Signature>, Error> {
			self.local.ecdsa_bls381_sign(key_type, public, msg)
		}

		fn ecdsa_bls381_sign_with_keccak256(
			&self,
			key_type: KeyTypeId,
			public: &sp_core::ecdsa_bls381::Public,
			msg: &[u8],
		) -> Result<Option<sp_core::ecdsa_bls381::Signature>, Error> {
			self.local.ecdsa_bls381_sign_with_keccak256(key_type, public, msg)
		}
	}

	fn insert(&self, key_type: KeyTypeId, suri: &str, public: &[u8]) -> Result<(), ()> {
		match self.routes.get(&key_type) {
			// Importing a secret into a routed type would defeat the backend.
			Some(backend) => {
				log::warn!(
					target: "keyreg-signer",
					"refused to insert a secret for {key_type:?}: that type lives in {}",
					backend.name()
				);
				Err(())
			}
			None => {
				let password = self
					.local_password
					.as_ref()
					.map(|p| p.expose_secret().as_str());
				if !secret_uri::derives(suri, public, password) {
					log::warn!(
						target: "keyreg-signer",
						"refused to insert a key of type {:?} under public key 0x{}: {}",
						String::from_utf8_lossy(&key_type.0),
						sp_core::hexdisplay::HexDisplay::from(&public),
						secret_uri::mismatch_hint(suri),
					);
					return Err(());
				}
				self.local.insert(key_type, suri, public)
			}
		}
	}

	fn keys(&self, key_type: KeyTypeId) -> Result<Vec<Vec<u8>>, Error> {
		match self.routes.get(&key_type) {
			Some(backend) => {
				let mut keys: Vec<Vec<u8>> = backend
					.ed25519_public_keys(key_type)?
					.iter()
					.map(|k| k.to_raw_vec())
					.collect();
				keys.extend(
					backend
						.ecdsa_public_keys(key_type)?
						.iter()
						.map(|k| k.to_raw_vec()),
				);
				Ok(keys)
			}
			None => self.local.keys(key_type),
		}
	}

	fn has_keys(&self, public_keys: &[(Vec<u8>, KeyTypeId)]) -> bool {
		public_keys
			.iter()
			.all(|(public, key_type)| match self.routes.get(key_type) {
				Some(backend) => backend_has(&**backend, *key_type, public),
				None => self.local.has_keys(&[(public.clone(), *key_type)]),
			})
	}
}

fn backend_has(backend: &dyn SignerBackend, key_type: KeyTypeId, public: &[u8]) -> bool {
	if let Ok(key) = ed25519::Public::from_slice(public) {
		return backend
			.ed25519_public_keys(key_type)
			.map(|keys| keys.contains(&key))
			.unwrap_or(false);
	}
	if let Ok(key) = ecdsa::Public::from_slice(public) {
		return backend
			.ecdsa_public_keys(key_type)
			.map(|keys| keys.contains(&key))
			.unwrap_or(false);
	}
	false
}
