//! # keyreg-node
//!
//! The node of the key-registry chain. It runs the `keyreg-runtime` wasm and
//! serves JSON-RPC to polkadot.js and subxt.
//!
//! - `--dev` (or `--chain dev`): a single-node chain that seals a block as soon
//!   as a transaction arrives and an empty block every `--dev-block-time`
//!   milliseconds without traffic, finalising each when the next is sealed.
//!   See [`dev_seal`].
//! - `--chain local`: the three-validator Aura + GRANDPA network that
//!   `scripts/local-network.sh` starts. See [`service`].
//!
//! Off-chain workers run on every node with the keystore that
//! [`offchain_keystore`] builds; that is where node-local signers (HSM)
//! join; `keyreg-node hsm` ([`hsm_command`]) generates and signs with keys in
//! the HSM for their registration. [`threshold`] seats the node's custodian
//! keys on FROST committees: it runs their key-generation ceremonies with
//! secrets kept in memory and shares sealed at rest. The database is
//! ParityDB; RocksDB is not built.

// `sc_cli::Error` and `sc_service::Error` are large by design of the SDK and
// every command returns them; boxing them here would only add noise.
#![allow(clippy::result_large_err)]

mod backup;
mod chain_spec;
mod cli;
mod client;
mod command;
mod dev_seal;
mod hsm_chain;
mod hsm_command;
mod metrics;
mod offchain_keystore;
mod rpc;
mod service;
mod signer_args;
mod threshold;

fn main() {
	// Display, not Debug: start-up errors are sentences that say what to fix.
	if let Err(error) = command::run() {
		eprintln!("Error: {error}");
		std::process::exit(1);
	}
}
