//! The signer flags (`--hsm-*`), shared by the node and `keyreg-node hsm`.

/// The environment variable that holds the HSM user PIN when no
/// `--hsm-pin-file` is given. The PIN is never taken from the command line,
/// where every user of the machine can read it.
pub const HSM_PIN_ENV: &str = "KEYREG_HSM_PIN";

/// Where off-chain workers' keys live besides the node's local keystore.
#[derive(Debug, Clone, clap::Args)]
pub struct SignerParams {
	/// PKCS#11 module of the HSM (SoftHSM2: /usr/lib/softhsm/libsofthsm2.so).
	/// Turns the HSM backend on: the key types of `--hsm-key-type` are then
	/// generated, kept and used in the token only.
	#[arg(long, value_name = "PATH")]
	pub hsm_module: Option<std::path::PathBuf>,

	/// Label of the HSM token to use.
	#[arg(long, value_name = "LABEL", requires = "hsm_module")]
	pub hsm_token_label: Option<String>,

	/// File that holds the token's user PIN (mode 600). Without it the PIN is
	/// read from the KEYREG_HSM_PIN environment variable.
	#[arg(long, value_name = "PATH", requires = "hsm_module")]
	pub hsm_pin_file: Option<std::path::PathBuf>,

	/// A key type (four ASCII characters) whose keys live in the HSM; repeat
	/// for several. `TYPE:ecdsa` (or `TYPE:ed25519`) puts only that scheme's
	/// keys of the type in the HSM and leaves its other keys in the local
	/// keystore: a node can so keep secp256k1 keys in a token that cannot back
	/// up Ed25519 keys, and its Ed25519 keys in its keystore. Default: `kreg`,
	/// the key registry's off-chain worker keys.
	#[arg(long = "hsm-key-type", value_name = "TYPE[:SCHEME]", value_parser = parse_hsm_route, requires = "hsm_module")]
	pub hsm_key_types: Vec<HsmRoute>,

	/// Seconds the node trusts its in-memory index of the token's keys before
	/// listing the token again. The node's own generations and destructions
	/// show at once; a pair added or removed by another program (`keyreg-node
	/// hsm adopt`, vendor tools) shows within this time. Listing a token of
	/// 10,000 keys takes seconds, which is why it is not done every block.
	#[arg(
		long,
		value_name = "SECS",
		default_value_t = 60,
		requires = "hsm_module"
	)]
	pub hsm_index_refresh: u64,
}

/// One `--hsm-key-type`: a key type, and the schemes of it the HSM holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HsmRoute {
	/// The key type.
	pub key_type: sp_core::crypto::KeyTypeId,
	/// `None`: all its keys; else these schemes only.
	pub schemes: Option<Vec<keyreg_signer::RoutedScheme>>,
}

impl HsmRoute {
	/// All keys of `key_type`.
	pub fn whole(key_type: sp_core::crypto::KeyTypeId) -> Self {
		Self {
			key_type,
			schemes: None,
		}
	}
}

/// Parses `kreg`, `kreg:ecdsa` or `kreg:ed25519`.
pub fn parse_hsm_route(text: &str) -> Result<HsmRoute, String> {
	let (key_type, scheme) = match text.split_once(':') {
		Some((key_type, scheme)) => (key_type, Some(scheme)),
		None => (text, None),
	};
	let schemes = match scheme {
		None => None,
		Some("ecdsa") => Some(vec![keyreg_signer::RoutedScheme::Ecdsa]),
		Some("ed25519") => Some(vec![keyreg_signer::RoutedScheme::Ed25519]),
		Some(other) => {
			return Err(format!(
				"{other:?}: the HSM holds `ecdsa` or `ed25519` keys; write TYPE, TYPE:ecdsa or TYPE:ed25519"
			))
		}
	};
	Ok(HsmRoute {
		key_type: parse_key_type(key_type)?,
		schemes,
	})
}

/// Parses a four-character key type such as `kreg`.
pub fn parse_key_type(text: &str) -> Result<sp_core::crypto::KeyTypeId, String> {
	let bytes: [u8; 4] = text
		.as_bytes()
		.try_into()
		.map_err(|_| format!("a key type is four ASCII characters, like `kreg`; got {text:?}"))?;
	Ok(sp_core::crypto::KeyTypeId(bytes))
}
