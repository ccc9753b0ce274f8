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
	/// Make the token's backup wrapping key, install it (trusted, wrap and
	/// unwrap only, never extractable), seal it into its own bundle under
	/// the holders' shares and write every copy. Prints its id, the
	/// bundle's digest and name.
	Create {
		/// Genesis hash of the chain (hex).
		#[arg(long, value_name = "HEX")]
		genesis: String,
		/// The domain whose holders keep the shares.
		#[arg(long)]
		domain: u32,
		/// A holder, as `IDENTITY_HEX=AGREEMENT_HEX`; once per holder.
		#[arg(long = "holder", value_name = "ID=KEY", required = true)]
		holders: Vec<String>,
		/// Shares needed to restore.
		#[arg(long)]
		threshold: u8,
		/// A location to write a copy to; once per copy.
		#[arg(long = "copy", value_name = "LOCATION", required = true)]
		copies: Vec<String>,
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
		/// A holder, as `IDENTITY_HEX=AGREEMENT_HEX`; once per holder.
		#[arg(long = "holder", value_name = "ID=KEY", required = true)]
		holders: Vec<String>,
		/// Shares needed to restore.
		#[arg(long)]
		threshold: u8,
		/// A location to write a copy to; once per copy.
		#[arg(long = "copy", value_name = "LOCATION", required = true)]
		copies: Vec<String>,
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

/// The material of a keystore key inside a bundle.
#[derive(codec::Encode, codec::Decode)]
struct KeystoreMaterial {
	key_type: [u8; 4],
	public: Vec<u8>,
	/// The keystore file's content: the secret URI as a JSON string.
	secret: Vec<u8>,
}

impl Drop for KeystoreMaterial {
	fn drop(&mut self) {
		zeroize::Zeroize::zeroize(&mut self.secret);
	}
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
				holders,
				threshold,
				copies,
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
				let holders = holders
					.iter()
					.map(|h| parse_holder(h))
					.collect::<Result<Vec<_>, _>>()?;
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
					holders,
					threshold: *threshold,
					created_at: now(),
				};
				let bundle = Bundle::create(header, &plaintext, &mut OsRng)
					.map_err(|e| format!("cannot make the bundle: {e}"))?;
				write_copies(&bundle, &bundle_name(key.domain, key.key, *version), copies)?;
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
					offchain_keystore::route(local, &signers, None)
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
				holders,
				threshold,
				copies,
			} => {
				let custodian = hash32(&seat.custodian, "--custodian")?;
				let vault = seat.vault(custodian)?;
				let share = vault
					.load_share(&hash32(key_session, "--key-session")?, *epoch)
					.map_err(|e| format!("cannot read the share: {e}"))?;
				if share.member != MemberIndex(*member) {
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
					version: *version,
					subject: Subject::Share(*member),
					epoch: *epoch,
					public: PublicKey::Ed25519(verifying).encode(),
					material: MaterialKind::ThresholdShare,
					holders: holders
						.iter()
						.map(|h| parse_holder(h))
						.collect::<Result<Vec<_>, _>>()?,
					threshold: *threshold,
					created_at: now(),
				};
				let bundle = Bundle::create(header, &Zeroizing::new(material.encode()), &mut OsRng)
					.map_err(|e| format!("cannot make the bundle: {e}"))?;
				let name = format!(
					"keyreg-{}-{}-member{member}-e{epoch}.bundle",
					key.domain, key.key
				);
				write_copies(&bundle, &name, copies)?;
			}
			Self::ShareDrillSign {
				key_session,
				epoch,
				seat,
				payload,
			} => {
				let payload = unhex(payload).map_err(|e| format!("--payload: {e}"))?;
				if !payload.starts_with(&DRILL_TAG) {
					return Err("--payload: not a drill payload (it starts with KEYREG/DRL/V1); this command signs nothing else".into());
				}
				let vault = seat.vault(hash32(&seat.custodian, "--custodian")?)?;
				let share = vault
					.load_share(&hash32(key_session, "--key-session")?, *epoch)
					.map_err(|e| format!("cannot read the share: {e}"))?;
				let signature = share
					.sign_with_share(&payload, &mut OsRng)
					.map_err(|e| format!("cannot sign with the share: {e}"))?;
				println!(
					"{}",
					to_hex(
						&keyreg_runtime::pallet_key_registry::KeySignature::Ed25519(signature)
							.encode(),
						false
					)
				);
			}
		}
		Ok(())
	}
}

impl WrappingKeyCommand {
	fn run(&self) -> Result<(), String> {
		match self {
			Self::Create {
				genesis,
				domain,
				holders,
				threshold,
				copies,
				token,
			} => {
				let holders = holders
					.iter()
					.map(|h| parse_holder(h))
					.collect::<Result<Vec<_>, _>>()?;
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
					holders,
					threshold: *threshold,
					created_at: now(),
				};
				let so_pin = token.so_pin()?;
				let bundle = Bundle::create(header, &secret.to_bytes(), &mut OsRng)
					.map_err(|e| format!("cannot make the bundle: {e}"))?;
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
	fn so_pin(&self) -> Result<Pin, String> {
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

impl SeatArgs {
	/// The keystore the member's node signs with: the local keystore, routed
	/// to the HSM for the key types the HSM flags name.
	fn keystore(&self) -> Result<sp_keystore::KeystorePtr, String> {
		let local = std::sync::Arc::new(open_keystore(&self.keystore_path)?);
		let signers = offchain_keystore::Signers::open(&self.hsm)?;
		Ok(offchain_keystore::route(local, &signers, None))
	}

	/// The share vault of `custodian`, where the node keeps it.
	fn vault(&self, custodian: [u8; 32]) -> Result<ShareVault, String> {
		ShareVault::open(
			&self.vault_dir.join(hex(&custodian)),
			self.keystore()?,
			CUSTODIAN_KEY_TYPE,
			ed25519::Public::from_raw(custodian),
		)
		.map_err(|e| format!("cannot open the share vault: {e}"))
	}
}

/// Puts a committee member's seat back: its custodian key into the
/// keystore (unless its token kept it), its key-agreement secret and its
/// share into the vault, sealed under the custodian key as the node does.
fn restore_share(
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

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Unwraps an HSM key's bundle into the token of `params`.
fn restore_into_token(
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

fn hsm_curve(scheme: Scheme) -> Result<Curve, String> {
	match scheme {
		Scheme::Ed25519 => Ok(Curve::Ed25519),
		Scheme::Ecdsa => Ok(Curve::Secp256k1),
		Scheme::Sr25519 => Err("--scheme: an HSM holds no sr25519 keys".into()),
	}
}

fn now() -> u64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_secs())
		.unwrap_or(0)
}

/// Writes `bundle` to every location as `name`; prints its digest, name and
/// the number of copies.
fn write_copies(bundle: &Bundle, name: &str, copies: &[String]) -> Result<(), String> {
	let bytes = bundle.to_bytes();
	for copy in copies {
		put(copy, name, &bytes).map_err(|e| format!("--copy {copy}: {e}"))?;
	}
	println!("digest {}", to_hex(&Bundle::digest(&bytes), false));
	println!("name {name}");
	println!("copies {}", copies.len());
	Ok(())
}

fn read_shares(files: &[PathBuf]) -> Result<Vec<HolderShare>, String> {
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

/// A wrapping key's bundle is named after its domain and the start of its id.
fn wrapping_key_bundle_name(domain: u32, id: &[u8; 32]) -> String {
	let short: String = id.iter().take(4).map(|b| format!("{b:02x}")).collect();
	format!("keyreg-{domain}-wrapping-key-{short}.bundle")
}

/// Copies are named after what they restore.
fn bundle_name(domain: u32, key: u32, version: u32) -> String {
	format!("keyreg-{domain}-{key}-v{version}.bundle")
}

/// The store behind a `--copy` location: a directory or `file://` URL.
fn store(location: &str) -> Result<LocalFileSystem, String> {
	let dir = location.strip_prefix("file://").unwrap_or(location);
	if dir.contains("://") {
		return Err(format!(
			"{location}: only directories and file:// URLs are supported by this build"
		));
	}
	std::fs::create_dir_all(dir).map_err(|e| format!("{dir}: {e}"))?;
	LocalFileSystem::new_with_prefix(dir).map_err(|e| e.to_string())
}

fn put(location: &str, name: &str, bytes: &[u8]) -> Result<(), String> {
	let store = store(location)?;
	futures::executor::block_on(store.put(&StorePath::from(name), bytes.to_vec().into()))
		.map(|_| ())
		.map_err(|e| e.to_string())
}

fn delete(location: &str, name: &str) -> Result<(), String> {
	let store = store(location)?;
	futures::executor::block_on(store.delete(&StorePath::from(name))).map_err(|e| e.to_string())
}

fn get(location: &str, name: &str) -> Result<Option<Vec<u8>>, String> {
	let store = store(location)?;
	futures::executor::block_on(async {
		match store.get(&StorePath::from(name)).await {
			Ok(found) => found.bytes().await.map(|b| Some(b.to_vec())),
			Err(object_store::Error::NotFound { .. }) => Ok(None),
			Err(e) => Err(e),
		}
	})
	.map_err(|e| e.to_string())
}

fn read_bundle(file: &Path, digest: Option<[u8; 32]>) -> Result<Bundle, String> {
	let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
	Bundle::from_bytes(&bytes, digest).map_err(|e| format!("{}: {e}", file.display()))
}

fn read_agreement_secret(file: &Path) -> Result<AgreementSecret, String> {
	let bytes =
		Zeroizing::new(std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?);
	let bytes: &[u8; 32] = bytes
		.as_slice()
		.try_into()
		.map_err(|_| format!("{}: an agreement secret is 32 bytes", file.display()))?;
	AgreementSecret::from_bytes(bytes).map_err(|e| format!("{}: {e}", file.display()))
}

/// Writes a secret to a new file readable by its owner only.
fn write_secret(file: &Path, bytes: &[u8]) -> Result<(), String> {
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

/// Where sc-keystore keeps a key: `<dir>/<hex key type><hex public key>`.
fn keystore_file(dir: &Path, key_type: KeyTypeId, public: &[u8]) -> PathBuf {
	let name: String = key_type
		.0
		.iter()
		.chain(public)
		.map(|b| format!("{b:02x}"))
		.collect();
	dir.join(name)
}

fn open_keystore(dir: &Path) -> Result<sc_keystore::LocalKeystore, String> {
	sc_keystore::LocalKeystore::open(dir, None).map_err(|e| format!("{}: {e}", dir.display()))
}

fn sign(
	keystore: &dyn Keystore,
	key_type: KeyTypeId,
	public: &PublicKey,
	message: &[u8],
) -> Result<keyreg_runtime::pallet_key_registry::KeySignature, String> {
	use keyreg_runtime::pallet_key_registry::KeySignature;
	let missing =
		|| "the keystore holds no private key for --public under that key type".to_string();
	let failed = |e: sp_keystore::Error| format!("keystore: {e}");
	Ok(match public {
		PublicKey::Ed25519(p) => KeySignature::Ed25519(
			keystore
				.ed25519_sign(key_type, &ed25519::Public::from_raw(*p), message)
				.map_err(failed)?
				.ok_or_else(missing)?
				.0,
		),
		PublicKey::Sr25519(p) => KeySignature::Sr25519(
			keystore
				.sr25519_sign(key_type, &sr25519::Public::from_raw(*p), message)
				.map_err(failed)?
				.ok_or_else(missing)?
				.0,
		),
		PublicKey::EcdsaSecp256k1(p) => KeySignature::EcdsaSecp256k1(
			keystore
				.ecdsa_sign(key_type, &ecdsa::Public::from_raw(*p), message)
				.map_err(failed)?
				.ok_or_else(missing)?
				.0,
		),
	})
}

fn registered_public(scheme: Scheme, public: &[u8]) -> Result<PublicKey, String> {
	let wrong = |n: usize| {
		format!(
			"--public: {} bytes, a {scheme:?} public key has {n}",
			public.len()
		)
	};
	Ok(match scheme {
		Scheme::Ed25519 => PublicKey::Ed25519(public.try_into().map_err(|_| wrong(32))?),
		Scheme::Sr25519 => PublicKey::Sr25519(public.try_into().map_err(|_| wrong(32))?),
		Scheme::Ecdsa => PublicKey::EcdsaSecp256k1(public.try_into().map_err(|_| wrong(33))?),
	})
}

fn parse_holder(text: &str) -> Result<Holder, String> {
	let (identity, agreement) = text
		.split_once('=')
		.ok_or_else(|| format!("--holder {text}: give IDENTITY_HEX=AGREEMENT_HEX"))?;
	Ok(Holder {
		identity: hash32(identity, "--holder identity")?,
		agreement: AgreementPublic(hash32(agreement, "--holder agreement key")?),
	})
}

fn hash32(text: &str, flag: &str) -> Result<[u8; 32], String> {
	unhex(text)
		.map_err(|e| format!("{flag}: {e}"))?
		.try_into()
		.map_err(|_| format!("{flag}: 32 bytes (64 hex digits) expected"))
}
