//! Weights of `pallet_key_registry`, generated from `benchmarking.rs` by frame-omni-bencher
//! (frame-benchmarking-cli 64.0.0). Do not edit by hand: run `scripts/regenerate-weights.sh`.
//!
//! DATE: 2026-12-03, STEPS: `10`, REPEAT: `5`,
//! WASM-EXECUTION: `Compiled`, HOSTNAME: `vm`, CPU: `AMD EPYC`
//!
//! Executed command:
//! /root/.cache/keyreg/tools/bin/frame-omni-bencher
//! v1
//! benchmark
//! pallet
//! --runtime
//! /root/.cache/keyreg/target/release/wbuild/keyreg-runtime/keyreg_runtime.compact.compressed.wasm
//! --genesis-builder-preset
//! development
//! --pallet
//! pallet_key_registry
//! --extrinsic
//! *
//! --steps
//! 10
//! --repeat
//! 5
//! --wasm-execution
//! compiled
//! --heap-pages
//! 4096
//! --template
//! scripts/weight-template.hbs
//! --output
//! pallets/key-registry/src/weights.rs
//!
//! `set_retired_keys`, `record_key_destruction` and
//! `authorize_record_key_destruction` (2026-12-04): the same command with
//! `--extrinsic <name> --allow-missing-host-functions` (the runtime now imports
//! the key-destruction host function), spliced in; the others are unchanged.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs, clippy::unnecessary_cast)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, RuntimeDbWeight, Weight},
};

/// Weight functions of `pallet_key_registry`.
pub trait WeightInfo {
	fn create_domain(n: u32, ) -> Weight;
	fn set_domain_policy() -> Weight;
	fn hand_over_domain() -> Weight;
	fn accept_domain() -> Weight;
	fn close_domain() -> Weight;
	fn grant_role() -> Weight;
	fn revoke_role() -> Weight;
	fn register_key_ed25519(n: u32, m: u32, ) -> Weight;
	fn register_key_sr25519(n: u32, m: u32, ) -> Weight;
	fn register_key_ecdsa(n: u32, m: u32, ) -> Weight;
	fn rotate_key_ed25519() -> Weight;
	fn rotate_key_sr25519() -> Weight;
	fn rotate_key_ecdsa() -> Weight;
	fn set_key_policy() -> Weight;
	fn revoke_version() -> Weight;
	fn revoke_key() -> Weight;
	fn freeze_key() -> Weight;
	fn unfreeze_key() -> Weight;
	fn attest_audit() -> Weight;
	fn on_initialize(n: u32, ) -> Weight;
	fn emit_genesis_entries(n: u32, ) -> Weight;
	fn set_key_custodian() -> Weight;
	fn request_signature(p: u32, ) -> Weight;
	fn set_velocity_policy() -> Weight;
	fn request_signature_monitored(p: u32, ) -> Weight;
	fn refuse_signature_request() -> Weight;
	fn set_approval_policy() -> Weight;
	fn propose() -> Weight;
	fn approve() -> Weight;
	fn execute_proposal() -> Weight;
	fn cancel_proposal() -> Weight;
	fn expire_proposal() -> Weight;
	fn fulfil_signature(p: u32, ) -> Weight;
	fn authorize_fulfil_signature(p: u32, ) -> Weight;
	fn rotate_key_by_custodian() -> Weight;
	fn authorize_rotate_key_by_custodian() -> Weight;
	fn set_retired_keys() -> Weight;
	fn record_key_destruction() -> Weight;
	fn authorize_record_key_destruction() -> Weight;
	fn expire_requests(n: u32, ) -> Weight;
	fn register_agreement_key() -> Weight;
	fn start_key_generation(c: u32, ) -> Weight;
	fn ceremony_round1(c: u32, ) -> Weight;
	fn ceremony_round2(c: u32, ) -> Weight;
	fn ceremony_confirm(c: u32, ) -> Weight;
	fn ceremony_prove(c: u32, ) -> Weight;
	fn authorize_ceremony_message(c: u32, ) -> Weight;
	fn report_ceremony_fault(c: u32, ) -> Weight;
	fn restart_key_generation(c: u32, ) -> Weight;
	fn cancel_key_generation(c: u32, ) -> Weight;
	fn start_share_refresh(c: u32, ) -> Weight;
	fn ceremony_refresh_round1(c: u32, ) -> Weight;
	fn ceremony_refresh_prove(c: u32, ) -> Weight;
	fn start_share_repair(c: u32, ) -> Weight;
	fn ceremony_repair_confirm(c: u32, ) -> Weight;
	fn publish_nonce_commitments(n: u32, ) -> Weight;
	fn request_threshold_signature(c: u32, ) -> Weight;
	fn submit_signature_share(c: u32, ) -> Weight;
	fn reject_signature_share(c: u32, ) -> Weight;
	fn authorize_signature_share(c: u32, ) -> Weight;
	fn expire_signing_attempts(n: u32, ) -> Weight;
	fn record_backup(h: u32, ) -> Weight;
	fn retire_backup() -> Weight;
	fn start_backup_drill() -> Weight;
	fn complete_backup_drill() -> Weight;
	fn announce_drills_due(n: u32, ) -> Weight;
}

/// The measured weights, priced with the database weights `D`.
pub struct WeightsWith<D>(PhantomData<D>);

/// The measured weights with the runtime's database weights.
pub type SubstrateWeight<T> = WeightsWith<<T as frame_system::Config>::DbWeight>;

impl<D: Get<RuntimeDbWeight>> WeightInfo for WeightsWith<D> {
	/// Storage: `KeyRegistry::NextDomainId` (r:1 w:1)
	/// Proof: `KeyRegistry::NextDomainId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:0 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:0 w:1)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn create_domain(n: u32, ) -> Weight {
		// Proof size (bytes): measured `287`, estimated `3593`.
		// Minimum execution time: 60_730_000 picoseconds.
		Weight::from_parts(68_520_905, 3593)
			// Standard error: 2_651
			.saturating_add(Weight::from_parts(8_531, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(5_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ApprovalPolicies` (r:1 w:0)
	/// Proof: `KeyRegistry::ApprovalPolicies` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	fn set_domain_policy() -> Weight {
		// Proof size (bytes): measured `450`, estimated `3732`.
		// Minimum execution time: 23_504_000 picoseconds.
		Weight::from_parts(29_984_000, 3732)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(1_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	fn hand_over_domain() -> Weight {
		// Proof size (bytes): measured `325`, estimated `3732`.
		// Minimum execution time: 15_413_000 picoseconds.
		Weight::from_parts(17_827_000, 3732)
			.saturating_add(D::get().reads(1_u64))
			.saturating_add(D::get().writes(1_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:1)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn accept_domain() -> Weight {
		// Proof size (bytes): measured `846`, estimated `6196`.
		// Minimum execution time: 182_660_000 picoseconds.
		Weight::from_parts(189_441_000, 6196)
			.saturating_add(D::get().reads(6_u64))
			.saturating_add(D::get().writes(6_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn close_domain() -> Weight {
		// Proof size (bytes): measured `646`, estimated `3732`.
		// Minimum execution time: 58_257_000 picoseconds.
		Weight::from_parts(63_374_000, 3732)
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().writes(3_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:2 w:1)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ApprovalPolicies` (r:1 w:0)
	/// Proof: `KeyRegistry::ApprovalPolicies` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	fn grant_role() -> Weight {
		// Proof size (bytes): measured `471`, estimated `6062`.
		// Minimum execution time: 28_933_000 picoseconds.
		Weight::from_parts(33_820_000, 6062)
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:2 w:1)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn revoke_role() -> Weight {
		// Proof size (bytes): measured `504`, estimated `6062`.
		// Minimum execution time: 26_990_000 picoseconds.
		Weight::from_parts(38_988_000, 6062)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyNames` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyNames` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyByPublic` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyByPublic` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:1 w:1)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:0 w:1)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:0 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	/// The range of component `m` is `[0, 1024]`.
	fn register_key_ed25519(n: u32, _m: u32, ) -> Weight {
		// Proof size (bytes): measured `795`, estimated `3991`.
		// Minimum execution time: 319_243_000 picoseconds.
		Weight::from_parts(387_140_557, 3991)
			// Standard error: 92_818
			.saturating_add(Weight::from_parts(296_710, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(8_u64))
			.saturating_add(D::get().writes(8_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyNames` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyNames` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyByPublic` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyByPublic` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:1 w:1)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:0 w:1)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:0 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	/// The range of component `m` is `[0, 1024]`.
	fn register_key_sr25519(_n: u32, m: u32, ) -> Weight {
		// Proof size (bytes): measured `795`, estimated `3991`.
		// Minimum execution time: 184_594_000 picoseconds.
		Weight::from_parts(308_064_797, 3991)
			// Standard error: 3_184
			.saturating_add(Weight::from_parts(16_967, 0).saturating_mul(m.into()))
			.saturating_add(D::get().reads(8_u64))
			.saturating_add(D::get().writes(8_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyNames` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyNames` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyByPublic` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyByPublic` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:1 w:1)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:0 w:1)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:0 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	/// The range of component `m` is `[0, 1024]`.
	fn register_key_ecdsa(n: u32, m: u32, ) -> Weight {
		// Proof size (bytes): measured `795`, estimated `3991`.
		// Minimum execution time: 177_413_000 picoseconds.
		Weight::from_parts(309_308_164, 3991)
			// Standard error: 45_144
			.saturating_add(Weight::from_parts(141_440, 0).saturating_mul(n.into()))
			// Standard error: 2_776
			.saturating_add(Weight::from_parts(7_860, 0).saturating_mul(m.into()))
			.saturating_add(D::get().reads(8_u64))
			.saturating_add(D::get().writes(8_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ApprovalPolicies` (r:2 w:0)
	/// Proof: `KeyRegistry::ApprovalPolicies` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyByPublic` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyByPublic` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:1)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:2 w:2)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	fn rotate_key_ed25519() -> Weight {
		// Proof size (bytes): measured `2832`, estimated `6992`.
		// Minimum execution time: 391_000_000 picoseconds.
		Weight::from_parts(635_572_000, 6992)
			.saturating_add(D::get().reads(12_u64))
			.saturating_add(D::get().writes(8_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ApprovalPolicies` (r:2 w:0)
	/// Proof: `KeyRegistry::ApprovalPolicies` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyByPublic` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyByPublic` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:1)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:2 w:2)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	fn rotate_key_sr25519() -> Weight {
		// Proof size (bytes): measured `2831`, estimated `6992`.
		// Minimum execution time: 256_500_000 picoseconds.
		Weight::from_parts(410_308_000, 6992)
			.saturating_add(D::get().reads(12_u64))
			.saturating_add(D::get().writes(8_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ApprovalPolicies` (r:2 w:0)
	/// Proof: `KeyRegistry::ApprovalPolicies` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyByPublic` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyByPublic` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:1)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:2 w:2)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	fn rotate_key_ecdsa() -> Weight {
		// Proof size (bytes): measured `2832`, estimated `6992`.
		// Minimum execution time: 251_834_000 picoseconds.
		Weight::from_parts(435_446_000, 6992)
			.saturating_add(D::get().reads(12_u64))
			.saturating_add(D::get().writes(8_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ApprovalPolicies` (r:2 w:0)
	/// Proof: `KeyRegistry::ApprovalPolicies` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:2 w:2)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	fn set_key_policy() -> Weight {
		// Proof size (bytes): measured `2390`, estimated `6992`.
		// Minimum execution time: 62_943_000 picoseconds.
		Weight::from_parts(111_235_000, 6992)
			.saturating_add(D::get().reads(8_u64))
			.saturating_add(D::get().writes(4_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:1)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:1 w:1)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Revocations` (r:0 w:1)
	/// Proof: `KeyRegistry::Revocations` (`max_values`: None, `max_size`: Some(42), added: 2517, mode: `MaxEncodedLen`)
	fn revoke_version() -> Weight {
		// Proof size (bytes): measured `1862`, estimated `5226`.
		// Minimum execution time: 56_494_000 picoseconds.
		Weight::from_parts(104_175_000, 5226)
			.saturating_add(D::get().reads(5_u64))
			.saturating_add(D::get().writes(5_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:1 w:1)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Revocations` (r:0 w:1)
	/// Proof: `KeyRegistry::Revocations` (`max_values`: None, `max_size`: Some(42), added: 2517, mode: `MaxEncodedLen`)
	fn revoke_key() -> Weight {
		// Proof size (bytes): measured `1797`, estimated `5226`.
		// Minimum execution time: 43_695_000 picoseconds.
		Weight::from_parts(71_456_000, 5226)
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().writes(4_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	fn freeze_key() -> Weight {
		// Proof size (bytes): measured `1752`, estimated `5226`.
		// Minimum execution time: 35_723_000 picoseconds.
		Weight::from_parts(56_473_000, 5226)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	fn unfreeze_key() -> Weight {
		// Proof size (bytes): measured `1752`, estimated `5226`.
		// Minimum execution time: 32_689_000 picoseconds.
		Weight::from_parts(45_888_000, 5226)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn attest_audit() -> Weight {
		// Proof size (bytes): measured `450`, estimated `3732`.
		// Minimum execution time: 20_601_000 picoseconds.
		Weight::from_parts(34_411_000, 3732)
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().writes(1_u64))
	}
	/// Storage: `KeyRegistry::RotationQueue` (r:1 w:1)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:64 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:64 w:64)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::DrillQueue` (r:1 w:0)
	/// Proof: `KeyRegistry::DrillQueue` (`max_values`: None, `max_size`: Some(718), added: 3193, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RequestExpiries` (r:1 w:0)
	/// Proof: `KeyRegistry::RequestExpiries` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningDeadlines` (r:1 w:0)
	/// Proof: `KeyRegistry::SigningDeadlines` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 64]`.
	fn on_initialize(n: u32, ) -> Weight {
		// Proof size (bytes): measured `1447 + n * 242`, estimated `7575 + n * 4236`.
		// Minimum execution time: 14_472_000 picoseconds.
		Weight::from_parts(74_981_725, 7575)
			// Standard error: 838_854
			.saturating_add(Weight::from_parts(18_151_258, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(D::get().writes(1_u64))
			.saturating_add(D::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4236).saturating_mul(n.into()))
	}
	/// Storage: `KeyRegistry::PendingGenesisEntries` (r:1 w:1)
	/// Proof: `KeyRegistry::PendingGenesisEntries` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// The range of component `n` is `[0, 1024]`.
	fn emit_genesis_entries(n: u32, ) -> Weight {
		// Proof size (bytes): measured `125 + n * 147`, estimated `1608 + n * 147`.
		// Minimum execution time: 3_875_000 picoseconds.
		Weight::from_parts(23_830_701, 1608)
			// Standard error: 10_929
			.saturating_add(Weight::from_parts(3_233_761, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(1_u64))
			.saturating_add(D::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 147).saturating_mul(n.into()))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	fn set_key_custodian() -> Weight {
		// Proof size (bytes): measured `1752`, estimated `5226`.
		// Minimum execution time: 50_014_000 picoseconds.
		Weight::from_parts(89_502_000, 5226)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ApprovalPolicies` (r:2 w:0)
	/// Proof: `KeyRegistry::ApprovalPolicies` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::VelocityPolicies` (r:1 w:0)
	/// Proof: `KeyRegistry::VelocityPolicies` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyUsage` (r:1 w:0)
	/// Proof: `KeyRegistry::KeyUsage` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NextRequestId` (r:1 w:1)
	/// Proof: `KeyRegistry::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RequestExpiries` (r:1 w:1)
	/// Proof: `KeyRegistry::RequestExpiries` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SignatureRequests` (r:0 w:1)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1127), added: 3602, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[1, 1024]`.
	fn request_signature(p: u32, ) -> Weight {
		// Proof size (bytes): measured `2061`, estimated `7575`.
		// Minimum execution time: 106_899_000 picoseconds.
		Weight::from_parts(159_093_957, 7575)
			// Standard error: 2_225
			.saturating_add(Weight::from_parts(803, 0).saturating_mul(p.into()))
			.saturating_add(D::get().reads(11_u64))
			.saturating_add(D::get().writes(6_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ApprovalPolicies` (r:2 w:0)
	/// Proof: `KeyRegistry::ApprovalPolicies` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::VelocityPolicies` (r:1 w:1)
	/// Proof: `KeyRegistry::VelocityPolicies` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyActivities` (r:0 w:1)
	/// Proof: `KeyRegistry::KeyActivities` (`max_values`: None, `max_size`: Some(642), added: 3117, mode: `MaxEncodedLen`)
	fn set_velocity_policy() -> Weight {
		// Proof size (bytes): measured `1844`, estimated `6010`.
		// Minimum execution time: 46_609_000 picoseconds.
		Weight::from_parts(70_455_000, 6010)
			.saturating_add(D::get().reads(6_u64))
			.saturating_add(D::get().writes(3_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ApprovalPolicies` (r:2 w:0)
	/// Proof: `KeyRegistry::ApprovalPolicies` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::VelocityPolicies` (r:1 w:0)
	/// Proof: `KeyRegistry::VelocityPolicies` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyActivities` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyActivities` (`max_values`: None, `max_size`: Some(642), added: 3117, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyUsage` (r:1 w:0)
	/// Proof: `KeyRegistry::KeyUsage` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KnownRequesters` (r:1 w:1)
	/// Proof: `KeyRegistry::KnownRequesters` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NextRequestId` (r:1 w:1)
	/// Proof: `KeyRegistry::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RequestExpiries` (r:1 w:1)
	/// Proof: `KeyRegistry::RequestExpiries` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SignatureRequests` (r:0 w:1)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1127), added: 3602, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[1, 1024]`.
	fn request_signature_monitored(_p: u32, ) -> Weight {
		// Proof size (bytes): measured `6768`, estimated `7575`.
		// Minimum execution time: 144_254_000 picoseconds.
		Weight::from_parts(237_143_848, 7575)
			.saturating_add(D::get().reads(13_u64))
			.saturating_add(D::get().writes(8_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ApprovalPolicies` (r:2 w:0)
	/// Proof: `KeyRegistry::ApprovalPolicies` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::VelocityPolicies` (r:1 w:0)
	/// Proof: `KeyRegistry::VelocityPolicies` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyActivities` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyActivities` (`max_values`: None, `max_size`: Some(642), added: 3117, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyUsage` (r:1 w:0)
	/// Proof: `KeyRegistry::KeyUsage` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn refuse_signature_request() -> Weight {
		// Proof size (bytes): measured `2476`, estimated `6010`.
		// Minimum execution time: 62_022_000 picoseconds.
		Weight::from_parts(113_538_000, 6010)
			.saturating_add(D::get().reads(8_u64))
			.saturating_add(D::get().writes(3_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ApprovalPolicies` (r:1 w:1)
	/// Proof: `KeyRegistry::ApprovalPolicies` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	fn set_approval_policy() -> Weight {
		// Proof size (bytes): measured `690`, estimated `5226`.
		// Minimum execution time: 41_161_000 picoseconds.
		Weight::from_parts(46_960_000, 5226)
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ApprovalPolicies` (r:2 w:0)
	/// Proof: `KeyRegistry::ApprovalPolicies` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::OpenProposals` (r:1 w:1)
	/// Proof: `KeyRegistry::OpenProposals` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NextProposalId` (r:1 w:1)
	/// Proof: `KeyRegistry::NextProposalId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyByPublic` (r:1 w:0)
	/// Proof: `KeyRegistry::KeyByPublic` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Proposals` (r:0 w:1)
	/// Proof: `KeyRegistry::Proposals` (`max_values`: None, `max_size`: Some(1625), added: 4100, mode: `MaxEncodedLen`)
	fn propose() -> Weight {
		// Proof size (bytes): measured `2566`, estimated `6010`.
		// Minimum execution time: 225_805_000 picoseconds.
		Weight::from_parts(248_428_000, 6010)
			.saturating_add(D::get().reads(12_u64))
			.saturating_add(D::get().writes(6_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Proposals` (r:1 w:1)
	/// Proof: `KeyRegistry::Proposals` (`max_values`: None, `max_size`: Some(1625), added: 4100, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn approve() -> Weight {
		// Proof size (bytes): measured `1443`, estimated `5090`.
		// Minimum execution time: 33_349_000 picoseconds.
		Weight::from_parts(45_597_000, 5090)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Proposals` (r:1 w:1)
	/// Proof: `KeyRegistry::Proposals` (`max_values`: None, `max_size`: Some(1625), added: 4100, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:18 w:1)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::OpenProposals` (r:1 w:1)
	/// Proof: `KeyRegistry::OpenProposals` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn execute_proposal() -> Weight {
		// Proof size (bytes): measured `2272`, estimated `46638`.
		// Minimum execution time: 155_340_000 picoseconds.
		Weight::from_parts(229_600_000, 46638)
			.saturating_add(D::get().reads(23_u64))
			.saturating_add(D::get().writes(6_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Proposals` (r:1 w:1)
	/// Proof: `KeyRegistry::Proposals` (`max_values`: None, `max_size`: Some(1625), added: 4100, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::OpenProposals` (r:1 w:1)
	/// Proof: `KeyRegistry::OpenProposals` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn cancel_proposal() -> Weight {
		// Proof size (bytes): measured `732`, estimated `5090`.
		// Minimum execution time: 72_507_000 picoseconds.
		Weight::from_parts(110_464_000, 5090)
			.saturating_add(D::get().reads(5_u64))
			.saturating_add(D::get().writes(5_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Proposals` (r:1 w:1)
	/// Proof: `KeyRegistry::Proposals` (`max_values`: None, `max_size`: Some(1625), added: 4100, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::OpenProposals` (r:1 w:1)
	/// Proof: `KeyRegistry::OpenProposals` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn expire_proposal() -> Weight {
		// Proof size (bytes): measured `732`, estimated `5090`.
		// Minimum execution time: 72_077_000 picoseconds.
		Weight::from_parts(112_787_000, 5090)
			.saturating_add(D::get().reads(5_u64))
			.saturating_add(D::get().writes(5_u64))
	}
	/// Storage: `KeyRegistry::SignatureRequests` (r:1 w:1)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1127), added: 3602, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyUsage` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyUsage` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[1, 1024]`.
	fn fulfil_signature(p: u32, ) -> Weight {
		// Proof size (bytes): measured `2304 + p * 1`, estimated `5226`.
		// Minimum execution time: 207_838_000 picoseconds.
		Weight::from_parts(316_033_751, 5226)
			// Standard error: 5_182
			.saturating_add(Weight::from_parts(3_109, 0).saturating_mul(p.into()))
			.saturating_add(D::get().reads(8_u64))
			.saturating_add(D::get().writes(5_u64))
	}
	/// Storage: `KeyRegistry::SignatureRequests` (r:1 w:0)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1127), added: 3602, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:0)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyUsage` (r:1 w:0)
	/// Proof: `KeyRegistry::KeyUsage` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[1, 1024]`.
	fn authorize_fulfil_signature(_p: u32, ) -> Weight {
		// Proof size (bytes): measured `2003 + p * 1`, estimated `5226`.
		// Minimum execution time: 133_187_000 picoseconds.
		Weight::from_parts(194_789_238, 5226)
			.saturating_add(D::get().reads(6_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyByPublic` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyByPublic` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:1)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:1 w:1)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	fn rotate_key_by_custodian() -> Weight {
		// Proof size (bytes): measured `2631`, estimated `5226`.
		// Minimum execution time: 265_975_000 picoseconds.
		Weight::from_parts(367_154_000, 5226)
			.saturating_add(D::get().reads(8_u64))
			.saturating_add(D::get().writes(7_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:0)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyByPublic` (r:1 w:0)
	/// Proof: `KeyRegistry::KeyByPublic` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:0)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn authorize_rotate_key_by_custodian() -> Weight {
		// Proof size (bytes): measured `2087`, estimated `5226`.
		// Minimum execution time: 196_892_000 picoseconds.
		Weight::from_parts(317_941_000, 5226)
			.saturating_add(D::get().reads(7_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ApprovalPolicies` (r:2 w:0)
	/// Proof: `KeyRegistry::ApprovalPolicies` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RetiredKeyPolicies` (r:1 w:1)
	/// Proof: `KeyRegistry::RetiredKeyPolicies` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn set_retired_keys() -> Weight {
		// Proof size (bytes): measured `631`, estimated `6010`.
		// Minimum execution time: 30_798_000 picoseconds.
		Weight::from_parts(37_436_000, 6010)
			.saturating_add(D::get().reads(6_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:2 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Destructions` (r:1 w:1)
	/// Proof: `KeyRegistry::Destructions` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RetiredKeyPolicies` (r:1 w:0)
	/// Proof: `KeyRegistry::RetiredKeyPolicies` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn record_key_destruction() -> Weight {
		// Proof size (bytes): measured `1929`, estimated `6118`.
		// Minimum execution time: 75_295_000 picoseconds.
		Weight::from_parts(81_847_000, 6118)
			.saturating_add(D::get().reads(7_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:0)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:2 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Destructions` (r:1 w:0)
	/// Proof: `KeyRegistry::Destructions` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RetiredKeyPolicies` (r:1 w:0)
	/// Proof: `KeyRegistry::RetiredKeyPolicies` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn authorize_record_key_destruction() -> Weight {
		// Proof size (bytes): measured `1929`, estimated `6118`.
		// Minimum execution time: 63_019_000 picoseconds.
		Weight::from_parts(67_621_000, 6118)
			.saturating_add(D::get().reads(7_u64))
	}
	/// Storage: `KeyRegistry::RequestExpiries` (r:1 w:1)
	/// Proof: `KeyRegistry::RequestExpiries` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SignatureRequests` (r:256 w:256)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1127), added: 3602, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:256 w:256)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningSessions` (r:0 w:256)
	/// Proof: `KeyRegistry::SigningSessions` (`max_values`: None, `max_size`: Some(1658), added: 4133, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 256]`.
	fn expire_requests(n: u32, ) -> Weight {
		// Proof size (bytes): measured `1676 + n * 267`, estimated `7575 + n * 3602`.
		// Minimum execution time: 5_187_000 picoseconds.
		Weight::from_parts(5_278_000, 7575)
			// Standard error: 1_932_857
			.saturating_add(Weight::from_parts(82_353_853, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(D::get().writes(2_u64))
			.saturating_add(D::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3602).saturating_mul(n.into()))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::AgreementKeys` (r:1 w:1)
	/// Proof: `KeyRegistry::AgreementKeys` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CustodiansInCeremony` (r:1 w:0)
	/// Proof: `KeyRegistry::CustodiansInCeremony` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::AgreementKeyCount` (r:1 w:1)
	/// Proof: `KeyRegistry::AgreementKeyCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn register_agreement_key() -> Weight {
		// Proof size (bytes): measured `504`, estimated `3732`.
		// Minimum execution time: 256_620_000 picoseconds.
		Weight::from_parts(334_596_000, 3732)
			.saturating_add(D::get().reads(6_u64))
			.saturating_add(D::get().writes(3_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyNames` (r:1 w:0)
	/// Proof: `KeyRegistry::KeyNames` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::AgreementKeys` (r:16 w:0)
	/// Proof: `KeyRegistry::AgreementKeys` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ActiveCeremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::ActiveCeremonies` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NextCeremonyId` (r:1 w:1)
	/// Proof: `KeyRegistry::NextCeremonyId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CustodiansInCeremony` (r:16 w:16)
	/// Proof: `KeyRegistry::CustodiansInCeremony` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Ceremonies` (r:0 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2864), added: 5339, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn start_key_generation(c: u32, ) -> Weight {
		// Proof size (bytes): measured `515 + c * 87`, estimated `3732 + c * 2569`.
		// Minimum execution time: 93_439_000 picoseconds.
		Weight::from_parts(131_149_471, 3732)
			// Standard error: 612_127
			.saturating_add(Weight::from_parts(11_044_178, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(5_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(4_u64))
			.saturating_add(D::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2569).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2864), added: 5339, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:15 w:1)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn ceremony_round1(c: u32, ) -> Weight {
		// Proof size (bytes): measured `0 + c * 667`, estimated `6329 + c * 3722`.
		// Minimum execution time: 2_428_370_000 picoseconds.
		Weight::from_parts(2_524_112_000, 6329)
			// Standard error: 213_507_130
			.saturating_add(Weight::from_parts(4_805_810_344, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 3722).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2864), added: 5339, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:31 w:1)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn ceremony_round2(c: u32, ) -> Weight {
		// Proof size (bytes): measured `0 + c * 2072`, estimated `14670 + c * 7444`.
		// Minimum execution time: 147_058_000 picoseconds.
		Weight::from_parts(88_148_029, 14670)
			// Standard error: 2_299_863
			.saturating_add(Weight::from_parts(31_355_996, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 7444).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2864), added: 5339, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:0 w:1)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn ceremony_confirm(_c: u32, ) -> Weight {
		// Proof size (bytes): measured `1803 + c * 97`, estimated `6329`.
		// Minimum execution time: 430_328_000 picoseconds.
		Weight::from_parts(668_527_990, 6329)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(3_u64))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2864), added: 5339, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:31 w:64)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyNames` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyNames` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyByPublic` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyByPublic` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CustodiansInCeremony` (r:16 w:16)
	/// Proof: `KeyRegistry::CustodiansInCeremony` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ActiveCeremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::ActiveCeremonies` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:0 w:1)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:0 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:0 w:1)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn ceremony_prove(c: u32, ) -> Weight {
		// Proof size (bytes): measured `2101 + c * 360`, estimated `14670 + c * 7444`.
		// Minimum execution time: 4_469_786_000 picoseconds.
		Weight::from_parts(2_781_129_653, 14670)
			// Standard error: 55_632_559
			.saturating_add(Weight::from_parts(1_214_794_865, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(7_u64))
			.saturating_add(D::get().reads((3_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(10_u64))
			.saturating_add(D::get().writes((5_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 7444).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:0)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2864), added: 5339, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:0)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn authorize_ceremony_message(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1771 + c * 97`, estimated `6329`.
		// Minimum execution time: 70_345_000 picoseconds.
		Weight::from_parts(75_700_906, 6329)
			// Standard error: 642_867
			.saturating_add(Weight::from_parts(1_663_224, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(3_u64))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2864), added: 5339, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn report_ceremony_fault(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1803 + c * 97`, estimated `6329`.
		// Minimum execution time: 102_071_000 picoseconds.
		Weight::from_parts(139_509_501, 6329)
			// Standard error: 1_164_114
			.saturating_add(Weight::from_parts(1_685_829, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2864), added: 5339, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:0 w:64)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn restart_key_generation(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1874 + c * 97`, estimated `6329`.
		// Minimum execution time: 100_169_000 picoseconds.
		Weight::from_parts(69_806_350, 6329)
			// Standard error: 1_993_118
			.saturating_add(Weight::from_parts(20_139_757, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
			.saturating_add(D::get().writes((4_u64).saturating_mul(c.into())))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2864), added: 5339, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CustodiansInCeremony` (r:16 w:16)
	/// Proof: `KeyRegistry::CustodiansInCeremony` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ActiveCeremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::ActiveCeremonies` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:0 w:64)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn cancel_key_generation(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1876 + c * 155`, estimated `6329 + c * 2541`.
		// Minimum execution time: 107_319_000 picoseconds.
		Weight::from_parts(69_900_601, 6329)
			// Standard error: 1_004_668
			.saturating_add(Weight::from_parts(23_776_457, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(3_u64))
			.saturating_add(D::get().writes((5_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2541).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:1 w:0)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyMaintenance` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyMaintenance` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::AgreementKeys` (r:16 w:0)
	/// Proof: `KeyRegistry::AgreementKeys` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ActiveCeremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::ActiveCeremonies` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NextCeremonyId` (r:1 w:1)
	/// Proof: `KeyRegistry::NextCeremonyId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CustodiansInCeremony` (r:16 w:16)
	/// Proof: `KeyRegistry::CustodiansInCeremony` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Ceremonies` (r:0 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2864), added: 5339, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn start_share_refresh(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1986 + c * 152`, estimated `5226 + c * 2569`.
		// Minimum execution time: 97_565_000 picoseconds.
		Weight::from_parts(88_086_866, 5226)
			// Standard error: 1_176_138
			.saturating_add(Weight::from_parts(10_020_352, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(8_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(5_u64))
			.saturating_add(D::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2569).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2864), added: 5339, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:15 w:1)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn ceremony_refresh_round1(c: u32, ) -> Weight {
		// Proof size (bytes): measured `0 + c * 667`, estimated `6329 + c * 3722`.
		// Minimum execution time: 1_908_459_000 picoseconds.
		Weight::from_parts(2_126_502_000, 6329)
			// Standard error: 291_113_123
			.saturating_add(Weight::from_parts(4_706_692_793, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 3722).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2864), added: 5339, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:31 w:64)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:1 w:1)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CustodiansInCeremony` (r:16 w:16)
	/// Proof: `KeyRegistry::CustodiansInCeremony` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ActiveCeremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::ActiveCeremonies` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyMaintenance` (r:0 w:1)
	/// Proof: `KeyRegistry::KeyMaintenance` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn ceremony_refresh_prove(c: u32, ) -> Weight {
		// Proof size (bytes): measured `3303 + c * 425`, estimated `14670 + c * 7444`.
		// Minimum execution time: 4_167_628_000 picoseconds.
		Weight::from_parts(3_806_909_739, 14670)
			// Standard error: 90_145_746
			.saturating_add(Weight::from_parts(1_135_420_224, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(6_u64))
			.saturating_add(D::get().reads((3_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(6_u64))
			.saturating_add(D::get().writes((5_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 7444).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:1 w:0)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyMaintenance` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyMaintenance` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::AgreementKeys` (r:16 w:0)
	/// Proof: `KeyRegistry::AgreementKeys` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ActiveCeremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::ActiveCeremonies` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NextCeremonyId` (r:1 w:1)
	/// Proof: `KeyRegistry::NextCeremonyId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CustodiansInCeremony` (r:16 w:16)
	/// Proof: `KeyRegistry::CustodiansInCeremony` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Ceremonies` (r:0 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2864), added: 5339, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[3, 16]`.
	fn start_share_repair(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1984 + c * 152`, estimated `5226 + c * 2569`.
		// Minimum execution time: 112_356_000 picoseconds.
		Weight::from_parts(89_168_397, 5226)
			// Standard error: 1_291_093
			.saturating_add(Weight::from_parts(10_780_139, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(8_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(5_u64))
			.saturating_add(D::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2569).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2864), added: 5339, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:1 w:0)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CustodiansInCeremony` (r:16 w:16)
	/// Proof: `KeyRegistry::CustodiansInCeremony` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ActiveCeremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::ActiveCeremonies` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:0 w:64)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyMaintenance` (r:0 w:1)
	/// Proof: `KeyRegistry::KeyMaintenance` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[3, 16]`.
	fn ceremony_repair_confirm(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1970 + c * 189`, estimated `6329 + c * 2541`.
		// Minimum execution time: 238_954_000 picoseconds.
		Weight::from_parts(274_746_611, 6329)
			// Standard error: 2_239_765
			.saturating_add(Weight::from_parts(16_959_321, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(5_u64))
			.saturating_add(D::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(4_u64))
			.saturating_add(D::get().writes((5_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2541).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NonceBatches` (r:1 w:1)
	/// Proof: `KeyRegistry::NonceBatches` (`max_values`: None, `max_size`: Some(2093), added: 4568, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 32]`.
	fn publish_nonce_commitments(n: u32, ) -> Weight {
		// Proof size (bytes): measured `3956`, estimated `5558`.
		// Minimum execution time: 421_745_000 picoseconds.
		Weight::from_parts(383_944_785, 5558)
			// Standard error: 8_093_916
			.saturating_add(Weight::from_parts(319_507_599, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ApprovalPolicies` (r:2 w:0)
	/// Proof: `KeyRegistry::ApprovalPolicies` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::VelocityPolicies` (r:1 w:0)
	/// Proof: `KeyRegistry::VelocityPolicies` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NextRequestId` (r:1 w:1)
	/// Proof: `KeyRegistry::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RequestExpiries` (r:1 w:1)
	/// Proof: `KeyRegistry::RequestExpiries` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NonceBatches` (r:16 w:16)
	/// Proof: `KeyRegistry::NonceBatches` (`max_values`: None, `max_size`: Some(2093), added: 4568, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningDeadlines` (r:1 w:1)
	/// Proof: `KeyRegistry::SigningDeadlines` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:1 w:0)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SignatureRequests` (r:0 w:1)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1127), added: 3602, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningSessions` (r:0 w:1)
	/// Proof: `KeyRegistry::SigningSessions` (`max_values`: None, `max_size`: Some(1658), added: 4133, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn request_threshold_signature(c: u32, ) -> Weight {
		// Proof size (bytes): measured `2199 + c * 2161`, estimated `7575 + c * 4568`.
		// Minimum execution time: 191_414_000 picoseconds.
		Weight::from_parts(181_891_365, 7575)
			// Standard error: 934_878
			.saturating_add(Weight::from_parts(14_019_023, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(12_u64))
			.saturating_add(D::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(8_u64))
			.saturating_add(D::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 4568).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::SignatureRequests` (r:1 w:1)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1127), added: 3602, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningSessions` (r:1 w:1)
	/// Proof: `KeyRegistry::SigningSessions` (`max_values`: None, `max_size`: Some(1658), added: 4133, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:1 w:0)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NonceBatches` (r:1 w:1)
	/// Proof: `KeyRegistry::NonceBatches` (`max_values`: None, `max_size`: Some(2093), added: 4568, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn submit_signature_share(c: u32, ) -> Weight {
		// Proof size (bytes): measured `3595 + c * 190`, estimated `5558`.
		// Minimum execution time: 4_131_134_000 picoseconds.
		Weight::from_parts(2_411_036_208, 5558)
			// Standard error: 33_019_436
			.saturating_add(Weight::from_parts(1_030_822_033, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(10_u64))
			.saturating_add(D::get().writes(6_u64))
	}
	/// Storage: `KeyRegistry::SignatureRequests` (r:1 w:0)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1127), added: 3602, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningSessions` (r:1 w:1)
	/// Proof: `KeyRegistry::SigningSessions` (`max_values`: None, `max_size`: Some(1658), added: 4133, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:1 w:0)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NonceBatches` (r:16 w:1)
	/// Proof: `KeyRegistry::NonceBatches` (`max_values`: None, `max_size`: Some(2093), added: 4568, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningDeadlines` (r:1 w:1)
	/// Proof: `KeyRegistry::SigningDeadlines` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn reject_signature_share(c: u32, ) -> Weight {
		// Proof size (bytes): measured `3268 + c * 222`, estimated `7575 + c * 4568`.
		// Minimum execution time: 2_142_857_000 picoseconds.
		Weight::from_parts(1_096_418_828, 7575)
			// Standard error: 8_389_851
			.saturating_add(Weight::from_parts(542_890_310, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(8_u64))
			.saturating_add(D::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(4_u64))
			.saturating_add(Weight::from_parts(0, 4568).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::SignatureRequests` (r:1 w:0)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1127), added: 3602, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:0)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningSessions` (r:1 w:0)
	/// Proof: `KeyRegistry::SigningSessions` (`max_values`: None, `max_size`: Some(1658), added: 4133, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:1 w:0)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn authorize_signature_share(c: u32, ) -> Weight {
		// Proof size (bytes): measured `3205 + c * 131`, estimated `5226`.
		// Minimum execution time: 2_084_030_000 picoseconds.
		Weight::from_parts(1_025_598_915, 5226)
			// Standard error: 21_636_289
			.saturating_add(Weight::from_parts(566_407_269, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(7_u64))
	}
	/// Storage: `KeyRegistry::SigningDeadlines` (r:2 w:2)
	/// Proof: `KeyRegistry::SigningDeadlines` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningSessions` (r:256 w:256)
	/// Proof: `KeyRegistry::SigningSessions` (`max_values`: None, `max_size`: Some(1658), added: 4133, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SignatureRequests` (r:256 w:0)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1127), added: 3602, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:1 w:0)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NonceBatches` (r:16 w:16)
	/// Proof: `KeyRegistry::NonceBatches` (`max_values`: None, `max_size`: Some(2093), added: 4568, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 256]`.
	fn expire_signing_attempts(n: u32, ) -> Weight {
		// Proof size (bytes): measured `36263 + n * 119`, estimated `74078 + n * 4133`.
		// Minimum execution time: 12_989_000 picoseconds.
		Weight::from_parts(1_607_571_058, 74078)
			// Standard error: 8_729_555
			.saturating_add(Weight::from_parts(207_345_685, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(14_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(D::get().writes(13_u64))
			.saturating_add(D::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4133).saturating_mul(n.into()))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:1 w:0)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::AgreementKeys` (r:16 w:0)
	/// Proof: `KeyRegistry::AgreementKeys` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Backups` (r:1 w:1)
	/// Proof: `KeyRegistry::Backups` (`max_values`: None, `max_size`: Some(1153), added: 3628, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::DrillQueue` (r:2 w:2)
	/// Proof: `KeyRegistry::DrillQueue` (`max_values`: None, `max_size`: Some(718), added: 3193, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::DrillChallenges` (r:0 w:1)
	/// Proof: `KeyRegistry::DrillChallenges` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// The range of component `h` is `[1, 16]`.
	fn record_backup(h: u32, ) -> Weight {
		// Proof size (bytes): measured `2598 + h * 87`, estimated `7376 + h * 2569`.
		// Minimum execution time: 69_443_000 picoseconds.
		Weight::from_parts(77_876_684, 7376)
			// Standard error: 133_457
			.saturating_add(Weight::from_parts(6_941_865, 0).saturating_mul(h.into()))
			.saturating_add(D::get().reads(7_u64))
			.saturating_add(D::get().reads((1_u64).saturating_mul(h.into())))
			.saturating_add(D::get().writes(5_u64))
			.saturating_add(Weight::from_parts(0, 2569).saturating_mul(h.into()))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Backups` (r:1 w:1)
	/// Proof: `KeyRegistry::Backups` (`max_values`: None, `max_size`: Some(1153), added: 3628, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::DrillQueue` (r:1 w:1)
	/// Proof: `KeyRegistry::DrillQueue` (`max_values`: None, `max_size`: Some(718), added: 3193, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::DrillChallenges` (r:0 w:1)
	/// Proof: `KeyRegistry::DrillChallenges` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	fn retire_backup() -> Weight {
		// Proof size (bytes): measured `1822`, estimated `4618`.
		// Minimum execution time: 53_179_000 picoseconds.
		Weight::from_parts(69_463_000, 4618)
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().writes(4_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Backups` (r:1 w:0)
	/// Proof: `KeyRegistry::Backups` (`max_values`: None, `max_size`: Some(1153), added: 3628, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:1 w:0)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `System::ParentHash` (r:1 w:0)
	/// Proof: `System::ParentHash` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::DrillChallenges` (r:0 w:1)
	/// Proof: `KeyRegistry::DrillChallenges` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	fn start_backup_drill() -> Weight {
		// Proof size (bytes): measured `2994`, estimated `5226`.
		// Minimum execution time: 66_529_000 picoseconds.
		Weight::from_parts(103_343_000, 5226)
			.saturating_add(D::get().reads(7_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Backups` (r:1 w:1)
	/// Proof: `KeyRegistry::Backups` (`max_values`: None, `max_size`: Some(1153), added: 3628, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:1 w:0)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::DrillChallenges` (r:1 w:1)
	/// Proof: `KeyRegistry::DrillChallenges` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::DrillQueue` (r:2 w:2)
	/// Proof: `KeyRegistry::DrillQueue` (`max_values`: None, `max_size`: Some(718), added: 3193, mode: `MaxEncodedLen`)
	fn complete_backup_drill() -> Weight {
		// Proof size (bytes): measured `3795`, estimated `7376`.
		// Minimum execution time: 146_387_000 picoseconds.
		Weight::from_parts(179_165_000, 7376)
			.saturating_add(D::get().reads(10_u64))
			.saturating_add(D::get().writes(5_u64))
	}
	/// Storage: `KeyRegistry::RotationQueue` (r:1 w:0)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::DrillQueue` (r:1 w:1)
	/// Proof: `KeyRegistry::DrillQueue` (`max_values`: None, `max_size`: Some(718), added: 3193, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:64 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Backups` (r:64 w:0)
	/// Proof: `KeyRegistry::Backups` (`max_values`: None, `max_size`: Some(1153), added: 3628, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:64 w:0)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:64 w:64)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RequestExpiries` (r:1 w:0)
	/// Proof: `KeyRegistry::RequestExpiries` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningDeadlines` (r:1 w:0)
	/// Proof: `KeyRegistry::SigningDeadlines` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 64]`.
	fn announce_drills_due(n: u32, ) -> Weight {
		// Proof size (bytes): measured `2059 + n * 325`, estimated `7575 + n * 4236`.
		// Minimum execution time: 10_055_000 picoseconds.
		Weight::from_parts(10_064_000, 7575)
			// Standard error: 183_905
			.saturating_add(Weight::from_parts(26_073_050, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(D::get().writes(1_u64))
			.saturating_add(D::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4236).saturating_mul(n.into()))
	}
}

/// The measured weights with ParityDB's database weights (the database the node runs), for tests.
impl WeightInfo for () {
	fn create_domain(n: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::create_domain(n, )
	}
	fn set_domain_policy() -> Weight {
		WeightsWith::<ParityDbWeight>::set_domain_policy()
	}
	fn hand_over_domain() -> Weight {
		WeightsWith::<ParityDbWeight>::hand_over_domain()
	}
	fn accept_domain() -> Weight {
		WeightsWith::<ParityDbWeight>::accept_domain()
	}
	fn close_domain() -> Weight {
		WeightsWith::<ParityDbWeight>::close_domain()
	}
	fn grant_role() -> Weight {
		WeightsWith::<ParityDbWeight>::grant_role()
	}
	fn revoke_role() -> Weight {
		WeightsWith::<ParityDbWeight>::revoke_role()
	}
	fn register_key_ed25519(n: u32, m: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::register_key_ed25519(n, m, )
	}
	fn register_key_sr25519(n: u32, m: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::register_key_sr25519(n, m, )
	}
	fn register_key_ecdsa(n: u32, m: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::register_key_ecdsa(n, m, )
	}
	fn rotate_key_ed25519() -> Weight {
		WeightsWith::<ParityDbWeight>::rotate_key_ed25519()
	}
	fn rotate_key_sr25519() -> Weight {
		WeightsWith::<ParityDbWeight>::rotate_key_sr25519()
	}
	fn rotate_key_ecdsa() -> Weight {
		WeightsWith::<ParityDbWeight>::rotate_key_ecdsa()
	}
	fn set_key_policy() -> Weight {
		WeightsWith::<ParityDbWeight>::set_key_policy()
	}
	fn revoke_version() -> Weight {
		WeightsWith::<ParityDbWeight>::revoke_version()
	}
	fn revoke_key() -> Weight {
		WeightsWith::<ParityDbWeight>::revoke_key()
	}
	fn freeze_key() -> Weight {
		WeightsWith::<ParityDbWeight>::freeze_key()
	}
	fn unfreeze_key() -> Weight {
		WeightsWith::<ParityDbWeight>::unfreeze_key()
	}
	fn attest_audit() -> Weight {
		WeightsWith::<ParityDbWeight>::attest_audit()
	}
	fn on_initialize(n: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::on_initialize(n, )
	}
	fn emit_genesis_entries(n: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::emit_genesis_entries(n, )
	}
	fn set_key_custodian() -> Weight {
		WeightsWith::<ParityDbWeight>::set_key_custodian()
	}
	fn request_signature(p: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::request_signature(p, )
	}
	fn set_velocity_policy() -> Weight {
		WeightsWith::<ParityDbWeight>::set_velocity_policy()
	}
	fn request_signature_monitored(p: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::request_signature_monitored(p, )
	}
	fn refuse_signature_request() -> Weight {
		WeightsWith::<ParityDbWeight>::refuse_signature_request()
	}
	fn set_approval_policy() -> Weight {
		WeightsWith::<ParityDbWeight>::set_approval_policy()
	}
	fn propose() -> Weight {
		WeightsWith::<ParityDbWeight>::propose()
	}
	fn approve() -> Weight {
		WeightsWith::<ParityDbWeight>::approve()
	}
	fn execute_proposal() -> Weight {
		WeightsWith::<ParityDbWeight>::execute_proposal()
	}
	fn cancel_proposal() -> Weight {
		WeightsWith::<ParityDbWeight>::cancel_proposal()
	}
	fn expire_proposal() -> Weight {
		WeightsWith::<ParityDbWeight>::expire_proposal()
	}
	fn fulfil_signature(p: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::fulfil_signature(p, )
	}
	fn authorize_fulfil_signature(p: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::authorize_fulfil_signature(p, )
	}
	fn rotate_key_by_custodian() -> Weight {
		WeightsWith::<ParityDbWeight>::rotate_key_by_custodian()
	}
	fn authorize_rotate_key_by_custodian() -> Weight {
		WeightsWith::<ParityDbWeight>::authorize_rotate_key_by_custodian()
	}
	fn set_retired_keys() -> Weight {
		WeightsWith::<ParityDbWeight>::set_retired_keys()
	}
	fn record_key_destruction() -> Weight {
		WeightsWith::<ParityDbWeight>::record_key_destruction()
	}
	fn authorize_record_key_destruction() -> Weight {
		WeightsWith::<ParityDbWeight>::authorize_record_key_destruction()
	}
	fn expire_requests(n: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::expire_requests(n, )
	}
	fn register_agreement_key() -> Weight {
		WeightsWith::<ParityDbWeight>::register_agreement_key()
	}
	fn start_key_generation(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::start_key_generation(c, )
	}
	fn ceremony_round1(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::ceremony_round1(c, )
	}
	fn ceremony_round2(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::ceremony_round2(c, )
	}
	fn ceremony_confirm(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::ceremony_confirm(c, )
	}
	fn ceremony_prove(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::ceremony_prove(c, )
	}
	fn authorize_ceremony_message(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::authorize_ceremony_message(c, )
	}
	fn report_ceremony_fault(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::report_ceremony_fault(c, )
	}
	fn restart_key_generation(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::restart_key_generation(c, )
	}
	fn cancel_key_generation(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::cancel_key_generation(c, )
	}
	fn start_share_refresh(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::start_share_refresh(c, )
	}
	fn ceremony_refresh_round1(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::ceremony_refresh_round1(c, )
	}
	fn ceremony_refresh_prove(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::ceremony_refresh_prove(c, )
	}
	fn start_share_repair(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::start_share_repair(c, )
	}
	fn ceremony_repair_confirm(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::ceremony_repair_confirm(c, )
	}
	fn publish_nonce_commitments(n: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::publish_nonce_commitments(n, )
	}
	fn request_threshold_signature(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::request_threshold_signature(c, )
	}
	fn submit_signature_share(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::submit_signature_share(c, )
	}
	fn reject_signature_share(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::reject_signature_share(c, )
	}
	fn authorize_signature_share(c: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::authorize_signature_share(c, )
	}
	fn expire_signing_attempts(n: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::expire_signing_attempts(n, )
	}
	fn record_backup(h: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::record_backup(h, )
	}
	fn retire_backup() -> Weight {
		WeightsWith::<ParityDbWeight>::retire_backup()
	}
	fn start_backup_drill() -> Weight {
		WeightsWith::<ParityDbWeight>::start_backup_drill()
	}
	fn complete_backup_drill() -> Weight {
		WeightsWith::<ParityDbWeight>::complete_backup_drill()
	}
	fn announce_drills_due(n: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::announce_drills_due(n, )
	}
}
