//! The state file: where a restarted auditor resumes.
//!
//! After each verified block the auditor writes the block and every
//! domain's verified head to `--state` (write to a temporary file, sync,
//! rename, so a crash leaves the old or the new file, never half of one).
//! On start it checks the file names this chain (genesis hash) and that the
//! block it names is still the finalized block at that height.
//!
//! Whoever can write the file can make the auditor trust other heads: keep
//! it where only the auditor's user writes.

use std::{
	fs,
	io::{self, Write},
	path::Path,
};

use serde::{Deserialize, Serialize};

use crate::chain::AuditChains;

/// What the auditor verified so far.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedState {
	/// The chain's genesis hash (`0x…`).
	pub genesis_hash: String,
	/// Last verified block.
	pub block: u64,
	/// Its hash (`0x…`).
	pub block_hash: String,
	/// Every domain's verified head after that block.
	pub chains: AuditChains,
}

/// Reads the state file; `None` when it does not exist yet.
pub fn load(path: &Path) -> Result<Option<SavedState>, String> {
	match fs::read(path) {
		Ok(bytes) => serde_json::from_slice(&bytes)
			.map(Some)
			.map_err(|e| format!("{} is not an auditor state file: {e}", path.display())),
		Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
		Err(e) => Err(format!("cannot read {}: {e}", path.display())),
	}
}

/// Replaces the state file atomically.
pub fn save(path: &Path, state: &SavedState) -> io::Result<()> {
	let mut temporary = path.as_os_str().to_owned();
	temporary.push(".tmp");
	let temporary = Path::new(&temporary);
	{
		let mut file = fs::File::create(temporary)?;
		file.write_all(&serde_json::to_vec(state).map_err(io::Error::other)?)?;
		file.sync_all()?;
	}
	fs::rename(temporary, path)
}

#[cfg(test)]
mod tests {
	#![allow(clippy::unwrap_used, clippy::expect_used)]
	use super::*;
	use crate::chain::Head;

	#[test]
	fn a_saved_state_loads_back_and_garbage_is_refused() {
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("auditor.json");
		assert_eq!(load(&path).unwrap(), None);
		let state = SavedState {
			genesis_hash: "0x01".into(),
			block: 42,
			block_hash: "0x02".into(),
			chains: AuditChains::from_heads([(
				3,
				Head {
					seq: 5,
					head: [9; 32],
				},
			)]),
		};
		save(&path, &state).unwrap();
		assert_eq!(load(&path).unwrap(), Some(state.clone()));
		assert!(!dir.path().join("auditor.json.tmp").exists());
		fs::write(&path, b"{").unwrap();
		assert!(load(&path)
			.unwrap_err()
			.contains("is not an auditor state file"));
	}
}
