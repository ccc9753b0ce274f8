//! PKCS#11 modules, loaded and initialised once per process.
//!
//! `C_Initialize` and `C_Finalize` act on the whole process: a second context
//! on the same module would either fail to initialise or, when dropped,
//! finalise the module under the first one's sessions. So every signer on a
//! module shares one context, kept for the life of the process.

use crate::error::SignerError;
use cryptoki::{
	context::{CInitializeArgs, CInitializeFlags, Pkcs11},
	error::{Error as CryptokiError, RvError},
};
use parking_lot::Mutex;
use std::{
	collections::BTreeMap,
	path::{Path, PathBuf},
	sync::OnceLock,
};

fn loaded() -> &'static Mutex<BTreeMap<PathBuf, Pkcs11>> {
	static LOADED: OnceLock<Mutex<BTreeMap<PathBuf, Pkcs11>>> = OnceLock::new();
	LOADED.get_or_init(|| Mutex::new(BTreeMap::new()))
}

/// The process's context on the module at `path`, loading and initialising
/// it on first use.
pub fn context(path: &Path) -> Result<Pkcs11, SignerError> {
	let load_error = |reason: String| SignerError::ModuleLoad {
		path: path.to_owned(),
		reason,
	};
	let canonical = path
		.canonicalize()
		.map_err(|e| load_error(format!("the file cannot be opened ({e})")))?;
	let mut loaded = loaded().lock();
	if let Some(context) = loaded.get(&canonical) {
		return Ok(context.clone());
	}
	let context = Pkcs11::new(&canonical).map_err(|e| load_error(e.to_string()))?;
	// Off-chain workers sign from several threads: the module must lock.
	match context.initialize(CInitializeArgs::new(CInitializeFlags::OS_LOCKING_OK)) {
		Ok(()) | Err(CryptokiError::Pkcs11(RvError::CryptokiAlreadyInitialized, _)) => {}
		Err(e) => return Err(load_error(format!("C_Initialize failed: {e}"))),
	}
	loaded.insert(canonical, context.clone());
	Ok(context)
}
