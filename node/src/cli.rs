//! Command-line arguments: substrate's standard `run` flags plus the dev-chain
//! block timer and the signer flags, and the maintenance subcommands.

use crate::signer_args::SignerParams;

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

	/// Backups: seal a keystore key into copies under holders' shares,
	/// verify copies, open a holder's share, restore, sign a drill.
	#[command(subcommand)]
	Backup(crate::backup::BackupCommand),

	/// Runtime benchmarks (`benchmark pallet` regenerates `weights.rs`).
	/// Present when the node is built with `--features runtime-benchmarks`.
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),
}
