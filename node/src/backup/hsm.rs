//! HSM keys: the security officer's backup wrapping key, and restoring a
//! wrapped key into a (fresh) token.

use super::*;

/// The environment variable that holds a token's security-officer PIN when
/// no `--so-pin-file` is given.
pub const SO_PIN_ENV: &str = "KEYREG_HSM_SO_PIN";

/// The token whose backup wrapping key the security officer manages.
#[derive(Debug, clap::Args)]
pub struct WrappingTokenArgs {
	/// PKCS#11 module of the HSM.
	#[arg(long, value_name = "PATH")]
	hsm_module: PathBuf,
	/// Label of the token.
	#[arg(long, value_name = "LABEL")]
	hsm_token_label: String,
	/// File that holds the token's security-officer PIN (mode 600). Without
	/// it the PIN is read from the KEYREG_HSM_SO_PIN environment variable.
	#[arg(long, value_name = "FILE")]
	so_pin_file: Option<PathBuf>,
}

/// The security officer's work on a token's backup wrapping key.
#[derive(Debug, clap::Subcommand)]
pub enum WrappingKeyCommand {
	/// Make the token's backup wrapping key, seal it into its own bundle
	/// under the holders' shares, write every copy, and only then install
	/// it (trusted, wrap and unwrap only, never extractable); if installing
	/// fails, the copies are removed. Prints its id, the bundle's digest
	/// and name.
	Create {
		/// Genesis hash of the chain (hex).
		#[arg(long, value_name = "HEX")]
		genesis: String,
		/// The domain whose holders keep the shares.
		#[arg(long)]
		domain: u32,
		#[command(flatten)]
		seal: SealArgs,
		#[command(flatten)]
		token: WrappingTokenArgs,
	},
	/// Restore a wrapping key from its bundle and `t` holders' shares into a
	/// (fresh) token, so that keys wrapped under it can be restored there.
	Install {
		/// The wrapping key's bundle file.
		#[arg(long, value_name = "FILE")]
		bundle: PathBuf,
		/// The bundle's digest as recorded (hex): an altered copy is refused.
		#[arg(long, value_name = "HEX")]
		digest: String,
		/// Genesis hash of the chain (hex).
		#[arg(long, value_name = "HEX")]
		genesis: String,
		/// The domain whose holders keep the shares.
		#[arg(long)]
		domain: u32,
		/// An opened share (from `open-share`); once per share.
		#[arg(long = "share", value_name = "FILE", required = true)]
		shares: Vec<PathBuf>,
		#[command(flatten)]
		token: WrappingTokenArgs,
	},
}

impl WrappingKeyCommand {
	pub(super) fn run(&self) -> Result<(), String> {
		match self {
			Self::Create {
				genesis,
				domain,
				seal,
				token,
			} => {
				let secret = WrappingKeySecret::generate(&mut OsRng);
				let id = secret.id();
				let header = BundleHeader {
					magic: [0; 8],
					format: 0,
					id: [0; 16],
					genesis: hash32(genesis, "--genesis")?,
					domain: *domain,
					key: NO_KEY,
					version: 0,
					subject: Subject::Key,
					epoch: 0,
					public: id.to_vec(),
					material: MaterialKind::HsmWrappingKey,
					holders: Vec::new(),
					threshold: 0,
					created_at: 0,
				};
				let so_pin = token.so_pin()?;
				let bundle = seal.seal(header, &secret.to_bytes())?;
				let copies = &seal.copies;
				// Every copy is written before the key is installed: a wrapping
				// key without a backup would strand every key wrapped under it.
				// If installing fails, the copies go, so none names a key that
				// no token holds.
				let name = wrapping_key_bundle_name(*domain, &id);
				let bytes = bundle.to_bytes();
				let remove_written = |written: &[String]| {
					for copy in written {
						let _ = delete(copy, &name);
					}
				};
				for (i, copy) in copies.iter().enumerate() {
					if let Err(e) = put(copy, &name, &bytes) {
						remove_written(copies.get(..i).unwrap_or_default());
						return Err(format!("--copy {copy}: {e}; nothing was installed"));
					}
				}
				if let Err(e) = install_wrapping_key(
					&token.hsm_module,
					&token.hsm_token_label,
					&so_pin,
					&secret,
				) {
					remove_written(copies);
					return Err(format!("HSM: {e}; the copies were removed"));
				}
				println!("wrapping-key {}", to_hex(&id, false));
				println!("digest {}", to_hex(&Bundle::digest(&bytes), false));
				println!("name {name}");
				println!("copies {}", copies.len());
			}
			Self::Install {
				bundle,
				digest,
				genesis,
				domain,
				shares,
				token,
			} => {
				let bundle = read_bundle(bundle, Some(hash32(digest, "--digest")?))?;
				if bundle.header.material != MaterialKind::HsmWrappingKey {
					return Err("this bundle does not hold a token's wrapping key".into());
				}
				let shares = read_shares(shares)?;
				let expected = Expected {
					genesis: hash32(genesis, "--genesis")?,
					domain: *domain,
					key: NO_KEY,
				};
				let plaintext = bundle
					.restore(&shares, &expected)
					.map_err(|e| format!("cannot restore: {e}"))?;
				let secret =
					WrappingKeySecret::from_bytes(&plaintext).map_err(|e| e.to_string())?;
				if secret.id().as_slice() != bundle.header.public.as_slice() {
					return Err("the restored wrapping key is not the one the bundle names".into());
				}
				let id = install_wrapping_key(
					&token.hsm_module,
					&token.hsm_token_label,
					&token.so_pin()?,
					&secret,
				)
				.map_err(|e| format!("HSM: {e}"))?;
				println!(
					"installed wrapping key {} in token {}",
					to_hex(&id, false),
					token.hsm_token_label
				);
			}
		}
		Ok(())
	}
}

impl WrappingTokenArgs {
	pub(super) fn so_pin(&self) -> Result<Pin, String> {
		match &self.so_pin_file {
			Some(file) => Pin::from_file(file),
			None => Pin::from_env(SO_PIN_ENV).map_err(|_| {
				keyreg_signer::SignerError::PinSource(format!(
					"give --so-pin-file with the token's security-officer PIN, or set {SO_PIN_ENV}"
				))
			}),
		}
		.map_err(|e| format!("HSM: {e}"))
	}
}

/// Unwraps an HSM key's bundle into the token of `params`.
pub(super) fn restore_into_token(
	bundle: &Bundle,
	shares: &[HolderShare],
	expected: &Expected,
	params: &SignerParams,
) -> Result<(), String> {
	let token = offchain_keystore::open_hsm(params)?.ok_or(
		"this bundle holds an HSM key: give --hsm-module, --hsm-token-label and \
		 --hsm-pin-file of the token to restore it into",
	)?;
	let plaintext = bundle
		.restore(shares, expected)
		.map_err(|e| format!("cannot restore: {e}"))?;
	let wrapped: WrappedKey = codec::Decode::decode(&mut &plaintext[..])
		.map_err(|_| "the restored material is not a wrapped HSM key".to_string())?;
	let on_record: PublicKey = codec::Decode::decode(&mut &bundle.header.public[..])
		.map_err(|_| "the bundle's public key is malformed".to_string())?;
	let matches = match (&on_record, wrapped.curve) {
		(PublicKey::Ed25519(p), Curve::Ed25519) => p.as_slice() == wrapped.public.as_slice(),
		(PublicKey::EcdsaSecp256k1(p), Curve::Secp256k1) => {
			p.as_slice() == wrapped.public.as_slice()
		}
		_ => false,
	};
	if !matches {
		return Err("the wrapped key is not the key the bundle's header names".into());
	}
	// The token checks the unwrapped key signs for `wrapped.public`.
	token.unwrap(&wrapped).map_err(|e| format!("HSM: {e}"))?;
	println!(
		"restored key {}/{} version {} into token {}",
		bundle.header.domain,
		bundle.header.key,
		bundle.header.version,
		token.token_label()
	);
	Ok(())
}

/// The token's curve for a `--scheme`; sr25519 is not an HSM scheme.
pub(super) fn hsm_curve(scheme: Scheme) -> Result<Curve, String> {
	match scheme {
		Scheme::Ed25519 => Ok(Curve::Ed25519),
		Scheme::Ecdsa => Ok(Curve::Secp256k1),
		Scheme::Sr25519 => Err("--scheme: an HSM holds no sr25519 keys".into()),
	}
}
