//! Shares at rest: sealed under a key derived from the custodian key in the
//! node's keystore or HSM; a copied file is useless alone.

use super::*;
use keyreg_signer::{threshold::vault::ShareVault, RoutingKeystore, SignerBackend};
use sp_core::crypto::KeyTypeId;
use sp_keystore::{testing::MemoryKeystore, Keystore};

const CUSTODIAN: KeyTypeId = KeyTypeId(*b"kcus");

fn local_vault(dir: &std::path::Path) -> (ShareVault, Arc<MemoryKeystore>) {
	let keystore = Arc::new(MemoryKeystore::new());
	let custodian = keystore.ed25519_generate_new(CUSTODIAN, None).unwrap();
	(
		ShareVault::open(dir, keystore.clone(), CUSTODIAN, custodian).unwrap(),
		keystore,
	)
}

#[test]
fn a_share_round_trips_and_its_file_reveals_nothing() {
	let members = Members::new(2, 3);
	let shares = members.dkg(session(1));
	let dir = tempfile::tempdir().unwrap();
	let (vault, _) = local_vault(dir.path());
	let path = vault.store_share(&shares[0]).unwrap();
	assert_eq!(vault.load_share(&session(1), 0).unwrap(), shares[0]);

	let file = std::fs::read(&path).unwrap();
	let plaintext = shares[0].to_bytes().unwrap();
	// No 16-byte window of the plaintext (which holds the signing share)
	// appears in the file.
	assert!(plaintext
		.windows(16)
		.all(|window| !file.windows(16).any(|w| w == window)));
	#[cfg(unix)]
	{
		use std::os::unix::fs::PermissionsExt;
		assert_eq!(
			std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
			0o600
		);
	}

	// A new epoch goes to its own file; the old one stays until pruned.
	let mut next = shares[0].clone();
	next.epoch = 1;
	let next_path = vault.store_share(&next).unwrap();
	assert_ne!(next_path, path);
	assert_eq!(vault.load_share(&session(1), 1).unwrap().epoch, 1);
	assert_eq!(vault.load_share(&session(1), 0).unwrap(), shares[0]);
	assert!(!next_path.with_extension("tmp").exists());
	// A file renamed to another epoch's name does not open.
	std::fs::copy(&path, vault.share_path(&session(1), 7)).unwrap();
	assert!(vault.load_share(&session(1), 7).is_err());
	vault.remove_share(&session(1), 7).unwrap();
	// Pruning drops the epochs before the chain's, and only this key's.
	vault.store_share(&members.dkg(session(2))[0]).unwrap();
	assert_eq!(vault.prune_shares_before(&session(1), 1).unwrap(), 1);
	assert!(vault.load_share(&session(1), 0).is_err());
	assert_eq!(vault.load_share(&session(1), 1).unwrap(), next);
	assert!(vault.load_share(&session(2), 0).is_ok());

	// The key-agreement secret is kept the same way.
	assert!(vault.load_agreement().unwrap().is_none());
	vault
		.store_agreement(members.secret(MemberIndex(1)))
		.unwrap();
	assert_eq!(
		vault.load_agreement().unwrap().unwrap().public(),
		members
			.committee
			.agreement_key(MemberIndex(1))
			.unwrap()
			.clone()
	);

	vault.remove_share(&session(1), 1).unwrap();
	assert!(vault.load_share(&session(1), 1).is_err());
}

#[test]
fn a_copied_renamed_or_altered_file_does_not_open() {
	let members = Members::new(2, 3);
	let shares = members.dkg(session(1));
	let other_shares = members.dkg(session(2));
	let dir = tempfile::tempdir().unwrap();
	let (vault, _) = local_vault(dir.path());
	let path = vault.store_share(&shares[0]).unwrap();
	vault.store_share(&other_shares[0]).unwrap();

	// Copied to another machine: another keystore, another custodian key.
	let elsewhere = tempfile::tempdir().unwrap();
	let (thief, _) = local_vault(elsewhere.path());
	std::fs::copy(&path, thief.share_path(&session(1), 0)).unwrap();
	let error = thief.load_share(&session(1), 0).unwrap_err().to_string();
	assert!(error.contains("does not open"), "{error}");

	// Renamed over another key's file on the same machine.
	std::fs::copy(&path, vault.share_path(&session(2), 0)).unwrap();
	assert!(vault.load_share(&session(2), 0).is_err());

	// One bit flipped.
	let mut bytes = std::fs::read(&path).unwrap();
	let last = bytes.len() - 1;
	bytes[last] ^= 1;
	std::fs::write(&path, &bytes).unwrap();
	assert!(vault.load_share(&session(1), 0).is_err());
}

#[test]
fn a_vault_without_its_custodian_key_is_refused_at_open() {
	let dir = tempfile::tempdir().unwrap();
	let keystore = Arc::new(MemoryKeystore::new());
	let absent = ed25519::Pair::generate().0.public();
	let error = ShareVault::open(dir.path(), keystore, CUSTODIAN, absent)
		.err()
		.unwrap()
		.to_string();
	assert!(error.contains("holds no kcus key"), "{error}");
}

#[test]
fn an_hsm_custodian_key_seals_the_vault() {
	// The custodian key type is routed to SoftHSM2: the key that seals the
	// share never leaves the token.
	let hsm = Arc::new(common::signer("vault"));
	let keystore: Arc<dyn Keystore> = Arc::new(
		RoutingKeystore::new(Arc::new(MemoryKeystore::new())).route(CUSTODIAN, hsm.clone()),
	);
	let custodian = keystore.ed25519_generate_new(CUSTODIAN, None).unwrap();
	assert_eq!(hsm.ed25519_public_keys(CUSTODIAN).unwrap(), vec![custodian]);

	let members = Members::new(2, 3);
	let shares = members.dkg(session(1));
	let dir = tempfile::tempdir().unwrap();
	let vault = ShareVault::open(dir.path(), keystore.clone(), CUSTODIAN, custodian).unwrap();
	vault.store_share(&shares[1]).unwrap();
	// A second vault over the same token (a restarted node) opens it.
	let reopened = ShareVault::open(dir.path(), keystore, CUSTODIAN, custodian).unwrap();
	assert_eq!(reopened.load_share(&session(1), 0).unwrap(), shares[1]);
}
