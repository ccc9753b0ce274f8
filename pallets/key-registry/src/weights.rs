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
	fn fulfil_signature(p: u32, ) -> Weight;
	fn authorize_fulfil_signature(p: u32, ) -> Weight;
	fn rotate_key_by_custodian() -> Weight;
	fn authorize_rotate_key_by_custodian() -> Weight;
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
	fn set_velocity_policy() -> Weight;
	fn request_signature_monitored(p: u32, ) -> Weight;
	fn refuse_signature_request() -> Weight;
	fn set_approval_policy() -> Weight;
	fn propose() -> Weight;
	fn approve() -> Weight;
	fn execute_proposal() -> Weight;
	fn cancel_proposal() -> Weight;
	fn expire_proposal() -> Weight;
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:0 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:0 w:1)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn create_domain(n: u32, ) -> Weight {
		// Proof size (bytes): measured `287`, estimated `3593`.
		// Minimum execution time: 62_412_000 picoseconds.
		Weight::from_parts(84_364_655, 3593)
			// Standard error: 4_925
			.saturating_add(Weight::from_parts(10_497, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(5_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn set_domain_policy() -> Weight {
		// Proof size (bytes): measured `450`, estimated `3732`.
		// Minimum execution time: 21_232_000 picoseconds.
		Weight::from_parts(24_126_000, 3732)
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().writes(1_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	fn hand_over_domain() -> Weight {
		// Proof size (bytes): measured `325`, estimated `3732`.
		// Minimum execution time: 15_332_000 picoseconds.
		Weight::from_parts(24_216_000, 3732)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	fn accept_domain() -> Weight {
		// Proof size (bytes): measured `846`, estimated `6196`.
		// Minimum execution time: 195_520_000 picoseconds.
		Weight::from_parts(292_664_000, 6196)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	fn close_domain() -> Weight {
		// Proof size (bytes): measured `646`, estimated `3732`.
		// Minimum execution time: 60_670_000 picoseconds.
		Weight::from_parts(96_433_000, 3732)
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().writes(3_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:2 w:1)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn grant_role() -> Weight {
		// Proof size (bytes): measured `471`, estimated `6062`.
		// Minimum execution time: 27_310_000 picoseconds.
		Weight::from_parts(45_187_000, 6062)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:2 w:1)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn revoke_role() -> Weight {
		// Proof size (bytes): measured `504`, estimated `6062`.
		// Minimum execution time: 27_721_000 picoseconds.
		Weight::from_parts(46_789_000, 6062)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:1 w:1)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:0 w:1)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:0 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	/// The range of component `m` is `[0, 1024]`.
	fn register_key_ed25519(n: u32, m: u32, ) -> Weight {
		// Proof size (bytes): measured `795`, estimated `3991`.
		// Minimum execution time: 351_882_000 picoseconds.
		Weight::from_parts(581_508_181, 3991)
			// Standard error: 65_774
			.saturating_add(Weight::from_parts(84_657, 0).saturating_mul(n.into()))
			// Standard error: 4_044
			.saturating_add(Weight::from_parts(611, 0).saturating_mul(m.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:1 w:1)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:0 w:1)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:0 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	/// The range of component `m` is `[0, 1024]`.
	fn register_key_sr25519(n: u32, _m: u32, ) -> Weight {
		// Proof size (bytes): measured `795`, estimated `3991`.
		// Minimum execution time: 189_070_000 picoseconds.
		Weight::from_parts(321_927_347, 3991)
			// Standard error: 58_534
			.saturating_add(Weight::from_parts(64_178, 0).saturating_mul(n.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:1 w:1)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:0 w:1)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:0 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	/// The range of component `m` is `[0, 1024]`.
	fn register_key_ecdsa(_n: u32, m: u32, ) -> Weight {
		// Proof size (bytes): measured `795`, estimated `3991`.
		// Minimum execution time: 181_259_000 picoseconds.
		Weight::from_parts(316_533_755, 3991)
			// Standard error: 3_296
			.saturating_add(Weight::from_parts(14_859, 0).saturating_mul(m.into()))
			.saturating_add(D::get().reads(8_u64))
			.saturating_add(D::get().writes(8_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyByPublic` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyByPublic` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:1)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:2 w:2)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	fn rotate_key_ed25519() -> Weight {
		// Proof size (bytes): measured `2832`, estimated `6992`.
		// Minimum execution time: 397_009_000 picoseconds.
		Weight::from_parts(610_475_000, 6992)
			.saturating_add(D::get().reads(10_u64))
			.saturating_add(D::get().writes(8_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyByPublic` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyByPublic` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:1)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:2 w:2)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	fn rotate_key_sr25519() -> Weight {
		// Proof size (bytes): measured `2831`, estimated `6992`.
		// Minimum execution time: 241_938_000 picoseconds.
		Weight::from_parts(425_020_000, 6992)
			.saturating_add(D::get().reads(10_u64))
			.saturating_add(D::get().writes(8_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::KeyByPublic` (r:1 w:1)
	/// Proof: `KeyRegistry::KeyByPublic` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:1)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:2 w:2)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	fn rotate_key_ecdsa() -> Weight {
		// Proof size (bytes): measured `2832`, estimated `6992`.
		// Minimum execution time: 250_321_000 picoseconds.
		Weight::from_parts(407_373_000, 6992)
			.saturating_add(D::get().reads(10_u64))
			.saturating_add(D::get().writes(8_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:2 w:2)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	fn set_key_policy() -> Weight {
		// Proof size (bytes): measured `2390`, estimated `6992`.
		// Minimum execution time: 58_627_000 picoseconds.
		Weight::from_parts(103_874_000, 6992)
			.saturating_add(D::get().reads(6_u64))
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
		// Minimum execution time: 60_229_000 picoseconds.
		Weight::from_parts(106_268_000, 5226)
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
		// Minimum execution time: 49_012_000 picoseconds.
		Weight::from_parts(95_752_000, 5226)
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
		// Minimum execution time: 44_847_000 picoseconds.
		Weight::from_parts(84_545_000, 5226)
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
		// Minimum execution time: 35_864_000 picoseconds.
		Weight::from_parts(67_000_000, 5226)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn attest_audit() -> Weight {
		// Proof size (bytes): measured `450`, estimated `3732`.
		// Minimum execution time: 21_081_000 picoseconds.
		Weight::from_parts(39_389_000, 3732)
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
		// Minimum execution time: 14_652_000 picoseconds.
		Weight::from_parts(23_850_141, 7575)
			// Standard error: 686_056
			.saturating_add(Weight::from_parts(18_237_022, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 3_775_000 picoseconds.
		Weight::from_parts(11_714_598, 1608)
			// Standard error: 16_088
			.saturating_add(Weight::from_parts(3_049_169, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 54_150_000 picoseconds.
		Weight::from_parts(101_400_000, 5226)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SignatureRequests` (r:0 w:1)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1125), added: 3600, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[1, 1024]`.
	fn request_signature(_p: u32, ) -> Weight {
		// Proof size (bytes): measured `2061`, estimated `7575`.
		// Minimum execution time: 108_691_000 picoseconds.
		Weight::from_parts(188_557_033, 7575)
			.saturating_add(D::get().reads(8_u64))
			.saturating_add(D::get().writes(6_u64))
	}
	/// Storage: `KeyRegistry::SignatureRequests` (r:1 w:1)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1125), added: 3600, mode: `MaxEncodedLen`)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[1, 1024]`.
	fn fulfil_signature(p: u32, ) -> Weight {
		// Proof size (bytes): measured `2304 + p * 1`, estimated `5226`.
		// Minimum execution time: 217_192_000 picoseconds.
		Weight::from_parts(351_429_475, 5226)
			// Standard error: 3_519
			.saturating_add(Weight::from_parts(18_625, 0).saturating_mul(p.into()))
			.saturating_add(D::get().reads(8_u64))
			.saturating_add(D::get().writes(5_u64))
	}
	/// Storage: `KeyRegistry::SignatureRequests` (r:1 w:0)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1125), added: 3600, mode: `MaxEncodedLen`)
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
		// Minimum execution time: 139_467_000 picoseconds.
		Weight::from_parts(227_693_523, 5226)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RotationQueue` (r:1 w:1)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	fn rotate_key_by_custodian() -> Weight {
		// Proof size (bytes): measured `2631`, estimated `5226`.
		// Minimum execution time: 295_228_000 picoseconds.
		Weight::from_parts(465_369_000, 5226)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	fn authorize_rotate_key_by_custodian() -> Weight {
		// Proof size (bytes): measured `2087`, estimated `5226`.
		// Minimum execution time: 211_494_000 picoseconds.
		Weight::from_parts(323_729_000, 5226)
			.saturating_add(D::get().reads(7_u64))
	}
	/// Storage: `KeyRegistry::RequestExpiries` (r:1 w:1)
	/// Proof: `KeyRegistry::RequestExpiries` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SignatureRequests` (r:256 w:256)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1125), added: 3600, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:256 w:256)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningSessions` (r:0 w:256)
	/// Proof: `KeyRegistry::SigningSessions` (`max_values`: None, `max_size`: Some(1658), added: 4133, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 256]`.
	fn expire_requests(n: u32, ) -> Weight {
		// Proof size (bytes): measured `1676 + n * 267`, estimated `7575 + n * 3600`.
		// Minimum execution time: 6_239_000 picoseconds.
		Weight::from_parts(6_710_000, 7575)
			// Standard error: 1_977_742
			.saturating_add(Weight::from_parts(77_262_214, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(D::get().writes(2_u64))
			.saturating_add(D::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3600).saturating_mul(n.into()))
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
		// Minimum execution time: 249_350_000 picoseconds.
		Weight::from_parts(425_661_000, 3732)
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
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2862), added: 5337, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn start_key_generation(c: u32, ) -> Weight {
		// Proof size (bytes): measured `515 + c * 87`, estimated `3732 + c * 2569`.
		// Minimum execution time: 116_092_000 picoseconds.
		Weight::from_parts(135_926_000, 3732)
			// Standard error: 501_852
			.saturating_add(Weight::from_parts(13_306_264, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(5_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(4_u64))
			.saturating_add(D::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2569).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2862), added: 5337, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:15 w:1)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn ceremony_round1(c: u32, ) -> Weight {
		// Proof size (bytes): measured `0 + c * 667`, estimated `6327 + c * 3722`.
		// Minimum execution time: 3_859_842_000 picoseconds.
		Weight::from_parts(4_086_968_000, 6327)
			// Standard error: 318_363_737
			.saturating_add(Weight::from_parts(6_083_103_696, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 3722).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2862), added: 5337, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:31 w:1)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn ceremony_round2(c: u32, ) -> Weight {
		// Proof size (bytes): measured `0 + c * 2072`, estimated `14670 + c * 7444`.
		// Minimum execution time: 148_200_000 picoseconds.
		Weight::from_parts(204_955_448, 14670)
			// Standard error: 2_518_594
			.saturating_add(Weight::from_parts(23_905_757, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 7444).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2862), added: 5337, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:0 w:1)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn ceremony_confirm(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1803 + c * 97`, estimated `6327`.
		// Minimum execution time: 422_015_000 picoseconds.
		Weight::from_parts(440_144_612, 6327)
			// Standard error: 4_079_229
			.saturating_add(Weight::from_parts(15_550_897, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(3_u64))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2862), added: 5337, mode: `MaxEncodedLen`)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
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
		// Minimum execution time: 4_411_840_000 picoseconds.
		Weight::from_parts(1_302_547_965, 14670)
			// Standard error: 93_996_176
			.saturating_add(Weight::from_parts(1_432_469_515, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(7_u64))
			.saturating_add(D::get().reads((3_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(10_u64))
			.saturating_add(D::get().writes((5_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 7444).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:0)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2862), added: 5337, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:0)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn authorize_ceremony_message(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1771 + c * 97`, estimated `6327`.
		// Minimum execution time: 68_982_000 picoseconds.
		Weight::from_parts(72_820_218, 6327)
			// Standard error: 490_673
			.saturating_add(Weight::from_parts(1_138_408, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(3_u64))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2862), added: 5337, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn report_ceremony_fault(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1803 + c * 97`, estimated `6327`.
		// Minimum execution time: 103_714_000 picoseconds.
		Weight::from_parts(147_579_100, 6327)
			// Standard error: 1_487_266
			.saturating_add(Weight::from_parts(31_093, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2862), added: 5337, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:0 w:64)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn restart_key_generation(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1874 + c * 97`, estimated `6327`.
		// Minimum execution time: 116_883_000 picoseconds.
		Weight::from_parts(85_023_231, 6327)
			// Standard error: 1_810_834
			.saturating_add(Weight::from_parts(20_807_577, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
			.saturating_add(D::get().writes((4_u64).saturating_mul(c.into())))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2862), added: 5337, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CustodiansInCeremony` (r:16 w:16)
	/// Proof: `KeyRegistry::CustodiansInCeremony` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ActiveCeremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::ActiveCeremonies` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:0 w:64)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn cancel_key_generation(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1876 + c * 155`, estimated `6327 + c * 2541`.
		// Minimum execution time: 137_063_000 picoseconds.
		Weight::from_parts(75_097_003, 6327)
			// Standard error: 2_425_289
			.saturating_add(Weight::from_parts(32_840_158, 0).saturating_mul(c.into()))
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
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2862), added: 5337, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn start_share_refresh(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1986 + c * 152`, estimated `5226 + c * 2569`.
		// Minimum execution time: 101_310_000 picoseconds.
		Weight::from_parts(112_912_154, 5226)
			// Standard error: 1_195_664
			.saturating_add(Weight::from_parts(9_133_795, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(8_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(5_u64))
			.saturating_add(D::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2569).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2862), added: 5337, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:15 w:1)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn ceremony_refresh_round1(c: u32, ) -> Weight {
		// Proof size (bytes): measured `0 + c * 667`, estimated `6327 + c * 3722`.
		// Minimum execution time: 1_965_684_000 picoseconds.
		Weight::from_parts(2_112_291_000, 6327)
			// Standard error: 199_504_649
			.saturating_add(Weight::from_parts(4_150_993_289, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 3722).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2862), added: 5337, mode: `MaxEncodedLen`)
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
		// Minimum execution time: 4_154_188_000 picoseconds.
		Weight::from_parts(446_412_165, 14670)
			// Standard error: 101_363_538
			.saturating_add(Weight::from_parts(1_502_393_368, 0).saturating_mul(c.into()))
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
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2862), added: 5337, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[3, 16]`.
	fn start_share_repair(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1984 + c * 152`, estimated `5226 + c * 2569`.
		// Minimum execution time: 113_459_000 picoseconds.
		Weight::from_parts(82_303_183, 5226)
			// Standard error: 1_449_290
			.saturating_add(Weight::from_parts(11_291_038, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(8_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(5_u64))
			.saturating_add(D::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2569).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2862), added: 5337, mode: `MaxEncodedLen`)
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
		// Proof size (bytes): measured `1970 + c * 189`, estimated `6327 + c * 2541`.
		// Minimum execution time: 232_915_000 picoseconds.
		Weight::from_parts(173_757_745, 6327)
			// Standard error: 4_079_462
			.saturating_add(Weight::from_parts(34_802_039, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 441_905_000 picoseconds.
		Weight::from_parts(488_954_000, 5558)
			// Standard error: 6_045_538
			.saturating_add(Weight::from_parts(370_256_662, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NextRequestId` (r:1 w:1)
	/// Proof: `KeyRegistry::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RequestExpiries` (r:1 w:1)
	/// Proof: `KeyRegistry::RequestExpiries` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NonceBatches` (r:16 w:16)
	/// Proof: `KeyRegistry::NonceBatches` (`max_values`: None, `max_size`: Some(2093), added: 4568, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningDeadlines` (r:1 w:1)
	/// Proof: `KeyRegistry::SigningDeadlines` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:1 w:0)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SignatureRequests` (r:0 w:1)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1125), added: 3600, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningSessions` (r:0 w:1)
	/// Proof: `KeyRegistry::SigningSessions` (`max_values`: None, `max_size`: Some(1658), added: 4133, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn request_threshold_signature(c: u32, ) -> Weight {
		// Proof size (bytes): measured `2199 + c * 2161`, estimated `7575 + c * 4568`.
		// Minimum execution time: 196_180_000 picoseconds.
		Weight::from_parts(126_367_495, 7575)
			// Standard error: 1_552_366
			.saturating_add(Weight::from_parts(24_802_643, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(9_u64))
			.saturating_add(D::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(8_u64))
			.saturating_add(D::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 4568).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::SignatureRequests` (r:1 w:1)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1125), added: 3600, mode: `MaxEncodedLen`)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn submit_signature_share(c: u32, ) -> Weight {
		// Proof size (bytes): measured `3595 + c * 190`, estimated `5558`.
		// Minimum execution time: 4_220_186_000 picoseconds.
		Weight::from_parts(3_216_852_741, 5558)
			// Standard error: 113_660_566
			.saturating_add(Weight::from_parts(1_182_841_487, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(10_u64))
			.saturating_add(D::get().writes(6_u64))
	}
	/// Storage: `KeyRegistry::SignatureRequests` (r:1 w:0)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1125), added: 3600, mode: `MaxEncodedLen`)
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
		// Minimum execution time: 2_238_048_000 picoseconds.
		Weight::from_parts(1_524_447_930, 7575)
			// Standard error: 53_513_639
			.saturating_add(Weight::from_parts(593_544_934, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(8_u64))
			.saturating_add(D::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(4_u64))
			.saturating_add(Weight::from_parts(0, 4568).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::SignatureRequests` (r:1 w:0)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1125), added: 3600, mode: `MaxEncodedLen`)
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
		// Minimum execution time: 2_179_180_000 picoseconds.
		Weight::from_parts(2_214_863_016, 5226)
			// Standard error: 22_644_022
			.saturating_add(Weight::from_parts(432_091_292, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(7_u64))
	}
	/// Storage: `KeyRegistry::SigningDeadlines` (r:2 w:2)
	/// Proof: `KeyRegistry::SigningDeadlines` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningSessions` (r:256 w:256)
	/// Proof: `KeyRegistry::SigningSessions` (`max_values`: None, `max_size`: Some(1658), added: 4133, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SignatureRequests` (r:256 w:0)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1125), added: 3600, mode: `MaxEncodedLen`)
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
		// Minimum execution time: 12_228_000 picoseconds.
		Weight::from_parts(987_144_830, 74078)
			// Standard error: 2_083_564
			.saturating_add(Weight::from_parts(196_299_572, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 72_378_000 picoseconds.
		Weight::from_parts(82_199_816, 7376)
			// Standard error: 95_724
			.saturating_add(Weight::from_parts(7_159_140, 0).saturating_mul(h.into()))
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
		// Minimum execution time: 58_046_000 picoseconds.
		Weight::from_parts(67_770_000, 4618)
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
		// Minimum execution time: 72_418_000 picoseconds.
		Weight::from_parts(78_006_000, 5226)
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
	fn set_velocity_policy() -> Weight {
		Weight::from_parts(40_000_000, 5000)
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().writes(3_u64))
	}
	fn request_signature_monitored(_p: u32, ) -> Weight {
		Weight::from_parts(260_000_000, 9000)
			.saturating_add(D::get().reads(11_u64))
			.saturating_add(D::get().writes(8_u64))
	}
	fn refuse_signature_request() -> Weight {
		Weight::from_parts(80_000_000, 7000)
			.saturating_add(D::get().reads(6_u64))
			.saturating_add(D::get().writes(3_u64))
	}
	fn set_approval_policy() -> Weight {
		Weight::from_parts(60_000_000, 6000)
			.saturating_add(D::get().reads(5_u64))
			.saturating_add(D::get().writes(4_u64))
	}
	fn propose() -> Weight {
		Weight::from_parts(60_000_000, 6000)
			.saturating_add(D::get().reads(5_u64))
			.saturating_add(D::get().writes(4_u64))
	}
	fn approve() -> Weight {
		Weight::from_parts(60_000_000, 6000)
			.saturating_add(D::get().reads(5_u64))
			.saturating_add(D::get().writes(4_u64))
	}
	fn execute_proposal() -> Weight {
		Weight::from_parts(60_000_000, 6000)
			.saturating_add(D::get().reads(5_u64))
			.saturating_add(D::get().writes(4_u64))
	}
	fn cancel_proposal() -> Weight {
		Weight::from_parts(60_000_000, 6000)
			.saturating_add(D::get().reads(5_u64))
			.saturating_add(D::get().writes(4_u64))
	}
	fn expire_proposal() -> Weight {
		Weight::from_parts(60_000_000, 6000)
			.saturating_add(D::get().reads(5_u64))
			.saturating_add(D::get().writes(4_u64))
	}
	fn complete_backup_drill() -> Weight {
		// Proof size (bytes): measured `3795`, estimated `7376`.
		// Minimum execution time: 151_584_000 picoseconds.
		Weight::from_parts(160_037_000, 7376)
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
		// Minimum execution time: 9_935_000 picoseconds.
		Weight::from_parts(7_780_731, 7575)
			// Standard error: 299_206
			.saturating_add(Weight::from_parts(25_270_611, 0).saturating_mul(n.into()))
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
	fn complete_backup_drill() -> Weight {
		WeightsWith::<ParityDbWeight>::complete_backup_drill()
	}
	fn announce_drills_due(n: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::announce_drills_due(n, )
	}
}
