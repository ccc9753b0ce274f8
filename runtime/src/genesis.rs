//! Genesis presets: `development` and `local_testnet`.

use crate::{AccountId, BalancesConfig, KeyRegistryConfig, RuntimeGenesisConfig, SudoConfig, UNIT};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use pallet_key_registry::Role;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// Balance of every endowed dev account.
pub const ENDOWMENT: u128 = 1_000_000 * UNIT;
/// Name of the domain Alice administers on the dev chain.
pub const DEMO_DOMAIN: &[u8] = b"demo";

fn genesis(
	authorities: Vec<(AuraId, GrandpaId)>,
	endowed: Vec<AccountId>,
	root: AccountId,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed
				.iter()
				.cloned()
				.map(|k| (k, ENDOWMENT))
				.collect::<Vec<_>>(),
		},
		aura: pallet_aura::GenesisConfig {
			authorities: authorities
				.iter()
				.map(|(a, _)| a.clone())
				.collect::<Vec<_>>(),
		},
		grandpa: pallet_grandpa::GenesisConfig {
			authorities: authorities
				.iter()
				.map(|(_, g)| (g.clone(), 1))
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig {
			key: Some(root.clone())
		},
		key_registry: KeyRegistryConfig {
			// Domain 0: Alice owns and administers it and manages its keys.
			domains: vec![(root.clone(), DEMO_DOMAIN.to_vec())],
			roles: vec![(0, root, Role::KeyManager)],
		},
	})
}

fn authority(aura: Sr25519Keyring, grandpa: Ed25519Keyring) -> (AuraId, GrandpaId) {
	(aura.public().into(), grandpa.public().into())
}

/// Alice validates alone; every well-known dev account is funded.
pub fn development() -> Value {
	genesis(
		vec![authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		Sr25519Keyring::well_known()
			.map(|k| k.to_account_id())
			.collect(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// Alice, Bob and Charlie validate; every well-known dev account is funded.
pub fn local_testnet() -> Value {
	genesis(
		vec![
			authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			authority(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		],
		Sr25519Keyring::well_known()
			.map(|k| k.to_account_id())
			.collect(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// The JSON patch of a preset.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => development(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialising a JSON value cannot fail; qed")
			.into_bytes(),
	)
}

/// The names of the presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(DEV_RUNTIME_PRESET),
		PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
