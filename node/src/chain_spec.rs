//! The chain specifications built into the node, each from a genesis preset of
//! the runtime (see `runtime/src/genesis.rs`).

use keyreg_runtime::WASM_BINARY;
use sc_service::{ChainType, Properties};

/// A chain specification of this node: no client extensions.
pub type ChainSpec = sc_service::GenericChainSpec;

/// Token symbol and decimals that polkadot.js shows.
fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), "KEYREG".into());
	properties.insert("tokenDecimals".into(), 12.into());
	properties.insert("ss58Format".into(), 42.into());
	properties
}

fn wasm() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"the node was built without the runtime's wasm (SKIP_WASM_BUILD was set); rebuild it \
		 without SKIP_WASM_BUILD"
			.to_string()
	})
}

/// The single-node development chain: Alice is sudo, the only authority and
/// administrator of the `demo` domain; the dev accounts are funded.
pub fn development() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("Key Registry Development")
		.with_id("dev")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// The local test network: Alice, Bob and Charlie author with Aura and
/// finalise with GRANDPA.
pub fn local_testnet() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("Key Registry Local Testnet")
		.with_id("local_testnet")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// Resolves a `--chain` argument: a built-in name or a chain-spec JSON file.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(match id {
		"" | "dev" | "development" => Box::new(development()?),
		"local" | "local_testnet" => Box::new(local_testnet()?),
		path => Box::new(
			ChainSpec::from_json_file(std::path::PathBuf::from(path)).map_err(|e| {
				format!("`--chain {path}` is neither `dev`, `local` nor a readable chain spec: {e}")
			})?,
		),
	})
}
