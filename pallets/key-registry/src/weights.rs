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
	fn create_domain(_n: u32, ) -> Weight {
		// Proof size (bytes): measured `287`, estimated `3593`.
		// Minimum execution time: 64_024_000 picoseconds.
		Weight::from_parts(87_429_338, 3593)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(5_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn set_domain_policy() -> Weight {
		// Proof size (bytes): measured `450`, estimated `3732`.
		// Minimum execution time: 21_612_000 picoseconds.
		Weight::from_parts(37_346_000, 3732)
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().writes(1_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	fn hand_over_domain() -> Weight {
		// Proof size (bytes): measured `325`, estimated `3732`.
		// Minimum execution time: 16_174_000 picoseconds.
		Weight::from_parts(27_100_000, 3732)
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
		// Minimum execution time: 199_326_000 picoseconds.
		Weight::from_parts(292_223_000, 6196)
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
		// Minimum execution time: 61_361_000 picoseconds.
		Weight::from_parts(86_168_000, 3732)
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().writes(3_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:2 w:1)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn grant_role() -> Weight {
		// Proof size (bytes): measured `471`, estimated `6062`.
		// Minimum execution time: 27_681_000 picoseconds.
		Weight::from_parts(47_450_000, 6062)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:2 w:1)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn revoke_role() -> Weight {
		// Proof size (bytes): measured `504`, estimated `6062`.
		// Minimum execution time: 28_252_000 picoseconds.
		Weight::from_parts(46_669_000, 6062)
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
	fn register_key_ed25519(_n: u32, m: u32, ) -> Weight {
		// Proof size (bytes): measured `795`, estimated `3991`.
		// Minimum execution time: 346_073_000 picoseconds.
		Weight::from_parts(564_689_452, 3991)
			// Standard error: 3_442
			.saturating_add(Weight::from_parts(1_637, 0).saturating_mul(m.into()))
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
	fn register_key_sr25519(n: u32, m: u32, ) -> Weight {
		// Proof size (bytes): measured `795`, estimated `3991`.
		// Minimum execution time: 200_468_000 picoseconds.
		Weight::from_parts(329_190_525, 3991)
			// Standard error: 36_211
			.saturating_add(Weight::from_parts(71_321, 0).saturating_mul(n.into()))
			// Standard error: 2_226
			.saturating_add(Weight::from_parts(518, 0).saturating_mul(m.into()))
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
		// Minimum execution time: 220_527_000 picoseconds.
		Weight::from_parts(336_443_783, 3991)
			// Standard error: 2_152
			.saturating_add(Weight::from_parts(9_623, 0).saturating_mul(m.into()))
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
		// Minimum execution time: 420_463_000 picoseconds.
		Weight::from_parts(646_678_000, 6992)
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
		// Minimum execution time: 252_144_000 picoseconds.
		Weight::from_parts(412_131_000, 6992)
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
		// Minimum execution time: 245_224_000 picoseconds.
		Weight::from_parts(363_189_000, 6992)
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
		// Minimum execution time: 56_484_000 picoseconds.
		Weight::from_parts(74_380_000, 6992)
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
		// Minimum execution time: 61_591_000 picoseconds.
		Weight::from_parts(106_097_000, 5226)
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
		// Minimum execution time: 57_024_000 picoseconds.
		Weight::from_parts(90_444_000, 5226)
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
		// Minimum execution time: 38_888_000 picoseconds.
		Weight::from_parts(67_260_000, 5226)
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
		// Minimum execution time: 35_272_000 picoseconds.
		Weight::from_parts(55_312_000, 5226)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn attest_audit() -> Weight {
		// Proof size (bytes): measured `450`, estimated `3732`.
		// Minimum execution time: 21_212_000 picoseconds.
		Weight::from_parts(33_310_000, 3732)
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().writes(1_u64))
	}
	/// Storage: `KeyRegistry::RotationQueue` (r:1 w:1)
	/// Proof: `KeyRegistry::RotationQueue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:64 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:64 w:64)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::RequestExpiries` (r:1 w:0)
	/// Proof: `KeyRegistry::RequestExpiries` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningDeadlines` (r:1 w:0)
	/// Proof: `KeyRegistry::SigningDeadlines` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 64]`.
	fn on_initialize(n: u32, ) -> Weight {
		// Proof size (bytes): measured `1431 + n * 242`, estimated `7575 + n * 4236`.
		// Minimum execution time: 7_922_000 picoseconds.
		Weight::from_parts(41_898_861, 7575)
			// Standard error: 611_500
			.saturating_add(Weight::from_parts(18_005_298, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(3_u64))
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
		// Minimum execution time: 3_656_000 picoseconds.
		Weight::from_parts(11_499_371, 1608)
			// Standard error: 6_166
			.saturating_add(Weight::from_parts(2_401_597, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 49_594_000 picoseconds.
		Weight::from_parts(65_357_000, 5226)
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
	fn request_signature(p: u32, ) -> Weight {
		// Proof size (bytes): measured `2061`, estimated `7575`.
		// Minimum execution time: 103_394_000 picoseconds.
		Weight::from_parts(134_513_437, 7575)
			// Standard error: 1_325
			.saturating_add(Weight::from_parts(5_349, 0).saturating_mul(p.into()))
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
		// Minimum execution time: 204_893_000 picoseconds.
		Weight::from_parts(256_249_067, 5226)
			// Standard error: 4_553
			.saturating_add(Weight::from_parts(10_118, 0).saturating_mul(p.into()))
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
		// Minimum execution time: 132_376_000 picoseconds.
		Weight::from_parts(171_956_260, 5226)
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
		// Minimum execution time: 294_987_000 picoseconds.
		Weight::from_parts(378_311_000, 5226)
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
		// Minimum execution time: 206_967_000 picoseconds.
		Weight::from_parts(303_490_000, 5226)
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
	/// Proof: `KeyRegistry::SigningSessions` (`max_values`: None, `max_size`: Some(1654), added: 4129, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 256]`.
	fn expire_requests(n: u32, ) -> Weight {
		// Proof size (bytes): measured `1676 + n * 267`, estimated `7575 + n * 3600`.
		// Minimum execution time: 5_478_000 picoseconds.
		Weight::from_parts(913_836_866, 7575)
			// Standard error: 3_334_226
			.saturating_add(Weight::from_parts(62_745_062, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 250_922_000 picoseconds.
		Weight::from_parts(321_987_000, 3732)
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
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2822), added: 5297, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn start_key_generation(c: u32, ) -> Weight {
		// Proof size (bytes): measured `515 + c * 87`, estimated `3732 + c * 2569`.
		// Minimum execution time: 80_319_000 picoseconds.
		Weight::from_parts(84_329_629, 3732)
			// Standard error: 565_750
			.saturating_add(Weight::from_parts(10_748_938, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(5_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(4_u64))
			.saturating_add(D::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2569).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2822), added: 5297, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:15 w:1)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn ceremony_round1(c: u32, ) -> Weight {
		// Proof size (bytes): measured `0 + c * 667`, estimated `6287 + c * 3722`.
		// Minimum execution time: 2_434_909_000 picoseconds.
		Weight::from_parts(2_500_697_000, 6287)
			// Standard error: 169_521_650
			.saturating_add(Weight::from_parts(4_393_003_383, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 3722).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2822), added: 5297, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:31 w:1)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn ceremony_round2(c: u32, ) -> Weight {
		// Proof size (bytes): measured `0 + c * 2072`, estimated `14670 + c * 7444`.
		// Minimum execution time: 180_337_000 picoseconds.
		Weight::from_parts(139_532_570, 14670)
			// Standard error: 2_749_389
			.saturating_add(Weight::from_parts(25_793_197, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 7444).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2822), added: 5297, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:0 w:1)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn ceremony_confirm(_c: u32, ) -> Weight {
		// Proof size (bytes): measured `1802 + c * 97`, estimated `6287`.
		// Minimum execution time: 424_359_000 picoseconds.
		Weight::from_parts(621_945_491, 6287)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(3_u64))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2822), added: 5297, mode: `MaxEncodedLen`)
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
		// Proof size (bytes): measured `2100 + c * 360`, estimated `14670 + c * 7444`.
		// Minimum execution time: 4_587_731_000 picoseconds.
		Weight::from_parts(3_638_839_200, 14670)
			// Standard error: 92_268_422
			.saturating_add(Weight::from_parts(1_398_083_817, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(7_u64))
			.saturating_add(D::get().reads((3_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(10_u64))
			.saturating_add(D::get().writes((5_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 7444).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:0)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2822), added: 5297, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:0)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn authorize_ceremony_message(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1770 + c * 97`, estimated `6287`.
		// Minimum execution time: 85_898_000 picoseconds.
		Weight::from_parts(115_673_810, 6287)
			// Standard error: 602_064
			.saturating_add(Weight::from_parts(1_068_820, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(3_u64))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2822), added: 5297, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn report_ceremony_fault(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1802 + c * 97`, estimated `6287`.
		// Minimum execution time: 105_527_000 picoseconds.
		Weight::from_parts(149_938_731, 6287)
			// Standard error: 1_271_571
			.saturating_add(Weight::from_parts(155_178, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2822), added: 5297, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:0 w:64)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn restart_key_generation(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1873 + c * 97`, estimated `6287`.
		// Minimum execution time: 133_078_000 picoseconds.
		Weight::from_parts(125_897_655, 6287)
			// Standard error: 1_374_178
			.saturating_add(Weight::from_parts(22_663_392, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
			.saturating_add(D::get().writes((4_u64).saturating_mul(c.into())))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2822), added: 5297, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CustodiansInCeremony` (r:16 w:16)
	/// Proof: `KeyRegistry::CustodiansInCeremony` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ActiveCeremonies` (r:1 w:1)
	/// Proof: `KeyRegistry::ActiveCeremonies` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::CeremonyMessages` (r:0 w:64)
	/// Proof: `KeyRegistry::CeremonyMessages` (`max_values`: None, `max_size`: Some(2085), added: 4560, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn cancel_key_generation(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1875 + c * 155`, estimated `6287 + c * 2541`.
		// Minimum execution time: 160_157_000 picoseconds.
		Weight::from_parts(103_746_157, 6287)
			// Standard error: 2_051_673
			.saturating_add(Weight::from_parts(30_847_822, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(3_u64))
			.saturating_add(D::get().writes((5_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2541).saturating_mul(c.into()))
	}
	/// Placeholder until the benchmarks run: the weight of `start_key_generation`.
	fn start_share_refresh(c: u32, ) -> Weight {
		Self::start_key_generation(c)
	}
	/// Placeholder until the benchmarks run: the weight of `ceremony_round1`.
	fn ceremony_refresh_round1(c: u32, ) -> Weight {
		Self::ceremony_round1(c)
	}
	/// Placeholder until the benchmarks run: the weight of `ceremony_prove`.
	fn ceremony_refresh_prove(c: u32, ) -> Weight {
		Self::ceremony_prove(c)
	}
	/// Placeholder until the benchmarks run: the weight of `start_key_generation`.
	fn start_share_repair(c: u32, ) -> Weight {
		Self::start_key_generation(c)
	}
	/// Placeholder until the benchmarks run: the weight of `ceremony_confirm`.
	fn ceremony_repair_confirm(c: u32, ) -> Weight {
		Self::ceremony_confirm(c)
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
		// Minimum execution time: 608_202_000 picoseconds.
		Weight::from_parts(287_287_174, 5558)
			// Standard error: 4_837_126
			.saturating_add(Weight::from_parts(433_340_964, 0).saturating_mul(n.into()))
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
	/// Storage: `KeyRegistry::SignatureRequests` (r:0 w:1)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1125), added: 3600, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningSessions` (r:0 w:1)
	/// Proof: `KeyRegistry::SigningSessions` (`max_values`: None, `max_size`: Some(1654), added: 4129, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn request_threshold_signature(c: u32, ) -> Weight {
		// Proof size (bytes): measured `2149 + c * 2129`, estimated `7575 + c * 4568`.
		// Minimum execution time: 240_606_000 picoseconds.
		Weight::from_parts(220_000_905, 7575)
			// Standard error: 1_574_852
			.saturating_add(Weight::from_parts(18_933_758, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(8_u64))
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
	/// Proof: `KeyRegistry::SigningSessions` (`max_values`: None, `max_size`: Some(1654), added: 4129, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:1 w:0)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NonceBatches` (r:1 w:1)
	/// Proof: `KeyRegistry::NonceBatches` (`max_values`: None, `max_size`: Some(2093), added: 4568, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn submit_signature_share(c: u32, ) -> Weight {
		// Proof size (bytes): measured `3591 + c * 190`, estimated `5558`.
		// Minimum execution time: 4_177_733_000 picoseconds.
		Weight::from_parts(3_146_464_838, 5558)
			// Standard error: 90_466_779
			.saturating_add(Weight::from_parts(1_294_263_487, 0).saturating_mul(c.into()))
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
	/// Proof: `KeyRegistry::SigningSessions` (`max_values`: None, `max_size`: Some(1654), added: 4129, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:1 w:0)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NonceBatches` (r:16 w:1)
	/// Proof: `KeyRegistry::NonceBatches` (`max_values`: None, `max_size`: Some(2093), added: 4568, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningDeadlines` (r:1 w:1)
	/// Proof: `KeyRegistry::SigningDeadlines` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn reject_signature_share(c: u32, ) -> Weight {
		// Proof size (bytes): measured `3264 + c * 222`, estimated `7575 + c * 4568`.
		// Minimum execution time: 2_172_750_000 picoseconds.
		Weight::from_parts(1_444_659_869, 7575)
			// Standard error: 32_563_599
			.saturating_add(Weight::from_parts(743_030_813, 0).saturating_mul(c.into()))
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
	/// Proof: `KeyRegistry::SigningSessions` (`max_values`: None, `max_size`: Some(1654), added: 4129, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Versions` (r:1 w:0)
	/// Proof: `KeyRegistry::Versions` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::ThresholdKeys` (r:1 w:0)
	/// Proof: `KeyRegistry::ThresholdKeys` (`max_values`: None, `max_size`: Some(573), added: 3048, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn authorize_signature_share(c: u32, ) -> Weight {
		// Proof size (bytes): measured `3201 + c * 131`, estimated `5226`.
		// Minimum execution time: 2_133_192_000 picoseconds.
		Weight::from_parts(1_907_239_205, 5226)
			// Standard error: 41_535_347
			.saturating_add(Weight::from_parts(598_335_840, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(7_u64))
	}
	/// Storage: `KeyRegistry::SigningDeadlines` (r:2 w:2)
	/// Proof: `KeyRegistry::SigningDeadlines` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SigningSessions` (r:256 w:256)
	/// Proof: `KeyRegistry::SigningSessions` (`max_values`: None, `max_size`: Some(1654), added: 4129, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::SignatureRequests` (r:256 w:0)
	/// Proof: `KeyRegistry::SignatureRequests` (`max_values`: None, `max_size`: Some(1125), added: 3600, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:1 w:0)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::NonceBatches` (r:16 w:16)
	/// Proof: `KeyRegistry::NonceBatches` (`max_values`: None, `max_size`: Some(2093), added: 4568, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 256]`.
	fn expire_signing_attempts(n: u32, ) -> Weight {
		// Proof size (bytes): measured `35697 + n * 119`, estimated `74078 + n * 4129`.
		// Minimum execution time: 17_916_000 picoseconds.
		Weight::from_parts(18_457_000, 74078)
			// Standard error: 3_689_805
			.saturating_add(Weight::from_parts(259_639_210, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(13_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(D::get().writes(13_u64))
			.saturating_add(D::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4129).saturating_mul(n.into()))
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
}
