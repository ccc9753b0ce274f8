//! Command-line arguments: substrate's standard `run` flags plus the dev-chain
//! block timer, and the standard maintenance subcommands.

/// Arguments of `keyreg-node`.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// A maintenance subcommand instead of running the node.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// The standard node flags (`--dev`, `--chain`, `--tmp`, `--rpc-port`, ...).
	#[command(flatten)]
	pub run: sc_cli::RunCmd,

	/// Dev chain only: milliseconds without a transaction after which an empty
	/// block is sealed, so that off-chain workers and due rotations progress on
	/// an idle chain. Transactions are sealed as soon as they arrive. `0` turns
	/// the empty blocks off.
	#[arg(long, value_name = "MILLISECONDS", default_value_t = 3000)]
	pub dev_block_time: u64,

	/// Node-local signers for off-chain workers.
	#[command(flatten)]
	pub signers: SignerParams,
}

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

/// Maintenance subcommands.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management utilities (generate, inspect, insert into the keystore).
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Export a built-in chain specification as JSON.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Database metadata: best, finalized and the block-number ranges stored.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// HSM tools: generate a key in the token, sign with it (proofs of
	/// possession), list its keys.
	#[command(subcommand)]
	Hsm(crate::hsm_command::HsmCommand),

	/// Runtime benchmarks (`benchmark pallet` regenerates `weights.rs`).
	/// Present when the node is built with `--features runtime-benchmarks`.
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),
}
