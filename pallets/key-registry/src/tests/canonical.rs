//! Canonical keys and signatures: an Ed25519 key with a torsion component,
//! and an ECDSA signature in any but its low-S, `v` ∈ {0, 1} form, are refused
//! wherever the registry takes a key or checks a signature.

use crate::{mock::*, *};
use curve25519_dalek::{
	constants::ED25519_BASEPOINT_POINT,
	edwards::{CompressedEdwardsY, EdwardsPoint},
	scalar::Scalar,
	traits::IsIdentity,
};
use frame_support::{assert_noop, assert_ok};
use k256::elliptic_curve::ff::PrimeField;
use sha2::{Digest, Sha512};
use sp_core::{ecdsa, Pair as _};
use sp_runtime::traits::Verify;

/// A generator of the 8-torsion subgroup: the torsion component of a point
/// decoded from a hash, `P - 8⁻¹·(8·P)`, picked so that it has order 8.
fn torsion_generator() -> EdwardsPoint {
	let eight_inverse = Scalar::from(8u64).invert();
	(0u64..)
		.filter_map(|i| {
			let digest = Sha512::digest(i.to_le_bytes());
			let mut bytes = [0u8; 32];
			bytes.copy_from_slice(&digest[..32]);
			CompressedEdwardsY(bytes).decompress()
		})
		.map(|p| p - eight_inverse * p.mul_by_cofactor())
		.find(|t| {
			let twice = t + t;
			!(twice + twice).is_identity()
		})
		.expect("some point has a torsion component of order 8")
}

/// The 8 torsion points `k·T`, `k = 0..8` (the first is the identity).
fn torsion_points() -> Vec<EdwardsPoint> {
	let t = torsion_generator();
	(0u64..8).map(|k| Scalar::from(k) * t).collect()
}

/// A SHA-512 digest reduced modulo the group order, as RFC 8032 does.
fn wide_scalar(hasher: Sha512) -> Scalar {
	let mut wide = [0u8; 64];
	wide.copy_from_slice(&hasher.finalize());
	Scalar::from_bytes_mod_order_wide(&wide)
}

/// An Ed25519 secret scalar and its public point.
struct RawEd25519 {
	secret: Scalar,
	public: EdwardsPoint,
}

impl RawEd25519 {
	fn new(seed: u8) -> Self {
		let secret = Scalar::from_bytes_mod_order([seed; 32]);
		Self {
			secret,
			public: secret * ED25519_BASEPOINT_POINT,
		}
	}

	/// An RFC 8032 signature with this secret, hashing `claimed` as the
	/// public key: what the holder of the secret can make for `A + T`.
	fn sign_as(&self, claimed: &[u8; 32], message: &[u8]) -> KeySignature {
		let nonce = wide_scalar(Sha512::new().chain_update(b"nonce").chain_update(message));
		let r = (nonce * ED25519_BASEPOINT_POINT).compress();
		let challenge = wide_scalar(
			Sha512::new()
				.chain_update(r.as_bytes())
				.chain_update(claimed)
				.chain_update(message),
		);
		let s = nonce + challenge * self.secret;
		let mut signature = [0u8; 64];
		signature[..32].copy_from_slice(r.as_bytes());
		signature[32..].copy_from_slice(s.as_bytes());
		KeySignature::Ed25519(signature)
	}
}

fn possession(
	domain: DomainId,
	name: &[u8],
	version: VersionNumber,
	public: &PublicKey,
) -> Vec<u8> {
	signature::possession_payload(
		&KeyRegistry::genesis_hash(),
		domain,
		name,
		version,
		&Actor::Account(BOB),
		public,
	)
}

#[test]
fn every_torsion_component_is_refused_at_registration() {
	build_and_execute(|| {
		let domain = setup_domain();
		let holder = RawEd25519::new(7);
		for (k, torsion) in torsion_points().into_iter().enumerate().skip(1) {
			let bytes = (holder.public + torsion).compress().to_bytes();
			let mixed = PublicKey::Ed25519(bytes);
			let proof = holder.sign_as(&bytes, &possession(domain, b"k", 0, &mixed));
			// The attack is real: the proof verifies against the mixed key...
			assert!(
				signature::verify_signature(&mixed, &possession(domain, b"k", 0, &mixed), &proof),
				"torsion component {k}: cofactored verification accepts the proof"
			);
			// ...and the registry refuses the key itself.
			assert!(!signature::is_valid_public_key(&mixed), "component {k}");
			assert_noop!(
				try_register_public(domain, b"k", None, mixed, proof),
				Error::<Test>::InvalidPublicKey
			);
			// The torsion point alone (small order) is refused too.
			let alone = PublicKey::Ed25519(torsion.compress().to_bytes());
			assert!(!signature::is_valid_public_key(&alone), "torsion point {k}");
		}
		// The prime-order key of the same secret registers, once.
		let bytes = holder.public.compress().to_bytes();
		let clean = PublicKey::Ed25519(bytes);
		assert!(signature::is_valid_public_key(&clean));
		let proof = holder.sign_as(&bytes, &possession(domain, b"k", 0, &clean));
		assert_ok!(try_register_public(domain, b"k", None, clean, proof));
	});
}

#[test]
fn every_torsion_component_is_refused_at_rotation() {
	build_and_execute(|| {
		let domain = setup_domain();
		let current = TestKey::ed25519(1);
		let id = register(domain, b"k", &current);
		let next = RawEd25519::new(9);
		for torsion in torsion_points().into_iter().skip(1) {
			let bytes = (next.public + torsion).compress().to_bytes();
			let mixed = PublicKey::Ed25519(bytes);
			let proof = next.sign_as(&bytes, &possession(domain, b"k", 1, &mixed));
			let certificate = current.sign(&signature::rotation_payload(
				&KeyRegistry::genesis_hash(),
				domain,
				b"k",
				0,
				1,
				&mixed,
			));
			assert_noop!(
				KeyRegistry::rotate_key(signed(BOB), domain, id, mixed, proof, Some(certificate)),
				Error::<Test>::InvalidPublicKey
			);
		}
	});
}

/// `(r, n - s, v ^ 1)`: the same signature with the high S.
pub(super) fn high_s(signature: &KeySignature) -> KeySignature {
	let KeySignature::EcdsaSecp256k1(bytes) = signature else {
		panic!("an ECDSA signature")
	};
	let mut flipped = *bytes;
	let s_bytes: [u8; 32] = bytes[32..64].try_into().unwrap();
	let s = k256::Scalar::from_repr(s_bytes.into()).unwrap();
	flipped[32..64].copy_from_slice(&(-s).to_repr());
	flipped[64] ^= 1;
	KeySignature::EcdsaSecp256k1(flipped)
}

/// The same signature with `v` shifted by 27 (the Ethereum convention).
pub(super) fn v_plus_27(signature: &KeySignature) -> KeySignature {
	let KeySignature::EcdsaSecp256k1(bytes) = signature else {
		panic!("an ECDSA signature")
	};
	let mut shifted = *bytes;
	shifted[64] += 27;
	KeySignature::EcdsaSecp256k1(shifted)
}

/// Both non-canonical encodings of a canonical signature, checked to be
/// accepted by plain recovery-based verification (so each test below fails
/// without the canonical check).
fn malleated(signer: &TestKey, message: &[u8]) -> [KeySignature; 2] {
	let canonical = signer.sign(message);
	let PublicKey::EcdsaSecp256k1(public) = signer.public() else {
		panic!("an ECDSA key")
	};
	let forms = [high_s(&canonical), v_plus_27(&canonical)];
	for form in &forms {
		let KeySignature::EcdsaSecp256k1(bytes) = form else {
			unreachable!()
		};
		assert!(
			ecdsa::Signature::from_raw(*bytes).verify(message, &ecdsa::Public::from_raw(public)),
			"recovery accepts the re-encoded signature"
		);
		assert!(!signature::verify_signature(
			&signer.public(),
			message,
			form
		));
	}
	assert!(signature::verify_signature(
		&signer.public(),
		message,
		&canonical
	));
	forms
}

#[test]
fn non_canonical_ecdsa_proofs_of_possession_are_refused() {
	build_and_execute(|| {
		let domain = setup_domain();
		let key = TestKey::ecdsa(3);
		let payload = possession(domain, b"k", 0, &key.public());
		for form in malleated(&key, &payload) {
			assert_noop!(
				try_register_public(domain, b"k", None, key.public(), form),
				Error::<Test>::InvalidProofOfPossession
			);
		}
		assert_ok!(try_register_public(
			domain,
			b"k",
			None,
			key.public(),
			key.sign(&payload)
		));
	});
}

#[test]
fn non_canonical_ecdsa_rotations_are_refused() {
	build_and_execute(|| {
		let domain = setup_domain();
		let current = TestKey::ecdsa(3);
		let id = register(domain, b"k", &current);
		let next = TestKey::ecdsa(4);
		let proof_payload = possession(domain, b"k", 1, &next.public());
		let certificate_payload = signature::rotation_payload(
			&KeyRegistry::genesis_hash(),
			domain,
			b"k",
			0,
			1,
			&next.public(),
		);
		let good_proof = next.sign(&proof_payload);
		let good_certificate = current.sign(&certificate_payload);
		for form in malleated(&next, &proof_payload) {
			assert_noop!(
				KeyRegistry::rotate_key(
					signed(BOB),
					domain,
					id,
					next.public(),
					form,
					Some(good_certificate)
				),
				Error::<Test>::InvalidProofOfPossession
			);
		}
		for form in malleated(&current, &certificate_payload) {
			assert_noop!(
				KeyRegistry::rotate_key(
					signed(BOB),
					domain,
					id,
					next.public(),
					good_proof,
					Some(form)
				),
				Error::<Test>::InvalidRotationCertificate
			);
		}
		assert_ok!(KeyRegistry::rotate_key(
			signed(BOB),
			domain,
			id,
			next.public(),
			good_proof,
			Some(good_certificate)
		));
	});
}

#[test]
fn verify_accepts_only_the_canonical_ecdsa_form() {
	build_and_execute(|| {
		let domain = setup_domain();
		let key = TestKey::ecdsa(3);
		let id = register(domain, b"k", &key);
		for form in malleated(&key, b"pay 10") {
			assert_eq!(
				KeyRegistry::verify(domain, id, b"pay 10", &form),
				Err(VerifyError::BadSignature)
			);
		}
		assert_eq!(
			KeyRegistry::verify(domain, id, b"pay 10", &key.sign(b"pay 10")),
			Ok(0)
		);
	});
}

#[test]
fn canonical_ecdsa_bounds() {
	let key = ecdsa::Pair::from_seed(&[5; 32]);
	let good = key.sign(b"m").0;
	assert!(signature::is_canonical_ecdsa(&good));
	// r = 0, s = 0, and r = n (not below the order) are refused.
	let order = k256::Scalar::ZERO - k256::Scalar::ONE;
	let mut zero_r = good;
	zero_r[..32].fill(0);
	assert!(!signature::is_canonical_ecdsa(&zero_r));
	let mut zero_s = good;
	zero_s[32..64].fill(0);
	assert!(!signature::is_canonical_ecdsa(&zero_s));
	let mut r_is_n = good;
	let mut n = order.to_bytes();
	// n - 1 plus one: the group order's big-endian bytes.
	for byte in n.iter_mut().rev() {
		let (sum, carry) = byte.overflowing_add(1);
		*byte = sum;
		if !carry {
			break;
		}
	}
	r_is_n[..32].copy_from_slice(&n);
	assert!(!signature::is_canonical_ecdsa(&r_is_n));
	// Every recovery id but 0 and 1 is refused.
	for v in 2..=u8::MAX {
		let mut other = good;
		other[64] = v;
		assert!(!signature::is_canonical_ecdsa(&other), "v = {v}");
	}
}
