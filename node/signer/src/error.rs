//! What can go wrong in a signer, in words an operator can act on.

use std::path::PathBuf;

/// An error from a signer backend or from its configuration.
///
/// The start-up variants (`ModuleLoad`, `TokenNotFound`, `WrongPin`, …) say
/// which setting is wrong and how to fix it; the node prints them and stops.
#[derive(Debug)]
pub enum SignerError {
	/// The PKCS#11 module could not be loaded.
	ModuleLoad {
		/// The module path that was given.
		path: PathBuf,
		/// Why loading failed, as the dynamic loader or the module said it.
		reason: String,
	},
	/// No token with the configured label is present in any slot.
	TokenNotFound {
		/// The label that was asked for.
		label: String,
		/// The labels of the tokens the module does offer.
		available: Vec<String>,
	},
	/// The token refused the user PIN.
	WrongPin {
		/// The token's label.
		label: String,
	},
	/// The token has locked the user PIN after too many failed attempts.
	PinLocked {
		/// The token's label.
		label: String,
	},
	/// The PIN could not be read from its file or environment variable.
	PinSource(String),
	/// The token cannot be reached right now (session lost and not re-opened,
	/// device removed). Callers retry later; nothing was changed.
	Unavailable(String),
	/// The backend does not hold keys of this scheme.
	UnsupportedScheme(&'static str),
	/// Seeds are refused: a seeded key exists outside the token by definition.
	SeedRefused,
	/// The token returned a public key that is not a valid point of the curve.
	InvalidPublicKey(String),
	/// Any other error reported by the PKCS#11 module.
	Pkcs11(String),
	/// The token refused the security officer's PIN.
	WrongSoPin {
		/// The token's label.
		label: String,
	},
	/// The token holds no backup wrapping key (or not the one named).
	NoWrappingKey(Option<[u8; 32]>),
	/// The token already holds another backup wrapping key.
	WrappingKeyConflict {
		/// The id of the one present.
		present: [u8; 32],
	},
	/// A wrapping key's value is 32 bytes.
	InvalidWrappingKey,
	/// The key was generated non-extractable: it can never leave the token.
	NotBackupable,
	/// The token refuses to wrap keys of this curve.
	NotWrappable {
		/// The key's curve.
		curve: crate::pkcs11::Curve,
	},
	/// The token holds no private key for that public key and key type.
	KeyNotFound,
	/// The token already holds the key being restored.
	KeyPresent,
	/// A wrapped key could not be restored; nothing was left in the token.
	UnwrapFailed(String),
	/// A key pair made outside the node cannot be adopted; says why. The
	/// token was not changed.
	KeyNotAdoptable(String),
	/// A key could not be destroyed; says why. Nothing, or not all of it,
	/// was destroyed: try again.
	DestroyFailed(String),
}

impl std::fmt::Display for SignerError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			Self::ModuleLoad { path, reason } => write!(
				f,
				"cannot load the PKCS#11 module {}: {reason}. Check --hsm-module: it must be \
				 the path of the vendor's PKCS#11 library (for SoftHSM2: \
				 /usr/lib/softhsm/libsofthsm2.so)",
				path.display()
			),
			Self::TokenNotFound { label, available } => {
				write!(
				f,
				"no token labelled {label:?} in the PKCS#11 module (tokens present: {}). Check \
				 --hsm-token-label, or initialise the token first",
				if available.is_empty() { "none".into() } else { format!("{available:?}") }
			)
			}
			Self::WrongPin { label } => write!(
				f,
				"the token {label:?} refused the user PIN. Check the file given by \
				 --hsm-pin-file (or the KEYREG_HSM_PIN variable): it must hold the user PIN, \
				 not the SO PIN"
			),
			Self::PinLocked { label } => write!(
				f,
				"the user PIN of token {label:?} is locked after too many failed attempts; \
				 the security officer must unlock it"
			),
			Self::PinSource(reason) => write!(f, "cannot read the HSM PIN: {reason}"),
			Self::Unavailable(reason) => write!(f, "the HSM is unavailable: {reason}"),
			Self::UnsupportedScheme(scheme) => write!(f, "this signer does not hold {scheme} keys"),
			Self::SeedRefused => write!(
				f,
				"a key routed to the HSM is generated inside the token; a seed would put its \
				 secret outside"
			),
			Self::InvalidPublicKey(reason) => {
				write!(f, "invalid public key from the token: {reason}")
			}
			Self::Pkcs11(reason) => write!(f, "PKCS#11 error: {reason}"),
			Self::WrongSoPin { label } => write!(
				f,
				"the token {label:?} refused the security officer's PIN. Check --so-pin-file \
				 (or KEYREG_HSM_SO_PIN): it must hold the SO PIN, not the user PIN"
			),
			Self::NoWrappingKey(None) => write!(
				f,
				"the token holds no backup wrapping key: its security officer installs one \
				 first with `keyreg-node backup wrapping-key create` (or `install` from the \
				 wrapping key's backup)"
			),
			Self::NoWrappingKey(Some(id)) => write!(
				f,
				"the token does not hold the backup wrapping key 0x{} that the key was wrapped \
				 under: its security officer installs it first with `keyreg-node backup \
				 wrapping-key install` from that wrapping key's backup",
				hex(id)
			),
			Self::WrappingKeyConflict { present } => write!(
				f,
				"the token already holds another backup wrapping key (0x{}); a token keeps one",
				hex(present)
			),
			Self::InvalidWrappingKey => write!(f, "a backup wrapping key is 32 bytes"),
			Self::NotBackupable => write!(
				f,
				"this key was generated non-extractable and can never leave the token; only \
				 keys made with `keyreg-node hsm generate --backupable` can be backed up"
			),
			Self::NotWrappable { curve } => write!(
				f,
				"the token cannot wrap {curve:?} keys (CKR_KEY_NOT_WRAPPABLE), so they cannot be \
				 backed up from it: SoftHSM2 2.6 wraps secp256k1 keys but not Ed25519. Use an \
				 ecdsa key, or keep this key without a backup"
			),
			Self::KeyNotFound => write!(
				f,
				"the token holds no private key for that public key under that key type"
			),
			Self::KeyPresent => write!(f, "the token already holds this key; nothing to restore"),
			Self::UnwrapFailed(reason) => {
				write!(f, "cannot restore the key into the token: {reason}")
			}
			Self::KeyNotAdoptable(reason) => write!(f, "cannot adopt the key pair: {reason}"),
			Self::DestroyFailed(reason) => write!(f, "cannot destroy the key: {reason}"),
		}
	}
}

impl std::error::Error for SignerError {}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl From<SignerError> for sp_keystore::Error {
	fn from(error: SignerError) -> Self {
		match error {
			SignerError::Unavailable(_) => sp_keystore::Error::Unavailable,
			SignerError::SeedRefused | SignerError::UnsupportedScheme(_) => {
				sp_keystore::Error::ValidationError(error.to_string())
			}
			other => sp_keystore::Error::Other(other.to_string()),
		}
	}
}
