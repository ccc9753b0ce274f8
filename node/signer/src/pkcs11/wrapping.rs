//! Backups of HSM keys that never leave the token in the clear.
//!
//! A key is *backup-able* only if it was generated so
//! ([`Pkcs11Signer::generate_backupable`]): sensitive (its value is never
//! readable), extractable, and `CKA_WRAP_WITH_TRUSTED`, so the token wraps it
//! only under a wrapping key that the security officer marked `CKA_TRUSTED`.
//! A user PIN alone cannot make such a key: `CKA_TRUSTED` is settable by the
//! SO only, so someone holding the user PIN can neither export the key nor
//! wrap it under a key of their own.
//!
//! The **backup wrapping key** is an AES-256 key, one per token, labelled
//! [`WRAPPING_KEY_LABEL`]; its `CKA_ID` is [`wrapping_key_id`] of its value.
//! It can wrap and unwrap and do nothing else, and it is not extractable.
//! The SO installs it ([`install_wrapping_key`]) in every token that must
//! back up or restore keys: the token in service, and the fresh token after
//! a disaster. Its value exists outside a token only during that ceremony,
//! sealed in its own backup bundle under the holders' shares.
//!
//! [`Pkcs11Signer::wrap`] returns a [`WrappedKey`]: the token's AES key
//! wrap with padding (RFC 5649, `CKM_AES_KEY_WRAP_PAD`) of the private key,
//! which a backup bundle then seals once more. [`Pkcs11Signer::unwrap`] puts
//! it back into a token holding the same wrapping key, as a backup-able
//! key again, and checks that it signs for its public key.
//!
//! What a token can wrap is the token's business: SoftHSM2 2.6 wraps EC
//! (secp256k1) keys but not Ed25519 ones (`CKR_KEY_NOT_WRAPPABLE`). So
//! [`Pkcs11Signer::generate_backupable`] proves a new key can be wrapped
//! before returning it, and destroys it otherwise: a key reported
//! backup-able always is.

use super::{find_token, keys, module, Curve, Pkcs11Signer};
use crate::{error::SignerError, pin::Pin};
use codec::{Decode, Encode};
use cryptoki::{
	error::{Error as CryptokiError, RvError},
	mechanism::Mechanism,
	object::{Attribute, AttributeType, KeyType, ObjectClass, ObjectHandle},
	session::{Session, UserType},
};
use rand_core::{CryptoRng, RngCore};
use sp_core::{crypto::KeyTypeId, ecdsa, ed25519, Pair};
use std::path::Path;
use zeroize::{Zeroize, Zeroizing};

/// `CKA_LABEL` of a token's backup wrapping key.
pub const WRAPPING_KEY_LABEL: &[u8] = b"keyreg/backup-wrapping-key";
/// Domain separation of [`wrapping_key_id`].
const ID_CONTEXT: &[u8] = b"keyreg/backup-wrapping-key/id/v1";

/// How a key was wrapped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum WrapMechanism {
	/// AES key wrap with padding (RFC 5649), `CKM_AES_KEY_WRAP_PAD`.
	#[codec(index = 0)]
	AesKeyWrapPad,
}

/// A private key as the token wrapped it: still encrypted under the token's
/// backup wrapping key, useless without it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct WrappedKey {
	/// The key type the key serves (`kreg` for the registry's keys).
	pub key_type: [u8; 4],
	/// The key's curve.
	pub curve: Curve,
	/// The public key as the chain stores it.
	pub public: Vec<u8>,
	/// [`wrapping_key_id`] of the wrapping key it is wrapped under.
	pub wrapping_key: [u8; 32],
	/// How it was wrapped.
	pub mechanism: WrapMechanism,
	/// The token's output of `C_WrapKey`.
	pub wrapped: Vec<u8>,
}

/// The value of a backup wrapping key, outside a token only during the
/// SO's ceremony. Zeroized when dropped; `Debug` prints its id only.
pub struct WrappingKeySecret(Zeroizing<[u8; 32]>);

impl WrappingKeySecret {
	/// A fresh random wrapping key.
	pub fn generate<R: RngCore + CryptoRng>(rng: &mut R) -> Self {
		let mut secret = Zeroizing::new([0u8; 32]);
		rng.fill_bytes(secret.as_mut());
		Self(secret)
	}

	/// A wrapping key restored from its backup.
	///
	/// Errors: [`SignerError::InvalidWrappingKey`] unless `bytes` is 32 bytes.
	pub fn from_bytes(bytes: &[u8]) -> Result<Self, SignerError> {
		let mut secret = Zeroizing::new([0u8; 32]);
		if bytes.len() != secret.len() {
			return Err(SignerError::InvalidWrappingKey);
		}
		secret.copy_from_slice(bytes);
		Ok(Self(secret))
	}

	/// The value, to seal in the wrapping key's own backup bundle.
	pub fn to_bytes(&self) -> Zeroizing<Vec<u8>> {
		Zeroizing::new(self.0.to_vec())
	}

	/// Its public identity: [`wrapping_key_id`].
	pub fn id(&self) -> [u8; 32] {
		wrapping_key_id(&self.0)
	}
}

impl std::fmt::Debug for WrappingKeySecret {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		write!(f, "WrappingKeySecret(id {:02x?}…)", &self.id()[..4])
	}
}

/// The identity of a wrapping key: BLAKE2b-256 of a context string and its
/// value. It names the key in tokens and bundles without revealing it (a
/// 256-bit random value cannot be found from its hash).
pub fn wrapping_key_id(secret: &[u8; 32]) -> [u8; 32] {
	let mut input = Zeroizing::new(Vec::with_capacity(64));
	input.extend_from_slice(ID_CONTEXT);
	input.extend_from_slice(secret);
	sp_crypto_hashing::blake2_256(&input)
}

fn wrapping_key_search(id: Option<[u8; 32]>) -> Vec<Attribute> {
	let mut template = vec![
		Attribute::Class(ObjectClass::SECRET_KEY),
		Attribute::KeyType(KeyType::AES),
		Attribute::Label(WRAPPING_KEY_LABEL.to_vec()),
	];
	if let Some(id) = id {
		template.push(Attribute::Id(id.to_vec()));
	}
	template
}

fn id_of(session: &Session, object: ObjectHandle) -> Result<Option<[u8; 32]>, CryptokiError> {
	Ok(session
		.get_attributes(object, &[AttributeType::Id])?
		.into_iter()
		.find_map(|attribute| match attribute {
			Attribute::Id(id) => <[u8; 32]>::try_from(id).ok(),
			_ => None,
		}))
}

/// Installs `secret` as the backup wrapping key of the token `token_label`,
/// logged in as its security officer: a trusted AES-256 token object that
/// wraps and unwraps only and is never extractable. Installing the same
/// key again changes nothing. Returns the key's id.
///
/// Run it in a process that is not logged in to the token as its user (the
/// node's process is): PKCS#11 allows one login per application.
///
/// Errors: [`SignerError::ModuleLoad`], [`SignerError::TokenNotFound`],
/// [`SignerError::WrongSoPin`], [`SignerError::WrappingKeyConflict`] (the
/// token already holds another wrapping key), [`SignerError::Pkcs11`].
pub fn install_wrapping_key(
	module_path: &Path,
	token_label: &str,
	so_pin: &Pin,
	secret: &WrappingKeySecret,
) -> Result<[u8; 32], SignerError> {
	let context = module::context(module_path)?;
	let slot = find_token(&context, token_label)?;
	let session = context
		.open_rw_session(slot)
		.map_err(|e| SignerError::Unavailable(format!("cannot open a session: {e}")))?;
	match session.login(UserType::So, Some(&so_pin.auth_pin())) {
		Ok(()) | Err(CryptokiError::Pkcs11(RvError::UserAlreadyLoggedIn, _)) => {}
		Err(CryptokiError::Pkcs11(RvError::PinIncorrect, _)) => {
			return Err(SignerError::WrongSoPin {
				label: token_label.to_owned(),
			})
		}
		Err(e) => return Err(SignerError::Pkcs11(format!("cannot log in as the SO: {e}"))),
	}
	let id = secret.id();
	let result = (|| {
		let present = session
			.find_objects(&wrapping_key_search(None))
			.map_err(|e| SignerError::Pkcs11(e.to_string()))?
			.into_iter()
			.next();
		if let Some(object) = present {
			return match id_of(&session, object).map_err(|e| SignerError::Pkcs11(e.to_string()))? {
				Some(present) if present == id => Ok(id),
				present => Err(SignerError::WrappingKeyConflict {
					present: present.unwrap_or_default(),
				}),
			};
		}
		// Only the SO may create a trusted key, and the SO creates public
		// objects only; the value stays unreadable (sensitive, never
		// extractable) all the same.
		let mut template = vec![
			Attribute::Class(ObjectClass::SECRET_KEY),
			Attribute::KeyType(KeyType::AES),
			Attribute::Value(secret.0.to_vec()),
			Attribute::Token(true),
			Attribute::Private(false),
			Attribute::Trusted(true),
			Attribute::Wrap(true),
			Attribute::Unwrap(true),
			Attribute::Encrypt(false),
			Attribute::Decrypt(false),
			Attribute::Sign(false),
			Attribute::Derive(false),
			Attribute::Sensitive(true),
			Attribute::Extractable(false),
			Attribute::Label(WRAPPING_KEY_LABEL.to_vec()),
			Attribute::Id(id.to_vec()),
		];
		let created = session.create_object(&template);
		for attribute in &mut template {
			if let Attribute::Value(value) = attribute {
				value.zeroize();
			}
		}
		created
			.map(|_| id)
			.map_err(|e| SignerError::Pkcs11(format!("cannot create the wrapping key: {e}")))
	})();
	let _ = session.logout();
	result
}

impl Pkcs11Signer {
	/// The id of the token's backup wrapping key, if the SO installed one.
	///
	/// Errors: [`SignerError::Unavailable`], [`SignerError::Pkcs11`].
	pub fn wrapping_key(&self) -> Result<Option<[u8; 32]>, SignerError> {
		self.with_session(|_, session| {
			match session
				.find_objects(&wrapping_key_search(None))?
				.into_iter()
				.next()
			{
				Some(object) => id_of(session, object),
				None => Ok(None),
			}
		})
	}

	/// Generates a backup-able key: sensitive, wrappable only under the
	/// token's trusted wrapping key. Before returning, it proves the token
	/// can wrap it; if not, the key is destroyed. Returns the public key as
	/// the chain stores it.
	///
	/// Errors: [`SignerError::NoWrappingKey`] (the SO has not installed one),
	/// [`SignerError::NotWrappable`] (the token cannot wrap keys of this
	/// curve: SoftHSM2 2.6 and Ed25519), and those of generation.
	pub fn generate_backupable(
		&self,
		key_type: KeyTypeId,
		curve: Curve,
	) -> Result<Vec<u8>, SignerError> {
		if self.wrapping_key()?.is_none() {
			return Err(SignerError::NoWrappingKey(None));
		}
		let (raw, public, private) = self.generate_with(
			key_type,
			curve,
			&keys::backupable_private_template(key_type),
		)?;
		if let Err(e) = self.wrap(key_type, curve, &raw) {
			let _writer = self.index_writer.lock();
			let _ = self.with_session(|_, session| {
				session.destroy_object(public)?;
				session.destroy_object(private)
			});
			self.index_update(key_type, curve, &raw, false);
			self.handles.write().remove(&(key_type, curve, raw));
			return Err(e);
		}
		Ok(raw)
	}

	/// Wraps the private key of `public` under the token's backup wrapping
	/// key, inside the token.
	///
	/// Errors: [`SignerError::KeyNotFound`], [`SignerError::NotBackupable`]
	/// (generated non-extractable, as the node's keys are by default),
	/// [`SignerError::NoWrappingKey`], [`SignerError::NotWrappable`],
	/// [`SignerError::Unavailable`], [`SignerError::Pkcs11`].
	pub fn wrap(
		&self,
		key_type: KeyTypeId,
		curve: Curve,
		public: &[u8],
	) -> Result<WrappedKey, SignerError> {
		self.with_session(|signer, session| {
			let Some(private) = signer.private_key(session, key_type, curve, public)? else {
				return Ok(Err(SignerError::KeyNotFound));
			};
			let backupable = session
				.get_attributes(
					private,
					&[AttributeType::Extractable, AttributeType::WrapWithTrusted],
				)?
				.into_iter()
				.filter(|attribute| {
					matches!(
						attribute,
						Attribute::Extractable(true) | Attribute::WrapWithTrusted(true)
					)
				})
				.count() == 2;
			if !backupable {
				return Ok(Err(SignerError::NotBackupable));
			}
			let Some(wrapping_key) = session
				.find_objects(&wrapping_key_search(None))?
				.into_iter()
				.next()
			else {
				return Ok(Err(SignerError::NoWrappingKey(None)));
			};
			let Some(wrapping_key_id) = id_of(session, wrapping_key)? else {
				return Ok(Err(SignerError::NoWrappingKey(None)));
			};
			match session.wrap_key(&Mechanism::AesKeyWrapPad, wrapping_key, private) {
				Ok(wrapped) => Ok(Ok(WrappedKey {
					key_type: key_type.0,
					curve,
					public: public.to_vec(),
					wrapping_key: wrapping_key_id,
					mechanism: WrapMechanism::AesKeyWrapPad,
					wrapped,
				})),
				Err(CryptokiError::Pkcs11(RvError::KeyNotWrappable, _)) => {
					Ok(Err(SignerError::NotWrappable { curve }))
				}
				Err(e) => Err(e),
			}
		})?
	}

	/// Puts a wrapped key back into this token, unwrapped inside it by the
	/// wrapping key it names, as a backup-able key again, with its public
	/// half; then checks that it signs for `wrapped.public`. Nothing is left
	/// behind if any step fails.
	///
	/// Errors: [`SignerError::KeyPresent`], [`SignerError::NoWrappingKey`]
	/// (the SO has not installed that wrapping key here),
	/// [`SignerError::UnwrapFailed`] (the token refused the wrapped bytes, or
	/// the key it gave does not sign for the public key),
	/// [`SignerError::InvalidPublicKey`], [`SignerError::Unavailable`].
	pub fn unwrap(&self, wrapped: &WrappedKey) -> Result<(), SignerError> {
		let key_type = KeyTypeId(wrapped.key_type);
		let curve = wrapped.curve;
		let point = keys::ec_point(curve, &wrapped.public)?;
		let _writer = self.index_writer.lock();
		let (public, private) = self.with_session(|signer, session| {
			if signer
				.private_key(session, key_type, curve, &wrapped.public)?
				.is_some()
			{
				return Ok(Err(SignerError::KeyPresent));
			}
			let Some(wrapping_key) = session
				.find_objects(&wrapping_key_search(Some(wrapped.wrapping_key)))?
				.into_iter()
				.next()
			else {
				return Ok(Err(SignerError::NoWrappingKey(Some(wrapped.wrapping_key))));
			};
			let mut template = vec![
				Attribute::Class(ObjectClass::PRIVATE_KEY),
				Attribute::KeyType(curve.key_type()),
				Attribute::Id(wrapped.public.clone()),
			];
			template.extend(keys::backupable_private_template(key_type));
			let private = match session.unwrap_key(
				&Mechanism::AesKeyWrapPad,
				wrapping_key,
				&wrapped.wrapped,
				&template,
			) {
				Ok(private) => private,
				Err(e @ CryptokiError::Pkcs11(..)) if !super::session_lost(&e) => {
					return Ok(Err(SignerError::UnwrapFailed(format!(
						"the token refused the wrapped key ({e})"
					))))
				}
				Err(e) => return Err(e),
			};
			let mut public_template = vec![
				Attribute::Class(ObjectClass::PUBLIC_KEY),
				Attribute::KeyType(curve.key_type()),
				Attribute::EcPoint(point.clone()),
				Attribute::Id(wrapped.public.clone()),
			];
			public_template.extend(keys::public_template(key_type, curve));
			match session.create_object(&public_template) {
				Ok(public) => Ok(Ok((public, private))),
				Err(e) => {
					let _ = session.destroy_object(private);
					Err(e)
				}
			}
		})??;
		self.handles
			.write()
			.insert((key_type, curve, wrapped.public.clone()), private);
		let probe = sp_crypto_hashing::blake2_256(b"keyreg/backup/unwrap-check");
		let signs = match curve {
			Curve::Ed25519 => {
				let Ok(raw) = <[u8; 32]>::try_from(wrapped.public.as_slice()) else {
					return Err(SignerError::InvalidPublicKey("ed25519: 32 bytes".into()));
				};
				let key = ed25519::Public::from_raw(raw);
				self.sign(key_type, curve, &wrapped.public, &probe)
					.ok()
					.flatten()
					.and_then(|raw| <[u8; 64]>::try_from(raw).ok())
					.is_some_and(|raw| {
						ed25519::Pair::verify(&ed25519::Signature::from_raw(raw), probe, &key)
					})
			}
			Curve::Secp256k1 => match <[u8; 33]>::try_from(wrapped.public.as_slice()) {
				Ok(raw) => {
					let key = ecdsa::Public::from_raw(raw);
					// `recoverable_signature` fails unless it verifies under `key`.
					self.sign(key_type, curve, &wrapped.public, &probe)
						.ok()
						.flatten()
						.is_some_and(|raw| keys::recoverable_signature(&raw, &key, &probe).is_ok())
				}
				Err(_) => false,
			},
		};
		if !signs {
			let _ = self.with_session(|_, session| {
				session.destroy_object(public)?;
				session.destroy_object(private)
			});
			self.handles
				.write()
				.remove(&(key_type, curve, wrapped.public.clone()));
			return Err(SignerError::UnwrapFailed(
				"the unwrapped key does not sign for the public key on record; it was removed"
					.into(),
			));
		}
		self.index_update(key_type, curve, &wrapped.public, true);
		log::info!(
			target: "keyreg-signer",
			"{}: restored a backed-up {curve:?} key for {key_type:?}",
			self.name
		);
		Ok(())
	}
}
