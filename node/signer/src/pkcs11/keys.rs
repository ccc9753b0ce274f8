//! How keys look inside the token: curves, templates, labels, public points,
//! and turning the token's ECDSA output into the signature sp_core verifies.

use crate::error::SignerError;
use cryptoki::{
	mechanism::Mechanism,
	object::{Attribute, KeyType, ObjectClass},
};
use k256::ecdsa::Signature as K256Signature;
use sp_core::{crypto::KeyTypeId, ecdsa};

/// The two schemes the HSM backend holds.
#[derive(
	Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, codec::Encode, codec::Decode,
)]
pub enum Curve {
	/// Ed25519, signed with pure EdDSA (`CKM_EDDSA` without parameters).
	#[codec(index = 0)]
	Ed25519,
	/// secp256k1, signed with raw `CKM_ECDSA` over a 32-byte digest.
	#[codec(index = 1)]
	Secp256k1,
}

/// DER of the OID 1.3.101.112 (id-Ed25519).
const ED25519_PARAMS: [u8; 5] = [0x06, 0x03, 0x2b, 0x65, 0x70];
/// DER of the OID 1.3.132.0.10 (secp256k1).
const SECP256K1_PARAMS: [u8; 7] = [0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x0a];

impl Curve {
	/// The PKCS#11 key type of this curve's keys.
	pub fn key_type(self) -> KeyType {
		match self {
			Self::Ed25519 => KeyType::EC_EDWARDS,
			Self::Secp256k1 => KeyType::EC,
		}
	}

	/// The key-pair generation mechanism.
	pub fn generation(self) -> Mechanism<'static> {
		match self {
			Self::Ed25519 => Mechanism::EccEdwardsKeyPairGen,
			Self::Secp256k1 => Mechanism::EccKeyPairGen,
		}
	}

	/// `CKA_EC_PARAMS` naming the curve.
	pub fn params(self) -> Vec<u8> {
		match self {
			Self::Ed25519 => ED25519_PARAMS.to_vec(),
			Self::Secp256k1 => SECP256K1_PARAMS.to_vec(),
		}
	}

	/// The public key in the form the chain stores it (32 bytes for ed25519,
	/// 33-byte compressed SEC1 for secp256k1), from the token's `CKA_EC_POINT`.
	pub fn public_from_ec_point(self, ec_point: &[u8]) -> Result<Vec<u8>, SignerError> {
		let point = unwrap_octet_string(ec_point);
		match self {
			Self::Ed25519 => {
				if point.len() != 32 {
					return Err(SignerError::InvalidPublicKey(format!(
						"an ed25519 point has 32 bytes, the token gave {}",
						point.len()
					)));
				}
				Ok(point.to_vec())
			}
			Self::Secp256k1 => {
				let key = k256::PublicKey::from_sec1_bytes(point)
					.map_err(|e| SignerError::InvalidPublicKey(format!("secp256k1: {e}")))?;
				Ok(
					k256::elliptic_curve::sec1::ToEncodedPoint::to_encoded_point(&key, true)
						.as_bytes()
						.to_vec(),
				)
			}
		}
	}
}

/// Tokens wrap `CKA_EC_POINT` in a DER OCTET STRING (`04 len ‖ point`), as the
/// standard asks; a few return the bare point. Accept both.
fn unwrap_octet_string(ec_point: &[u8]) -> &[u8] {
	match ec_point {
		[0x04, len, rest @ ..] if usize::from(*len) == rest.len() && *len < 0x80 => rest,
		bare => bare,
	}
}

/// The `CKA_LABEL` of this node's keys of one key type: `keyreg/<type>`.
pub fn label(key_type: KeyTypeId) -> Vec<u8> {
	let name = if key_type.0.iter().all(u8::is_ascii_alphanumeric) {
		String::from_utf8_lossy(&key_type.0).into_owned()
	} else {
		key_type.0.iter().map(|b| format!("{b:02x}")).collect()
	};
	format!("keyreg/{name}").into_bytes()
}

/// Attributes that find this node's keys of `key_type` on `curve`.
pub fn search(class: ObjectClass, key_type: KeyTypeId, curve: Curve) -> Vec<Attribute> {
	vec![
		Attribute::Class(class),
		Attribute::KeyType(curve.key_type()),
		Attribute::Label(label(key_type)),
	]
}

/// The public half: on the token, readable, for verification only.
pub fn public_template(key_type: KeyTypeId, curve: Curve) -> Vec<Attribute> {
	vec![
		Attribute::Token(true),
		Attribute::Private(false),
		Attribute::Verify(true),
		Attribute::EcParams(curve.params()),
		Attribute::Label(label(key_type)),
	]
}

/// The private half: on the token, behind the PIN, sensitive and never
/// extractable, usable for signing only.
pub fn private_template(key_type: KeyTypeId) -> Vec<Attribute> {
	vec![
		Attribute::Token(true),
		Attribute::Private(true),
		Attribute::Sensitive(true),
		Attribute::Extractable(false),
		Attribute::Sign(true),
		Attribute::Derive(false),
		Attribute::Label(label(key_type)),
	]
}

/// The private half of a backup-able key: as [`private_template`], except
/// that it may leave the token wrapped, and only under a wrapping key the
/// security officer marked trusted (`CKA_WRAP_WITH_TRUSTED`). Its value is
/// never readable (`CKA_SENSITIVE`).
pub fn backupable_private_template(key_type: KeyTypeId) -> Vec<Attribute> {
	vec![
		Attribute::Token(true),
		Attribute::Private(true),
		Attribute::Sensitive(true),
		Attribute::Extractable(true),
		Attribute::WrapWithTrusted(true),
		Attribute::Sign(true),
		Attribute::Derive(false),
		Attribute::Label(label(key_type)),
	]
}

/// The public-key point as `CKA_EC_POINT` holds it (a DER OCTET STRING)
/// from the public key as the chain stores it: the raw 32 bytes for
/// ed25519, the uncompressed SEC1 point for secp256k1.
pub fn ec_point(curve: Curve, public: &[u8]) -> Result<Vec<u8>, SignerError> {
	let point = match curve {
		Curve::Ed25519 => public.to_vec(),
		Curve::Secp256k1 => {
			let key = k256::PublicKey::from_sec1_bytes(public)
				.map_err(|e| SignerError::InvalidPublicKey(format!("secp256k1: {e}")))?;
			k256::elliptic_curve::sec1::ToEncodedPoint::to_encoded_point(&key, false)
				.as_bytes()
				.to_vec()
		}
	};
	let len = u8::try_from(point.len())
		.ok()
		.filter(|len| *len < 0x80)
		.ok_or_else(|| SignerError::InvalidPublicKey("point too long".into()))?;
	let mut der = vec![0x04, len];
	der.extend_from_slice(&point);
	Ok(der)
}

/// sp_core's 65-byte ECDSA signature from the token's 64-byte `r ‖ s`:
/// `s` normalised to the lower half of the order (tokens return either), and
/// the recovery id found by trying both against the known public key.
pub fn recoverable_signature(
	raw: &[u8],
	public: &ecdsa::Public,
	digest: &[u8; 32],
) -> Result<ecdsa::Signature, SignerError> {
	let signature = K256Signature::from_slice(raw).map_err(|e| {
		SignerError::Pkcs11(format!(
			"the token returned a malformed ECDSA signature: {e}"
		))
	})?;
	let signature = signature.normalize_s().unwrap_or(signature);
	let rs: [u8; 64] = signature.to_bytes().into();
	let with_id = |id: u8| {
		let mut raw = [0u8; 65];
		raw[..64].copy_from_slice(&rs);
		raw[64] = id;
		ecdsa::Signature::from_raw(raw)
	};
	let invalid = || {
		SignerError::Pkcs11(
			"the token's ECDSA signature does not verify under its public key".into(),
		)
	};
	// One public-key recovery (libsecp256k1) tells whether the id is 0,
	// compared in compressed form (no square root for the expected key). If
	// it is not, id 1 is checked without a second recovery: the keys
	// recovered with ids 0 and 1 sum to (-2·z/r)·G, one fixed-base
	// multiplication.
	let message = secp256k1::Message::from_digest(*digest);
	let recovered_0 = secp256k1::ecdsa::RecoveryId::from_i32(0)
		.and_then(|id| secp256k1::ecdsa::RecoverableSignature::from_compact(&rs, id))
		.and_then(|sig| secp256k1::SECP256K1.recover_ecdsa(&message, &sig));
	if let Ok(key) = recovered_0 {
		if key.serialize() == public.0 {
			return Ok(with_id(0));
		}
		let expected = secp256k1::PublicKey::from_slice(public.as_ref()).map_err(|_| invalid())?;
		let sum = sum_of_both_recoveries(signature.r().as_ref(), digest);
		if sum.is_some() && expected.combine(&key).ok() == sum {
			return Ok(with_id(1));
		}
	}
	// Rare paths (the sum at infinity, no point R for id 0), and every
	// signature that is not the key's: recover with id 1 directly.
	let candidate = with_id(1);
	if candidate.recover_prehashed(digest).as_ref() == Some(public) {
		Ok(candidate)
	} else {
		Err(invalid())
	}
}

/// `(-2·z/r)·G`, the sum of the public keys an ECDSA signature `(r, s)` of
/// digest `z` recovers to with ids 0 and 1 (`Q_v = r⁻¹(s·R_v − z·G)` and
/// `R_1 = −R_0`); `None` when it is the point at infinity.
// Scalar arithmetic is modulo the group order: it cannot overflow.
#[allow(clippy::arithmetic_side_effects)]
fn sum_of_both_recoveries(r: &k256::Scalar, digest: &[u8; 32]) -> Option<secp256k1::PublicKey> {
	use k256::elliptic_curve::ops::Reduce;
	let z = <k256::Scalar as Reduce<k256::U256>>::reduce_bytes(digest.into());
	let r_inverse = Option::<k256::Scalar>::from(r.invert())?;
	let t = -(z + z) * r_inverse;
	let bytes: [u8; 32] = t.to_bytes().into();
	let secret = secp256k1::SecretKey::from_slice(&bytes).ok()?;
	Some(secp256k1::PublicKey::from_secret_key(
		secp256k1::SECP256K1,
		&secret,
	))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
	use super::*;
	use sp_core::Pair;

	#[test]
	fn ec_points_are_read_wrapped_or_bare() {
		let point = [7u8; 32];
		let mut wrapped = vec![0x04, 0x20];
		wrapped.extend_from_slice(&point);
		assert_eq!(
			Curve::Ed25519.public_from_ec_point(&wrapped).unwrap(),
			point.to_vec()
		);
		assert_eq!(
			Curve::Ed25519.public_from_ec_point(&point).unwrap(),
			point.to_vec()
		);
		assert!(matches!(
			Curve::Ed25519.public_from_ec_point(&[0x04, 0x02, 1, 2]),
			Err(SignerError::InvalidPublicKey(_))
		));
	}

	#[test]
	fn secp256k1_points_are_compressed_and_checked() {
		use k256::elliptic_curve::sec1::ToEncodedPoint;
		let pair = ecdsa::Pair::from_seed(&[3u8; 32]);
		let key = k256::PublicKey::from_sec1_bytes(pair.public().as_ref()).unwrap();
		let mut wrapped = vec![0x04, 0x41];
		wrapped.extend_from_slice(key.to_encoded_point(false).as_bytes());
		assert_eq!(
			Curve::Secp256k1.public_from_ec_point(&wrapped).unwrap(),
			pair.public().0.to_vec()
		);
		let mut off_curve = wrapped.clone();
		*off_curve.last_mut().unwrap() ^= 1;
		assert!(matches!(
			Curve::Secp256k1.public_from_ec_point(&off_curve),
			Err(SignerError::InvalidPublicKey(_))
		));
	}

	#[test]
	fn high_s_signatures_become_low_s_with_the_right_recovery_id() {
		let pair = ecdsa::Pair::from_seed(&[9u8; 32]);
		let digest = sp_crypto_hashing::blake2_256(b"payload");
		let signature = pair.sign_prehashed(&digest);
		let low = K256Signature::from_slice(&signature.0[..64]).unwrap();
		// n - s: the form a token returns about half of the time.
		let high = K256Signature::from_scalars(low.r().to_bytes(), (-*low.s()).to_bytes()).unwrap();
		assert!(
			high.normalize_s().is_some(),
			"the flipped signature is high-S"
		);
		let fixed = recoverable_signature(&high.to_bytes(), &pair.public(), &digest).unwrap();
		assert_eq!(
			fixed, signature,
			"same low-S signature and recovery id as sp_core"
		);
		assert!(ecdsa::Pair::verify_prehashed(
			&fixed,
			&digest,
			&pair.public()
		));
	}

	#[test]
	fn every_recovery_id_is_found_and_a_foreign_signature_is_refused() {
		let pair = ecdsa::Pair::from_seed(&[11u8; 32]);
		let other = ecdsa::Pair::from_seed(&[12u8; 32]);
		let mut ids = [0usize; 2];
		for i in 0u32..64 {
			let digest = sp_crypto_hashing::blake2_256(&i.to_le_bytes());
			let signature = pair.sign_prehashed(&digest);
			ids[usize::from(signature.0[64])] += 1;
			let low = K256Signature::from_slice(&signature.0[..64]).unwrap();
			let high =
				K256Signature::from_scalars(low.r().to_bytes(), (-*low.s()).to_bytes()).unwrap();
			for raw in [low.to_bytes(), high.to_bytes()] {
				assert_eq!(
					recoverable_signature(&raw, &pair.public(), &digest).unwrap(),
					signature
				);
				assert!(matches!(
					recoverable_signature(&raw, &other.public(), &digest),
					Err(SignerError::Pkcs11(_))
				));
			}
			let wrong_digest = sp_crypto_hashing::blake2_256(b"another message");
			assert!(recoverable_signature(&low.to_bytes(), &pair.public(), &wrong_digest).is_err());
		}
		assert!(
			ids[0] > 10 && ids[1] > 10,
			"both recovery ids occurred: {ids:?}"
		);
	}

	#[test]
	fn ec_points_round_trip_through_their_der_form() {
		let pair = ecdsa::Pair::from_seed(&[5u8; 32]);
		let der = ec_point(Curve::Secp256k1, pair.public().as_ref()).unwrap();
		assert_eq!(
			(der[0], der[1], der[2]),
			(0x04, 65, 0x04),
			"an uncompressed point in an OCTET STRING"
		);
		assert_eq!(
			Curve::Secp256k1.public_from_ec_point(&der).unwrap(),
			pair.public().0.to_vec()
		);
		let ed = [9u8; 32];
		assert_eq!(
			Curve::Ed25519
				.public_from_ec_point(&ec_point(Curve::Ed25519, &ed).unwrap())
				.unwrap(),
			ed.to_vec()
		);
		assert!(
			ec_point(Curve::Secp256k1, &[2u8; 10]).is_err(),
			"not a point"
		);
	}

	#[test]
	fn labels_name_the_key_type() {
		assert_eq!(label(KeyTypeId(*b"kreg")), b"keyreg/kreg".to_vec());
		assert_eq!(
			label(KeyTypeId([0, 1, 0xfe, b'a'])),
			b"keyreg/0001fe61".to_vec()
		);
	}
}
