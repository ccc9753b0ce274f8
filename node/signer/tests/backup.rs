//! Backup bundles: any `t` holders restore, anything else is refused by
//! name and restores nothing.
#![allow(
	clippy::unwrap_used,
	clippy::expect_used,
	clippy::panic,
	clippy::indexing_slicing,
	clippy::arithmetic_side_effects,
	missing_docs
)]

use codec::{Decode, Encode};
use keyreg_signer::{
	backup::{
		BackupError, Bundle, BundleHeader, Expected, Holder, HolderShare, MaterialKind, Subject,
	},
	threshold::AgreementSecret,
};
use rand_core::OsRng;

const GENESIS: [u8; 32] = [0xaa; 32];
const MATERIAL: &[u8] = b"0x5fb92d6e98884f76de468fa3f6278f8807c48bebc13595d45af5bdc4da702133";

fn holders(n: u8) -> Vec<AgreementSecret> {
	(0..n)
		.map(|_| AgreementSecret::generate(&mut OsRng))
		.collect()
}

fn header(secrets: &[AgreementSecret], threshold: u8) -> BundleHeader {
	BundleHeader {
		magic: [0; 8],
		format: 0,
		id: [0; 16],
		genesis: GENESIS,
		domain: 3,
		key: 7,
		version: 2,
		subject: Subject::Key,
		epoch: 0,
		public: vec![0; 33],
		material: MaterialKind::KeystoreSecret,
		holders: secrets
			.iter()
			.enumerate()
			.map(|(i, s)| Holder {
				identity: [i as u8 + 1; 32],
				agreement: s.public(),
			})
			.collect(),
		threshold,
		created_at: 1_764_000_000,
	}
}

const EXPECTED: Expected = Expected {
	genesis: GENESIS,
	domain: 3,
	key: 7,
};

/// A 2-of-3 bundle of `MATERIAL`, its holders' keys and its bytes.
fn two_of_three() -> (Bundle, Vec<AgreementSecret>, Vec<u8>) {
	let secrets = holders(3);
	let bundle = Bundle::create(header(&secrets, 2), MATERIAL, &mut OsRng).unwrap();
	let bytes = bundle.to_bytes();
	(bundle, secrets, bytes)
}

#[test]
fn any_two_of_three_holders_restore_the_material_and_the_bundle_reveals_nothing() {
	let (_, secrets, bytes) = two_of_three();
	let digest = Bundle::digest(&bytes);
	let bundle = Bundle::from_bytes(&bytes, Some(digest)).unwrap();
	assert_eq!(bundle.header.threshold, 2);
	// The material is nowhere in the bundle.
	assert!(!bytes.windows(MATERIAL.len()).any(|w| w == MATERIAL));
	assert!(!bytes.windows(16).any(|w| w == &MATERIAL[..16]));

	for pair in [[0u8, 1], [0, 2], [1, 2]] {
		// Each holder opens its own share and hands it over as bytes.
		let shares: Vec<HolderShare> = pair
			.iter()
			.map(|&i| {
				let opened = bundle.open_share(i, &secrets[usize::from(i)]).unwrap();
				HolderShare::from_bytes(&opened.to_bytes()).unwrap()
			})
			.collect();
		let restored = bundle.restore(&shares, &EXPECTED).unwrap();
		assert_eq!(restored.as_slice(), MATERIAL, "holders {pair:?}");
	}
	// All three work too.
	let all: Vec<HolderShare> = (0..3u8)
		.map(|i| bundle.open_share(i, &secrets[usize::from(i)]).unwrap())
		.collect();
	assert_eq!(
		bundle.restore(&all, &EXPECTED).unwrap().as_slice(),
		MATERIAL
	);
	// A share's debug output names it, never its bytes.
	assert!(!format!("{:?}", all[0]).contains(&format!("{:?}", all[0].to_bytes().as_slice())));
}

#[test]
fn too_few_repeated_foreign_or_wrong_shares_restore_nothing() {
	let (bundle, secrets, _) = two_of_three();
	let share = |i: u8| bundle.open_share(i, &secrets[usize::from(i)]).unwrap();

	assert_eq!(
		bundle.restore(&[share(0)], &EXPECTED),
		Err(BackupError::TooFewShares { have: 1, need: 2 })
	);
	assert_eq!(
		bundle.restore(&[share(1), share(1)], &EXPECTED),
		Err(BackupError::DuplicateShare(1))
	);
	// A share of another bundle (same holders, same key) is named.
	let other = Bundle::create(header(&secrets, 2), MATERIAL, &mut OsRng).unwrap();
	let foreign = other.open_share(2, &secrets[2]).unwrap();
	assert_eq!(
		bundle.restore(&[share(0), foreign], &EXPECTED),
		Err(BackupError::ShareOfAnotherBundle(2))
	);
	// A share whose bytes were changed (a typo, a malicious holder).
	let mut bytes = share(1).to_bytes().to_vec();
	let last = bytes.len() - 1;
	bytes[last] ^= 0x01;
	let corrupted = HolderShare::from_bytes(&bytes).unwrap();
	assert_eq!(
		bundle.restore(&[share(0), corrupted], &EXPECTED),
		Err(BackupError::SharesDoNotOpen)
	);
	// A holder opening with another key, or another holder's share.
	assert_eq!(
		bundle.open_share(0, &secrets[1]).unwrap_err(),
		BackupError::NotForThisHolder(0)
	);
	assert_eq!(
		bundle
			.open_share(0, &AgreementSecret::generate(&mut OsRng))
			.unwrap_err(),
		BackupError::NotForThisHolder(0)
	);
	assert_eq!(
		bundle.open_share(3, &secrets[0]).unwrap_err(),
		BackupError::InvalidHolders
	);
}

#[test]
fn an_altered_copy_another_chain_or_another_key_is_refused() {
	let (bundle, secrets, bytes) = two_of_three();
	let digest = Bundle::digest(&bytes);
	let shares: Vec<HolderShare> = (0..2u8)
		.map(|i| bundle.open_share(i, &secrets[usize::from(i)]).unwrap())
		.collect();

	// One byte of the ciphertext changed: the digest on chain catches it,
	// and without it the material does not open.
	let mut altered = bytes.clone();
	let last = altered.len() - 1;
	altered[last] ^= 0x80;
	assert!(matches!(
		Bundle::from_bytes(&altered, Some(digest)),
		Err(BackupError::DigestMismatch { expected, .. }) if expected == digest
	));
	let tampered = Bundle::from_bytes(&altered, None).unwrap();
	assert_eq!(
		tampered.restore(&shares, &EXPECTED),
		Err(BackupError::SharesDoNotOpen)
	);

	// The header names another key: its shares no longer belong to it, and
	// with the header's digest forged back it still does not open.
	let mut relabelled = bundle.clone();
	relabelled.header.key = 8;
	let expected_8 = Expected { key: 8, ..EXPECTED };
	assert_eq!(
		relabelled.restore(&shares, &expected_8),
		Err(BackupError::ShareOfAnotherBundle(0))
	);
	let forged: Vec<HolderShare> = shares
		.iter()
		.map(|s| {
			let mut encoded = s.encode();
			encoded[..32].copy_from_slice(&relabelled.header.digest());
			HolderShare::decode(&mut &encoded[..]).unwrap()
		})
		.collect();
	assert_eq!(
		relabelled.restore(&forged, &expected_8),
		Err(BackupError::SharesDoNotOpen),
		"the header is authenticated by the material's AEAD"
	);

	// Restoring for another chain or key is refused before anything opens.
	assert_eq!(
		bundle.restore(
			&shares,
			&Expected {
				genesis: [0xbb; 32],
				..EXPECTED
			}
		),
		Err(BackupError::OtherChain)
	);
	assert_eq!(
		bundle.restore(&shares, &Expected { key: 9, ..EXPECTED }),
		Err(BackupError::OtherKey { domain: 3, key: 7 })
	);

	// Garbage is not a bundle.
	assert!(matches!(
		Bundle::from_bytes(b"not a bundle", None),
		Err(BackupError::Malformed(_))
	));
}

#[test]
fn a_bundle_needs_distinct_holders_and_a_threshold_they_can_meet() {
	let secrets = holders(3);
	let mut twice = header(&secrets, 2);
	twice.holders[2].identity = twice.holders[0].identity;
	assert_eq!(
		Bundle::create(twice, MATERIAL, &mut OsRng).unwrap_err(),
		BackupError::InvalidHolders
	);
	assert_eq!(
		Bundle::create(header(&[], 1), MATERIAL, &mut OsRng).unwrap_err(),
		BackupError::InvalidHolders
	);
	for threshold in [0, 4] {
		assert_eq!(
			Bundle::create(header(&secrets, threshold), MATERIAL, &mut OsRng).unwrap_err(),
			BackupError::InvalidThreshold
		);
	}
	// 1-of-1 and 3-of-3 are allowed.
	for (n, t) in [(1u8, 1u8), (3, 3)] {
		let secrets = holders(n);
		let bundle = Bundle::create(header(&secrets, t), MATERIAL, &mut OsRng).unwrap();
		let shares: Vec<HolderShare> = (0..t)
			.map(|i| bundle.open_share(i, &secrets[usize::from(i)]).unwrap())
			.collect();
		assert_eq!(
			bundle.restore(&shares, &EXPECTED).unwrap().as_slice(),
			MATERIAL
		);
	}
}
