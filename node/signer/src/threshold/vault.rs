//! Shares at rest, sealed under a key only the node's keystore or HSM can
//! derive.
//!
//! The sealing key is never stored. It is derived, each time it is needed,
//! from the custodian key's Ed25519 signature over a fixed, domain-separated
//! label: Ed25519 (RFC 8032) signatures are deterministic, so the same key
//! in the same keystore or token always yields the same signature, and
//! nobody without that private key can produce it. A share file copied off
//! the machine is therefore useless without the custodian key, which an HSM
//! never lets out.
//!
//! Files are XChaCha20-Poly1305 with a random 24-byte nonce; the associated
//! data binds each file to the custodian and to the file's name, so files
//! cannot be swapped between keys or between nodes. Writes go to a temporary
//! file, are synced and then renamed over the old file: a crash leaves the
//! old or the new share, never a torn one.

use super::{error::hex, AgreementSecret, SessionId, ShareRecord, ThresholdError};
use chacha20poly1305::{
	aead::{Aead, KeyInit, Payload},
	XChaCha20Poly1305, XNonce,
};
use hkdf::Hkdf;
use rand_core::{OsRng, RngCore};
use sha2::Sha256;
use sp_core::{crypto::KeyTypeId, ed25519};
use sp_keystore::Keystore;
use std::{
	fs,
	io::Write,
	path::{Path, PathBuf},
	sync::Arc,
};
use zeroize::Zeroizing;

/// The label the custodian key signs to derive the sealing key. No payload
/// the custodian key signs on chain starts like this.
const SEALING_LABEL: &[u8] = b"keyreg/frost/share-vault/v1";
/// The first bytes of every vault file.
const MAGIC: &[u8; 8] = b"KRVAULT1";
const NONCE_LEN: usize = 24;
/// The file holding the member's key-agreement secret.
const AGREEMENT_FILE: &str = "agreement.key";

/// A directory of sealed shares for one custodian key.
pub struct ShareVault {
	dir: PathBuf,
	keystore: Arc<dyn Keystore>,
	key_type: KeyTypeId,
	custodian: ed25519::Public,
}

impl ShareVault {
	/// A vault in `dir` (created if missing) sealed under the custodian key
	/// `custodian` of `key_type` in `keystore` (the node's keystore, or the
	/// routing keystore that sends the key type to an HSM).
	///
	/// Errors: [`ThresholdError::Vault`] if the directory cannot be created;
	/// [`ThresholdError::Keystore`] if the keystore does not hold the key or
	/// its signatures are not deterministic (no key could be derived twice).
	pub fn open(
		dir: &Path,
		keystore: Arc<dyn Keystore>,
		key_type: KeyTypeId,
		custodian: ed25519::Public,
	) -> Result<Self, ThresholdError> {
		fs::create_dir_all(dir).map_err(|error| ThresholdError::Vault {
			path: dir.into(),
			reason: error.to_string(),
		})?;
		let vault = Self {
			dir: dir.into(),
			keystore,
			key_type,
			custodian,
		};
		let first = vault.sealing_key("probe")?;
		let second = vault.sealing_key("probe")?;
		if *first != *second {
			return Err(ThresholdError::Keystore(
				"the custodian key's signatures are not deterministic (RFC 8032 requires it); \
				 no sealing key can be derived from it"
					.into(),
			));
		}
		Ok(vault)
	}

	/// The file that holds epoch `epoch` of the share of the key created by
	/// `key_session`: `<session hex>.<epoch>.share`. Each epoch has its own
	/// file, so a refresh that fails loses nothing.
	pub fn share_path(&self, key_session: &SessionId, epoch: u32) -> PathBuf {
		self.dir.join(format!("{}.{epoch}.share", hex(key_session)))
	}

	/// Seals `share` to its epoch's file (atomically: a crash leaves the
	/// previous content or the new one).
	pub fn store_share(&self, share: &ShareRecord) -> Result<PathBuf, ThresholdError> {
		let path = self.share_path(&share.session, share.epoch);
		self.seal_to(&path, &share.to_bytes()?)?;
		Ok(path)
	}

	/// Opens epoch `epoch` of the share of the key created by `key_session`.
	///
	/// Errors: [`ThresholdError::Vault`] when the file is missing, was sealed
	/// under another custodian key or for another file, was altered, or
	/// holds another key's or another epoch's share.
	pub fn load_share(
		&self,
		key_session: &SessionId,
		epoch: u32,
	) -> Result<ShareRecord, ThresholdError> {
		let path = self.share_path(key_session, epoch);
		let plaintext = self.open_from(&path)?;
		let share = ShareRecord::from_bytes(&plaintext)?;
		if &share.session != key_session || share.epoch != epoch {
			return Err(ThresholdError::Vault {
				path,
				reason: "the file holds the share of another key or epoch".into(),
			});
		}
		Ok(share)
	}

	/// Deletes epoch `epoch` of the share of the key created by
	/// `key_session` (a member leaving, or a test of repair). Missing files
	/// are not an error.
	pub fn remove_share(&self, key_session: &SessionId, epoch: u32) -> Result<(), ThresholdError> {
		let path = self.share_path(key_session, epoch);
		match fs::remove_file(&path) {
			Ok(()) => Ok(()),
			Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
			Err(error) => Err(ThresholdError::Vault {
				path,
				reason: error.to_string(),
			}),
		}
	}

	/// Deletes the shares of the key created by `key_session` from epochs
	/// before `epoch`: once the chain is at `epoch`, they can no longer
	/// sign anything, and a copy of them is one less thing to steal.
	/// Returns how many files it removed.
	pub fn prune_shares_before(
		&self,
		key_session: &SessionId,
		epoch: u32,
	) -> Result<usize, ThresholdError> {
		let prefix = format!("{}.", hex(key_session));
		let failed = |error: std::io::Error| ThresholdError::Vault {
			path: self.dir.clone(),
			reason: error.to_string(),
		};
		let mut removed: usize = 0;
		for entry in fs::read_dir(&self.dir).map_err(failed)? {
			let name = entry.map_err(failed)?.file_name();
			let Some(old) = name
				.to_str()
				.and_then(|name| name.strip_prefix(&prefix))
				.and_then(|rest| rest.strip_suffix(".share"))
				.and_then(|number| number.parse::<u32>().ok())
				.filter(|old| *old < epoch)
			else {
				continue;
			};
			self.remove_share(key_session, old)?;
			removed = removed.saturating_add(1);
		}
		Ok(removed)
	}

	/// Seals the member's key-agreement secret.
	pub fn store_agreement(&self, secret: &AgreementSecret) -> Result<PathBuf, ThresholdError> {
		let path = self.dir.join(AGREEMENT_FILE);
		self.seal_to(&path, &secret.to_bytes()[..])?;
		Ok(path)
	}

	/// The member's key-agreement secret, or `None` if none was stored yet.
	pub fn load_agreement(&self) -> Result<Option<AgreementSecret>, ThresholdError> {
		let path = self.dir.join(AGREEMENT_FILE);
		if !path.exists() {
			return Ok(None);
		}
		let plaintext = self.open_from(&path)?;
		let bytes: &[u8; 32] = plaintext[..]
			.try_into()
			.map_err(|_| ThresholdError::Vault {
				path,
				reason: "not a 32-byte key".into(),
			})?;
		AgreementSecret::from_bytes(bytes).map(Some)
	}

	/// The file-specific sealing key: HKDF-SHA256 of the custodian key's
	/// signature over the label, expanded for the file's name.
	fn sealing_key(&self, file_name: &str) -> Result<Zeroizing<[u8; 32]>, ThresholdError> {
		let label = [SEALING_LABEL, self.custodian.as_ref()].concat();
		let signature = self
			.keystore
			.ed25519_sign(self.key_type, &self.custodian, &label)
			.map_err(|error| ThresholdError::Keystore(error.to_string()))?
			.ok_or_else(|| {
				ThresholdError::Keystore(format!(
					"the keystore holds no {} key {:?}",
					String::from_utf8_lossy(&self.key_type.0),
					self.custodian
				))
			})?;
		let signature = Zeroizing::new(signature.0);
		if !<ed25519::Pair as sp_core::Pair>::verify(
			&ed25519::Signature::from_raw(*signature),
			&label,
			&self.custodian,
		) {
			return Err(ThresholdError::Keystore(
				"the custodian key returned a signature that does not verify".into(),
			));
		}
		let mut key = Zeroizing::new([0u8; 32]);
		Hkdf::<Sha256>::new(Some(SEALING_LABEL), &signature[..])
			.expand(file_name.as_bytes(), &mut key[..])
			.map_err(|_| ThresholdError::Keystore("HKDF output length".into()))?;
		Ok(key)
	}

	fn associated_data(&self, file_name: &str) -> Vec<u8> {
		[&MAGIC[..], self.custodian.as_ref(), file_name.as_bytes()].concat()
	}

	fn seal_to(&self, path: &Path, plaintext: &[u8]) -> Result<(), ThresholdError> {
		let failed = |reason: String| ThresholdError::Vault {
			path: path.to_owned(),
			reason,
		};
		let file_name = file_name(path)?;
		let key = self.sealing_key(&file_name)?;
		let mut nonce = [0u8; NONCE_LEN];
		OsRng.fill_bytes(&mut nonce);
		let ciphertext = XChaCha20Poly1305::new((&*key).into())
			.encrypt(
				&XNonce::from(nonce),
				Payload {
					msg: plaintext,
					aad: &self.associated_data(&file_name),
				},
			)
			.map_err(|_| failed("encryption failed".into()))?;
		let temporary = path.with_extension("tmp");
		let write = || -> std::io::Result<()> {
			let mut options = fs::OpenOptions::new();
			options.write(true).create(true).truncate(true);
			#[cfg(unix)]
			std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
			let mut file = options.open(&temporary)?;
			file.write_all(MAGIC)?;
			file.write_all(&nonce)?;
			file.write_all(&ciphertext)?;
			file.sync_all()?;
			fs::rename(&temporary, path)?;
			fs::File::open(&self.dir)?.sync_all()
		};
		write().map_err(|error| failed(error.to_string()))
	}

	fn open_from(&self, path: &Path) -> Result<Zeroizing<Vec<u8>>, ThresholdError> {
		let failed = |reason: String| ThresholdError::Vault {
			path: path.to_owned(),
			reason,
		};
		let bytes = fs::read(path).map_err(|error| failed(error.to_string()))?;
		let body = bytes
			.strip_prefix(&MAGIC[..])
			.ok_or_else(|| failed("not a share vault file (bad magic)".into()))?;
		if body.len() < NONCE_LEN {
			return Err(failed("truncated".into()));
		}
		let (nonce, ciphertext) = body.split_at(NONCE_LEN);
		let nonce: [u8; NONCE_LEN] = nonce.try_into().map_err(|_| failed("truncated".into()))?;
		let file_name = file_name(path)?;
		let key = self.sealing_key(&file_name)?;
		XChaCha20Poly1305::new((&*key).into())
			.decrypt(
				&XNonce::from(nonce),
				Payload {
					msg: ciphertext,
					aad: &self.associated_data(&file_name),
				},
			)
			.map(Zeroizing::new)
			.map_err(|_| {
				failed(
					"does not open: sealed under another custodian key, renamed, or altered".into(),
				)
			})
	}
}

fn file_name(path: &Path) -> Result<String, ThresholdError> {
	path.file_name()
		.and_then(|name| name.to_str())
		.map(str::to_owned)
		.ok_or_else(|| ThresholdError::Vault {
			path: path.to_owned(),
			reason: "no file name".into(),
		})
}
