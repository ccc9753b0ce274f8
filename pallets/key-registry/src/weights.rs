//! Weights of `pallet_key_registry`, generated from `benchmarking.rs` by frame-omni-bencher
//! (frame-benchmarking-cli 64.0.0). Do not edit by hand: run `scripts/regenerate-weights.sh`.
//!
//! DATE: 2026-11-25, STEPS: `20`, REPEAT: `10`,
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
//! 20
//! --repeat
//! 10
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
		// Minimum execution time: 59_958_000 picoseconds.
		Weight::from_parts(63_543_891, 3593)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(5_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn set_domain_policy() -> Weight {
		// Proof size (bytes): measured `450`, estimated `3732`.
		// Minimum execution time: 20_971_000 picoseconds.
		Weight::from_parts(22_413_000, 3732)
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().writes(1_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	fn hand_over_domain() -> Weight {
		// Proof size (bytes): measured `325`, estimated `3732`.
		// Minimum execution time: 15_473_000 picoseconds.
		Weight::from_parts(16_755_000, 3732)
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
		// Minimum execution time: 182_170_000 picoseconds.
		Weight::from_parts(189_040_000, 6196)
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
		// Minimum execution time: 57_966_000 picoseconds.
		Weight::from_parts(60_800_000, 3732)
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().writes(3_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:2 w:1)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn grant_role() -> Weight {
		// Proof size (bytes): measured `471`, estimated `6062`.
		// Minimum execution time: 26_620_000 picoseconds.
		Weight::from_parts(28_302_000, 6062)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:2 w:1)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn revoke_role() -> Weight {
		// Proof size (bytes): measured `504`, estimated `6062`.
		// Minimum execution time: 26_970_000 picoseconds.
		Weight::from_parts(28_882_000, 6062)
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
		// Minimum execution time: 326_063_000 picoseconds.
		Weight::from_parts(346_919_544, 3991)
			// Standard error: 13_257
			.saturating_add(Weight::from_parts(89_123, 0).saturating_mul(n.into()))
			// Standard error: 822
			.saturating_add(Weight::from_parts(332, 0).saturating_mul(m.into()))
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
	fn register_key_sr25519(_n: u32, m: u32, ) -> Weight {
		// Proof size (bytes): measured `795`, estimated `3991`.
		// Minimum execution time: 179_366_000 picoseconds.
		Weight::from_parts(205_400_792, 3991)
			// Standard error: 1_014
			.saturating_add(Weight::from_parts(1_099, 0).saturating_mul(m.into()))
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
		// Minimum execution time: 168_310_000 picoseconds.
		Weight::from_parts(183_416_264, 3991)
			// Standard error: 15_494
			.saturating_add(Weight::from_parts(6_900, 0).saturating_mul(n.into()))
			// Standard error: 961
			.saturating_add(Weight::from_parts(5_162, 0).saturating_mul(m.into()))
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
		// Minimum execution time: 387_344_000 picoseconds.
		Weight::from_parts(401_315_000, 6992)
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
		// Minimum execution time: 241_939_000 picoseconds.
		Weight::from_parts(262_980_000, 6992)
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
		// Minimum execution time: 233_526_000 picoseconds.
		Weight::from_parts(254_787_000, 6992)
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
		// Minimum execution time: 52_838_000 picoseconds.
		Weight::from_parts(60_780_000, 6992)
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
		// Minimum execution time: 54_050_000 picoseconds.
		Weight::from_parts(60_860_000, 5226)
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
		// Minimum execution time: 42_053_000 picoseconds.
		Weight::from_parts(49_543_000, 5226)
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
		// Minimum execution time: 35_382_000 picoseconds.
		Weight::from_parts(41_161_000, 5226)
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
		// Minimum execution time: 32_238_000 picoseconds.
		Weight::from_parts(37_645_000, 5226)
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().writes(2_u64))
	}
	/// Storage: `KeyRegistry::Domains` (r:1 w:1)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Roles` (r:1 w:0)
	/// Proof: `KeyRegistry::Roles` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	fn attest_audit() -> Weight {
		// Proof size (bytes): measured `450`, estimated `3732`.
		// Minimum execution time: 20_570_000 picoseconds.
		Weight::from_parts(22_153_000, 3732)
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
	/// The range of component `n` is `[0, 64]`.
	fn on_initialize(n: u32, ) -> Weight {
		// Proof size (bytes): measured `1434 + n * 242`, estimated `7575 + n * 4236`.
		// Minimum execution time: 5_809_000 picoseconds.
		Weight::from_parts(15_993_650, 7575)
			// Standard error: 83_707
			.saturating_add(Weight::from_parts(14_761_438, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(2_u64))
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
		// Minimum execution time: 3_625_000 picoseconds.
		Weight::from_parts(4_300_883, 1608)
			// Standard error: 1_166
			.saturating_add(Weight::from_parts(2_179_471, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 46_579_000 picoseconds.
		Weight::from_parts(52_228_000, 5226)
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
		// Minimum execution time: 92_757_000 picoseconds.
		Weight::from_parts(98_195_604, 7575)
			// Standard error: 176
			.saturating_add(Weight::from_parts(1_583, 0).saturating_mul(p.into()))
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
		// Minimum execution time: 186_086_000 picoseconds.
		Weight::from_parts(197_656_755, 5226)
			// Standard error: 497
			.saturating_add(Weight::from_parts(3_936, 0).saturating_mul(p.into()))
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
		// Minimum execution time: 124_004_000 picoseconds.
		Weight::from_parts(134_014_219, 5226)
			// Standard error: 321
			.saturating_add(Weight::from_parts(2_816, 0).saturating_mul(p.into()))
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
		// Minimum execution time: 262_139_000 picoseconds.
		Weight::from_parts(292_523_000, 5226)
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
		// Minimum execution time: 186_216_000 picoseconds.
		Weight::from_parts(203_141_000, 5226)
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
	/// The range of component `n` is `[0, 256]`.
	fn expire_requests(n: u32, ) -> Weight {
		// Proof size (bytes): measured `1670 + n * 267`, estimated `7575 + n * 3600`.
		// Minimum execution time: 4_076_000 picoseconds.
		Weight::from_parts(4_126_000, 7575)
			// Standard error: 222_261
			.saturating_add(Weight::from_parts(54_027_409, 0).saturating_mul(n.into()))
			.saturating_add(D::get().reads(3_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(D::get().writes(2_u64))
			.saturating_add(D::get().writes((2_u64).saturating_mul(n.into())))
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
		// Minimum execution time: 94_741_000 picoseconds.
		Weight::from_parts(111_736_000, 3732)
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
		// Proof size (bytes): measured `515 + c * 88`, estimated `3732 + c * 2569`.
		// Minimum execution time: 71_326_000 picoseconds.
		Weight::from_parts(71_603_201, 3732)
			// Standard error: 82_616
			.saturating_add(Weight::from_parts(9_485_917, 0).saturating_mul(c.into()))
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
		// Proof size (bytes): measured `28 + c * 669`, estimated `6287 + c * 3709`.
		// Minimum execution time: 2_399_865_000 picoseconds.
		Weight::from_parts(2_432_784_000, 6287)
			// Standard error: 97_848_777
			.saturating_add(Weight::from_parts(3_781_818_052, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 3709).saturating_mul(c.into()))
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
		// Proof size (bytes): measured `0 + c * 2074`, estimated `14670 + c * 7418`.
		// Minimum execution time: 134_909_000 picoseconds.
		Weight::from_parts(85_818_909, 14670)
			// Standard error: 487_818
			.saturating_add(Weight::from_parts(22_176_635, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(2_u64))
			.saturating_add(D::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 7418).saturating_mul(c.into()))
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
	fn ceremony_confirm(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1802 + c * 98`, estimated `6287`.
		// Minimum execution time: 417_279_000 picoseconds.
		Weight::from_parts(431_958_660, 6287)
			// Standard error: 218_962
			.saturating_add(Weight::from_parts(181_418, 0).saturating_mul(c.into()))
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
	/// Storage: `KeyRegistry::ThresholdShares` (r:0 w:1)
	/// Proof: `KeyRegistry::ThresholdShares` (`max_values`: None, `max_size`: Some(537), added: 3012, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Keys` (r:0 w:1)
	/// Proof: `KeyRegistry::Keys` (`max_values`: None, `max_size`: Some(1761), added: 4236, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn ceremony_prove(c: u32, ) -> Weight {
		// Proof size (bytes): measured `2100 + c * 362`, estimated `14670 + c * 7418`.
		// Minimum execution time: 4_336_756_000 picoseconds.
		Weight::from_parts(2_148_990_421, 14670)
			// Standard error: 1_794_165
			.saturating_add(Weight::from_parts(1_096_735_546, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(7_u64))
			.saturating_add(D::get().reads((3_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(10_u64))
			.saturating_add(D::get().writes((5_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 7418).saturating_mul(c.into()))
	}
	/// Storage: `KeyRegistry::Ceremonies` (r:1 w:0)
	/// Proof: `KeyRegistry::Ceremonies` (`max_values`: None, `max_size`: Some(2822), added: 5297, mode: `MaxEncodedLen`)
	/// Storage: `KeyRegistry::Domains` (r:1 w:0)
	/// Proof: `KeyRegistry::Domains` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[2, 16]`.
	fn authorize_ceremony_message(c: u32, ) -> Weight {
		// Proof size (bytes): measured `1770 + c * 98`, estimated `6287`.
		// Minimum execution time: 68_532_000 picoseconds.
		Weight::from_parts(73_478_530, 6287)
			// Standard error: 31_103
			.saturating_add(Weight::from_parts(280_076, 0).saturating_mul(c.into()))
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
		// Proof size (bytes): measured `1802 + c * 98`, estimated `6287`.
		// Minimum execution time: 85_937_000 picoseconds.
		Weight::from_parts(94_635_565, 6287)
			// Standard error: 169_569
			.saturating_add(Weight::from_parts(1_522_553, 0).saturating_mul(c.into()))
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
		// Proof size (bytes): measured `1873 + c * 98`, estimated `6287`.
		// Minimum execution time: 92_808_000 picoseconds.
		Weight::from_parts(65_458_722, 6287)
			// Standard error: 115_745
			.saturating_add(Weight::from_parts(16_976_243, 0).saturating_mul(c.into()))
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
		// Proof size (bytes): measured `1875 + c * 157`, estimated `6287 + c * 2541`.
		// Minimum execution time: 108_491_000 picoseconds.
		Weight::from_parts(71_179_476, 6287)
			// Standard error: 207_773
			.saturating_add(Weight::from_parts(22_006_209, 0).saturating_mul(c.into()))
			.saturating_add(D::get().reads(4_u64))
			.saturating_add(D::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(D::get().writes(3_u64))
			.saturating_add(D::get().writes((5_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2541).saturating_mul(c.into()))
	}
	fn publish_nonce_commitments(n: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 10_000).saturating_mul(n.max(1).into())
			.saturating_add(D::get().reads_writes(20, 20))
	}
	fn request_threshold_signature(c: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 10_000).saturating_mul(c.max(1).into())
			.saturating_add(D::get().reads_writes(20, 20))
	}
	fn submit_signature_share(c: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 10_000).saturating_mul(c.max(1).into())
			.saturating_add(D::get().reads_writes(20, 20))
	}
	fn reject_signature_share(c: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 10_000).saturating_mul(c.max(1).into())
			.saturating_add(D::get().reads_writes(20, 20))
	}
	fn authorize_signature_share(c: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 10_000).saturating_mul(c.max(1).into())
			.saturating_add(D::get().reads_writes(20, 20))
	}
	fn expire_signing_attempts(n: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 10_000).saturating_mul(n.max(1).into())
			.saturating_add(D::get().reads_writes(20, 20))
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
