//! Key pairs from an operator's own key ceremony, adopted by the node:
//! against a real SoftHSM2 token, pairs made with the templates and the
//! `CKA_EC_PARAMS` forms other tools use (OpenSC writes Ed25519's as the
//! printable name `edwards25519`).
#![allow(
	clippy::unwrap_used,
	clippy::expect_used,
	clippy::panic,
	clippy::indexing_slicing,
	missing_docs
)]

mod common;

use common::{module, signer};
use cryptoki::{mechanism::Mechanism, object::Attribute, session::Session};
use keyreg_signer::{
	pkcs11::{
		adopt::{KeySelector, PrivateHalf},
		module::context,
		Curve,
	},
	SignerBackend, SignerError,
};
use sp_core::{crypto::KeyTypeId, ecdsa, ed25519, Pair};

const KEYS: KeyTypeId = KeyTypeId(*b"kreg");
const OTHER: KeyTypeId = KeyTypeId(*b"othr");
const ED25519_PRINTABLE: &[u8] = b"\x13\x0cedwards25519";
const SECP256K1_OID: &[u8] = &[0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x0a];

/// A read-write session of our own on the token `label` (the signer opened
/// beforehand has logged the user in for the whole process).
fn rw_session(label: &str) -> Session {
	let pkcs11 = context(&module()).unwrap();
	let slot = pkcs11
		.get_slots_with_token()
		.unwrap()
		.into_iter()
		.find(|slot| pkcs11.get_token_info(*slot).unwrap().label().trim_end() == label)
		.unwrap();
	pkcs11.open_rw_session(slot).unwrap()
}

/// Makes a pair as a ceremony tool would: its own label and id.
#[allow(clippy::too_many_arguments)]
fn ceremony_pair(
	session: &Session,
	curve: Curve,
	params: &[u8],
	label: &str,
	id: &[u8],
	sensitive: bool,
	extractable: bool,
	sign: bool,
) -> (
	cryptoki::object::ObjectHandle,
	cryptoki::object::ObjectHandle,
) {
	let mechanism = match curve {
		Curve::Ed25519 => Mechanism::EccEdwardsKeyPairGen,
		Curve::Secp256k1 => Mechanism::EccKeyPairGen,
	};
	session
		.generate_key_pair(
			&mechanism,
			&[
				Attribute::Token(true),
				Attribute::Verify(true),
				Attribute::EcParams(params.to_vec()),
				Attribute::Label(label.as_bytes().to_vec()),
				Attribute::Id(id.to_vec()),
			],
			&[
				Attribute::Token(true),
				Attribute::Private(true),
				Attribute::Sensitive(sensitive),
				Attribute::Extractable(extractable),
				Attribute::Sign(sign),
				Attribute::Label(label.as_bytes().to_vec()),
				Attribute::Id(id.to_vec()),
			],
		)
		.unwrap()
}

fn refused(result: Result<keyreg_signer::pkcs11::adopt::Adopted, SignerError>) -> String {
	match result {
		Err(SignerError::KeyNotAdoptable(reason)) => reason,
		other => panic!("expected KeyNotAdoptable, got {other:?}"),
	}
}

#[test]
fn an_ed25519_pair_with_printable_params_in_a_token_with_spaces_is_adopted_and_signs() {
	let token = "ceremony token";
	let hsm = signer(token);
	let session = rw_session(token);
	ceremony_pair(
		&session,
		Curve::Ed25519,
		ED25519_PRINTABLE,
		"ceremony ed",
		&[0x0a, 0x01],
		true,
		false,
		true,
	);

	// Visible before adoption, as a foreign pair fit to sign.
	let inventory = hsm.inventory().unwrap();
	assert_eq!(inventory.len(), 1);
	let pair = &inventory[0];
	assert_eq!(
		(pair.curve, pair.label.as_str(), pair.id.as_slice()),
		(Some(Curve::Ed25519), "ceremony ed", &[0x0a, 0x01][..])
	);
	assert_eq!(pair.key_type, None);
	assert_eq!(
		pair.private,
		Some(PrivateHalf {
			sensitive: true,
			extractable: false,
			can_sign: true
		})
	);
	assert_eq!(pair.unfit(), None);
	assert!(
		hsm.ed25519_public_keys(KEYS).unwrap().is_empty(),
		"not the node's key yet"
	);

	let adopted = hsm
		.adopt(KEYS, &KeySelector::Label("ceremony ed".into()))
		.unwrap();
	assert!(adopted.relabelled);
	assert_eq!(adopted.previous_label, "ceremony ed");
	assert_eq!(adopted.previous_id, vec![0x0a, 0x01]);
	assert_eq!(adopted.public, pair.public);
	let public = ed25519::Public::from_raw(adopted.public.clone().try_into().unwrap());
	assert_eq!(hsm.ed25519_public_keys(KEYS).unwrap(), vec![public]);
	let signature = hsm
		.ed25519_sign(KEYS, &public, b"registration proof")
		.unwrap()
		.unwrap();
	assert!(ed25519::Pair::verify(
		&signature,
		b"registration proof",
		&public
	));

	// Adopting again changes nothing; another key type may not take it.
	assert!(
		!hsm.adopt(KEYS, &KeySelector::Public(adopted.public.clone()))
			.unwrap()
			.relabelled
	);
	assert!(
		refused(hsm.adopt(OTHER, &KeySelector::Public(adopted.public.clone())))
			.contains("already is the node's key of type \"kreg\"")
	);

	// A node started afterwards finds it as its own.
	drop(hsm);
	let restarted = signer(token);
	assert_eq!(restarted.ed25519_public_keys(KEYS).unwrap(), vec![public]);
	assert_eq!(restarted.inventory().unwrap()[0].key_type, Some(KEYS));
}

#[test]
fn a_secp256k1_pair_is_adopted_by_its_id_and_signs_low_s_recoverable() {
	let token = "adopt-ecdsa";
	let hsm = signer(token);
	let session = rw_session(token);
	ceremony_pair(
		&session,
		Curve::Secp256k1,
		SECP256K1_OID,
		"ceremony k1",
		&[0x0a, 0x02],
		true,
		false,
		true,
	);
	let adopted = hsm.adopt(KEYS, &KeySelector::Id(vec![0x0a, 0x02])).unwrap();
	assert_eq!(adopted.curve, Curve::Secp256k1);
	let public = ecdsa::Public::from_raw(adopted.public.clone().try_into().unwrap());
	assert_eq!(hsm.ecdsa_public_keys(KEYS).unwrap(), vec![public]);
	let digest = sp_crypto_hashing::blake2_256(b"rotation certificate");
	let signature = hsm
		.ecdsa_sign_prehashed(KEYS, &public, &digest)
		.unwrap()
		.unwrap();
	assert!(ecdsa::Pair::verify_prehashed(&signature, &digest, &public));
}

#[test]
fn unfit_missing_or_ambiguous_pairs_are_refused_with_the_reason_and_nothing_changes() {
	let token = "adopt-refused";
	let hsm = signer(token);
	let session = rw_session(token);
	let ed = |label: &str, id: &[u8], sensitive, extractable, sign| {
		ceremony_pair(
			&session,
			Curve::Ed25519,
			ED25519_PRINTABLE,
			label,
			id,
			sensitive,
			extractable,
			sign,
		)
	};
	ed("loose", &[1], true, true, true);
	ed("readable", &[2], false, false, true);
	ed("no sign", &[3], true, false, false);
	let (_, private) = ed("orphan", &[4], true, false, true);
	session.destroy_object(private).unwrap();
	ed("twin", &[5], true, false, true);
	ed("twin", &[6], true, false, true);
	ed("same id a", &[7], true, false, true);
	ed("same id b", &[7], true, false, true);
	let node_key = hsm.ed25519_generate(OTHER).unwrap();
	let before = hsm.inventory().unwrap();
	assert_eq!(before.len(), 9);

	let label = |l: &str| KeySelector::Label(l.into());
	assert!(
		refused(hsm.adopt(KEYS, &label("loose"))).contains("extractable (CKA_EXTRACTABLE true)")
	);
	assert!(refused(hsm.adopt(KEYS, &label("readable")))
		.contains("not sensitive (CKA_SENSITIVE false)"));
	assert!(refused(hsm.adopt(KEYS, &label("no sign"))).contains("may not sign (CKA_SIGN false)"));
	assert!(
		refused(hsm.adopt(KEYS, &label("orphan"))).contains("no private key with the same CKA_ID")
	);
	assert!(refused(hsm.adopt(KEYS, &label("twin"))).contains("2 key pairs have label \"twin\""));
	assert!(refused(hsm.adopt(KEYS, &label("absent")))
		.contains("no key pair in the token has label \"absent\""));
	assert!(refused(hsm.adopt(KEYS, &label("same id a")))
		.contains("shares its CKA_ID 0x07 with 1 other pair(s)"));
	assert!(
		refused(hsm.adopt(KEYS, &KeySelector::Public(node_key.0.to_vec())))
			.contains("already is the node's key of type \"othr\"")
	);

	assert_eq!(hsm.inventory().unwrap(), before, "the token is unchanged");
	assert!(hsm.ed25519_public_keys(KEYS).unwrap().is_empty());
	// One of the twins, named by its public key, is fit.
	let twin = before.iter().find(|p| p.label == "twin").unwrap();
	assert!(
		hsm.adopt(KEYS, &KeySelector::Public(twin.public.clone()))
			.unwrap()
			.relabelled
	);
}
