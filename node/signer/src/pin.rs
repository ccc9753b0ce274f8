//! The HSM user PIN: read from a file or the environment, never from argv,
//! zeroized when dropped and never printed.

use crate::error::SignerError;
use std::path::Path;
use zeroize::Zeroizing;

/// A token's user PIN. Its memory is wiped on drop; `Debug` prints no digit.
pub struct Pin(Zeroizing<String>);

impl Pin {
	/// Reads the PIN from `path`: the whole file, without its trailing newline.
	///
	/// Errors with [`SignerError::PinSource`] if the file cannot be read or holds
	/// no PIN. A file readable by group or others is accepted with a warning.
	pub fn from_file(path: &Path) -> Result<Self, SignerError> {
		let contents = Zeroizing::new(std::fs::read_to_string(path).map_err(|e| {
			SignerError::PinSource(format!("cannot read the PIN file {}: {e}", path.display()))
		})?);
		warn_if_shared(path);
		Self::new(contents.trim_end_matches(['\r', '\n'])).map_err(|_| {
			SignerError::PinSource(format!("the PIN file {} is empty", path.display()))
		})
	}

	/// Reads the PIN from the environment variable `name`.
	///
	/// Errors with [`SignerError::PinSource`] if the variable is unset, not
	/// UTF-8, or empty.
	pub fn from_env(name: &str) -> Result<Self, SignerError> {
		let value =
			Zeroizing::new(std::env::var(name).map_err(|e| {
				SignerError::PinSource(format!("environment variable {name}: {e}"))
			})?);
		Self::new(&value).map_err(|_| SignerError::PinSource(format!("{name} is empty")))
	}

	/// A PIN from a string already in memory (tests, and the two readers above).
	pub fn new(pin: &str) -> Result<Self, SignerError> {
		if pin.is_empty() {
			return Err(SignerError::PinSource("the PIN is empty".into()));
		}
		Ok(Self(Zeroizing::new(pin.to_owned())))
	}

	/// The PIN in the form cryptoki takes; that copy zeroizes itself too.
	pub(crate) fn auth_pin(&self) -> cryptoki::types::AuthPin {
		cryptoki::types::AuthPin::from(self.0.as_str())
	}
}

impl std::fmt::Debug for Pin {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		f.write_str("Pin(<redacted>)")
	}
}

#[cfg(unix)]
fn warn_if_shared(path: &Path) {
	use std::os::unix::fs::PermissionsExt;
	if let Ok(metadata) = std::fs::metadata(path) {
		if metadata.permissions().mode() & 0o077 != 0 {
			log::warn!(
				target: "keyreg-signer",
				"the PIN file {} is readable by group or others; `chmod 600` it",
				path.display()
			);
		}
	}
}

#[cfg(not(unix))]
fn warn_if_shared(_path: &Path) {}
