//! `keyreg-node backup …`: encrypted, split and distributed backups of
//! local-keystore keys and HSM keys, and the drill signature that proves a
//! restore.
//!
//! An HSM key (made with `keyreg-node hsm generate --backupable`) is wrapped
//! inside its token under the token's backup wrapping key and the wrapped
//! bytes are sealed into the bundle; it is never in the clear on this host.
//! The wrapping key has its own bundle, made when the security officer
//! installs it (`wrapping-key create`) and opened only to install it into a
//! fresh token (`wrapping-key install`).
//!
//! The bundle format and its checks live in `keyreg_signer::backup`; this
//! module reads and writes keystores, key-agreement secrets, holder shares
//! and the bundle's copies. Copies go through `object_store` (the storage
//! abstraction of the Rust data ecosystem): a location is a directory path
//! or a `file://` URL. Secrets (agreement keys, opened shares) are read
//! from files and written with mode 0600; nothing secret is ever printed
//! or taken from the command line.
//!
//! | command | who runs it | what it does |
//! |---|---|---|
//! | `holder-key` | each holder, once | makes an X25519 key-agreement secret, prints its public key (to register) |
//! | `create` | the key's custodian | seals a keystore key, writes every copy, prints the digest (to record) |
//! | `verify` | anyone | checks every copy against the digest on chain; names missing and altered copies |
//! | `open-share` | one holder | opens its share with its agreement secret, for the restorer |
//! | `restore` | the restorer | combines `t` shares, puts the key back into a keystore |
//! | `drill-sign` | the restorer | signs a drill payload (and nothing else) with the restored key |
//! | `create-share` | a committee member's operator | seals the member's share with its custodian and agreement keys |
//! | `share-drill-sign` | the restorer | signs a drill payload with a restored share |
//! | `wrapping-key create` | the token's SO, once | makes the token's backup wrapping key, installs it, seals it into its own bundle |
//! | `wrapping-key install` | the SO of a fresh token | restores the wrapping key from `t` shares into the token |
//!
//! | module | what lives there |
//! |---|---|
//! | [`keystore`] | local-keystore keys: their material, signing with them |
//! | [`hsm`] | HSM keys: the SO's wrapping key, restoring into a token |
//! | [`share`] | a committee member's seat: share, custodian and key-agreement keys |
//! | [`copies`] | the bundle's copies, through `object_store` |
//! | [`files`] | secret files, holder shares, hex arguments |

use crate::{hsm_command::unhex, offchain_keystore, signer_args::SignerParams};
use codec::Encode;
use keyreg_runtime::pallet_key_registry::{
	offchain::{CUSTODIAN_KEY_TYPE, KEY_TYPE},
	signature::DRILL_TAG,
	PublicKey,
};
use keyreg_signer::{
	backup::{Bundle, BundleHeader, Expected, Holder, HolderShare, MaterialKind, Subject, NO_KEY},
	pkcs11::{
		wrapping::{install_wrapping_key, WrappedKey, WrappingKeySecret},
		Curve,
	},
	threshold::{vault::ShareVault, AgreementPublic, AgreementSecret, MemberIndex, ShareRecord},
	Pin,
};
use object_store::{local::LocalFileSystem, path::Path as StorePath, ObjectStoreExt};
use rand_core::OsRng;
use sp_core::{bytes::to_hex, crypto::KeyTypeId, ecdsa, ed25519, sr25519};
use sp_keystore::Keystore;
use std::{
	io::Write,
	path::{Path, PathBuf},
};
use zeroize::Zeroizing;

pub mod copies;
pub mod files;
pub mod hsm;
pub mod keystore;
pub mod share;

use copies::*;
use files::*;
use hsm::{hsm_curve, restore_into_token, WrappingKeyCommand};
use keystore::*;
use share::{restore_share, SeatArgs};

/// Signature scheme of a keystore key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Scheme {
	/// Ed25519.
	Ed25519,
	/// Sr25519 (Schnorrkel).
	Sr25519,
	/// ECDSA over secp256k1 (compressed public key).
	Ecdsa,
}

/// Which key of which chain a bundle restores.
#[derive(Debug, clap::Args)]
pub struct KeyArgs {
	/// Genesis hash of the chain (hex).
	#[arg(long, value_name = "HEX")]
	genesis: String,
	/// The key's domain.
	#[arg(long)]
	domain: u32,
	/// The key's id.
	#[arg(long)]
	key: u32,
}

/// Who holds the shares of a new bundle's data key, and where its copies go.
#[derive(Debug, clap::Args)]
pub struct SealArgs {
	/// A holder: its ed25519 identity and its registered X25519
	/// agreement key, as `IDENTITY_HEX=AGREEMENT_HEX`; once per holder.
	#[arg(long = "holder", value_name = "ID=KEY", required = true)]
	holders: Vec<String>,
	/// Shares needed to restore.
	#[arg(long)]
	threshold: u8,
	/// A location to write a copy to (a directory or `file://` URL);
	/// once per copy.
	#[arg(long = "copy", value_name = "LOCATION", required = true)]
	copies: Vec<String>,
}

impl SealArgs {
	/// Seals `material` as `header` describes it, under these holders and
	/// threshold (which this fills in, with the creation time).
	pub(super) fn seal(&self, mut header: BundleHeader, material: &[u8]) -> Result<Bundle, String> {
		header.holders = self
			.holders
			.iter()
			.map(|h| parse_holder(h))
			.collect::<Result<Vec<_>, _>>()?;
		header.threshold = self.threshold;
		header.created_at = now();
		Bundle::create(header, material, &mut OsRng)
			.map_err(|e| format!("cannot make the bundle: {e}"))
	}
}

/// Where a key lives: the node's local keystore, or (with `--hsm-module`)
/// its HSM token.
#[derive(Debug, clap::Args)]
pub struct KeystoreArgs {
	/// The node's keystore directory (`<base-path>/chains/<chain>/keystore`),
	/// for a local-keystore key.
	#[arg(long, value_name = "DIR")]
	keystore_path: Option<PathBuf>,
	/// Key type (four ASCII characters). Default: `kreg`, the registry's keys.
	#[arg(long = "key-type", value_name = "TYPE", value_parser = crate::signer_args::parse_key_type)]
	key_type: Option<KeyTypeId>,
	#[command(flatten)]
	hsm: SignerParams,
}

/// What to do with backups.
#[derive(Debug, clap::Subcommand)]
pub enum BackupCommand {
	/// Make a holder's X25519 key-agreement secret (file, mode 0600) and
	/// print its public key, to register with `registerAgreementKey`.
	HolderKey {
		/// Where to write the secret; must not exist.
		#[arg(long, value_name = "FILE")]
		out: PathBuf,
	},
	/// Seal a key into a bundle, write it to every `--copy` and print its
	/// digest and name (record them with `recordBackup`). A local-keystore
	/// key is read from `--keystore-path`; with `--hsm-module`, a backup-able
	/// HSM key is wrapped inside its token.
	Create {
		#[command(flatten)]
		key: KeyArgs,
		/// The version backed up.
		#[arg(long)]
		version: u32,
		/// The key's scheme.
		#[arg(long, value_enum)]
		scheme: Scheme,
		/// The key's public key (hex).
		#[arg(long, value_name = "HEX")]
		public: String,
		#[command(flatten)]
		keystore: KeystoreArgs,
		#[command(flatten)]
		seal: SealArgs,
	},
	/// Check every copy of a bundle against the digest recorded on chain.
	/// Prints one line per copy; fails if any is missing or altered.
	Verify {
		/// The bundle's name (printed by `create`).
		#[arg(long)]
		name: String,
		/// The digest on chain (hex).
		#[arg(long, value_name = "HEX")]
		digest: String,
		/// A location holding a copy; once per copy.
		#[arg(long = "copy", value_name = "LOCATION", required = true)]
		copies: Vec<String>,
	},
	/// Open this holder's share of a bundle with its agreement secret and
	/// write it (mode 0600) for the restorer.
	OpenShare {
		/// The bundle file.
		#[arg(long, value_name = "FILE")]
		bundle: PathBuf,
		/// This holder's position in the bundle's holder list (from 0).
		#[arg(long)]
		holder: u8,
		/// The holder's agreement secret (from `holder-key`).
		#[arg(long, value_name = "FILE")]
		agreement_secret_file: PathBuf,
		/// Where to write the opened share; must not exist.
		#[arg(long, value_name = "FILE")]
		out: PathBuf,
	},
	/// Combine holders' shares and put the key back: a keystore key into
	/// `--keystore-path`, an HSM key into the token of `--hsm-module` (whose
	/// SO installed the wrapping key first).
	Restore {
		/// The bundle file.
		#[arg(long, value_name = "FILE")]
		bundle: PathBuf,
		/// The digest recorded on chain (hex): an altered copy is refused.
		#[arg(long, value_name = "HEX")]
		digest: String,
		#[command(flatten)]
		key: KeyArgs,
		/// An opened share (from `open-share`); once per share.
		#[arg(long = "share", value_name = "FILE", required = true)]
		shares: Vec<PathBuf>,
		/// The keystore directory to restore a keystore key into (for a
		/// share: the member's custodian key).
		#[arg(long, value_name = "DIR")]
		keystore_path: Option<PathBuf>,
		/// For a committee member's share: the node's share vaults
		/// (`<base-path>/chains/<chain>/threshold`).
		#[arg(long, value_name = "DIR")]
		vault_dir: Option<PathBuf>,
		#[command(flatten)]
		hsm: SignerParams,
	},
	/// Seal a threshold committee member's share (with the member's
	/// custodian key, when the keystore holds it, and its key-agreement
	/// key: what the member needs to take its seat again) into a bundle,
	/// write every copy, print digest and name (record them with
	/// `recordBackup(…, Share(member), …)`).
	CreateShare {
		#[command(flatten)]
		key: KeyArgs,
		/// The key's current version.
		#[arg(long)]
		version: u32,
		/// The member's position in the committee (from 1).
		#[arg(long)]
		member: u16,
		/// The DKG session that created the key (hex;
		/// `keyRegistry.thresholdKeys(D, K).session`).
		#[arg(long, value_name = "HEX")]
		key_session: String,
		/// The share's epoch (`keyRegistry.thresholdKeys(D, K).epoch`).
		#[arg(long)]
		epoch: u32,
		#[command(flatten)]
		seat: SeatArgs,
		#[command(flatten)]
		seal: SealArgs,
	},
	/// Sign a backup drill's payload (`KEYREG/DRL/V1…`, hex) with a member's
	/// share, as the chain checks it: an Ed25519 signature under the
	/// member's verifying share. Refuses any other payload.
	ShareDrillSign {
		/// The DKG session that created the key (hex).
		#[arg(long, value_name = "HEX")]
		key_session: String,
		/// The share's epoch.
		#[arg(long)]
		epoch: u32,
		#[command(flatten)]
		seat: SeatArgs,
		/// The drill payload (hex).
		#[arg(long, value_name = "HEX")]
		payload: String,
	},
	/// Sign a backup drill's payload (`KEYREG/DRL/V1…`, hex) with a
	/// keystore or HSM key and print the signature. Refuses any other payload.
	DrillSign {
		/// The key's scheme.
		#[arg(long, value_enum)]
		scheme: Scheme,
		/// The key's public key (hex).
		#[arg(long, value_name = "HEX")]
		public: String,
		/// The drill payload (hex).
		#[arg(long, value_name = "HEX")]
		payload: String,
		#[command(flatten)]
		keystore: KeystoreArgs,
	},
	/// A token's backup wrapping key (the security officer's ceremony).
	#[command(subcommand)]
	WrappingKey(WrappingKeyCommand),
}

impl BackupCommand {
	/// Runs the command; prints its result to stdout.
	pub fn run(&self) -> Result<(), String> {
		match self {
			Self::HolderKey { out } => {
				let secret = AgreementSecret::generate(&mut OsRng);
				write_secret(out, secret.to_bytes().as_ref())?;
				println!("{}", to_hex(&secret.public().0, false));
			}
			Self::Create {
				key,
				version,
				scheme,
				public,
				keystore,
				seal,
			} => {
				let public = unhex(public).map_err(|e| format!("--public: {e}"))?;
				let registered = registered_public(*scheme, &public)?;
				let key_type = keystore.key_type.unwrap_or(KEY_TYPE);
				let (kind, plaintext) = match offchain_keystore::open_hsm(&keystore.hsm)? {
					Some(token) => {
						let wrapped = token
							.wrap(key_type, hsm_curve(*scheme)?, &public)
							.map_err(|e| format!("HSM: {e}"))?;
						(MaterialKind::HsmWrapped, Zeroizing::new(wrapped.encode()))
					}
					None => {
						let dir = keystore.keystore_path.as_ref().ok_or(
							"give --keystore-path (a local-keystore key) or --hsm-module \
							 (a backup-able HSM key)",
						)?;
						let file = keystore_file(dir, key_type, &public);
						let secret = Zeroizing::new(std::fs::read(&file).map_err(|e| {
							format!(
								"the keystore holds no private key for --public under {}: {} ({e})",
								String::from_utf8_lossy(&key_type.0),
								file.display()
							)
						})?);
						let material = KeystoreMaterial {
							key_type: key_type.0,
							public: public.clone(),
							secret: secret.to_vec(),
						};
						(
							MaterialKind::KeystoreSecret,
							Zeroizing::new(material.encode()),
						)
					}
				};
				let header = BundleHeader {
					magic: [0; 8],
					format: 0,
					id: [0; 16],
					genesis: hash32(&key.genesis, "--genesis")?,
					domain: key.domain,
					key: key.key,
					version: *version,
					subject: Subject::Key,
					epoch: 0,
					public: registered.encode(),
					material: kind,
					holders: Vec::new(),
					threshold: 0,
					created_at: 0,
				};
				let bundle = seal.seal(header, &plaintext)?;
				write_copies(
					&bundle,
					&bundle_name(key.domain, key.key, *version),
					&seal.copies,
				)?;
			}
			Self::Verify {
				name,
				digest,
				copies,
			} => {
				let expected = hash32(digest, "--digest")?;
				let mut bad = 0usize;
				for copy in copies {
					match get(copy, name) {
						Ok(Some(bytes)) => {
							let found = Bundle::digest(&bytes);
							if found == expected {
								println!("intact {copy}");
							} else {
								bad = bad.saturating_add(1);
								println!("altered {copy} digest {}", to_hex(&found, false));
							}
						}
						Ok(None) => {
							bad = bad.saturating_add(1);
							println!("missing {copy}");
						}
						Err(e) => {
							bad = bad.saturating_add(1);
							println!("unreadable {copy}: {e}");
						}
					}
				}
				if bad > 0 {
					return Err(format!(
						"{bad} of {} copies missing or altered: write new copies from an intact one",
						copies.len()
					));
				}
			}
			Self::OpenShare {
				bundle,
				holder,
				agreement_secret_file,
				out,
			} => {
				let bundle = read_bundle(bundle, None)?;
				let secret = read_agreement_secret(agreement_secret_file)?;
				let share = bundle
					.open_share(*holder, &secret)
					.map_err(|e| format!("cannot open the share: {e}"))?;
				write_secret(out, &share.to_bytes())?;
				println!("share of holder {holder} written to {}", out.display());
			}
			Self::Restore {
				bundle,
				digest,
				key,
				shares,
				keystore_path,
				vault_dir,
				hsm,
			} => {
				let bundle = read_bundle(bundle, Some(hash32(digest, "--digest")?))?;
				let shares = read_shares(shares)?;
				let expected = Expected {
					genesis: hash32(&key.genesis, "--genesis")?,
					domain: key.domain,
					key: key.key,
				};
				match bundle.header.material {
					MaterialKind::KeystoreSecret => {}
					MaterialKind::HsmWrapped => {
						return restore_into_token(&bundle, &shares, &expected, hsm)
					}
					MaterialKind::ThresholdShare => {
						let (Some(keystore_path), Some(vault_dir)) = (keystore_path, vault_dir)
						else {
							return Err("this bundle holds a committee member's share: give \
							            --keystore-path and --vault-dir of the member's node"
								.into());
						};
						return restore_share(
							&bundle,
							&shares,
							&expected,
							keystore_path,
							vault_dir,
							hsm,
						);
					}
					MaterialKind::HsmWrappingKey => {
						return Err("this bundle holds a token's wrapping key: install it with \
						            `keyreg-node backup wrapping-key install`"
							.into())
					}
				}
				let keystore_path = keystore_path
					.as_ref()
					.ok_or("this bundle holds a keystore key: give --keystore-path")?;
				let plaintext = bundle
					.restore(&shares, &expected)
					.map_err(|e| format!("cannot restore: {e}"))?;
				let material: KeystoreMaterial = codec::Decode::decode(&mut &plaintext[..])
					.map_err(|_| "the restored material is not a keystore key".to_string())?;
				std::fs::create_dir_all(keystore_path)
					.map_err(|e| format!("{}: {e}", keystore_path.display()))?;
				let file = keystore_file(
					keystore_path,
					KeyTypeId(material.key_type),
					&material.public,
				);
				write_secret(&file, &material.secret)?;
				// The restored key must be the one on record: it signs, and the
				// signature verifies under the header's public key.
				let keystore = open_keystore(keystore_path)?;
				let public_key: PublicKey =
					codec::Decode::decode(&mut &bundle.header.public[..])
						.map_err(|_| "the bundle's public key is malformed".to_string())?;
				let probe = b"keyreg backup restore check";
				let signature = sign(&keystore, KeyTypeId(material.key_type), &public_key, probe)?;
				if !keyreg_runtime::pallet_key_registry::signature::verify_signature(
					&public_key,
					probe,
					&signature,
				) {
					let _ = std::fs::remove_file(&file);
					return Err(
						"the restored secret does not sign for the key on record; nothing restored"
							.into(),
					);
				}
				println!(
					"restored key {}/{} version {} into {}",
					bundle.header.domain,
					bundle.header.key,
					bundle.header.version,
					file.display()
				);
			}
			Self::DrillSign {
				scheme,
				public,
				payload,
				keystore,
			} => {
				let public = unhex(public).map_err(|e| format!("--public: {e}"))?;
				let payload = unhex(payload).map_err(|e| format!("--payload: {e}"))?;
				if !payload.starts_with(&DRILL_TAG) {
					return Err("--payload: not a drill payload (it starts with KEYREG/DRL/V1); this command signs nothing else".into());
				}
				let registered = registered_public(*scheme, &public)?;
				let key_type = keystore.key_type.unwrap_or(KEY_TYPE);
				let store: sp_keystore::KeystorePtr = if keystore.hsm.hsm_module.is_some() {
					let mut params = keystore.hsm.clone();
					params.hsm_key_types = vec![crate::signer_args::HsmRoute::whole(key_type)];
					let signers = offchain_keystore::Signers::open(&params)?;
					let local = std::sync::Arc::new(sc_keystore::LocalKeystore::in_memory());
					offchain_keystore::route(local, &signers, None, None)
				} else {
					let dir = keystore
						.keystore_path
						.as_ref()
						.ok_or("give --keystore-path or --hsm-module: where the restored key is")?;
					std::sync::Arc::new(open_keystore(dir)?)
				};
				let signature = sign(&*store, key_type, &registered, &payload)?;
				println!("{}", to_hex(&signature.encode(), false));
			}
			Self::WrappingKey(command) => command.run()?,
			Self::CreateShare {
				key,
				version,
				member,
				key_session,
				epoch,
				seat,
				seal,
			} => share::create(key, *version, *member, key_session, *epoch, seat, seal)?,
			Self::ShareDrillSign {
				key_session,
				epoch,
				seat,
				payload,
			} => share::drill_sign(key_session, *epoch, seat, payload)?,
		}
		Ok(())
	}
}
