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
/// Signatures per second of `a` and of `b`, measured in alternating slices
/// of 250 ms for 3 s each, so that drift of the machine (frequency, other
/// load, the token's state) weighs on both alike.
fn rates(mut a: impl FnMut(&[u8; 32]), mut b: impl FnMut(&[u8; 32])) -> (f64, f64) {
	let mut message = [0u8; 32];
	for i in 0u32..50 {
		message[..4].copy_from_slice(&i.to_le_bytes());
		a(&message);
		b(&message);
	}
	let slice = Duration::from_millis(250);
	let (mut counts, mut spent) = ([0u64; 2], [Duration::ZERO; 2]);
	let mut count = 0u64;
	while spent[0] + spent[1] < RUN * 2 {
		for (side, sign) in [&mut a as &mut dyn FnMut(&[u8; 32]), &mut b]
			.into_iter()
			.enumerate()
		{
			let start = Instant::now();
			while start.elapsed() < slice {
				for _ in 0..10 {
					message[..8].copy_from_slice(&count.to_le_bytes());
					sign(&message);
					count += 1;
					counts[side] += 1;
				}
			}
			spent[side] += start.elapsed();
		}
	}
	(
		counts[0] as f64 / spent[0].as_secs_f64(),
		counts[1] as f64 / spent[1].as_secs_f64(),
	)
}

/// Signatures per second of `sign` alone, for 3 s.
fn rate(mut sign: impl FnMut(&[u8; 32])) -> f64 {
	let mut message = [0u8; 32];
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

	let (ed_raw, ed_routed) = rates(
		|m| {
			session.sign(&eddsa, ed_handle, m).unwrap();
		},
		|m| {
			keystore.ed25519_sign(HSM, &ed_hsm, m).unwrap().unwrap();
		},
	);
	let (ec_raw, ec_routed) = rates(
		|m| {
			session.sign(&Mechanism::Ecdsa, ec_handle, m).unwrap();
		},
		|m| {
			keystore
				.ecdsa_sign_prehashed(HSM, &ec_hsm, m)
				.unwrap()
				.unwrap();
		},
	);
	let rows = [
		(
			"ed25519",
			ed_raw,
			ed_routed,
			rate(|m| {
				keystore
					.ed25519_sign(local_type, &ed_local, m)
					.unwrap()
					.unwrap();
			}),
		),
		(
			"ecdsa-secp256k1 (prehashed)",
			ec_raw,
			ec_routed,
			rate(|m| {
				keystore
					.ecdsa_sign_prehashed(local_type, &ec_local, m)
					.unwrap()
					.unwrap();
			}),
		),
	];

	println!(
		"signatures per second, one thread, {}s per cell; raw and keystore in alternating 250 ms slices (SoftHSM2 token {token:?})",
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
