//! One `sp_keystore::Keystore` over several signers, chosen by key type.

use crate::{
	backend::SignerBackend,
	error::SignerError,
	observe::{SignEvent, SignObserver, SignOutcome, LOCAL_BACKEND},
	secret_uri,
};
use sp_core::{
	crypto::{ByteArray, ExposeSecret, KeyTypeId, SecretString},
	ecdsa, ed25519, sr25519,
};
use sp_keystore::{Error, Keystore, KeystorePtr};
use std::{
	collections::BTreeMap,
	io::Write,
	path::{Path, PathBuf},
	sync::Arc,
	time::Instant,
};

/// The keystore off-chain workers see.
///
/// Each [`KeyTypeId`] routed to a backend (an HSM, a threshold committee) is
/// served by that backend alone: its ed25519 and ecdsa keys are generated, listed
/// and used there, and nothing of that type touches the local keystore. Every
/// other key type goes to the node's local keystore unchanged.
///
/// A key type can also be routed for some schemes only
/// ([`Self::route_schemes`]): its keys of those schemes live in the backend
/// alone, its keys of the other schemes in the local keystore. A node can
/// so keep its secp256k1 keys in a token and its ed25519 keys (which a token
/// may be unable to back up) in its keystore, under the same key type.
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
	routes: BTreeMap<KeyTypeId, Route>,
	observer: Option<Arc<dyn SignObserver>>,
	/// The local keystore's directory, where [`Self::destroy_key`] finds
	/// local keys' files; `None` for a keystore in memory.
	local_path: Option<PathBuf>,
}

/// The schemes a backend can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RoutedScheme {
	/// Ed25519 keys.
	Ed25519,
	/// ECDSA secp256k1 keys.
	Ecdsa,
}

/// Which backend serves a key type, and for which schemes.
struct Route {
	backend: Arc<dyn SignerBackend>,
	/// `None`: every scheme (sr25519 refused); else these schemes only, the
	/// others staying local.
	schemes: Option<Vec<RoutedScheme>>,
}

impl Route {
	fn whole(&self) -> bool {
		self.schemes.is_none()
	}

	fn takes(&self, scheme: RoutedScheme) -> bool {
		self.schemes
			.as_ref()
			.is_none_or(|schemes| schemes.contains(&scheme))
	}
}

impl RoutingKeystore {
	/// A keystore that sends everything to `local` until [`Self::route`] says otherwise.
	pub fn new(local: KeystorePtr) -> Self {
		Self {
			local,
			local_password: None,
			routes: BTreeMap::new(),
			observer: None,
			local_path: None,
		}
	}

	/// The directory of the local keystore (`--keystore-path`, or the
	/// chain's `keystore` directory), so that local keys can be destroyed.
	pub fn with_local_path(mut self, path: Option<PathBuf>) -> Self {
		self.local_path = path;
		self
	}

	/// Destroys the key `public` of `key_type`, for good: in the backend
	/// that serves it (a 32-byte key as ed25519, a 33-byte key as ecdsa), or
	/// else in the local keystore, whose key file is overwritten with zeros,
	/// synced and removed. `Ok(false)` when no such key is held.
	///
	/// Errors: the backend's ([`SignerError::Unavailable`], …), or
	/// [`SignerError::DestroyFailed`] (a local keystore in memory, a file
	/// that cannot be overwritten or removed), [`SignerError::InvalidPublicKey`].
	pub fn destroy_key(&self, key_type: KeyTypeId, public: &[u8]) -> Result<bool, SignerError> {
		let routed = match public.len() {
			ed25519::Public::LEN => self
				.serving(key_type, RoutedScheme::Ed25519)
				.map(|backend| (backend, RoutedScheme::Ed25519)),
			ecdsa::Public::LEN => self
				.serving(key_type, RoutedScheme::Ecdsa)
				.map(|backend| (backend, RoutedScheme::Ecdsa)),
			n => {
				return Err(SignerError::InvalidPublicKey(format!(
					"{n} bytes: a key is 32 (ed25519, sr25519) or 33 (ecdsa) bytes"
				)))
			}
		};
		match routed {
			Some((backend, RoutedScheme::Ed25519)) => {
				let key = ed25519::Public::from_slice(public)
					.map_err(|_| SignerError::InvalidPublicKey("ed25519".into()))?;
				backend.ed25519_destroy(key_type, &key)
			}
			Some((backend, RoutedScheme::Ecdsa)) => {
				let key = ecdsa::Public::from_slice(public)
					.map_err(|_| SignerError::InvalidPublicKey("ecdsa".into()))?;
				backend.ecdsa_destroy(key_type, &key)
			}
			None => {
				let Some(dir) = &self.local_path else {
					return Err(SignerError::DestroyFailed(
						"the local keystore is in memory".into(),
					));
				};
				destroy_key_file(dir, key_type, public)
			}
		}
	}

	/// Tells `observer` of every signing call: backend, scheme, latency, outcome.
	pub fn with_observer(mut self, observer: Arc<dyn SignObserver>) -> Self {
		self.observer = Some(observer);
		self
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
		self.routes.insert(
			key_type,
			Route {
				backend,
				schemes: None,
			},
		);
		self
	}

	/// Serves the `schemes` keys of `key_type` from `backend` from now on;
	/// its keys of other schemes stay in the local keystore.
	pub fn route_schemes(
		mut self,
		key_type: KeyTypeId,
		backend: Arc<dyn SignerBackend>,
		schemes: &[RoutedScheme],
	) -> Self {
		self.routes.insert(
			key_type,
			Route {
				backend,
				schemes: Some(schemes.to_vec()),
			},
		);
		self
	}

	/// The backend serving `key_type`, if it is routed (for any scheme).
	pub fn backend(&self, key_type: KeyTypeId) -> Option<&Arc<dyn SignerBackend>> {
		self.routes.get(&key_type).map(|route| &route.backend)
	}

	/// The routed key types and the name of the backend serving each.
	pub fn routes(&self) -> impl Iterator<Item = (KeyTypeId, &str)> {
		self.routes
			.iter()
			.map(|(key_type, route)| (*key_type, route.backend.name()))
	}

	/// The backend serving `scheme` keys of `key_type`, if routed.
	fn serving(
		&self,
		key_type: KeyTypeId,
		scheme: RoutedScheme,
	) -> Option<&Arc<dyn SignerBackend>> {
		self.routes
			.get(&key_type)
			.filter(|route| route.takes(scheme))
			.map(|route| &route.backend)
	}

	/// Whether `key_type` is routed as a whole (sr25519 then refused).
	fn whole(&self, key_type: KeyTypeId) -> bool {
		self.routes.get(&key_type).is_some_and(Route::whole)
	}

	/// Runs one signing call and tells the observer how it went.
	fn observed<S>(
		&self,
		backend: &str,
		scheme: &'static str,
		key_type: KeyTypeId,
		sign: impl FnOnce() -> Result<Option<S>, Error>,
	) -> Result<Option<S>, Error> {
		let Some(observer) = &self.observer else {
			return sign();
		};
		let started = Instant::now();
		let answer = sign();
		observer.observe(SignEvent {
			backend,
			scheme,
			key_type,
			elapsed: started.elapsed(),
			outcome: match &answer {
				Ok(Some(_)) => SignOutcome::Signed,
				Ok(None) => SignOutcome::NoSuchKey,
				Err(_) => SignOutcome::Failed,
			},
		});
		answer
	}
}

/// Destroys the local keystore's file of `public` under `key_type` (named
/// as `sc-keystore` names it: hex key type, hex public key): overwritten
/// with zeros and synced first, so the secret does not linger in the file's
/// blocks, then removed.
fn destroy_key_file(dir: &Path, key_type: KeyTypeId, public: &[u8]) -> Result<bool, SignerError> {
	let name: String = key_type
		.0
		.iter()
		.chain(public)
		.map(|b| format!("{b:02x}"))
		.collect();
	let file = dir.join(name);
	let failed = |what: &str, e: std::io::Error| {
		SignerError::DestroyFailed(format!("{what} {}: {e}", file.display()))
	};
	let length = match std::fs::metadata(&file) {
		Ok(metadata) => metadata.len(),
		Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
		Err(e) => return Err(failed("cannot read", e)),
	};
	let mut handle = std::fs::OpenOptions::new()
		.write(true)
		.open(&file)
		.map_err(|e| failed("cannot open", e))?;
	let zeros = vec![0u8; usize::try_from(length).unwrap_or(0)];
	handle
		.write_all(&zeros)
		.and_then(|()| handle.sync_all())
		.map_err(|e| failed("cannot overwrite", e))?;
	drop(handle);
	std::fs::remove_file(&file).map_err(|e| failed("cannot remove", e))?;
	log::info!(
		target: "keyreg-signer",
		"local keystore: destroyed the {:?} key 0x{}",
		String::from_utf8_lossy(&key_type.0),
		public.iter().map(|b| format!("{b:02x}")).collect::<String>(),
	);
	Ok(true)
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
		if self.whole(key_type) {
			Vec::new()
		} else {
			self.local.sr25519_public_keys(key_type)
		}
	}

	fn sr25519_generate_new(
		&self,
		key_type: KeyTypeId,
		seed: Option<&str>,
	) -> Result<sr25519::Public, Error> {
		if self.whole(key_type) {
			Err(SignerError::UnsupportedScheme("sr25519").into())
		} else {
			self.local.sr25519_generate_new(key_type, seed)
		}
	}

	fn sr25519_sign(
		&self,
		key_type: KeyTypeId,
		public: &sr25519::Public,
		msg: &[u8],
	) -> Result<Option<sr25519::Signature>, Error> {
		if self.whole(key_type) {
			Ok(None)
		} else {
			self.observed(LOCAL_BACKEND, "sr25519", key_type, || {
				self.local.sr25519_sign(key_type, public, msg)
			})
		}
	}

	fn sr25519_vrf_sign(
		&self,
		key_type: KeyTypeId,
		public: &sr25519::Public,
		data: &sr25519::vrf::VrfSignData,
	) -> Result<Option<sr25519::vrf::VrfSignature>, Error> {
		if self.whole(key_type) {
			Ok(None)
		} else {
			self.local.sr25519_vrf_sign(key_type, public, data)
		}
	}

	fn sr25519_vrf_pre_output(
		&self,
		key_type: KeyTypeId,
		public: &sr25519::Public,
		input: &sr25519::vrf::VrfInput,
	) -> Result<Option<sr25519::vrf::VrfPreOutput>, Error> {
		if self.whole(key_type) {
			Ok(None)
		} else {
			self.local.sr25519_vrf_pre_output(key_type, public, input)
		}
	}

	fn ed25519_public_keys(&self, key_type: KeyTypeId) -> Vec<ed25519::Public> {
		match self.serving(key_type, RoutedScheme::Ed25519) {
			Some(backend) => listed(&**backend, key_type, backend.ed25519_public_keys(key_type)),
			None => self.local.ed25519_public_keys(key_type),
		}
	}

	fn ed25519_generate_new(
		&self,
		key_type: KeyTypeId,
		seed: Option<&str>,
	) -> Result<ed25519::Public, Error> {
		match self.serving(key_type, RoutedScheme::Ed25519) {
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
		match self.serving(key_type, RoutedScheme::Ed25519) {
			Some(backend) => self.observed(backend.name(), "ed25519", key_type, || {
				Ok(backend.ed25519_sign(key_type, public, msg)?)
			}),
			None => self.observed(LOCAL_BACKEND, "ed25519", key_type, || {
				self.local.ed25519_sign(key_type, public, msg)
			}),
		}
	}

	fn ecdsa_public_keys(&self, key_type: KeyTypeId) -> Vec<ecdsa::Public> {
		match self.serving(key_type, RoutedScheme::Ecdsa) {
			Some(backend) => listed(&**backend, key_type, backend.ecdsa_public_keys(key_type)),
			None => self.local.ecdsa_public_keys(key_type),
		}
	}

	fn ecdsa_generate_new(
		&self,
		key_type: KeyTypeId,
		seed: Option<&str>,
	) -> Result<ecdsa::Public, Error> {
		match self.serving(key_type, RoutedScheme::Ecdsa) {
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
		match self.serving(key_type, RoutedScheme::Ecdsa) {
			// Same digest as sp_core's `ecdsa::Pair::sign`.
			Some(backend) => self.observed(backend.name(), "ecdsa", key_type, || {
				Ok(backend.ecdsa_sign_prehashed(
					key_type,
					public,
					&sp_crypto_hashing::blake2_256(msg),
				)?)
			}),
			None => self.observed(LOCAL_BACKEND, "ecdsa", key_type, || {
				self.local.ecdsa_sign(key_type, public, msg)
			}),
		}
	}

	fn ecdsa_sign_prehashed(
		&self,
		key_type: KeyTypeId,
		public: &ecdsa::Public,
		msg: &[u8; 32],
	) -> Result<Option<ecdsa::Signature>, Error> {
		match self.serving(key_type, RoutedScheme::Ecdsa) {
			Some(backend) => self.observed(backend.name(), "ecdsa", key_type, || {
				Ok(backend.ecdsa_sign_prehashed(key_type, public, msg)?)
			}),
			None => self.observed(LOCAL_BACKEND, "ecdsa", key_type, || {
				self.local.ecdsa_sign_prehashed(key_type, public, msg)
			}),
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
		// A 33-byte public key is ecdsa; 32 bytes ed25519 or sr25519. A route
		// taking ed25519 refuses both (refusing is the safe side of the doubt).
		let routed = match self.routes.get(&key_type) {
			Some(route) if public.len() == ecdsa::Public::LEN => {
				route.takes(RoutedScheme::Ecdsa).then_some(&route.backend)
			}
			Some(route) => route.takes(RoutedScheme::Ed25519).then_some(&route.backend),
			None => None,
		};
		match routed {
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
		let Some(route) = self.routes.get(&key_type) else {
			return self.local.keys(key_type);
		};
		let mut keys = Vec::new();
		if route.takes(RoutedScheme::Ed25519) {
			keys.extend(
				route
					.backend
					.ed25519_public_keys(key_type)?
					.iter()
					.map(|k| k.to_raw_vec()),
			);
		}
		if route.takes(RoutedScheme::Ecdsa) {
			keys.extend(
				route
					.backend
					.ecdsa_public_keys(key_type)?
					.iter()
					.map(|k| k.to_raw_vec()),
			);
		}
		if !route.whole() {
			if !route.takes(RoutedScheme::Ed25519) {
				keys.extend(
					self.local
						.ed25519_public_keys(key_type)
						.iter()
						.map(|k| k.to_raw_vec()),
				);
			}
			keys.extend(
				self.local
					.sr25519_public_keys(key_type)
					.iter()
					.map(|k| k.to_raw_vec()),
			);
			if !route.takes(RoutedScheme::Ecdsa) {
				keys.extend(
					self.local
						.ecdsa_public_keys(key_type)
						.iter()
						.map(|k| k.to_raw_vec()),
				);
			}
		}
		Ok(keys)
	}

	fn has_keys(&self, public_keys: &[(Vec<u8>, KeyTypeId)]) -> bool {
		public_keys.iter().all(|(public, key_type)| {
			let scheme = if public.len() == ecdsa::Public::LEN {
				RoutedScheme::Ecdsa
			} else {
				RoutedScheme::Ed25519
			};
			match self.routes.get(key_type) {
				Some(route) if route.whole() => backend_has(&*route.backend, *key_type, public),
				// A 32-byte key may be a local sr25519 key.
				Some(route) if route.takes(scheme) => {
					backend_has(&*route.backend, *key_type, public)
						|| (scheme == RoutedScheme::Ed25519
							&& self.local.has_keys(&[(public.clone(), *key_type)]))
				}
				_ => self.local.has_keys(&[(public.clone(), *key_type)]),
			}
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
