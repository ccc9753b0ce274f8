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
	/// for several. Default: `kreg`, the key registry's off-chain worker keys.
	#[arg(long = "hsm-key-type", value_name = "TYPE", value_parser = parse_key_type, requires = "hsm_module")]
	pub hsm_key_types: Vec<sp_core::crypto::KeyTypeId>,
}

/// Parses a four-character key type such as `kreg`.
pub fn parse_key_type(text: &str) -> Result<sp_core::crypto::KeyTypeId, String> {
	let bytes: [u8; 4] = text
		.as_bytes()
		.try_into()
		.map_err(|_| format!("a key type is four ASCII characters, like `kreg`; got {text:?}"))?;
	Ok(sp_core::crypto::KeyTypeId(bytes))
}
