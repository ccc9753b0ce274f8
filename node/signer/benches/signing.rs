//! Signatures per second through the routing keystore against SoftHSM2, the
//! same operations straight through cryptoki, and the in-memory keystore, in
//! one run; prints the ratios.
//!
//! Run with `bash benchmarks/signer.sh`, which makes the SoftHSM2 token and
//! passes it here through `SOFTHSM2_CONF`, `KEYREG_BENCH_TOKEN` and
//! `KEYREG_BENCH_PIN`.
#![allow(
	clippy::unwrap_used,
	clippy::expect_used,
	clippy::arithmetic_side_effects,
	clippy::indexing_slicing,
	missing_docs
)]

use cryptoki::{
	mechanism::{
		eddsa::{EddsaParams, EddsaSignatureScheme},
		Mechanism,
	},
	object::{Attribute, ObjectClass},
	session::UserType,
	types::AuthPin,
};
use keyreg_signer::{pkcs11::module, Pin, Pkcs11Config, Pkcs11Signer, RoutingKeystore};
use sp_core::crypto::KeyTypeId;
use sp_keystore::{testing::MemoryKeystore, Keystore};
use std::{
	path::PathBuf,
	sync::Arc,
	time::{Duration, Instant},
};

const HSM: KeyTypeId = KeyTypeId(*b"kreg");
/// Each measurement runs for at least this long, after a warm-up.
const RUN: Duration = Duration::from_secs(3);

/// Signatures per second of `sign`, called with a fresh 32-byte message each time.
fn rate(mut sign: impl FnMut(&[u8; 32])) -> f64 {
	let mut message = [0u8; 32];
	for i in 0u32..50 {
		message[..4].copy_from_slice(&i.to_le_bytes());
		sign(&message);
	}
	let start = Instant::now();
	let mut count = 0u64;
	while start.elapsed() < RUN {
		for _ in 0..20 {
			message[..8].copy_from_slice(&count.to_le_bytes());
			sign(&message);
			count += 1;
		}
	}
	count as f64 / start.elapsed().as_secs_f64()
}

fn main() {
	let module_path = std::env::var_os("KEYREG_PKCS11_MODULE")
		.map(PathBuf::from)
		.unwrap_or_else(|| PathBuf::from("/usr/lib/softhsm/libsofthsm2.so"));
	let token =
		std::env::var("KEYREG_BENCH_TOKEN").expect("KEYREG_BENCH_TOKEN: run benchmarks/signer.sh");
	let pin =
		std::env::var("KEYREG_BENCH_PIN").expect("KEYREG_BENCH_PIN: run benchmarks/signer.sh");

	let signer = Arc::new(
		Pkcs11Signer::open(Pkcs11Config {
			module: module_path.clone(),
			token_label: token.clone(),
			pin: Pin::new(&pin).unwrap(),
		})
		.unwrap(),
	);
	let local = Arc::new(MemoryKeystore::new());
	let keystore = RoutingKeystore::new(local.clone()).route(HSM, signer.clone());
	let ed_hsm = keystore.ed25519_generate_new(HSM, None).unwrap();
	let ec_hsm = keystore.ecdsa_generate_new(HSM, None).unwrap();
	let local_type = KeyTypeId(*b"locl");
	let ed_local = keystore.ed25519_generate_new(local_type, None).unwrap();
	let ec_local = keystore.ecdsa_generate_new(local_type, None).unwrap();

	// Raw cryptoki: one session, logged in, key handles found once, no pool,
	// no cache lookup, no signature post-processing.
	let context = module::context(&module_path).unwrap();
	let slot = context
		.get_slots_with_token()
		.unwrap()
		.into_iter()
		.find(|s| context.get_token_info(*s).unwrap().label().trim_end() == token)
		.unwrap();
	let session = context.open_rw_session(slot).unwrap();
	let _ = session.login(UserType::User, Some(&AuthPin::from(pin.as_str())));
	let handle = |public: &[u8]| {
		session
			.find_objects(&[
				Attribute::Class(ObjectClass::PRIVATE_KEY),
				Attribute::Id(public.to_vec()),
			])
			.unwrap()[0]
	};
	let ed_handle = handle(ed_hsm.as_ref());
	let ec_handle = handle(ec_hsm.as_ref());
	let eddsa = Mechanism::Eddsa(EddsaParams::new(EddsaSignatureScheme::Pure));

	let rows = [
		(
			"ed25519",
			rate(|m| {
				session.sign(&eddsa, ed_handle, m).unwrap();
			}),
			rate(|m| {
				keystore.ed25519_sign(HSM, &ed_hsm, m).unwrap().unwrap();
			}),
			rate(|m| {
				keystore
					.ed25519_sign(local_type, &ed_local, m)
					.unwrap()
					.unwrap();
			}),
		),
		(
			"ecdsa-secp256k1 (prehashed)",
			rate(|m| {
				session.sign(&Mechanism::Ecdsa, ec_handle, m).unwrap();
			}),
			rate(|m| {
				keystore
					.ecdsa_sign_prehashed(HSM, &ec_hsm, m)
					.unwrap()
					.unwrap();
			}),
			rate(|m| {
				keystore
					.ecdsa_sign_prehashed(local_type, &ec_local, m)
					.unwrap()
					.unwrap();
			}),
		),
	];

	println!(
		"signatures per second, one thread, {}s per cell (SoftHSM2 token {token:?})",
		RUN.as_secs()
	);
	println!(
		"{:<28} {:>14} {:>18} {:>12} {:>16} {:>16}",
		"scheme",
		"raw cryptoki",
		"routing keystore",
		"in-memory",
		"keystore / raw",
		"HSM / in-memory"
	);
	for (scheme, raw, routed, memory) in rows {
		println!(
			"{scheme:<28} {raw:>14.0} {routed:>18.0} {memory:>12.0} {:>16.3} {:>16.3}",
			routed / raw,
			routed / memory
		);
	}
}
