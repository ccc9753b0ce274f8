//! A PKCS#11 token as a signer: keys generated inside it, sensitive and
//! non-extractable, found again after a restart by their label and id.
//!
//! Each key pair carries `CKA_LABEL = keyreg/<key type>` and, on both halves,
//! `CKA_ID = ` the public key as the chain stores it, so finding the private
//! half of a public key is one `C_FindObjects`. Object handles are cached.
//!
//! A cryptoki `Session` may not be shared between threads, so the signer keeps
//! a pool: each operation takes an idle session (or opens one), and gives it
//! back. When the token reports a lost session, a logged-out user or a
//! removed device, the signer drops its sessions and handles, opens and logs
//! in a fresh session, and retries once; if that fails too the caller gets
//! [`SignerError::Unavailable`] and tries again later.

pub mod adopt;
mod keys;
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
use std::{collections::HashMap, path::PathBuf};

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
		};
		let session = signer.open_session()?;
		signer.idle.lock().push(session);
		log::info!(target: "keyreg-signer", "{}: logged in to the token", signer.name);
		Ok(signer)
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

	fn public_keys(&self, key_type: KeyTypeId, curve: Curve) -> Result<Vec<Vec<u8>>, SignerError> {
		let objects = self.with_session(|_, session| {
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
			Ok(objects)
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
		log::info!(target: "keyreg-signer", "{}: generated a {curve:?} key for {key_type:?}", self.name);
		Ok((raw, public, private))
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
}
