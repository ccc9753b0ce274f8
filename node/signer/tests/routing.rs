//! The routing keystore: routed key types live in SoftHSM2, others in the
//! local keystore, through the same `sp_keystore::Keystore` calls an off-chain
//! worker makes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use keyreg_signer::{
	RoutedScheme, RoutingKeystore, SignEvent, SignObserver, SignOutcome, SignerBackend,
};
use sp_core::{
	crypto::{KeyTypeId, SecretString},
	ecdsa, ed25519, Pair,
};
use sp_keystore::{testing::MemoryKeystore, Keystore};
use std::sync::Arc;

const HSM: KeyTypeId = KeyTypeId(*b"hsm1");
const LOCAL: KeyTypeId = KeyTypeId(*b"locl");

#[test]
fn routed_key_types_live_in_the_token_and_the_rest_stay_local() {
	let local = Arc::new(MemoryKeystore::new());
	let hsm = Arc::new(common::signer("routing"));
	let keystore = RoutingKeystore::new(local.clone()).route(HSM, hsm.clone());
	assert_eq!(
		keystore.routes().collect::<Vec<_>>(),
		vec![(HSM, "pkcs11:routing")]
	);

	// Generated through the keystore, as sp_io::crypto::ed25519_generate does.
	let in_token = keystore.ed25519_generate_new(HSM, None).unwrap();
	assert_eq!(
		hsm.ed25519_public_keys(HSM).unwrap(),
		vec![in_token],
		"the key is in the token"
	);
	assert!(
		local.ed25519_public_keys(HSM).is_empty(),
		"and not in the local keystore"
	);
	assert_eq!(keystore.ed25519_public_keys(HSM), vec![in_token]);
	let signature = keystore
		.ed25519_sign(HSM, &in_token, b"request 1")
		.unwrap()
		.unwrap();
	assert!(ed25519::Pair::verify(&signature, b"request 1", &in_token));

	let ec = keystore.ecdsa_generate_new(HSM, None).unwrap();
	assert!(local.ecdsa_public_keys(HSM).is_empty());
	let signature = keystore
		.ecdsa_sign(HSM, &ec, b"request 2")
		.unwrap()
		.unwrap();
	assert!(
		ecdsa::Pair::verify(&signature, b"request 2", &ec),
		"blake2-256 digest, as sp_core signs"
	);

	// sign_with is what sp_io's generic signing and frame's signers call.
	let encoded = keystore
		.sign_with(HSM, ed25519::CRYPTO_ID, in_token.as_ref(), b"m")
		.unwrap()
		.expect("the token holds the key");
	let signature = <ed25519::Signature as codec::Decode>::decode(&mut &encoded[..]).unwrap();
	assert!(ed25519::Pair::verify(&signature, b"m", &in_token));

	// Unrouted types are the local keystore's, untouched.
	let local_key = keystore
		.ed25519_generate_new(LOCAL, Some("//Alice"))
		.unwrap();
	assert_eq!(local.ed25519_public_keys(LOCAL), vec![local_key]);
	assert!(hsm.ed25519_public_keys(LOCAL).unwrap().is_empty());
	let signature = keystore
		.ed25519_sign(LOCAL, &local_key, b"m")
		.unwrap()
		.unwrap();
	assert!(ed25519::Pair::verify(&signature, b"m", &local_key));

	assert!(keystore.has_keys(&[
		(in_token.0.to_vec(), HSM),
		(ec.0.to_vec(), HSM),
		(local_key.0.to_vec(), LOCAL)
	]));
	assert!(
		!keystore.has_keys(&[(local_key.0.to_vec(), HSM)]),
		"a local key is not the token's"
	);
	let mut keys = keystore.keys(HSM).unwrap();
	keys.sort();
	let mut expected = vec![in_token.0.to_vec(), ec.0.to_vec()];
	expected.sort();
	assert_eq!(keys, expected);
}

#[test]
fn a_type_routed_for_ecdsa_keeps_its_ecdsa_keys_in_the_token_and_its_ed25519_keys_local() {
	let local = Arc::new(MemoryKeystore::new());
	let hsm = Arc::new(common::signer("routing-split"));
	let keystore =
		RoutingKeystore::new(local.clone()).route_schemes(HSM, hsm.clone(), &[RoutedScheme::Ecdsa]);

	// ecdsa keys: generated, listed and used in the token only; no seed.
	let ec = keystore.ecdsa_generate_new(HSM, None).unwrap();
	assert_eq!(hsm.ecdsa_public_keys(HSM).unwrap(), vec![ec]);
	assert!(local.ecdsa_public_keys(HSM).is_empty());
	assert_eq!(keystore.ecdsa_public_keys(HSM), vec![ec]);
	assert!(
		keystore.ecdsa_generate_new(HSM, Some("//Alice")).is_err(),
		"no seeded token key"
	);
	let signature = keystore.ecdsa_sign(HSM, &ec, b"m").unwrap().unwrap();
	assert!(ecdsa::Pair::verify(&signature, b"m", &ec));
	let imported = ecdsa::Pair::from_string("//Bob", None).unwrap().public();
	assert!(
		keystore.insert(HSM, "//Bob", imported.as_ref()).is_err(),
		"an ecdsa secret is refused: that scheme lives in the token"
	);

	// ed25519 (and sr25519) keys of the same type: the local keystore's.
	let seed = "0x1111111111111111111111111111111111111111111111111111111111111111";
	let ed = ed25519::Pair::from_string(seed, None).unwrap().public();
	keystore.insert(HSM, seed, ed.as_ref()).unwrap();
	assert_eq!(local.ed25519_public_keys(HSM), vec![ed]);
	assert!(
		hsm.ed25519_public_keys(HSM).unwrap().is_empty(),
		"not in the token"
	);
	assert_eq!(keystore.ed25519_public_keys(HSM), vec![ed]);
	let signature = keystore.ed25519_sign(HSM, &ed, b"m").unwrap().unwrap();
	assert!(ed25519::Pair::verify(&signature, b"m", &ed));
	let sr = keystore.sr25519_generate_new(HSM, None).unwrap();
	assert_eq!(keystore.sr25519_public_keys(HSM), vec![sr]);

	assert!(keystore.has_keys(&[
		(ec.0.to_vec(), HSM),
		(ed.0.to_vec(), HSM),
		(sr.0.to_vec(), HSM)
	]));
	let local_ec = local.ecdsa_generate_new(HSM, Some("//Charlie")).unwrap();
	assert!(
		!keystore.has_keys(&[(local_ec.0.to_vec(), HSM)]),
		"an ecdsa key in the local keystore is not served: that scheme is the token's"
	);
	assert_eq!(keystore.ecdsa_public_keys(HSM), vec![ec]);
	let mut keys = keystore.keys(HSM).unwrap();
	keys.sort();
	let mut expected = vec![ec.0.to_vec(), ed.0.to_vec(), sr.0.to_vec()];
	expected.sort();
	assert_eq!(keys, expected);
}

#[test]
fn routed_key_types_refuse_what_would_put_a_secret_outside_the_token() {
	let local = Arc::new(MemoryKeystore::new());
	let keystore =
		RoutingKeystore::new(local.clone()).route(HSM, Arc::new(common::signer("routing")));

	let seeded = keystore
		.ed25519_generate_new(HSM, Some("//Alice"))
		.expect_err("a seed is refused");
	assert!(
		matches!(seeded, sp_keystore::Error::ValidationError(_)),
		"{seeded:?}"
	);
	assert!(keystore.ecdsa_generate_new(HSM, Some("//Alice")).is_err());
	assert!(
		keystore.insert(HSM, "//Alice", &[0u8; 32]).is_err(),
		"no secret import into a routed type"
	);
	assert!(
		keystore.sr25519_generate_new(HSM, None).is_err(),
		"the token holds no sr25519 keys"
	);
	assert!(
		local.ed25519_public_keys(HSM).is_empty() && local.keys(HSM).unwrap().is_empty(),
		"nothing fell back"
	);
}

#[test]
fn local_imports_must_derive_the_public_key_they_are_filed_under() {
	let local = Arc::new(MemoryKeystore::new());
	let keystore = RoutingKeystore::new(local.clone());
	let seed = [9u8; 32];
	let hex_seed = format!("0x{}", sp_core::hexdisplay::HexDisplay::from(&seed));
	let public = ed25519::Pair::from_seed(&seed).public();

	// What polkadot.js sends when a hex seed is passed to `author.insertKey`.
	let garbled = String::from_utf8_lossy(&seed).into_owned();
	assert!(keystore.insert(LOCAL, &garbled, &public.0).is_err());
	// Another key's seed, and a path that gives another key.
	let other = format!("0x{}", sp_core::hexdisplay::HexDisplay::from(&[8u8; 32]));
	assert!(keystore.insert(LOCAL, &other, &public.0).is_err());
	assert!(keystore.insert(LOCAL, "//kreg", &public.0).is_err());
	assert!(
		!local.has_keys(&[(public.0.to_vec(), LOCAL)]),
		"nothing refused was stored"
	);

	// The right seed goes in, and the key signs.
	keystore.insert(LOCAL, &hex_seed, &public.0).unwrap();
	let signature = keystore
		.ed25519_sign(LOCAL, &public, b"m")
		.unwrap()
		.unwrap();
	assert!(ed25519::Pair::verify(&signature, b"m", &public));
	// A derivation path for an ecdsa key as well.
	let ec = ecdsa::Pair::from_string("//kreg", None).unwrap().public();
	keystore.insert(LOCAL, "//kreg", &ec.0).unwrap();
	assert!(keystore.has_keys(&[(ec.0.to_vec(), LOCAL)]));
}

#[test]
fn imports_are_checked_with_the_keystore_password() {
	let local = Arc::new(MemoryKeystore::new());
	let with_password = ed25519::Pair::from_string("//kreg", Some("secret"))
		.unwrap()
		.public();
	let unlocked = RoutingKeystore::new(local.clone())
		.with_local_password(Some(SecretString::new("secret".to_string())));
	assert!(unlocked.insert(LOCAL, "//kreg", &with_password.0).is_ok());
	let without = RoutingKeystore::new(local);
	assert!(without.insert(LOCAL, "//kreg", &with_password.0).is_err());
}

/// Records every signing call it is told of.
#[derive(Default)]
struct Recorder(std::sync::Mutex<Vec<(String, &'static str, KeyTypeId, SignOutcome)>>);

impl SignObserver for Recorder {
	fn observe(&self, event: SignEvent<'_>) {
		assert!(event.elapsed < std::time::Duration::from_secs(60));
		self.0.lock().unwrap().push((
			event.backend.to_string(),
			event.scheme,
			event.key_type,
			event.outcome,
		));
	}
}

#[test]
fn every_signing_call_is_told_to_the_observer_with_its_backend_and_outcome() {
	let local = Arc::new(MemoryKeystore::new());
	let hsm = Arc::new(common::signer("routing-observed"));
	let recorder = Arc::new(Recorder::default());
	let keystore = RoutingKeystore::new(local.clone())
		.route_schemes(HSM, hsm.clone(), &[RoutedScheme::Ecdsa])
		.with_observer(recorder.clone());
	let in_token = keystore.ecdsa_generate_new(HSM, None).unwrap();
	let ed = keystore.ed25519_generate_new(HSM, None).unwrap();
	let sr = keystore.sr25519_generate_new(LOCAL, None).unwrap();
	assert!(keystore.ecdsa_sign(HSM, &in_token, b"m").unwrap().is_some());
	assert!(keystore
		.ecdsa_sign_prehashed(HSM, &in_token, &[1; 32])
		.unwrap()
		.is_some());
	assert!(keystore.ed25519_sign(HSM, &ed, b"m").unwrap().is_some());
	assert!(keystore.sr25519_sign(LOCAL, &sr, b"m").unwrap().is_some());
	let unknown = ecdsa::Pair::from_seed(&[9; 32]).public();
	assert!(keystore.ecdsa_sign(HSM, &unknown, b"m").unwrap().is_none());
	// Generating and listing are not signatures.
	keystore.ecdsa_public_keys(HSM);
	let token = "pkcs11:routing-observed".to_string();
	assert_eq!(
		*recorder.0.lock().unwrap(),
		vec![
			(token.clone(), "ecdsa", HSM, SignOutcome::Signed),
			(token.clone(), "ecdsa", HSM, SignOutcome::Signed),
			("local".to_string(), "ed25519", HSM, SignOutcome::Signed),
			("local".to_string(), "sr25519", LOCAL, SignOutcome::Signed),
			(token, "ecdsa", HSM, SignOutcome::NoSuchKey),
		]
	);
	// The token answers its probe.
	hsm.probe().unwrap();
}

#[test]
fn keys_are_destroyed_where_they_live_and_only_there() {
	let dir = tempfile::tempdir().unwrap();
	let hsm = Arc::new(common::signer("routing-destroy"));
	let keystore = RoutingKeystore::new(Arc::new(MemoryKeystore::new()))
		.route(HSM, hsm.clone())
		.with_local_path(Some(dir.path().to_path_buf()));
	// A local key as sc-keystore files it: hex key type, hex public key.
	let (pair, seed) = ed25519::Pair::generate();
	let public = pair.public();
	let name: String = LOCAL
		.0
		.iter()
		.chain(public.0.iter())
		.map(|b| format!("{b:02x}"))
		.collect();
	let file = dir.path().join(&name);
	std::fs::write(&file, format!("\"0x{}\"", hex(&seed))).unwrap();
	let in_token = keystore.ed25519_generate_new(HSM, None).unwrap();
	let kept = keystore.ed25519_generate_new(HSM, None).unwrap();

	// The same public key under another type is not that key.
	assert!(!keystore.destroy_key(HSM, &public.0).unwrap());
	assert!(file.exists());
	assert!(keystore.destroy_key(LOCAL, &public.0).unwrap());
	assert!(!file.exists(), "the key file is gone");
	assert!(!keystore.destroy_key(LOCAL, &public.0).unwrap());

	assert!(keystore.destroy_key(HSM, &in_token.0).unwrap());
	assert_eq!(hsm.ed25519_public_keys(HSM).unwrap(), vec![kept]);
	assert_eq!(keystore.ed25519_sign(HSM, &in_token, b"m").unwrap(), None);

	// A local keystore in memory cannot destroy; a malformed key is refused.
	let in_memory = RoutingKeystore::new(Arc::new(MemoryKeystore::new()));
	assert!(matches!(
		in_memory.destroy_key(LOCAL, &public.0),
		Err(keyreg_signer::SignerError::DestroyFailed(_))
	));
	assert!(matches!(
		keystore.destroy_key(LOCAL, &[1, 2, 3]),
		Err(keyreg_signer::SignerError::InvalidPublicKey(_))
	));
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}
