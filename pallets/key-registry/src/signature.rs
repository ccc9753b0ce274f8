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
//! | custodian fulfilment | `b"KEYREG/CUF/V1"` (13 raw bytes), genesis hash, domain (`u32`), key (`u32`), request id (`u64`), the key's signature ([`KeySignature`]) |
//! | custodian rotation | `b"KEYREG/CUR/V1"` (13 raw bytes), genesis hash, domain (`u32`), key (`u32`), outgoing version (`u32`), incoming public key ([`PublicKey`]) |
//! | key-agreement binding | `b"KEYREG/KAK/V1"`, genesis hash, domain (`u32`), custodian ([`PublicKey`]), X25519 key (`[u8; 32]`) |
//! | ceremony message | `b"KEYREG/CER/V1"`, genesis hash, ceremony (`u64`), attempt (`u32`), phase (`u8`: 0 round 1, 1 round 2, 2 confirm, 3 prove), member (`u16`), content (`Vec<u8>`) |
//! | ceremony fault report | `b"KEYREG/CEF/V1"`, genesis hash, ceremony (`u64`), attempt (`u32`), reporter (`u16`), accused (`u16`) |
//! | nonce batch | `b"KEYREG/NCE/V1"`, genesis hash, domain (`u32`), key (`u32`), member (`u16`), sequence (`u32`), commitments (`Vec<NonceCommitment>`: hiding and binding points, 64 bytes each) |
//! | signature share | `b"KEYREG/SSH/V1"`, genesis hash, domain (`u32`), key (`u32`), request id (`u64`), attempt (`u32`), member (`u16`), share (`[u8; 32]`) |
//! | threshold possession | `b"KEYREG/TPP/V1"`, the proof-of-possession payload for version 0 (as `Vec<u8>`), DKG transcript digest (`[u8; 32]`) |
//! | share refresh | `b"KEYREG/RFS/V1"`, genesis hash, domain (`u32`), key (`u32`), new epoch (`u32`), group key ([`PublicKey`]), refresh transcript digest (`[u8; 32]`) |
//! | share repair | `b"KEYREG/RPR/V1"`, genesis hash, domain (`u32`), key (`u32`), ceremony (`u64`), attempt (`u32`), repaired member (`u16`), repair transcript digest (`[u8; 32]`) |
//! | backup drill | `b"KEYREG/DRL/V1"`, genesis hash, domain (`u32`), key (`u32`), subject ([`crate::BackupSubject`]: `0x00` key, or `0x01` and member `u16`), version (`u32`), share epoch (`u32`, 0 for a key), block the challenge was issued in (`u32`), challenge (`[u8; 32]`) |
//!
//! The two custodian payloads are signed by the key's named custodian (see
//! [`crate::custodian`]); they bind the exact piece of work, so a custodian
//! proof cannot be replayed for another request, key or rotation.
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
/// Domain-separation tag of a custodian's co-signature of a fulfilment.
pub const CUSTODIAN_FULFILMENT_TAG: [u8; 13] = *b"KEYREG/CUF/V1";
/// Domain-separation tag of a custodian's co-signature of a rotation.
pub const CUSTODIAN_ROTATION_TAG: [u8; 13] = *b"KEYREG/CUR/V1";
/// Domain-separation tag of a custodian's record of a key destruction.
pub const CUSTODIAN_DESTRUCTION_TAG: [u8; 13] = *b"KEYREG/CUD/V1";
/// Domain-separation tag of a custodian's binding of a key-agreement key.
pub const AGREEMENT_KEY_TAG: [u8; 13] = *b"KEYREG/KAK/V1";
/// Domain-separation tag of a committee member's ceremony message.
pub const CEREMONY_MESSAGE_TAG: [u8; 13] = *b"KEYREG/CER/V1";
/// Domain-separation tag of a committee member's fault report.
pub const CEREMONY_FAULT_TAG: [u8; 13] = *b"KEYREG/CEF/V1";
/// Domain-separation tag of a threshold key's transcript-bound possession proof.
pub const THRESHOLD_POSSESSION_TAG: [u8; 13] = *b"KEYREG/TPP/V1";
/// Domain-separation tag of a member's nonce batch.
pub const NONCE_BATCH_TAG: [u8; 13] = *b"KEYREG/NCE/V1";
/// Domain-separation tag of a member's signature share.
pub const SIGNATURE_SHARE_TAG: [u8; 13] = *b"KEYREG/SSH/V1";
/// Domain separator of a share refresh's proof (signed by the group key).
pub const SHARE_REFRESH_TAG: [u8; 13] = *b"KEYREG/RFS/V1";
/// Domain separator of a repaired member's proof (signed by its share).
pub const SHARE_REPAIR_TAG: [u8; 13] = *b"KEYREG/RPR/V1";
/// Domain separation tag of a backup drill's challenge and signature.
pub const DRILL_TAG: [u8; 13] = *b"KEYREG/DRL/V1";

/// What a committee member's custodian key signs to publish a nonce batch
/// for a threshold key ([`crate::Pallet::publish_nonce_commitments`]).
pub fn nonce_batch_payload<Hash: Encode>(
	genesis: &Hash,
	domain: u32,
	key: u32,
	member: u16,
	sequence: u32,
	commitments: &[crate::threshold_signing::NonceCommitment],
) -> Vec<u8> {
	(
		NONCE_BATCH_TAG,
		genesis,
		domain,
		key,
		member,
		sequence,
		commitments,
	)
		.encode()
}

/// What a committee member's custodian key signs to post its signature
/// share in attempt `attempt` of `request` ([`crate::Pallet::submit_signature_share`]).
pub fn signature_share_payload<Hash: Encode>(
	genesis: &Hash,
	domain: u32,
	key: u32,
	request: u64,
	attempt: u32,
	member: u16,
	share: &[u8; 32],
) -> Vec<u8> {
	(
		SIGNATURE_SHARE_TAG,
		genesis,
		domain,
		key,
		request,
		attempt,
		member,
		share,
	)
		.encode()
}

/// The bytes a key's named custodian signs to deliver `signature` for
/// `request`.
pub fn custodian_fulfilment_payload<Hash: Encode>(
	genesis: &Hash,
	domain: DomainId,
	key: KeyId,
	request: RequestId,
	signature: &KeySignature,
) -> Vec<u8> {
	(
		CUSTODIAN_FULFILMENT_TAG,
		genesis,
		domain,
		key,
		request,
		signature,
	)
		.encode()
}

/// The bytes a key's named custodian signs to rotate it from version `from`
/// to `new_public`.
pub fn custodian_rotation_payload<Hash: Encode>(
	genesis: &Hash,
	domain: DomainId,
	key: KeyId,
	from: VersionNumber,
	new_public: &PublicKey,
) -> Vec<u8> {
	(
		CUSTODIAN_ROTATION_TAG,
		genesis,
		domain,
		key,
		from,
		new_public,
	)
		.encode()
}

/// The bytes a key's named custodian signs to record that it destroyed the
/// private key of retired `version`, whose public key is `public`.
pub fn custodian_destruction_payload<Hash: Encode>(
	genesis: &Hash,
	domain: DomainId,
	key: KeyId,
	version: VersionNumber,
	public: &PublicKey,
) -> Vec<u8> {
	(
		CUSTODIAN_DESTRUCTION_TAG,
		genesis,
		domain,
		key,
		version,
		public,
	)
		.encode()
}

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

/// The bytes a custodian signs to bind `agreement` (an X25519
/// key-agreement key) to itself in `domain`.
pub fn agreement_key_payload<Hash: Encode>(
	genesis: &Hash,
	domain: DomainId,
	custodian: &PublicKey,
	agreement: &[u8; 32],
) -> Vec<u8> {
	(AGREEMENT_KEY_TAG, genesis, domain, custodian, agreement).encode()
}

/// The bytes a committee member's custodian signs to post `content` as
/// `member`'s message of `phase` in attempt `attempt` of a ceremony.
pub fn ceremony_message_payload<Hash: Encode>(
	genesis: &Hash,
	ceremony: u64,
	attempt: u32,
	phase: u8,
	member: u16,
	content: &[u8],
) -> Vec<u8> {
	(
		CEREMONY_MESSAGE_TAG,
		genesis,
		ceremony,
		attempt,
		phase,
		member,
		content,
	)
		.encode()
}

/// The bytes a committee member's custodian signs to report `accused`.
pub fn ceremony_fault_payload<Hash: Encode>(
	genesis: &Hash,
	ceremony: u64,
	attempt: u32,
	member: u16,
	accused: u16,
) -> Vec<u8> {
	(
		CEREMONY_FAULT_TAG,
		genesis,
		ceremony,
		attempt,
		member,
		accused,
	)
		.encode()
}

/// The bytes a new threshold key's committee signs with the group key: the
/// ordinary proof of possession for version 0, bound to the DKG transcript.
pub fn threshold_possession_payload<Hash: Encode, AccountId: Encode>(
	genesis: &Hash,
	domain: DomainId,
	key_name: &[u8],
	submitter: &AccountId,
	public: &PublicKey,
	transcript: &[u8; 32],
) -> Vec<u8> {
	(
		THRESHOLD_POSSESSION_TAG,
		possession_payload(genesis, domain, key_name, 0, submitter, public),
		transcript,
	)
		.encode()
}

/// The bytes a committee signs with the group key, using its *new* shares,
/// to complete the refresh that creates `epoch` of `key`.
pub fn share_refresh_payload<Hash: Encode>(
	genesis: &Hash,
	domain: DomainId,
	key: KeyId,
	epoch: u32,
	group_key: &PublicKey,
	transcript: &[u8; 32],
) -> Vec<u8> {
	(
		SHARE_REFRESH_TAG,
		genesis,
		domain,
		key,
		epoch,
		group_key,
		transcript,
	)
		.encode()
}

/// The bytes a repaired member signs with its rebuilt share (as a plain
/// Ed25519 key whose public key is its verifying share) to prove it holds it.
pub fn share_repair_payload<Hash: Encode>(
	genesis: &Hash,
	domain: DomainId,
	key: KeyId,
	ceremony: u64,
	attempt: u32,
	member: u16,
	transcript: &[u8; 32],
) -> Vec<u8> {
	(
		SHARE_REPAIR_TAG,
		genesis,
		domain,
		key,
		ceremony,
		attempt,
		member,
		transcript,
	)
		.encode()
}

/// The bytes a key restored from its backup signs to pass a drill: the
/// challenge [`crate::Pallet::start_backup_drill`] issued, bound to the
/// chain, the key, what was restored (`subject`, `version`, `epoch`) and the
/// block the challenge was issued in.
#[allow(clippy::too_many_arguments)]
pub fn drill_payload<Hash: Encode, BlockNumber: Encode>(
	genesis: &Hash,
	domain: DomainId,
	key: KeyId,
	subject: crate::BackupSubject,
	version: VersionNumber,
	epoch: u32,
	issued_at: BlockNumber,
	challenge: &[u8; 32],
) -> Vec<u8> {
	(
		DRILL_TAG, genesis, domain, key, subject, version, epoch, issued_at, challenge,
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
/// signatures, in its one canonical form:
///
/// - **Ed25519**: a canonical encoding of a point in the prime-order subgroup
///   (torsion-free, not the identity). A point with a torsion component would
///   let one secret be registered under up to 8 public keys (`A + T` for each
///   of the 8 torsion points `T` passes cofactored verification with the same
///   secret), defeating "one public key, one registration".
/// - **Sr25519**: a valid Ristretto encoding other than the identity
///   (Ristretto has no torsion by construction).
/// - **ECDSA secp256k1**: the 33-byte compressed SEC1 form of a point on the
///   curve.
pub fn is_valid_public_key(public: &PublicKey) -> bool {
	match public {
		PublicKey::Ed25519(bytes) => {
			match curve25519_dalek::edwards::CompressedEdwardsY(*bytes).decompress() {
				Some(point) => {
					!point.is_small_order()
						&& point.is_torsion_free()
						&& point.compress().to_bytes() == *bytes
				}
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

/// Whether a 65-byte `r ‖ s ‖ v` ECDSA signature is in its one canonical
/// form: `r` and `s` non-zero scalars below the group order, `s` in the lower
/// half (`s ≤ n/2`), and the recovery id `v` 0 or 1.
///
/// Recovery-based verification accepts `(r, n - s, v ^ 1)` and `v + 27` as
/// well, so without this check every signature has at least four accepted
/// encodings; a fulfilment or proof could be re-encoded by anyone.
pub fn is_canonical_ecdsa(signature: &[u8; 65]) -> bool {
	use k256::elliptic_curve::{ff::PrimeField, scalar::IsHigh};
	let (r, rest) = signature.split_at(32);
	let (s, v) = rest.split_at(32);
	let scalar = |bytes: &[u8]| -> Option<k256::Scalar> {
		let repr: [u8; 32] = bytes.try_into().ok()?;
		Option::from(k256::Scalar::from_repr(repr.into()))
	};
	let (Some(r), Some(s)) = (scalar(r), scalar(s)) else {
		return false;
	};
	let low_s = !bool::from(s.is_high());
	let nonzero = !bool::from(r.is_zero()) && !bool::from(s.is_zero());
	nonzero && low_s && matches!(v, [0] | [1])
}

/// Whether `signature` by `public` over `message` verifies. A scheme mismatch
/// never verifies, nor does an ECDSA signature that is not canonical (see
/// [`is_canonical_ecdsa`]).
pub fn verify_signature(public: &PublicKey, message: &[u8], signature: &KeySignature) -> bool {
	match (public, signature) {
		(PublicKey::Ed25519(p), KeySignature::Ed25519(s)) => {
			ed25519::Signature::from_raw(*s).verify(message, &ed25519::Public::from_raw(*p))
		}
		(PublicKey::Sr25519(p), KeySignature::Sr25519(s)) => {
			sr25519::Signature::from_raw(*s).verify(message, &sr25519::Public::from_raw(*p))
		}
		(PublicKey::EcdsaSecp256k1(p), KeySignature::EcdsaSecp256k1(s)) => {
			is_canonical_ecdsa(s)
				&& ecdsa::Signature::from_raw(*s).verify(message, &ecdsa::Public::from_raw(*p))
		}
		_ => false,
	}
}
