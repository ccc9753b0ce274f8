//! Files a backup command reads and writes (bundles, holder shares,
//! secrets, mode 0600) and its hex arguments.

use super::*;

pub(super) fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub(super) fn now() -> u64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_secs())
		.unwrap_or(0)
}

pub(super) fn read_shares(files: &[PathBuf]) -> Result<Vec<HolderShare>, String> {
	files
		.iter()
		.map(|file| {
			let bytes = Zeroizing::new(
				std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?,
			);
			HolderShare::from_bytes(&bytes).map_err(|e| format!("{}: {e}", file.display()))
		})
		.collect()
}

pub(super) fn read_bundle(file: &Path, digest: Option<[u8; 32]>) -> Result<Bundle, String> {
	let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
	Bundle::from_bytes(&bytes, digest).map_err(|e| format!("{}: {e}", file.display()))
}

pub(super) fn read_agreement_secret(file: &Path) -> Result<AgreementSecret, String> {
	let bytes =
		Zeroizing::new(std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?);
	let bytes: &[u8; 32] = bytes
		.as_slice()
		.try_into()
		.map_err(|_| format!("{}: an agreement secret is 32 bytes", file.display()))?;
	AgreementSecret::from_bytes(bytes).map_err(|e| format!("{}: {e}", file.display()))
}

/// Writes a secret to a new file readable by its owner only.
pub(super) fn write_secret(file: &Path, bytes: &[u8]) -> Result<(), String> {
	use std::os::unix::fs::OpenOptionsExt;
	let mut out = std::fs::OpenOptions::new()
		.write(true)
		.create_new(true)
		.mode(0o600)
		.open(file)
		.map_err(|e| format!("{}: {e} (it must not exist)", file.display()))?;
	out.write_all(bytes)
		.and_then(|()| out.sync_all())
		.map_err(|e| format!("{}: {e}", file.display()))
}

pub(super) fn parse_holder(text: &str) -> Result<Holder, String> {
	let (identity, agreement) = text
		.split_once('=')
		.ok_or_else(|| format!("--holder {text}: give IDENTITY_HEX=AGREEMENT_HEX"))?;
	Ok(Holder {
		identity: hash32(identity, "--holder identity")?,
		agreement: AgreementPublic(hash32(agreement, "--holder agreement key")?),
	})
}

pub(super) fn hash32(text: &str, flag: &str) -> Result<[u8; 32], String> {
	unhex(text)
		.map_err(|e| format!("{flag}: {e}"))?
		.try_into()
		.map_err(|_| format!("{flag}: 32 bytes (64 hex digits) expected"))
}
