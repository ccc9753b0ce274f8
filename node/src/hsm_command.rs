//! `keyreg-node hsm …`: an operator's tools for the HSM the node signs with.
//!
//! Before a key can be registered, its holder must generate it and sign its
//! proof of possession. With an HSM both happen inside the token: `generate`
//! makes a key there (sensitive, non-extractable) and prints its public key,
//! `sign` signs a message given in hex (the proof of possession, the rotation
//! certificate) and prints the signature, `list` prints the keys the token
//! holds (`--all`: every key pair, the node's and foreign ones). `adopt`
//! takes a pair made in an operator's own key ceremony (`pkcs11-tool
//! --keypairgen`, a vendor tool) after checking it is sensitive and never
//! extractable. They use the same flags, PIN sources and key routing as the node, so
//! what they generate is what the node's off-chain worker finds and uses.
//!
//! Output goes to stdout as `0x`-prefixed hex, one item per line, so scripts
//! can read it; errors say which flag to fix.

use crate::{offchain_keystore, signer_args::SignerParams};
use keyreg_runtime::pallet_key_registry::offchain::KEY_TYPE;
use keyreg_signer::pkcs11::{adopt::KeySelector, Curve};
use sp_core::{bytes::to_hex, crypto::KeyTypeId, ecdsa, ed25519};
use sp_keystore::Keystore;

/// The signature scheme of a key in the HSM.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Scheme {
	/// Ed25519 (pure EdDSA).
	Ed25519,
	/// ECDSA over secp256k1 (signs the BLAKE2b-256 digest of the message).
	Ecdsa,
}

/// What to do with the HSM.
#[derive(Debug, clap::Subcommand)]
pub enum HsmCommand {
	/// Print the public keys the token holds for the key type.
	List {
		/// Print every Ed25519 and EC key pair in the token instead: its
		/// label, id, curve, public key, whether the node uses it and, if it
		/// cannot, why (pairs from a key ceremony show here before `adopt`).
		#[arg(long)]
		all: bool,
		#[command(flatten)]
		args: HsmArgs,
	},
	/// Adopt a key pair made outside the node (a key ceremony): found by
	/// label, id or public key, checked to be sensitive, never extractable
	/// and able to sign, then tagged as the node's key of the key type
	/// (`CKA_LABEL keyreg/<type>`, `CKA_ID` its public key). Prints its
	/// public key. Refused, with the reason, and the token unchanged
	/// otherwise.
	Adopt {
		/// The pair's CKA_LABEL (as given to `pkcs11-tool --label`).
		#[arg(long, value_name = "LABEL", group = "selector")]
		label: Option<String>,
		/// The pair's CKA_ID (hex, as given to `pkcs11-tool --id`).
		#[arg(long, value_name = "HEX", group = "selector")]
		id: Option<String>,
		/// The pair's public key (hex; 32 bytes ed25519, 33 bytes ecdsa).
		#[arg(long, value_name = "HEX", group = "selector")]
		public: Option<String>,
		#[command(flatten)]
		args: HsmArgs,
	},
	/// Generate a key in the token and print its public key.
	Generate {
		/// Signature scheme of the new key.
		#[arg(long, value_enum)]
		scheme: Scheme,
		/// Make the key backup-able: still sensitive, but wrappable inside the
		/// token under its trusted backup wrapping key (installed by the SO
		/// with `keyreg-node backup wrapping-key`), so `keyreg-node backup
		/// create` can back it up. Refused, and nothing kept, if the token
		/// cannot wrap keys of the scheme (SoftHSM2 2.6: Ed25519).
		#[arg(long)]
		backupable: bool,
		#[command(flatten)]
		args: HsmArgs,
	},
	/// Sign a message with a key in the token and print the signature.
	Sign {
		/// Public key to sign with (hex; 32 bytes ed25519, 33 bytes ecdsa).
		#[arg(long, value_name = "HEX")]
		public: String,
		/// Message to sign (hex).
		#[arg(long, value_name = "HEX")]
		message: String,
		#[command(flatten)]
		args: HsmArgs,
	},
}

/// The HSM to use and the key type within it.
#[derive(Debug, clap::Args)]
pub struct HsmArgs {
	#[command(flatten)]
	signer: SignerParams,
	/// Key type of the keys (four ASCII characters). Default: `kreg`, the key
	/// registry's off-chain worker keys.
	#[arg(long = "key-type", value_name = "TYPE", value_parser = crate::signer_args::parse_key_type)]
	key_type: Option<KeyTypeId>,
}

impl HsmCommand {
	/// Runs the command; prints its result to stdout.
	pub fn run(&self) -> Result<(), String> {
		match self {
			HsmCommand::List { all: true, args } => {
				let token = args.token()?;
				let pairs = token
					.inventory()
					.map_err(|e| format!("HSM: could not list the token's key pairs: {e}"))?;
				for pair in pairs {
					let curve = match pair.curve {
						Some(Curve::Ed25519) => "ed25519",
						Some(Curve::Secp256k1) => "ecdsa",
						None => "unsupported",
					};
					let status = match (&pair.key_type, pair.unfit()) {
						(_, Some(reason)) => format!("unusable: {reason}"),
						(Some(kt), None) => format!("node key {}", String::from_utf8_lossy(&kt.0)),
						(None, None) => "foreign: adopt it with `keyreg-node hsm adopt`".into(),
					};
					println!(
						"{curve} {} label={:?} id={} {status}",
						to_hex(&pair.public, false),
						pair.label,
						to_hex(&pair.id, false)
					);
				}
			}
			HsmCommand::Adopt {
				label,
				id,
				public,
				args,
			} => {
				let selector = match (label, id, public) {
					(Some(label), None, None) => KeySelector::Label(label.clone()),
					(None, Some(id), None) => {
						KeySelector::Id(unhex(id).map_err(|e| format!("--id: {e}"))?)
					}
					(None, None, Some(public)) => {
						KeySelector::Public(unhex(public).map_err(|e| format!("--public: {e}"))?)
					}
					_ => {
						return Err(
							"name the pair to adopt with one of --label, --id or --public".into(),
						)
					}
				};
				let token = args.token()?;
				let adopted = token
					.adopt(args.key_type.unwrap_or(KEY_TYPE), &selector)
					.map_err(|e| format!("HSM: {e}"))?;
				if adopted.relabelled {
					eprintln!(
						"adopted: CKA_LABEL {:?} and CKA_ID {} replaced on both halves",
						adopted.previous_label,
						to_hex(&adopted.previous_id, false)
					);
				} else {
					eprintln!("already the node's key: nothing changed");
				}
				println!("{}", to_hex(&adopted.public, false));
			}
			HsmCommand::List { all: false, args } => {
				let (keystore, key_type) = args.open()?;
				for public in keystore.ed25519_public_keys(key_type) {
					println!("ed25519 {}", to_hex(&public.0, false));
				}
				for public in keystore.ecdsa_public_keys(key_type) {
					println!("ecdsa {}", to_hex(&public.0, false));
				}
			}
			HsmCommand::Generate {
				scheme,
				backupable: true,
				args,
			} => {
				let token = args.token()?;
				let curve = match scheme {
					Scheme::Ed25519 => Curve::Ed25519,
					Scheme::Ecdsa => Curve::Secp256k1,
				};
				let public = token
					.generate_backupable(args.key_type.unwrap_or(KEY_TYPE), curve)
					.map_err(|e| format!("HSM: could not generate a backup-able key: {e}"))?;
				println!("{}", to_hex(&public, false));
			}
			HsmCommand::Generate {
				scheme,
				backupable: false,
				args,
			} => {
				let (keystore, key_type) = args.open()?;
				let public = match scheme {
					Scheme::Ed25519 => keystore
						.ed25519_generate_new(key_type, None)
						.map(|p| p.0.to_vec()),
					Scheme::Ecdsa => keystore
						.ecdsa_generate_new(key_type, None)
						.map(|p| p.0.to_vec()),
				}
				.map_err(|e| format!("HSM: could not generate the key: {e}"))?;
				println!("{}", to_hex(&public, false));
			}
			HsmCommand::Sign {
				public,
				message,
				args,
			} => {
				let public = unhex(public).map_err(|e| format!("--public: {e}"))?;
				let message = unhex(message).map_err(|e| format!("--message: {e}"))?;
				let (keystore, key_type) = args.open()?;
				let signature = match public.len() {
					32 => {
						let public = ed25519::Public::try_from(public.as_slice())
							.map_err(|_| "--public: not an ed25519 public key".to_string())?;
						keystore
							.ed25519_sign(key_type, &public, &message)
							.map(|s| s.map(|s| s.0.to_vec()))
					}
					33 => {
						let public = ecdsa::Public::try_from(public.as_slice())
							.map_err(|_| "--public: not a compressed secp256k1 key".to_string())?;
						keystore
							.ecdsa_sign(key_type, &public, &message)
							.map(|s| s.map(|s| s.0.to_vec()))
					}
					n => {
						return Err(format!(
							"--public: {n} bytes; an ed25519 key has 32, a compressed \
							 secp256k1 key 33"
						))
					}
				}
				.map_err(|e| format!("HSM: could not sign: {e}"))?
				.ok_or("HSM: the token holds no private key for --public under that key type")?;
				println!("{}", to_hex(&signature, false));
			}
		}
		Ok(())
	}
}

impl HsmArgs {
	/// The token itself, logged in as its user.
	fn token(&self) -> Result<keyreg_signer::Pkcs11Signer, String> {
		offchain_keystore::open_hsm(&self.signer)?.ok_or_else(|| {
			"give --hsm-module (the PKCS#11 module), --hsm-token-label and \
			 --hsm-pin-file (or KEYREG_HSM_PIN)"
				.to_string()
		})
	}

	/// The node's routing keystore with `--hsm-key-type` (or the `--key-type`)
	/// routed to the token, and the key type to act on.
	fn open(&self) -> Result<(sp_keystore::KeystorePtr, KeyTypeId), String> {
		if self.signer.hsm_module.is_none() {
			return Err(
				"give --hsm-module (the PKCS#11 module), --hsm-token-label and \
			            --hsm-pin-file (or KEYREG_HSM_PIN)"
					.into(),
			);
		}
		let key_type = self.key_type.unwrap_or(KEY_TYPE);
		let mut params = self.signer.clone();
		// These commands act on the token only, whatever scheme.
		params
			.hsm_key_types
			.retain(|route| route.key_type != key_type);
		params
			.hsm_key_types
			.push(crate::signer_args::HsmRoute::whole(key_type));
		let signers = offchain_keystore::Signers::open(&params)?;
		// Nothing is kept locally: keys of other types would stay in memory.
		let local = std::sync::Arc::new(sc_keystore::LocalKeystore::in_memory());
		Ok((
			offchain_keystore::route(local, &signers, None, None),
			key_type,
		))
	}
}

/// Bytes from hex (`0x` optional); says what is wrong with `text`.
pub(crate) fn unhex(text: &str) -> Result<Vec<u8>, String> {
	let digits = text.strip_prefix("0x").unwrap_or(text);
	if !digits.len().is_multiple_of(2) {
		return Err("hex needs an even number of digits".into());
	}
	digits
		.as_bytes()
		.chunks(2)
		.map(|pair| {
			std::str::from_utf8(pair)
				.ok()
				.and_then(|pair| u8::from_str_radix(pair, 16).ok())
				.ok_or_else(|| format!("not hex: {text:?}"))
		})
		.collect()
}
