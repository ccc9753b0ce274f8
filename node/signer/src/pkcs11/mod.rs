//! A PKCS#11 token as a signer: keys generated inside it, sensitive and
//! non-extractable, found again after a restart by their label and id.
//!
//! Each key pair carries `CKA_LABEL = keyreg/<key type>` and, on both halves,
//! `CKA_ID = ` the public key as the chain stores it, so finding the private
//! half of a public key is one `C_FindObjects`. Object handles are cached, and
//! learnt for every pair when the token is listed (below).
//!
//! **Key index.** Listing a token means one `C_GetAttributeValue` per
//! object, which on a token of 10,000 keys takes far longer than a block.
//! The signer therefore keeps the public keys of each key type and curve in
//! memory: listed from the token once, updated by its own generations and
//! destructions, and listed again so that pairs another program added or
//! removed (`keyreg-node hsm generate` or `adopt`, vendor tools) show up:
//! by a background thread ([`Pkcs11Signer::spawn_index_refresher`]) that
//! pauses 50 times as long as its last listing took, at least
//! [`MIN_INDEX_REFRESH`] and at most [`DEFAULT_INDEX_REFRESH`] (or
//! [`Pkcs11Signer::with_index_refresh`]). Listing thus costs the token at
//! most 2 % of its time: a token of 10 keys is listed every second, one of
//! 10,000 every minute. Without the thread, a caller that finds the index
//! older than the maximum lists it; while one caller lists, the others keep
//! being answered from the index.
//!
//! A cryptoki `Session` may not be shared between threads, so the signer keeps
//! a pool: each operation takes an idle session (or opens one), and gives it
//! back. When the token reports a lost session, a logged-out user or a
//! removed device, the signer drops its sessions and handles, opens and logs
//! in a fresh session, and retries once; if that fails too the caller gets
//! [`SignerError::Unavailable`] and tries again later.

pub mod adopt;
mod keys;
pub mod leftovers;
pub mod module;
pub mod wrapping;

pub use keys::Curve;

use crate::{backend::SignerBackend, error::SignerError, pin::Pin};
use cryptoki::{
	context::Pkcs11,
	error::{Error as CryptokiError, RvError},
	mechanism::{
		eddsa::{EddsaParams, EddsaSignatureScheme},
		Mechanism,
	},
	object::{Attribute, AttributeType, ObjectClass, ObjectHandle},
	session::{Session, UserType},
	slot::Slot,
};
use parking_lot::{Mutex, RwLock};
use sp_core::{crypto::KeyTypeId, ecdsa, ed25519};
use std::{
	collections::HashMap,
	path::PathBuf,
	sync::Arc,
	time::{Duration, Instant},
};

/// The longest the key index is trusted before the token is listed again,
/// unless [`Pkcs11Signer::with_index_refresh`] says otherwise.
pub const DEFAULT_INDEX_REFRESH: Duration = Duration::from_secs(60);

/// The shortest pause of the index refresher between two listings.
pub const MIN_INDEX_REFRESH: Duration = Duration::from_secs(1);

/// The refresher pauses this many times as long as its last listing took.
const REFRESH_PAUSE_FACTOR: u32 = 50;

/// Where the token is and how to log in to it.
#[derive(Debug)]
pub struct Pkcs11Config {
	/// Path of the vendor's PKCS#11 library (`libsofthsm2.so`, …).
	pub module: PathBuf,
	/// `CKA_LABEL` of the token, as set when it was initialised.
	pub token_label: String,
	/// The user PIN.
	pub pin: Pin,
}

/// Which private key: key type, curve, public key as the chain stores it.
type KeyRef = (KeyTypeId, Curve, Vec<u8>);

/// The public keys of one key type and curve as last listed from the token,
/// sorted, with the time of that listing.
struct Listing {
	keys: Arc<Vec<Vec<u8>>>,
	listed_at: Instant,
}

/// A signer whose private keys live in a PKCS#11 token.
pub struct Pkcs11Signer {
	name: String,
	context: Pkcs11,
	slot: Slot,
	token_label: String,
	pin: Pin,
	idle: Mutex<Vec<Session>>,
	/// Private-key handles by (key type, curve, public key).
	handles: RwLock<HashMap<KeyRef, ObjectHandle>>,
	/// The key index: public keys by (key type, curve).
	index: RwLock<HashMap<(KeyTypeId, Curve), Listing>>,
	/// Held while the token is listed or a key is generated or destroyed, so
	/// a listing never misses a change made while it ran.
	index_writer: Mutex<()>,
	/// Age after which the index is listed again.
	index_refresh: Duration,
}

impl std::fmt::Debug for Pkcs11Signer {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		f.debug_struct("Pkcs11Signer")
			.field("token_label", &self.token_label)
			.field("slot", &self.slot)
			.finish_non_exhaustive()
	}
}

/// Errors after which a new session may succeed where the old one failed.
fn session_lost(error: &CryptokiError) -> bool {
	matches!(
		error,
		CryptokiError::Pkcs11(
			RvError::SessionHandleInvalid
				| RvError::SessionClosed
				| RvError::UserNotLoggedIn
				| RvError::DeviceRemoved
				| RvError::DeviceError
				| RvError::TokenNotPresent
				| RvError::KeyHandleInvalid
				| RvError::ObjectHandleInvalid,
			_
		)
	)
}

impl Pkcs11Signer {
	/// Loads the module, finds the token by label and logs in.
	///
	/// Errors: [`SignerError::ModuleLoad`] (no such library, or not a PKCS#11
	/// module), [`SignerError::TokenNotFound`] (with the labels present),
	/// [`SignerError::WrongPin`], [`SignerError::PinLocked`].
	pub fn open(config: Pkcs11Config) -> Result<Self, SignerError> {
		let context = module::context(&config.module)?;
		let slot = find_token(&context, &config.token_label)?;
		let signer = Self {
			name: format!("pkcs11:{}", config.token_label),
			context,
			slot,
			token_label: config.token_label,
			pin: config.pin,
			idle: Mutex::new(Vec::new()),
			handles: RwLock::new(HashMap::new()),
			index: RwLock::new(HashMap::new()),
			index_writer: Mutex::new(()),
			index_refresh: DEFAULT_INDEX_REFRESH,
		};
		let session = signer.open_session()?;
		signer.idle.lock().push(session);
		log::info!(target: "keyreg-signer", "{}: logged in to the token", signer.name);
		Ok(signer)
	}

	/// Lists the token again once the key index is older than `refresh`
	/// (default [`DEFAULT_INDEX_REFRESH`]): the longest a pair added or
	/// removed by another program stays unseen. Zero lists on every call.
	pub fn with_index_refresh(mut self, refresh: Duration) -> Self {
		self.index_refresh = refresh;
		self
	}

	/// Starts a thread that keeps the key index fresh (see the module doc):
	/// it lists again every key type and curve the index holds, then pauses.
	/// The thread ends when the signer is dropped.
	///
	/// Errors: the operating system refused a new thread.
	pub fn spawn_index_refresher(self: &Arc<Self>) -> std::io::Result<std::thread::JoinHandle<()>> {
		let signer = Arc::downgrade(self);
		std::thread::Builder::new()
			.name("keyreg-hsm-index".into())
			.spawn(move || loop {
				let Some(pause) = signer.upgrade().map(|signer| signer.refresh_index()) else {
					return;
				};
				std::thread::sleep(pause);
			})
	}

	/// Lists again every key type and curve the index holds; returns how long
	/// to pause before the next time.
	fn refresh_index(&self) -> Duration {
		let listed: Vec<(KeyTypeId, Curve)> = self.index.read().keys().copied().collect();
		let started = Instant::now();
		for (key_type, curve) in listed {
			let _writer = self.index_writer.lock();
			match self.list_token(key_type, curve) {
				Ok(keys) => {
					self.index.write().insert(
						(key_type, curve),
						Listing {
							keys: Arc::new(keys),
							listed_at: Instant::now(),
						},
					);
				}
				// The token is away: keep the index; signing reports the outage.
				Err(e) => log::debug!(target: "keyreg-signer", "{}: index refresh: {e}", self.name),
			}
		}
		started
			.elapsed()
			.saturating_mul(REFRESH_PAUSE_FACTOR)
			.clamp(MIN_INDEX_REFRESH, self.index_refresh.max(MIN_INDEX_REFRESH))
	}

	/// The label of the token this signer uses.
	pub fn token_label(&self) -> &str {
		&self.token_label
	}

	/// Asks the token for its information (`C_GetTokenInfo`): the cheapest
	/// question that fails when the token went away, for availability
	/// metrics. Errors: [`SignerError::Unavailable`].
	pub fn probe(&self) -> Result<(), SignerError> {
		self.context
			.get_token_info(self.slot)
			.map(|_| ())
			.map_err(|e| SignerError::Unavailable(format!("the token does not answer: {e}")))
	}

	fn open_session(&self) -> Result<Session, SignerError> {
		let session = self
			.context
			.open_rw_session(self.slot)
			.map_err(|e| SignerError::Unavailable(format!("cannot open a session: {e}")))?;
		match session.login(UserType::User, Some(&self.pin.auth_pin())) {
			// Login is per application: a second session finds it done.
			Ok(()) | Err(CryptokiError::Pkcs11(RvError::UserAlreadyLoggedIn, _)) => Ok(session),
			Err(CryptokiError::Pkcs11(RvError::PinIncorrect, _)) => Err(SignerError::WrongPin {
				label: self.token_label.clone(),
			}),
			Err(CryptokiError::Pkcs11(RvError::PinLocked, _)) => Err(SignerError::PinLocked {
				label: self.token_label.clone(),
			}),
			Err(e) => Err(SignerError::Unavailable(format!("cannot log in: {e}"))),
		}
	}

	/// Runs `operation` on a pooled session; re-opens once if the session was lost.
	fn with_session<T>(
		&self,
		operation: impl Fn(&Self, &Session) -> Result<T, CryptokiError>,
	) -> Result<T, SignerError> {
		let pooled = self.idle.lock().pop();
		let session = match pooled {
			Some(session) => session,
			None => self.open_session()?,
		};
		match operation(self, &session) {
			Ok(value) => {
				self.idle.lock().push(session);
				Ok(value)
			}
			Err(error) if session_lost(&error) => {
				log::warn!(target: "keyreg-signer", "{}: {error}; re-opening the session", self.name);
				drop(session);
				self.idle.lock().clear();
				self.handles.write().clear();
				let session = self.open_session()?;
				let value = operation(self, &session).map_err(|e| {
					if session_lost(&e) {
						SignerError::Unavailable(e.to_string())
					} else {
						SignerError::Pkcs11(e.to_string())
					}
				})?;
				self.idle.lock().push(session);
				Ok(value)
			}
			Err(error) => {
				self.idle.lock().push(session);
				Err(SignerError::Pkcs11(error.to_string()))
			}
		}
	}

	/// The public keys held for `key_type` on `curve`, from the key index;
	/// lists the token when the index has none yet or is older than the
	/// refresh age. While another caller lists, a stale index is served.
	fn public_keys(&self, key_type: KeyTypeId, curve: Curve) -> Result<Vec<Vec<u8>>, SignerError> {
		let fresh = |listing: &Listing| listing.listed_at.elapsed() < self.index_refresh;
		let stale = match self.index.read().get(&(key_type, curve)) {
			Some(listing) if fresh(listing) => return Ok(listing.keys.to_vec()),
			Some(listing) => Some(listing.keys.clone()),
			None => None,
		};
		let _writer = match stale {
			Some(stale) => match self.index_writer.try_lock() {
				Some(writer) => writer,
				None => return Ok(stale.to_vec()),
			},
			None => self.index_writer.lock(),
		};
		// Another caller may have listed while this one waited.
		if let Some(listing) = self.index.read().get(&(key_type, curve)) {
			if fresh(listing) {
				return Ok(listing.keys.to_vec());
			}
		}
		let started = Instant::now();
		let keys = self.list_token(key_type, curve)?;
		log::info!(
			target: "keyreg-signer",
			"{}: indexed {} {curve:?} keys of {key_type:?} in {} ms",
			self.name,
			keys.len(),
			started.elapsed().as_millis()
		);
		self.index.write().insert(
			(key_type, curve),
			Listing {
				keys: Arc::new(keys.clone()),
				listed_at: Instant::now(),
			},
		);
		Ok(keys)
	}

	/// Adds or removes `public` in the key index (if the index has the key
	/// type and curve yet; its first listing will find the token as it is).
	/// Called with `index_writer` held.
	fn index_update(&self, key_type: KeyTypeId, curve: Curve, public: &[u8], present: bool) {
		if let Some(listing) = self.index.write().get_mut(&(key_type, curve)) {
			let keys = Arc::make_mut(&mut listing.keys);
			match (keys.binary_search_by(|k| k.as_slice().cmp(public)), present) {
				(Err(at), true) => keys.insert(at, public.to_vec()),
				(Ok(at), false) => {
					keys.remove(at);
				}
				_ => {}
			}
		}
	}

	/// Lists the token: every pair of `key_type` on `curve` tagged with its
	/// public key, sorted, and caches the handles of their private halves.
	///
	/// Why the handles too: a token's `C_FindObjects` looks at every object,
	/// so finding one private key by its id on a token of 10,000 pairs takes
	/// as long as listing them all (SoftHSM2: most of a second). Learning
	/// every handle in the listing that runs anyway keeps signing free of
	/// searches.
	fn list_token(&self, key_type: KeyTypeId, curve: Curve) -> Result<Vec<Vec<u8>>, SignerError> {
		let (objects, privates) = self.with_session(|_, session| {
			let mut privates = Vec::new();
			for object in
				session.find_objects(&keys::search(ObjectClass::PRIVATE_KEY, key_type, curve))?
			{
				for attribute in session.get_attributes(object, &[AttributeType::Id])? {
					if let Attribute::Id(id) = attribute {
						privates.push((id, object));
					}
				}
			}
			let mut objects = Vec::new();
			for object in
				session.find_objects(&keys::search(ObjectClass::PUBLIC_KEY, key_type, curve))?
			{
				let (mut point, mut id) = (None, None);
				for attribute in
					session.get_attributes(object, &[AttributeType::EcPoint, AttributeType::Id])?
				{
					match attribute {
						Attribute::EcPoint(value) => point = Some(value),
						Attribute::Id(value) => id = Some(value),
						_ => {}
					}
				}
				objects.push((point.unwrap_or_default(), id.unwrap_or_default()));
			}
			Ok((objects, privates))
		})?;
		let mut keys = Vec::with_capacity(objects.len());
		for (point, id) in objects {
			match curve.public_from_ec_point(&point) {
				// Only pairs tagged with their public key are listed: an untagged
				// one (generation interrupted before tagging) could not sign.
				Ok(public) if public == id => keys.push(public),
				Ok(_) => log::warn!(
					target: "keyreg-signer",
					"{}: skipping a {curve:?} key whose CKA_ID is not its public key",
					self.name
				),
				Err(e) => log::warn!(target: "keyreg-signer", "{}: skipping a key: {e}", self.name),
			}
		}
		keys.sort();
		keys.dedup();
		let mut handles = self.handles.write();
		for (id, handle) in privates {
			if keys.binary_search(&id).is_ok() {
				handles.insert((key_type, curve, id), handle);
			}
		}
		Ok(keys)
	}

	fn generate(&self, key_type: KeyTypeId, curve: Curve) -> Result<Vec<u8>, SignerError> {
		self.generate_with(key_type, curve, &keys::private_template(key_type))
			.map(|(raw, _, _)| raw)
	}

	/// Generates a key pair whose private half has `private_template`; returns
	/// the public key as the chain stores it and both halves' handles.
	fn generate_with(
		&self,
		key_type: KeyTypeId,
		curve: Curve,
		private_template: &[Attribute],
	) -> Result<(Vec<u8>, ObjectHandle, ObjectHandle), SignerError> {
		let _writer = self.index_writer.lock();
		let (public, private, point) = self.with_session(|_, session| {
			let (public, private) = session.generate_key_pair(
				&curve.generation(),
				&keys::public_template(key_type, curve),
				private_template,
			)?;
			let point = session
				.get_attributes(public, &[AttributeType::EcPoint])?
				.into_iter()
				.find_map(|a| {
					if let Attribute::EcPoint(p) = a {
						Some(p)
					} else {
						None
					}
				})
				.unwrap_or_default();
			Ok((public, private, point))
		})?;
		let raw = curve.public_from_ec_point(&point)?;
		// Tag both halves with the public key so the private half is found by it.
		let tagged = self.with_session(|_, session| {
			session.update_attributes(public, &[Attribute::Id(raw.clone())])?;
			session.update_attributes(private, &[Attribute::Id(raw.clone())])
		});
		if let Err(e) = tagged {
			let _ = self.with_session(|_, session| {
				session.destroy_object(public)?;
				session.destroy_object(private)
			});
			return Err(e);
		}
		self.handles
			.write()
			.insert((key_type, curve, raw.clone()), private);
		self.index_update(key_type, curve, &raw, true);
		log::info!(target: "keyreg-signer", "{}: generated a {curve:?} key for {key_type:?}", self.name);
		Ok((raw, public, private))
	}

	/// Destroys the pair of `public` (key type `key_type`, `curve`): every
	/// private and public object tagged with it, private halves first, so a
	/// crash half-way leaves at most a public half. `Ok(false)` when the
	/// token holds no such object. The pair leaves the key index.
	///
	/// Errors: [`SignerError::Unavailable`] (the token went away; nothing
	/// or only part was destroyed: call again), [`SignerError::Pkcs11`].
	pub fn destroy(
		&self,
		key_type: KeyTypeId,
		curve: Curve,
		public: &[u8],
	) -> Result<bool, SignerError> {
		let _writer = self.index_writer.lock();
		let destroyed = self.with_session(|_, session| {
			let mut destroyed = 0usize;
			for class in [ObjectClass::PRIVATE_KEY, ObjectClass::PUBLIC_KEY] {
				let mut template = keys::search(class, key_type, curve);
				template.push(Attribute::Id(public.to_vec()));
				for object in session.find_objects(&template)? {
					session.destroy_object(object)?;
					destroyed = destroyed.saturating_add(1);
				}
			}
			Ok(destroyed)
		});
		// Whatever happened, the cached handle may name a destroyed object.
		self.handles
			.write()
			.remove(&(key_type, curve, public.to_vec()));
		let destroyed = destroyed?;
		self.index_update(key_type, curve, public, false);
		if destroyed > 0 {
			log::info!(
				target: "keyreg-signer",
				"{}: destroyed the {curve:?} key pair 0x{} of {key_type:?} ({destroyed} objects)",
				self.name,
				public.iter().map(|b| format!("{b:02x}")).collect::<String>(),
			);
		}
		Ok(destroyed > 0)
	}

	/// The handle of the private half of `public`, cached after the first search.
	fn private_key(
		&self,
		session: &Session,
		key_type: KeyTypeId,
		curve: Curve,
		public: &[u8],
	) -> Result<Option<ObjectHandle>, CryptokiError> {
		let cache_key = (key_type, curve, public.to_vec());
		if let Some(handle) = self.handles.read().get(&cache_key) {
			return Ok(Some(*handle));
		}
		let mut template = keys::search(ObjectClass::PRIVATE_KEY, key_type, curve);
		template.push(Attribute::Id(public.to_vec()));
		let found = session.find_objects(&template)?.into_iter().next();
		if let Some(handle) = found {
			self.handles.write().insert(cache_key, handle);
		}
		Ok(found)
	}

	fn sign(
		&self,
		key_type: KeyTypeId,
		curve: Curve,
		public: &[u8],
		data: &[u8],
	) -> Result<Option<Vec<u8>>, SignerError> {
		let mechanism = match curve {
			Curve::Ed25519 => Mechanism::Eddsa(EddsaParams::new(EddsaSignatureScheme::Pure)),
			Curve::Secp256k1 => Mechanism::Ecdsa,
		};
		self.with_session(|signer, session| {
			match signer.private_key(session, key_type, curve, public)? {
				Some(key) => session.sign(&mechanism, key, data).map(Some),
				None => Ok(None),
			}
		})
	}
}

fn find_token(context: &Pkcs11, label: &str) -> Result<Slot, SignerError> {
	let slots = context
		.get_slots_with_token()
		.map_err(|e| SignerError::Pkcs11(format!("cannot list the module's slots: {e}")))?;
	let mut available = Vec::new();
	for slot in slots {
		let Ok(info) = context.get_token_info(slot) else {
			continue;
		};
		// Labels are blank-padded to 32 bytes.
		let present = info.label().trim_end();
		if present == label {
			return Ok(slot);
		}
		// SoftHSM2 and others show an empty, uninitialised slot: not a choice.
		if !present.is_empty() {
			available.push(present.to_owned());
		}
	}
	Err(SignerError::TokenNotFound {
		label: label.to_owned(),
		available,
	})
}

impl SignerBackend for Pkcs11Signer {
	fn name(&self) -> &str {
		&self.name
	}

	fn ed25519_public_keys(
		&self,
		key_type: KeyTypeId,
	) -> Result<Vec<ed25519::Public>, SignerError> {
		Ok(self
			.public_keys(key_type, Curve::Ed25519)?
			.into_iter()
			.filter_map(|raw| {
				<[u8; 32]>::try_from(raw)
					.ok()
					.map(ed25519::Public::from_raw)
			})
			.collect())
	}

	fn ed25519_generate(&self, key_type: KeyTypeId) -> Result<ed25519::Public, SignerError> {
		let raw = self.generate(key_type, Curve::Ed25519)?;
		<[u8; 32]>::try_from(raw)
			.map(ed25519::Public::from_raw)
			.map_err(|_| SignerError::InvalidPublicKey("ed25519 key of the wrong length".into()))
	}

	fn ed25519_sign(
		&self,
		key_type: KeyTypeId,
		public: &ed25519::Public,
		message: &[u8],
	) -> Result<Option<ed25519::Signature>, SignerError> {
		match self.sign(key_type, Curve::Ed25519, public.as_ref(), message)? {
			Some(raw) => <[u8; 64]>::try_from(raw)
				.map(|raw| Some(ed25519::Signature::from_raw(raw)))
				.map_err(|raw| {
					SignerError::Pkcs11(format!("EdDSA signature of {} bytes", raw.len()))
				}),
			None => Ok(None),
		}
	}

	fn ed25519_destroy(
		&self,
		key_type: KeyTypeId,
		public: &ed25519::Public,
	) -> Result<bool, SignerError> {
		self.destroy(key_type, Curve::Ed25519, public.as_ref())
	}

	fn ecdsa_public_keys(&self, key_type: KeyTypeId) -> Result<Vec<ecdsa::Public>, SignerError> {
		Ok(self
			.public_keys(key_type, Curve::Secp256k1)?
			.into_iter()
			.filter_map(|raw| <[u8; 33]>::try_from(raw).ok().map(ecdsa::Public::from_raw))
			.collect())
	}

	fn ecdsa_generate(&self, key_type: KeyTypeId) -> Result<ecdsa::Public, SignerError> {
		let raw = self.generate(key_type, Curve::Secp256k1)?;
		<[u8; 33]>::try_from(raw)
			.map(ecdsa::Public::from_raw)
			.map_err(|_| SignerError::InvalidPublicKey("secp256k1 key of the wrong length".into()))
	}

	fn ecdsa_sign_prehashed(
		&self,
		key_type: KeyTypeId,
		public: &ecdsa::Public,
		digest: &[u8; 32],
	) -> Result<Option<ecdsa::Signature>, SignerError> {
		match self.sign(key_type, Curve::Secp256k1, public.as_ref(), digest)? {
			Some(raw) => keys::recoverable_signature(&raw, public, digest).map(Some),
			None => Ok(None),
		}
	}

	fn ecdsa_destroy(
		&self,
		key_type: KeyTypeId,
		public: &ecdsa::Public,
	) -> Result<bool, SignerError> {
		self.destroy(key_type, Curve::Secp256k1, public.as_ref())
	}
}
