//! Public-key validation, signature verification and the signed payloads:
//! the proof of possession and the rotation certificate.
//!
//! # Payload encodings (stable)
//!
//! Both payloads are the SCALE encoding of the tuples below; the signer signs
//! those bytes as its scheme signs any message (Ed25519 and Sr25519 over the
//! bytes, Sr25519 with the `substrate` context; ECDSA over BLAKE2b-256 of them).
//!
//! | payload | fields, in order |
//! |---|---|
//! | proof of possession | `b"KEYREG/POP/V1"` (13 raw bytes), genesis hash, domain (`u32`), key name (`Vec<u8>`), version (`u32`), submitter (`AccountId`), public key ([`PublicKey`]) |
//! | rotation certificate | `b"KEYREG/ROT/V1"` (13 raw bytes), genesis hash, domain (`u32`), key name (`Vec<u8>`), outgoing version (`u32`), incoming version (`u32`), incoming public key ([`PublicKey`]) |
//! | signature request | `b"KEYREG/SIG/V1"` (13 raw bytes), genesis hash, domain (`u32`), key (`u32`), version (`u32`), request id (`u64`), payload (`Vec<u8>`) |
//!
//! A key never signs a requested payload bare: the request envelope starts
//! with its own tag, so an operator who may request signatures cannot obtain a
//! proof of possession or a rotation certificate (or a signature meant for
//! another chain, key or request) by choosing the payload. Verifiers rebuild the
//! envelope from the `SignatureFulfilled` event and the request.
//!
//! The genesis hash binds a proof to one chain, the domain, name and version
//! to one slot in the registry, and the submitter to one transaction author:
//! a proof cannot be replayed on another chain, for another key or version, or
//! by someone who merely observed it.

use crate::types::{DomainId, KeyId, KeySignature, PublicKey, RequestId, VersionNumber};
use alloc::vec::Vec;
use codec::Encode;
use sp_core::{ecdsa, ed25519, sr25519};
use sp_runtime::traits::Verify;

/// Domain-separation tag of the proof of possession.
pub const POSSESSION_TAG: [u8; 13] = *b"KEYREG/POP/V1";
/// Domain-separation tag of the rotation certificate.
pub const ROTATION_TAG: [u8; 13] = *b"KEYREG/ROT/V1";
/// Domain-separation tag of a signature request's envelope.
pub const REQUEST_TAG: [u8; 13] = *b"KEYREG/SIG/V1";

/// The bytes a new key signs to prove its holder controls it.
pub fn possession_payload<Hash: Encode, AccountId: Encode>(
	genesis: &Hash,
	domain: DomainId,
	key_name: &[u8],
	version: VersionNumber,
	submitter: &AccountId,
	public: &PublicKey,
) -> Vec<u8> {
	(
		POSSESSION_TAG,
		genesis,
		domain,
		key_name,
		version,
		submitter,
		public,
	)
		.encode()
}

/// The bytes an outgoing version signs to endorse its successor.
pub fn rotation_payload<Hash: Encode>(
	genesis: &Hash,
	domain: DomainId,
	key_name: &[u8],
	from_version: VersionNumber,
	to_version: VersionNumber,
	new_public: &PublicKey,
) -> Vec<u8> {
	(
		ROTATION_TAG,
		genesis,
		domain,
		key_name,
		from_version,
		to_version,
		new_public,
	)
		.encode()
}

/// The bytes the custodian signs to fulfil a signature request.
pub fn request_payload<Hash: Encode>(
	genesis: &Hash,
	domain: DomainId,
	key: KeyId,
	version: VersionNumber,
	request: RequestId,
	payload: &[u8],
) -> Vec<u8> {
	(REQUEST_TAG, genesis, domain, key, version, request, payload).encode()
}

/// Whether `public` is a well-formed point of its scheme that can carry
/// signatures: on the curve, canonical, and not of small order.
pub fn is_valid_public_key(public: &PublicKey) -> bool {
	match public {
		PublicKey::Ed25519(bytes) => {
			match curve25519_dalek::edwards::CompressedEdwardsY(*bytes).decompress() {
				// Reject non-canonical encodings and the small-order points
				// (weak keys under which forged signatures can verify).
				Some(point) => !point.is_small_order() && point.compress().to_bytes() == *bytes,
				None => false,
			}
		}
		PublicKey::Sr25519(bytes) => {
			match curve25519_dalek::ristretto::CompressedRistretto(*bytes).decompress() {
				Some(point) => point != curve25519_dalek::ristretto::RistrettoPoint::default(),
				None => false,
			}
		}
		PublicKey::EcdsaSecp256k1(bytes) =>
		// Only the compressed form (02/03 prefix) is accepted.
		{
			matches!(bytes.first(), Some(0x02) | Some(0x03))
				&& k256::PublicKey::from_sec1_bytes(bytes).is_ok()
		}
	}
}

/// Whether `signature` by `public` over `message` verifies. A scheme mismatch
/// never verifies.
pub fn verify_signature(public: &PublicKey, message: &[u8], signature: &KeySignature) -> bool {
	match (public, signature) {
		(PublicKey::Ed25519(p), KeySignature::Ed25519(s)) => {
			ed25519::Signature::from_raw(*s).verify(message, &ed25519::Public::from_raw(*p))
		}
		(PublicKey::Sr25519(p), KeySignature::Sr25519(s)) => {
			sr25519::Signature::from_raw(*s).verify(message, &sr25519::Public::from_raw(*p))
		}
		(PublicKey::EcdsaSecp256k1(p), KeySignature::EcdsaSecp256k1(s)) => {
			ecdsa::Signature::from_raw(*s).verify(message, &ecdsa::Public::from_raw(*p))
		}
		_ => false,
	}
}
