//! The PKCS#11 backend against a real SoftHSM2 token.
#![allow(
	clippy::unwrap_used,
	clippy::expect_used,
	clippy::panic,
	clippy::indexing_slicing,
	missing_docs
)]

mod common;

use common::{module, signer, softhsm, USER_PIN};
use cryptoki::{
	object::{Attribute, AttributeType, ObjectClass},
	session::UserType,
	types::AuthPin,
};
use keyreg_signer::{
	pkcs11::module::context, Pin, Pkcs11Config, Pkcs11Signer, SignerBackend, SignerError,
};
use sp_core::{crypto::KeyTypeId, ecdsa, ed25519, Pair};
use std::{path::PathBuf, sync::Arc};

const KEYS: KeyTypeId = KeyTypeId(*b"kreg");
const OTHER: KeyTypeId = KeyTypeId(*b"othr");

/// A session of our own on the token `label`, beside the signer's: same
/// process, so the same module context and the same login state.
fn raw_session(label: &str) -> cryptoki::session::Session {
	let pkcs11 = context(&module()).unwrap();
	let slot = pkcs11
		.get_slots_with_token()
		.unwrap()
		.into_iter()
		.find(|slot| pkcs11.get_token_info(*slot).unwrap().label().trim_end() == label)
		.unwrap();
	pkcs11.open_ro_session(slot).unwrap()
}

#[test]
fn ed25519_keys_are_generated_in_the_token_and_sign_pure_eddsa() {
	let hsm = signer("ed25519");
	let public = hsm.ed25519_generate(KEYS).unwrap();
	assert_eq!(hsm.ed25519_public_keys(KEYS).unwrap(), vec![public]);
	assert!(
		hsm.ed25519_public_keys(OTHER).unwrap().is_empty(),
		"keys are kept per key type"
	);

	for message in [&b""[..], b"pay 100", &[0xa5; 1024]] {
		let signature = hsm
			.ed25519_sign(KEYS, &public, message)
			.unwrap()
			.expect("the token holds the key");
		assert!(
			ed25519::Pair::verify(&signature, message, &public),
			"sp_core verifies the token's EdDSA"
		);
		assert!(!ed25519::Pair::verify(
			&signature,
			b"another message",
			&public
		));
	}
	let stranger = ed25519::Pair::from_seed(&[1; 32]).public();
	assert_eq!(
		hsm.ed25519_sign(KEYS, &stranger, b"x").unwrap(),
		None,
		"unknown key: None, not an error"
	);
	assert_eq!(
		hsm.ed25519_sign(OTHER, &public, b"x").unwrap(),
		None,
		"the key belongs to another type"
	);
}

#[test]
fn ecdsa_signatures_are_low_s_and_carry_the_recovery_id() {
	let hsm = signer("ecdsa");
	let public = hsm.ecdsa_generate(KEYS).unwrap();
	assert_eq!(hsm.ecdsa_public_keys(KEYS).unwrap(), vec![public]);
	assert!(
		hsm.ed25519_public_keys(KEYS).unwrap().is_empty(),
		"curves are not mixed up"
	);

	// SoftHSM returns high-S about half of the time: 64 signatures all but
	// certainly include some, and every one must come out normalised.
	for i in 0u32..64 {
		let digest = sp_crypto_hashing::blake2_256(&i.to_le_bytes());
		let signature = hsm
			.ecdsa_sign_prehashed(KEYS, &public, &digest)
			.unwrap()
			.unwrap();
		let rs = k256::ecdsa::Signature::from_slice(&signature.0[..64]).unwrap();
		assert!(rs.normalize_s().is_none(), "signature {i} is low-S");
		assert_eq!(
			signature.recover_prehashed(&digest),
			Some(public),
			"signature {i} recovers the key"
		);
		assert!(ecdsa::Pair::verify_prehashed(&signature, &digest, &public));
	}
}

#[test]
fn private_keys_are_sensitive_never_extractable_and_made_in_the_token() {
	let hsm = signer("attributes");
	let ed = hsm.ed25519_generate(KEYS).unwrap();
	let ec = hsm.ecdsa_generate(KEYS).unwrap();

	// Look at the token directly, as an auditor with the PIN would.
	let session = raw_session("attributes");
	match session.login(UserType::User, Some(&AuthPin::from(USER_PIN))) {
		Ok(())
		| Err(cryptoki::error::Error::Pkcs11(cryptoki::error::RvError::UserAlreadyLoggedIn, _)) => {}
		Err(e) => panic!("login: {e}"),
	}
	for public in [ed.0.to_vec(), ec.0.to_vec()] {
		let found = session
			.find_objects(&[
				Attribute::Class(ObjectClass::PRIVATE_KEY),
				Attribute::Id(public.clone()),
			])
			.unwrap();
		assert_eq!(found.len(), 1, "one private key tagged with its public key");
		let attributes = session
			.get_attributes(
				found[0],
				&[
					AttributeType::Sensitive,
					AttributeType::Extractable,
					AttributeType::AlwaysSensitive,
					AttributeType::NeverExtractable,
					AttributeType::Local,
					AttributeType::Value,
				],
			)
			.unwrap();
		for expected in [
			Attribute::Sensitive(true),
			Attribute::Extractable(false),
			Attribute::AlwaysSensitive(true),
			Attribute::NeverExtractable(true),
			Attribute::Local(true),
		] {
			assert!(
				attributes.contains(&expected),
				"{expected:?} in {attributes:?}"
			);
		}
		assert!(
			!attributes.iter().any(|a| matches!(a, Attribute::Value(_))),
			"the token does not reveal the private value"
		);
	}
}

#[test]
fn keys_are_found_again_after_a_restart() {
	let (ed, ec) = {
		let hsm = signer("restart");
		(
			hsm.ed25519_generate(KEYS).unwrap(),
			hsm.ecdsa_generate(KEYS).unwrap(),
		)
	};
	// A new signer starts with no cache: it must find the keys in the token.
	let hsm = signer("restart");
	assert_eq!(hsm.ed25519_public_keys(KEYS).unwrap(), vec![ed]);
	assert_eq!(hsm.ecdsa_public_keys(KEYS).unwrap(), vec![ec]);
	let signature = hsm
		.ed25519_sign(KEYS, &ed, b"after restart")
		.unwrap()
		.unwrap();
	assert!(ed25519::Pair::verify(&signature, b"after restart", &ed));
	let digest = [7u8; 32];
	let signature = hsm
		.ecdsa_sign_prehashed(KEYS, &ec, &digest)
		.unwrap()
		.unwrap();
	assert!(ecdsa::Pair::verify_prehashed(&signature, &digest, &ec));
}

#[test]
fn many_threads_sign_at_once() {
	let hsm = Arc::new(signer("threads"));
	let ed = hsm.ed25519_generate(KEYS).unwrap();
	let ec = hsm.ecdsa_generate(KEYS).unwrap();
	let workers: Vec<_> = (0u32..8)
		.map(|thread| {
			let hsm = hsm.clone();
			std::thread::spawn(move || {
				for i in 0u32..25 {
					let message = [thread.to_le_bytes(), i.to_le_bytes()].concat();
					let signature = hsm.ed25519_sign(KEYS, &ed, &message).unwrap().unwrap();
					assert!(ed25519::Pair::verify(&signature, &message, &ed));
					let digest = sp_crypto_hashing::blake2_256(&message);
					let signature = hsm
						.ecdsa_sign_prehashed(KEYS, &ec, &digest)
						.unwrap()
						.unwrap();
					assert!(ecdsa::Pair::verify_prehashed(&signature, &digest, &ec));
				}
			})
		})
		.collect();
	for worker in workers {
		worker.join().expect("no signing thread failed");
	}
}

#[test]
fn a_lost_login_is_restored_and_signing_goes_on() {
	let hsm = signer("relogin");
	let ed = hsm.ed25519_generate(KEYS).unwrap();
	assert!(hsm.ed25519_sign(KEYS, &ed, b"before").unwrap().is_some());

	// Log the application out behind the signer's back: login state is shared
	// by all sessions, so the signer's pooled session loses its key handles.
	let session = raw_session("relogin");
	session.logout().unwrap();
	let private = session
		.find_objects(&[Attribute::Class(ObjectClass::PRIVATE_KEY)])
		.unwrap();
	assert!(
		private.is_empty(),
		"logged out: private keys are out of reach"
	);

	let signature = hsm
		.ed25519_sign(KEYS, &ed, b"after")
		.unwrap()
		.expect("the signer logged in again");
	assert!(ed25519::Pair::verify(&signature, b"after", &ed));
}

fn open(module: PathBuf, label: &str, pin: &str) -> Result<Pkcs11Signer, SignerError> {
	softhsm();
	Pkcs11Signer::open(Pkcs11Config {
		module,
		token_label: label.into(),
		pin: Pin::new(pin).unwrap(),
	})
}

#[test]
fn start_up_errors_say_which_setting_is_wrong() {
	let missing = PathBuf::from("/nonexistent/libpkcs11.so");
	let error = open(missing, "errors", USER_PIN).expect_err("no module there");
	assert!(matches!(error, SignerError::ModuleLoad { .. }), "{error:?}");
	assert!(
		error.to_string().contains("/nonexistent/libpkcs11.so"),
		"{error}"
	);
	assert!(error.to_string().contains("--hsm-module"), "{error}");

	let error = open(module(), "no-such-token", USER_PIN).expect_err("no such token");
	let SignerError::TokenNotFound { ref available, .. } = error else {
		panic!("{error:?}")
	};
	assert!(
		available.iter().any(|label| label == "errors"),
		"lists the tokens present: {available:?}"
	);
	assert!(error.to_string().contains("--hsm-token-label"), "{error}");

	let error = open(module(), "errors", "not-the-pin").expect_err("wrong PIN");
	assert!(
		matches!(error, SignerError::WrongPin { ref label } if label == "errors"),
		"{error:?}"
	);
	assert!(error.to_string().contains("--hsm-pin-file"), "{error}");

	assert!(
		open(module(), "errors", USER_PIN).is_ok(),
		"the right settings open the token"
	);
}

#[test]
fn the_pin_comes_from_a_file_or_the_environment_and_is_never_printed() {
	let dir = tempfile::tempdir().unwrap();
	let file = dir.path().join("pin");
	std::fs::write(&file, format!("{USER_PIN}\n")).unwrap();
	let pin = Pin::from_file(&file).unwrap();
	assert_eq!(format!("{pin:?}"), "Pin(<redacted>)");
	softhsm();
	let hsm = Pkcs11Signer::open(Pkcs11Config {
		module: module(),
		token_label: "pin-file".into(),
		pin,
	})
	.expect("the trailing newline is not part of the PIN");
	assert_eq!(hsm.token_label(), "pin-file");

	std::fs::write(&file, "\n").unwrap();
	assert!(
		matches!(Pin::from_file(&file), Err(SignerError::PinSource(_))),
		"an empty file is refused"
	);
	let missing = Pin::from_file(&dir.path().join("absent")).err().unwrap();
	assert!(
		missing.to_string().contains("absent"),
		"names the file: {missing}"
	);
	assert!(matches!(
		Pin::from_env("KEYREG_TEST_PIN_THAT_IS_NOT_SET"),
		Err(SignerError::PinSource(_))
	));
}

#[test]
fn the_key_index_follows_own_changes_at_once_and_others_after_the_refresh_age() {
	let hsm = signer("index").with_index_refresh(std::time::Duration::from_millis(600));
	let own = hsm.ed25519_generate(KEYS).unwrap();
	assert_eq!(hsm.ed25519_public_keys(KEYS).unwrap(), vec![own]);
	// Another program (here a second login) adds a pair to the token.
	let other_program = signer("index");
	let added = other_program.ed25519_generate(KEYS).unwrap();
	// The index answers without listing the token: the new pair is not seen…
	assert_eq!(hsm.ed25519_public_keys(KEYS).unwrap(), vec![own]);
	// …until the index is older than the refresh age.
	std::thread::sleep(std::time::Duration::from_millis(700));
	let mut both = vec![own, added];
	both.sort();
	assert_eq!(hsm.ed25519_public_keys(KEYS).unwrap(), both);
	// Its own generation and destruction show at once.
	let third = hsm.ed25519_generate(KEYS).unwrap();
	assert!(hsm.ed25519_public_keys(KEYS).unwrap().contains(&third));
	assert!(hsm.ed25519_destroy(KEYS, &third).unwrap());
	assert_eq!(hsm.ed25519_public_keys(KEYS).unwrap(), both);
}

#[test]
fn a_destroyed_pair_is_gone_from_the_token_and_signs_no_more() {
	let hsm = signer("destroy");
	let ed = hsm.ed25519_generate(KEYS).unwrap();
	let ec = hsm.ecdsa_generate(KEYS).unwrap();
	let kept = hsm.ed25519_generate(KEYS).unwrap();
	// Cache the private handles first: destruction must not leave them usable.
	assert!(hsm.ed25519_sign(KEYS, &ed, b"m").unwrap().is_some());
	assert!(hsm
		.ecdsa_sign_prehashed(KEYS, &ec, &[1; 32])
		.unwrap()
		.is_some());
	assert!(hsm.ed25519_destroy(KEYS, &ed).unwrap());
	assert!(hsm.ecdsa_destroy(KEYS, &ec).unwrap());
	assert_eq!(hsm.ed25519_sign(KEYS, &ed, b"m").unwrap(), None);
	assert_eq!(hsm.ecdsa_sign_prehashed(KEYS, &ec, &[1; 32]).unwrap(), None);
	// Destroying again finds nothing; a key of another type is not touched.
	assert!(!hsm.ed25519_destroy(KEYS, &ed).unwrap());
	assert!(!hsm.ed25519_destroy(OTHER, &kept).unwrap());
	// No object of either pair is left in the token, only the kept pair's two.
	let session = raw_session("destroy");
	session
		.login(UserType::User, Some(&AuthPin::new(USER_PIN.into())))
		.or_else(|e| match e {
			cryptoki::error::Error::Pkcs11(cryptoki::error::RvError::UserAlreadyLoggedIn, _) => {
				Ok(())
			}
			e => Err(e),
		})
		.unwrap();
	let ids: Vec<Vec<u8>> = session
		.find_objects(&[Attribute::Label(b"keyreg/kreg".to_vec())])
		.unwrap()
		.into_iter()
		.map(|object| {
			match session
				.get_attributes(object, &[AttributeType::Id])
				.unwrap()
				.remove(0)
			{
				Attribute::Id(id) => id,
				other => panic!("{other:?}"),
			}
		})
		.collect();
	assert_eq!(ids, vec![kept.0.to_vec(), kept.0.to_vec()]);
	// A new signer (a restart) does not list them either.
	assert_eq!(
		signer("destroy").ed25519_public_keys(KEYS).unwrap(),
		vec![kept]
	);
	assert!(signer("destroy")
		.ecdsa_public_keys(KEYS)
		.unwrap()
		.is_empty());
}

#[test]
fn the_index_refresher_brings_in_another_programs_keys_within_seconds() {
	let hsm = Arc::new(signer("index-refresher"));
	let own = hsm.ed25519_generate(KEYS).unwrap();
	assert_eq!(hsm.ed25519_public_keys(KEYS).unwrap(), vec![own]);
	hsm.spawn_index_refresher().unwrap();
	let added = signer("index-refresher").ed25519_generate(KEYS).unwrap();
	// A small token is listed every MIN_INDEX_REFRESH (1 s).
	let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
	while !hsm.ed25519_public_keys(KEYS).unwrap().contains(&added) {
		assert!(
			std::time::Instant::now() < deadline,
			"the refresher never listed the new key"
		);
		std::thread::sleep(std::time::Duration::from_millis(100));
	}
	// The thread holds no strong reference: dropping the signer ends it.
	assert_eq!(Arc::strong_count(&hsm), 1);
}

#[test]
fn interrupted_generations_are_leftovers_and_complete_pairs_never_are() {
	use keyreg_signer::pkcs11::{leftovers::Half, Curve};
	let hsm = signer("leftovers");
	let complete = hsm.ed25519_generate(KEYS).unwrap();
	let other_type = hsm.ed25519_generate(OTHER).unwrap();
	// Two generations interrupted by hand, as a crash would leave them.
	let pkcs11 = context(&module()).unwrap();
	let slot = pkcs11
		.get_slots_with_token()
		.unwrap()
		.into_iter()
		.find(|slot| pkcs11.get_token_info(*slot).unwrap().label().trim_end() == "leftovers")
		.unwrap();
	let session = pkcs11.open_rw_session(slot).unwrap();
	let _ = session.login(UserType::User, Some(&AuthPin::new(USER_PIN.into())));
	let label = Attribute::Label(b"keyreg/kreg".to_vec());
	let generate = || {
		session
			.generate_key_pair(
				&cryptoki::mechanism::Mechanism::EccEdwardsKeyPairGen,
				&[
					Attribute::Token(true),
					Attribute::EcParams(Curve::Ed25519.params()),
					label.clone(),
				],
				&[
					Attribute::Token(true),
					Attribute::Private(true),
					Attribute::Sensitive(true),
					label.clone(),
				],
			)
			.unwrap()
	};
	// Untagged: stopped before either half got its CKA_ID.
	generate();
	// Half-tagged: the public half got its id, the private half did not.
	let (public, _) = generate();
	let point = match session
		.get_attributes(public, &[AttributeType::EcPoint])
		.unwrap()
		.remove(0)
	{
		Attribute::EcPoint(p) => p,
		other => panic!("{other:?}"),
	};
	let raw = Curve::Ed25519.public_from_ec_point(&point).unwrap();
	session
		.update_attributes(public, &[Attribute::Id(raw.clone())])
		.unwrap();

	let objects = hsm.node_objects(KEYS).unwrap();
	assert_eq!(objects.pairs, vec![(Curve::Ed25519, complete.0.to_vec())]);
	let mut halves: Vec<(Half, Option<Vec<u8>>)> = objects
		.leftovers
		.iter()
		.map(|l| (l.half, l.public.clone()))
		.collect();
	halves.sort_by_key(|(half, public)| (*half == Half::Private, public.clone()));
	assert_eq!(halves.len(), 4, "{:?}", objects.leftovers);
	assert!(objects
		.leftovers
		.iter()
		.any(|l| l.public.as_deref() == Some(raw.as_slice())
			&& l.reason() == "a public half whose private half is missing"));
	assert_eq!(
		objects
			.leftovers
			.iter()
			.filter(|l| l.half == Half::Private)
			.count(),
		2
	);
	for leftover in &objects.leftovers {
		hsm.destroy_leftover(KEYS, leftover).unwrap();
	}
	let after = hsm.node_objects(KEYS).unwrap();
	assert_eq!(
		(after.pairs, after.leftovers),
		(vec![(Curve::Ed25519, complete.0.to_vec())], vec![])
	);
	// The complete pair and the other type's pair still sign.
	assert!(hsm.ed25519_sign(KEYS, &complete, b"m").unwrap().is_some());
	assert!(hsm
		.ed25519_sign(OTHER, &other_type, b"m")
		.unwrap()
		.is_some());
}
