//! A threshold committee member's seat: its share, its custodian key and
//! its key-agreement secret, backed up and restored together.

use super::*;

/// A committee member's seat on a node: its custodian key and share vault.
#[derive(Debug, clap::Args)]
pub struct SeatArgs {
	/// The member's custodian key (hex, ed25519): its identity in the committee.
	#[arg(long, value_name = "HEX")]
	custodian: String,
	/// The node's share vaults (`<base-path>/chains/<chain>/threshold`).
	#[arg(long, value_name = "DIR")]
	vault_dir: PathBuf,
	/// The node's keystore directory, which holds the custodian key (or,
	/// with the HSM flags routing `kcus`, whose token does).
	#[arg(long, value_name = "DIR")]
	keystore_path: PathBuf,
	#[command(flatten)]
	hsm: SignerParams,
}

/// What a committee member needs to take its seat again, inside a bundle.
#[derive(codec::Encode, codec::Decode)]
struct ShareMaterial {
	custodian: [u8; 32],
	/// The custodian key's keystore file, when the local keystore holds it
	/// (an HSM's custodian key stays in its token).
	custodian_secret: Option<Vec<u8>>,
	/// The member's X25519 key-agreement secret, as registered.
	agreement: [u8; 32],
	/// The share record, as the vault stores it.
	share: Vec<u8>,
}

impl Drop for ShareMaterial {
	fn drop(&mut self) {
		zeroize::Zeroize::zeroize(&mut self.custodian_secret);
		zeroize::Zeroize::zeroize(&mut self.agreement);
		zeroize::Zeroize::zeroize(&mut self.share);
	}
}

impl SeatArgs {
	/// The keystore the member's node signs with: the local keystore, routed
	/// to the HSM for the key types the HSM flags name.
	pub(super) fn keystore(&self) -> Result<sp_keystore::KeystorePtr, String> {
		let local = std::sync::Arc::new(open_keystore(&self.keystore_path)?);
		let signers = offchain_keystore::Signers::open(&self.hsm)?;
		Ok(offchain_keystore::route(local, &signers, None, None))
	}

	/// The share vault of `custodian`, where the node keeps it.
	pub(super) fn vault(&self, custodian: [u8; 32]) -> Result<ShareVault, String> {
		ShareVault::open(
			&self.vault_dir.join(hex(&custodian)),
			self.keystore()?,
			CUSTODIAN_KEY_TYPE,
			ed25519::Public::from_raw(custodian),
		)
		.map_err(|e| format!("cannot open the share vault: {e}"))
	}
}

/// `create-share`: seals a member's seat into a bundle and writes every copy.
pub(super) fn create(
	key: &KeyArgs,
	version: u32,
	member: u16,
	key_session: &str,
	epoch: u32,
	seat: &SeatArgs,
	seal: &SealArgs,
) -> Result<(), String> {
	let custodian = hash32(&seat.custodian, "--custodian")?;
	let vault = seat.vault(custodian)?;
	let share = vault
		.load_share(&hash32(key_session, "--key-session")?, epoch)
		.map_err(|e| format!("cannot read the share: {e}"))?;
	if share.member != MemberIndex(member) {
		return Err(format!(
			"--member {member}: the vault's share is member {}'s",
			share.member.0
		));
	}
	let verifying = share
		.verifying_share(share.member)
		.map_err(|e| format!("the share's record: {e}"))?;
	let agreement = vault
		.load_agreement()
		.map_err(|e| format!("cannot read the key-agreement secret: {e}"))?
		.ok_or("the vault holds no key-agreement secret")?;
	let file = keystore_file(&seat.keystore_path, CUSTODIAN_KEY_TYPE, &custodian);
	let custodian_secret = match std::fs::read(&file) {
		Ok(bytes) => Some(bytes),
		Err(_) if seat.hsm.hsm_module.is_some() => None,
		Err(e) => {
			return Err(format!(
				"the keystore holds no custodian key {}: {} ({e})",
				seat.custodian,
				file.display()
			))
		}
	};
	let material = ShareMaterial {
		custodian,
		custodian_secret,
		agreement: *agreement.to_bytes(),
		share: share
			.to_bytes()
			.map_err(|e| format!("the share's record: {e}"))?
			.to_vec(),
	};
	let header = BundleHeader {
		magic: [0; 8],
		format: 0,
		id: [0; 16],
		genesis: hash32(&key.genesis, "--genesis")?,
		domain: key.domain,
		key: key.key,
		version,
		subject: Subject::Share(member),
		epoch,
		public: PublicKey::Ed25519(verifying).encode(),
		material: MaterialKind::ThresholdShare,
		holders: Vec::new(),
		threshold: 0,
		created_at: 0,
	};
	let bundle = seal.seal(header, &Zeroizing::new(material.encode()))?;
	let name = format!(
		"keyreg-{}-{}-member{member}-e{epoch}.bundle",
		key.domain, key.key
	);
	write_copies(&bundle, &name, &seal.copies)?;
	Ok(())
}

/// `share-drill-sign`: signs a drill payload with the member's share.
pub(super) fn drill_sign(
	key_session: &str,
	epoch: u32,
	seat: &SeatArgs,
	payload: &str,
) -> Result<(), String> {
	let payload = unhex(payload).map_err(|e| format!("--payload: {e}"))?;
	if !payload.starts_with(&DRILL_TAG) {
		return Err("--payload: not a drill payload (it starts with KEYREG/DRL/V1); this command signs nothing else".into());
	}
	let vault = seat.vault(hash32(&seat.custodian, "--custodian")?)?;
	let share = vault
		.load_share(&hash32(key_session, "--key-session")?, epoch)
		.map_err(|e| format!("cannot read the share: {e}"))?;
	let signature = share
		.sign_with_share(&payload, &mut OsRng)
		.map_err(|e| format!("cannot sign with the share: {e}"))?;
	println!(
		"{}",
		to_hex(
			&keyreg_runtime::pallet_key_registry::KeySignature::Ed25519(signature).encode(),
			false
		)
	);
	Ok(())
}

/// Puts a committee member's seat back: its custodian key into the
/// keystore (unless its token kept it), its key-agreement secret and its
/// share into the vault, sealed under the custodian key as the node does.
pub(super) fn restore_share(
	bundle: &Bundle,
	shares: &[HolderShare],
	expected: &Expected,
	keystore_path: &Path,
	vault_dir: &Path,
	hsm: &SignerParams,
) -> Result<(), String> {
	let Subject::Share(member) = bundle.header.subject else {
		return Err("the bundle's header names no member".into());
	};
	let plaintext = bundle
		.restore(shares, expected)
		.map_err(|e| format!("cannot restore: {e}"))?;
	let material: ShareMaterial = codec::Decode::decode(&mut &plaintext[..])
		.map_err(|_| "the restored material is not a member's share".to_string())?;
	let share =
		ShareRecord::from_bytes(&material.share).map_err(|e| format!("the restored share: {e}"))?;
	let on_record = PublicKey::Ed25519(
		share
			.verifying_share(share.member)
			.map_err(|e| format!("the restored share: {e}"))?,
	);
	if share.member != MemberIndex(member)
		|| share.epoch != bundle.header.epoch
		|| on_record.encode() != bundle.header.public
	{
		return Err("the restored share is not the one the bundle's header names".into());
	}
	std::fs::create_dir_all(keystore_path)
		.map_err(|e| format!("{}: {e}", keystore_path.display()))?;
	let custodian_file = keystore_file(keystore_path, CUSTODIAN_KEY_TYPE, &material.custodian);
	let wrote_custodian = match &material.custodian_secret {
		Some(secret) if !custodian_file.exists() => {
			write_secret(&custodian_file, secret)?;
			true
		}
		_ => false,
	};
	let seat = SeatArgs {
		custodian: hex(&material.custodian),
		vault_dir: vault_dir.to_owned(),
		keystore_path: keystore_path.to_owned(),
		hsm: hsm.clone(),
	};
	let undo = |error: String| {
		if wrote_custodian {
			let _ = std::fs::remove_file(&custodian_file);
		}
		error
	};
	let vault = seat.vault(material.custodian).map_err(undo)?;
	let agreement = AgreementSecret::from_bytes(&material.agreement)
		.map_err(|e| undo(format!("the restored key-agreement secret: {e}")))?;
	match vault.load_agreement() {
		Ok(Some(present)) if present.public() != agreement.public() => {
			return Err(undo(
				"the vault holds another key-agreement secret; restore into the member's \
				 own (empty) vault"
					.into(),
			))
		}
		Ok(Some(_)) => {}
		Ok(None) | Err(_) => {
			vault
				.store_agreement(&agreement)
				.map_err(|e| undo(format!("cannot store the key-agreement secret: {e}")))?;
		}
	}
	if vault.load_share(&share.session, share.epoch).is_ok() {
		return Err(undo(
			"the vault already holds this share; nothing to restore".into(),
		));
	}
	vault
		.store_share(&share)
		.map_err(|e| undo(format!("cannot store the share: {e}")))?;
	vault
		.load_share(&share.session, share.epoch)
		.map_err(|e| undo(format!("the stored share does not open again: {e}")))?;
	println!(
		"restored member {member}'s share of key {}/{} (epoch {}) into {}",
		bundle.header.domain,
		bundle.header.key,
		share.epoch,
		vault_dir.display()
	);
	Ok(())
}
