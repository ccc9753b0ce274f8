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
		// Minimum execution time: 64_986_000 picoseconds.
		Weight::from_parts(84_833_673, 3593)
			// Standard error: 3_179
			.saturating_add(Weight::from_parts(5_887, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(5_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn set_domain_policy() -> Weight {
		// Proof size (bytes): measured `450`, estimated `3732`.
		// Minimum execution time: 21_843_000 picoseconds.
		Weight::from_parts(35_773_000, 3732)
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().writes(1_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	fn hand_over_domain() -> Weight {
		// Proof size (bytes): measured `325`, estimated `3732`.
		// Minimum execution time: 15_974_000 picoseconds.
		Weight::from_parts(18_838_000, 3732)
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
		// Minimum execution time: 196_511_000 picoseconds.
		Weight::from_parts(261_778_000, 6196)
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
		// Minimum execution time: 62_162_000 picoseconds.
		Weight::from_parts(85_456_000, 3732)
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().writes(3_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:2 w:1)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn grant_role() -> Weight {
		// Proof size (bytes): measured `471`, estimated `6062`.
		// Minimum execution time: 27_550_000 picoseconds.
		Weight::from_parts(37_676_000, 6062)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:2 w:1)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn revoke_role() -> Weight {
		// Proof size (bytes): measured `504`, estimated `6062`.
		// Minimum execution time: 27_922_000 picoseconds.
		Weight::from_parts(31_827_000, 6062)
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
	fn register_key_ed25519(n: u32, _m: u32, ) -> Weight {
		// Proof size (bytes): measured `795`, estimated `3991`.
		// Minimum execution time: 322_358_000 picoseconds.
		Weight::from_parts(400_062_353, 3991)
			// Standard error: 82_014
			.saturating_add(Weight::from_parts(107_492, 0).saturating_mul(n.into()))
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
	fn register_key_sr25519(_n: u32, _m: u32, ) -> Weight {
		// Proof size (bytes): measured `795`, estimated `3991`.
		// Minimum execution time: 188_309_000 picoseconds.
		Weight::from_parts(266_596_202, 3991)
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
	fn register_key_ecdsa(n: u32, m: u32, ) -> Weight {
		// Proof size (bytes): measured `795`, estimated `3991`.
		// Minimum execution time: 178_545_000 picoseconds.
		Weight::from_parts(223_336_238, 3991)
			// Standard error: 70_494
			.saturating_add(Weight::from_parts(542_248, 0).saturating_mul(n.into()))
			// Standard error: 4_334
			.saturating_add(Weight::from_parts(21_274, 0).saturating_mul(m.into()))
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
		// Minimum execution time: 386_032_000 picoseconds.
		Weight::from_parts(587_401_000, 6992)
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
		// Minimum execution time: 264_121_000 picoseconds.
		Weight::from_parts(370_449_000, 6992)
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
		// Minimum execution time: 249_399_000 picoseconds.
		Weight::from_parts(400_383_000, 6992)
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
		// Minimum execution time: 53_990_000 picoseconds.
		Weight::from_parts(68_892_000, 6992)
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
		// Minimum execution time: 60_019_000 picoseconds.
		Weight::from_parts(108_020_000, 5226)
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
		// Minimum execution time: 48_532_000 picoseconds.
		Weight::from_parts(90_564_000, 5226)
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
		// Minimum execution time: 39_228_000 picoseconds.
		Weight::from_parts(77_334_000, 5226)
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
		// Minimum execution time: 35_242_000 picoseconds.
		Weight::from_parts(63_905_000, 5226)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn attest_audit() -> Weight {
		// Proof size (bytes): measured `450`, estimated `3732`.
		// Minimum execution time: 21_802_000 picoseconds.
		Weight::from_parts(39_058_000, 3732)
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
		// Minimum execution time: 16_314_000 picoseconds.
		Weight::from_parts(34_033_497, 7575)
			// Standard error: 847_740
			.saturating_add(Weight::from_parts(21_269_418, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 3_855_000 picoseconds.
		Weight::from_parts(13_102_616, 1608)
			// Standard error: 7_827
			.saturating_add(Weight::from_parts(3_589_025, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 49_463_000 picoseconds.
		Weight::from_parts(96_473_000, 5226)
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
		// Minimum execution time: 103_904_000 picoseconds.
		Weight::from_parts(174_017_968, 7575)
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
		// Minimum execution time: 198_053_000 picoseconds.
		Weight::from_parts(325_342_507, 5226)
			// Standard error: 3_836
			.saturating_add(Weight::from_parts(6_570, 0).saturating_mul(p.into()))
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
	fn authorize_fulfil_signature(p: u32, ) -> Weight {
		// Proof size (bytes): measured `2003 + p * 1`, estimated `5226`.
		// Minimum execution time: 126_137_000 picoseconds.
		Weight::from_parts(154_072_382, 5226)
			// Standard error: 2_678
			.saturating_add(Weight::from_parts(10_340, 0).saturating_mul(p.into()))
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
		// Minimum execution time: 262_669_000 picoseconds.
		Weight::from_parts(343_469_000, 5226)
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
		// Minimum execution time: 191_604_000 picoseconds.
		Weight::from_parts(224_483_000, 5226)
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
		// Minimum execution time: 4_156_000 picoseconds.
		Weight::from_parts(4_167_000, 7575)
			// Standard error: 2_038_235
			.saturating_add(Weight::from_parts(69_147_758, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 248_558_000 picoseconds.
		Weight::from_parts(321_937_000, 3732)
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
		// Minimum execution time: 71_446_000 picoseconds.
		Weight::from_parts(104_660_152, 3732)
			// Standard error: 608_002
			.saturating_add(Weight::from_parts(9_015_874, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 2_452_165_000 picoseconds.
		Weight::from_parts(2_623_158_000, 6327)
			// Standard error: 357_588_300
			.saturating_add(Weight::from_parts(5_209_002_363, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 175_129_000 picoseconds.
		Weight::from_parts(149_434_691, 14670)
			// Standard error: 2_850_341
			.saturating_add(Weight::from_parts(24_076_206, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 421_204_000 picoseconds.
		Weight::from_parts(525_412_150, 6327)
			// Standard error: 3_555_035
			.saturating_add(Weight::from_parts(4_426_571, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 4_564_076_000 picoseconds.
		Weight::from_parts(4_681_129_000, 14670)
			// Standard error: 59_012_792
			.saturating_add(Weight::from_parts(1_386_119_391, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 73_719_000 picoseconds.
		Weight::from_parts(77_615_259, 6327)
			// Standard error: 248_763
			.saturating_add(Weight::from_parts(664_710, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 105_737_000 picoseconds.
		Weight::from_parts(111_677_838, 6327)
			// Standard error: 857_755
			.saturating_add(Weight::from_parts(3_165_421, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 122_402_000 picoseconds.
		Weight::from_parts(108_987_506, 6327)
			// Standard error: 1_942_992
			.saturating_add(Weight::from_parts(19_655_317, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 111_546_000 picoseconds.
		Weight::from_parts(97_518_327, 6327)
			// Standard error: 2_528_720
			.saturating_add(Weight::from_parts(27_850_647, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 107_589_000 picoseconds.
		Weight::from_parts(115_806_671, 5226)
			// Standard error: 1_357_990
			.saturating_add(Weight::from_parts(10_500_154, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 2_006_995_000 picoseconds.
		Weight::from_parts(2_103_087_000, 6327)
			// Standard error: 248_226_489
			.saturating_add(Weight::from_parts(4_772_800_957, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 4_103_933_000 picoseconds.
		Weight::from_parts(1_666_295_345, 14670)
			// Standard error: 83_196_429
			.saturating_add(Weight::from_parts(1_303_168_269, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 117_344_000 picoseconds.
		Weight::from_parts(136_213_182, 5226)
			// Standard error: 1_490_261
			.saturating_add(Weight::from_parts(6_509_368, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 260_506_000 picoseconds.
		Weight::from_parts(280_514_405, 6327)
			// Standard error: 3_272_406
			.saturating_add(Weight::from_parts(24_133_841, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 443_988_000 picoseconds.
		Weight::from_parts(523_446_000, 5558)
			// Standard error: 8_240_253
			.saturating_add(Weight::from_parts(426_086_314, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 218_935_000 picoseconds.
		Weight::from_parts(186_887_808, 7575)
			// Standard error: 2_324_906
			.saturating_add(Weight::from_parts(21_467_192, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 4_365_842_000 picoseconds.
		Weight::from_parts(2_800_534_031, 5558)
			// Standard error: 97_220_657
			.saturating_add(Weight::from_parts(1_466_738_624, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 2_925_306_000 picoseconds.
		Weight::from_parts(2_189_999_882, 7575)
			// Standard error: 49_345_554
			.saturating_add(Weight::from_parts(714_382_114, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 2_147_113_000 picoseconds.
		Weight::from_parts(741_259_854, 5226)
			// Standard error: 45_361_724
			.saturating_add(Weight::from_parts(826_442_850, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 13_350_000 picoseconds.
		Weight::from_parts(953_995_089, 74078)
			// Standard error: 9_130_480
			.saturating_add(Weight::from_parts(239_018_413, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 77_365_000 picoseconds.
		Weight::from_parts(149_964_916, 7376)
			// Standard error: 325_017
			.saturating_add(Weight::from_parts(6_597_652, 0).saturating_mul(h.into()))
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
		// Minimum execution time: 67_530_000 picoseconds.
		Weight::from_parts(101_861_000, 4618)
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
		// Minimum execution time: 78_517_000 picoseconds.
		Weight::from_parts(126_367_000, 5226)
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
		// Minimum execution time: 160_939_000 picoseconds.
		Weight::from_parts(229_671_000, 7376)
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
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RequestExpiries` (r:1 w:0)
	/// Proof: `KeyRegistry::RequestExpiries` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningDeadlines` (r:1 w:0)
	/// Proof: `KeyRegistry::SigningDeadlines` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 64]`.
	fn announce_drills_due(n: u32, ) -> Weight {
		// Proof size (bytes): measured `859 + n * 1246`, estimated `7575 + n * 4236`.
		// Minimum execution time: 10_676_000 picoseconds.
		Weight::from_parts(32_008_841, 7575)
			// Standard error: 1_673_108
			.saturating_add(Weight::from_parts(29_946_597, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(5_u64))
			.saturating_add(D::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(D::get().writes(1_u64))
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
	fn complete_backup_drill() -> Weight {
		WeightsWith::<ParityDbWeight>::complete_backup_drill()
	}
	fn announce_drills_due(n: u32, ) -> Weight {
		WeightsWith::<ParityDbWeight>::announce_drills_due(n, )
	}
}
