//! Backups of HSM keys against real SoftHSM2 tokens: keys generated
//! backup-able, wrapped inside one token under the SO's trusted wrapping
//! key, and unwrapped into another token holding the same wrapping key;
//! and everything a user PIN alone, a wrong input or an unwrappable curve
//! must not achieve.
#![allow(
	clippy::unwrap_used,
	clippy::expect_used,
	clippy::panic,
	clippy::indexing_slicing,
	missing_docs
)]

mod common;

use common::{module, signer, softhsm, SO_PIN, USER_PIN};
use cryptoki::{
	error::{Error as CryptokiError, RvError},
	mechanism::Mechanism,
	object::{Attribute, AttributeType, KeyType, ObjectClass},
	session::UserType,
	types::AuthPin,
};
use keyreg_signer::{
	pkcs11::{
		module::context,
		wrapping::{install_wrapping_key, WrappingKeySecret},
		Curve,
	},
	Pin, SignerBackend, SignerError,
};
use rand_core::OsRng;
use sp_core::{crypto::KeyTypeId, ecdsa};

const KEYS: KeyTypeId = KeyTypeId(*b"kreg");

fn install(label: &str, secret: &WrappingKeySecret) -> Result<[u8; 32], SignerError> {
	softhsm();
	install_wrapping_key(&module(), label, &Pin::new(SO_PIN).unwrap(), secret)
}

/// A user session on `label` opened beside the signer, as someone holding
/// the user PIN (and nothing else) would.
fn user_session(label: &str) -> cryptoki::session::Session {
	let pkcs11 = context(&module()).unwrap();
	let slot = pkcs11
		.get_slots_with_token()
		.unwrap()
		.into_iter()
		.find(|slot| pkcs11.get_token_info(*slot).unwrap().label().trim_end() == label)
		.unwrap();
	let session = pkcs11.open_rw_session(slot).unwrap();
	match session.login(UserType::User, Some(&AuthPin::from(USER_PIN))) {
		Ok(()) | Err(CryptokiError::Pkcs11(RvError::UserAlreadyLoggedIn, _)) => {}
		Err(e) => panic!("login: {e}"),
	}
	session
}

#[test]
fn a_backupable_secp256k1_key_moves_wrapped_to_a_fresh_token_and_signs_there() {
	// The SO's ceremony: one wrapping key in the token in service (a) and
	// in the fresh tokens (b, c). The SO logs in before any user does.
	softhsm();
	let secret = WrappingKeySecret::generate(&mut OsRng);
	assert!(
		matches!(
			install_wrapping_key(&module(), "wrap-a", &Pin::new(USER_PIN).unwrap(), &secret),
			Err(SignerError::WrongSoPin { .. })
		),
		"the user PIN is not the SO's"
	);
	let id = install("wrap-a", &secret).unwrap();
	assert_eq!(id, secret.id());
	assert_eq!(
		install("wrap-a", &secret).unwrap(),
		id,
		"installing it again changes nothing"
	);
	let other = WrappingKeySecret::generate(&mut OsRng);
	assert!(matches!(
		install("wrap-a", &other),
		Err(SignerError::WrappingKeyConflict { present }) if present == id
	));
	install("wrap-b", &secret).unwrap();
	install("wrap-c", &secret).unwrap();

	let a = signer("wrap-a");
	assert_eq!(a.wrapping_key().unwrap(), Some(id));

	// A key made the default way never leaves the token.
	let fixed = a.ecdsa_generate(KEYS).unwrap();
	assert!(matches!(
		a.wrap(KEYS, Curve::Secp256k1, fixed.as_ref()),
		Err(SignerError::NotBackupable)
	));

	// A backup-able key signs like any other and is still sensitive.
	let raw = a.generate_backupable(KEYS, Curve::Secp256k1).unwrap();
	let public = ecdsa::Public::from_raw(raw.clone().try_into().unwrap());
	assert!(a.ecdsa_public_keys(KEYS).unwrap().contains(&public));
	let digest = [7u8; 32];
	let signature = a
		.ecdsa_sign_prehashed(KEYS, &public, &digest)
		.unwrap()
		.unwrap();
	assert_eq!(signature.recover_prehashed(&digest), Some(public));
	let session = user_session("wrap-a");
	let private = session
		.find_objects(&[
			Attribute::Class(ObjectClass::PRIVATE_KEY),
			Attribute::Id(raw.clone()),
		])
		.unwrap()[0];
	let attributes = session
		.get_attributes(
			private,
			&[
				AttributeType::Sensitive,
				AttributeType::WrapWithTrusted,
				AttributeType::Value,
			],
		)
		.unwrap();
	assert!(attributes.contains(&Attribute::Sensitive(true)));
	assert!(attributes.contains(&Attribute::WrapWithTrusted(true)));
	assert!(
		!attributes.iter().any(|a| matches!(a, Attribute::Value(_))),
		"its value is never readable"
	);

	// Someone with the user PIN cannot take it out under a key of their own,
	// nor make their own key trusted.
	let mine = session
		.create_object(&[
			Attribute::Class(ObjectClass::SECRET_KEY),
			Attribute::KeyType(KeyType::AES),
			Attribute::Value(vec![0x42; 32]),
			Attribute::Token(false),
			Attribute::Wrap(true),
		])
		.unwrap();
	assert!(matches!(
		session.wrap_key(&Mechanism::AesKeyWrapPad, mine, private),
		Err(CryptokiError::Pkcs11(RvError::KeyNotWrappable, _))
	));
	assert!(matches!(
		session.create_object(&[
			Attribute::Class(ObjectClass::SECRET_KEY),
			Attribute::KeyType(KeyType::AES),
			Attribute::Value(vec![0x42; 32]),
			Attribute::Token(false),
			Attribute::Wrap(true),
			Attribute::Trusted(true),
		]),
		Err(CryptokiError::Pkcs11(RvError::AttributeReadOnly, _))
	));

	// Wrapped in the token; the bytes name the wrapping key and the key.
	let wrapped = a.wrap(KEYS, Curve::Secp256k1, &raw).unwrap();
	assert_eq!(
		(wrapped.wrapping_key, wrapped.curve, wrapped.public.clone()),
		(id, Curve::Secp256k1, raw.clone())
	);
	assert!(wrapped.wrapped.len() >= 40, "a PKCS#8 key under AES-KWP");

	// The fresh token b: unwrapped inside it, found by the signer, signs.
	let b = signer("wrap-b");
	assert!(b.ecdsa_public_keys(KEYS).unwrap().is_empty());
	b.unwrap(&wrapped).unwrap();
	assert_eq!(b.ecdsa_public_keys(KEYS).unwrap(), vec![public]);
	let again = b
		.ecdsa_sign_prehashed(KEYS, &public, &digest)
		.unwrap()
		.unwrap();
	assert!(ecdsa::Pair::verify_prehashed(&again, &digest, &public));
	assert!(matches!(b.unwrap(&wrapped), Err(SignerError::KeyPresent)));
	// It is backup-able again there.
	assert_eq!(b.wrap(KEYS, Curve::Secp256k1, &raw).unwrap().public, raw);

	// Token c: wrong inputs restore nothing.
	let c = signer("wrap-c");
	let mut tampered = wrapped.clone();
	let last = tampered.wrapped.len() - 1;
	tampered.wrapped[last] ^= 1;
	assert!(matches!(
		c.unwrap(&tampered),
		Err(SignerError::UnwrapFailed(_))
	));
	let mut other_kek = wrapped.clone();
	other_kek.wrapping_key = other.id();
	assert!(
		matches!(c.unwrap(&other_kek), Err(SignerError::NoWrappingKey(Some(named))) if named == other.id())
	);
	let mut relabelled = wrapped.clone();
	relabelled.public = fixed.0.to_vec();
	let refused = c.unwrap(&relabelled).unwrap_err();
	assert!(
		matches!(&refused, SignerError::UnwrapFailed(why) if why.contains("does not sign")),
		"{refused}"
	);
	assert!(
		c.ecdsa_public_keys(KEYS).unwrap().is_empty(),
		"nothing was left behind"
	);
	let leftovers = user_session("wrap-c")
		.find_objects(&[Attribute::Class(ObjectClass::PRIVATE_KEY)])
		.unwrap();
	assert!(leftovers.is_empty(), "no private key either");
	c.unwrap(&wrapped).unwrap();
	assert_eq!(c.ecdsa_public_keys(KEYS).unwrap(), vec![public]);
}

#[test]
fn a_token_that_cannot_wrap_a_curve_never_reports_such_a_key_backupable() {
	let secret = WrappingKeySecret::generate(&mut OsRng);
	let none = signer("wrap-none");
	// Without a wrapping key, nothing is generated backup-able.
	assert!(matches!(
		none.generate_backupable(KEYS, Curve::Secp256k1),
		Err(SignerError::NoWrappingKey(None))
	));
	assert!(none.ecdsa_public_keys(KEYS).unwrap().is_empty());
	drop(none);
	// The SO logs in once the user's sessions are closed.
	install("wrap-none", &secret).unwrap();
	let hsm = signer("wrap-none");
	// SoftHSM2 2.6 cannot wrap Ed25519: the key is destroyed, and the error
	// says so; secp256k1 works on the same token.
	let refused = hsm.generate_backupable(KEYS, Curve::Ed25519).unwrap_err();
	assert!(matches!(
		refused,
		SignerError::NotWrappable {
			curve: Curve::Ed25519
		}
	));
	assert!(refused
		.to_string()
		.contains("SoftHSM2 2.6 wraps secp256k1 keys but not Ed25519"));
	assert!(
		hsm.ed25519_public_keys(KEYS).unwrap().is_empty(),
		"the unwrappable key is gone"
	);
	hsm.generate_backupable(KEYS, Curve::Secp256k1).unwrap();
}
