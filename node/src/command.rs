//! Parses the command line and runs the node or the chosen subcommand.

use crate::{
	chain_spec,
	cli::{Cli, Subcommand},
	client, offchain_keystore, service,
};
use sc_cli::SubstrateCli;
use sc_service::PartialComponents;

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"Key Registry Node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		env!("CARGO_PKG_DESCRIPTION").into()
	}

	fn author() -> String {
		"keyreg developers".into()
	}

	fn support_url() -> String {
		"https://github.com/keyreg/keyreg/issues".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		chain_spec::load(id)
	}
}

/// Runs the command line.
pub fn run() -> sc_cli::Result<()> {
	let cli = Cli::from_args();

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		Some(Subcommand::ExportChainSpec(cmd)) => {
			let spec = cli.load_spec(&cmd.chain)?;
			cmd.run(spec)
		}
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents {
					client,
					task_manager,
					import_queue,
					..
				} = service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		}
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents {
					client,
					task_manager,
					..
				} = service::new_partial(&config)?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		}
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents {
					client,
					task_manager,
					..
				} = service::new_partial(&config)?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		}
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents {
					client,
					task_manager,
					import_queue,
					..
				} = service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		}
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		}
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents {
					client,
					task_manager,
					backend,
					other,
					..
				} = service::new_partial(&config)?;
				let finality = other.finality;
				let aux_revert = Box::new(move |client, _, blocks| {
					// GRANDPA keeps its authority set in the aux store: roll it back too.
					if finality.is_some() {
						sc_consensus_grandpa::revert(client, blocks)?;
					}
					Ok(())
				});
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		}
		Some(Subcommand::Hsm(cmd)) => cmd.run().map_err(sc_cli::Error::Input),
		Some(Subcommand::Backup(cmd)) => cmd.run().map_err(sc_cli::Error::Input),
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run::<client::Block>(&config))
		}
		#[cfg(feature = "runtime-benchmarks")]
		Some(Subcommand::Benchmark(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| {
				match cmd {
				frame_benchmarking_cli::BenchmarkCmd::Pallet(cmd) => {
					cmd.run_with_spec::<
						sp_runtime::traits::HashingFor<client::Block>,
						keyreg_keystore_ext::keyreg_keystore::HostFunctions,
					>(Some(
						config.chain_spec,
					))
				}
				_ => Err("only `benchmark pallet` is supported by this node; use \
				          frame-omni-bencher for the others"
					.into()),
			}
			})
		}
		None => {
			let runner = cli.create_runner(&cli.run)?;
			let dev_block_time = cli.dev_block_time;
			// Before anything else starts: a wrong HSM setting stops the node here.
			let signers =
				offchain_keystore::Signers::open(&cli.signers).map_err(sc_cli::Error::Input)?;
			signers
				.start_index_refresher()
				.map_err(sc_cli::Error::Input)?;
			let pool_params = cli.run.pool_config.clone();
			runner.run_node_until_exit(|mut config| async move {
				if service::is_dev_chain(&config) {
					config.transaction_pool = service::dev_pool_options(&pool_params);
				}
				service::new_full(config, dev_block_time, signers).map_err(sc_cli::Error::Service)
			})
		}
	}
}
