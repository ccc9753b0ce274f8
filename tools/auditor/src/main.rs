//! `keyreg-auditor`: follows a key registry's finalized blocks and verifies
//! every domain's audit chain live. See `tools/auditor/README.md`.
//!
//! Exit status: 0 when `--until-block` is verified or on Ctrl-C, 1 on an
//! error (bad arguments, a wrong state file, an entry that does not decode),
//! 2 when a domain's chain does not fold to its head on chain.

use std::{
	io,
	net::{Ipv4Addr, SocketAddr},
	path::PathBuf,
	process::ExitCode,
	time::Duration,
};

use clap::Parser;
use keyreg_auditor::{
	follow::{Auditor, Options, Outcome},
	metrics::{self, Metrics},
};

/// Follows finalized blocks, verifies every domain's audit chain as entries
/// arrive, and prints each verified entry as a JSON line on stdout.
#[derive(Parser, Debug)]
#[command(name = "keyreg-auditor", version)]
struct Cli {
	/// The node's WebSocket JSON-RPC endpoint.
	#[arg(
		long,
		default_value = "ws://127.0.0.1:9944",
		env = "KEYREG_AUDITOR_URL"
	)]
	url: String,
	/// Keep the verified heads in this file and resume from it after a
	/// restart. Without it every start verifies again from `--from-block`.
	#[arg(long, value_name = "FILE")]
	state: Option<PathBuf>,
	/// First block to verify when there is no state file. 1 verifies every
	/// chain from its first entry (the node must still hold that block's
	/// state: an archive node on a long chain); a later block trusts the
	/// heads stored at the block before it.
	#[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..))]
	from_block: u64,
	/// Exit with status 0 once this block is verified (a batch audit).
	#[arg(long)]
	until_block: Option<u64>,
	/// Compare every domain's head with the verified one, and count due
	/// recovery drills, every this many blocks.
	#[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..))]
	sweep_every: u64,
	/// The registry pallet's name in the runtime.
	#[arg(long, default_value = "KeyRegistry")]
	pallet: String,
	/// Serve `keyreg_auditor_*` metrics on this port (`/metrics`).
	#[arg(long)]
	prometheus_port: Option<u16>,
	/// Listen for metrics on every interface, not only 127.0.0.1.
	#[arg(long)]
	prometheus_external: bool,
	/// After a disagreement, keep serving metrics this many seconds before
	/// exiting, so Prometheus scrapes `keyreg_auditor_chain_broken 1`.
	#[arg(long, default_value_t = 30)]
	linger_secs: u64,
}

#[tokio::main]
async fn main() -> ExitCode {
	let cli = Cli::parse();
	let metrics = match cli.prometheus_port {
		Some(port) => {
			let registry = substrate_prometheus_endpoint::Registry::new();
			let metrics = match Metrics::register(&registry) {
				Ok(m) => m,
				Err(e) => {
					eprintln!("keyreg-auditor: cannot register metrics: {e}");
					return ExitCode::from(1);
				}
			};
			let ip = if cli.prometheus_external {
				Ipv4Addr::UNSPECIFIED
			} else {
				Ipv4Addr::LOCALHOST
			};
			metrics::serve(SocketAddr::from((ip, port)), registry);
			Some(metrics)
		}
		None => None,
	};
	let options = Options {
		url: cli.url,
		pallet: cli.pallet,
		from_block: cli.from_block,
		until_block: cli.until_block,
		state_file: cli.state,
		sweep_every: cli.sweep_every,
	};
	let mut auditor = Auditor::new(options, metrics.clone(), io::stdout().lock());
	let outcome = tokio::select! {
		outcome = auditor.run() => outcome,
		_ = tokio::signal::ctrl_c() => {
			eprintln!("keyreg-auditor: interrupted; the state file holds the last verified block");
			return ExitCode::SUCCESS;
		}
	};
	match outcome {
		Ok(Outcome::Finished { block }) => {
			eprintln!("keyreg-auditor: verified every audit chain up to block {block}");
			ExitCode::SUCCESS
		}
		Ok(Outcome::Disagreed {
			block,
			block_hash,
			disagreement,
		}) => {
			eprintln!(
				"keyreg-auditor: AUDIT CHAIN BROKEN at block {block} ({block_hash}), domain {}: {disagreement}",
				disagreement.domain()
			);
			if metrics.is_some() && cli.linger_secs > 0 {
				tokio::time::sleep(Duration::from_secs(cli.linger_secs)).await;
			}
			ExitCode::from(2)
		}
		Err(e) => {
			eprintln!("keyreg-auditor: {e}");
			ExitCode::from(1)
		}
	}
}
