//! Local-keystore keys: the material a bundle holds, where the keystore
//! keeps a key, and signing with it.

use super::*;

/// The material of a keystore key inside a bundle.
#[derive(codec::Encode, codec::Decode)]
pub(super) struct KeystoreMaterial {
	pub(super) key_type: [u8; 4],
	pub(super) public: Vec<u8>,
	/// The keystore file's content: the secret URI as a JSON string.
	pub(super) secret: Vec<u8>,
}

impl Drop for KeystoreMaterial {
	fn drop(&mut self) {
		zeroize::Zeroize::zeroize(&mut self.secret);
	}
}

/// Where sc-keystore keeps a key: `<dir>/<hex key type><hex public key>`.
pub(super) fn keystore_file(dir: &Path, key_type: KeyTypeId, public: &[u8]) -> PathBuf {
	let name: String = key_type
		.0
		.iter()
		.chain(public)
		.map(|b| format!("{b:02x}"))
		.collect();
	dir.join(name)
}

pub(super) fn open_keystore(dir: &Path) -> Result<sc_keystore::LocalKeystore, String> {
	sc_keystore::LocalKeystore::open(dir, None).map_err(|e| format!("{}: {e}", dir.display()))
}

pub(super) fn sign(
	keystore: &dyn Keystore,
	key_type: KeyTypeId,
	public: &PublicKey,
	message: &[u8],
) -> Result<keyreg_runtime::pallet_key_registry::KeySignature, String> {
	use keyreg_runtime::pallet_key_registry::KeySignature;
	let missing =
		|| "the keystore holds no private key for --public under that key type".to_string();
	let failed = |e: sp_keystore::Error| format!("keystore: {e}");
	Ok(match public {
		PublicKey::Ed25519(p) => KeySignature::Ed25519(
			keystore
				.ed25519_sign(key_type, &ed25519::Public::from_raw(*p), message)
				.map_err(failed)?
				.ok_or_else(missing)?
				.0,
		),
		PublicKey::Sr25519(p) => KeySignature::Sr25519(
			keystore
				.sr25519_sign(key_type, &sr25519::Public::from_raw(*p), message)
				.map_err(failed)?
				.ok_or_else(missing)?
				.0,
		),
		PublicKey::EcdsaSecp256k1(p) => KeySignature::EcdsaSecp256k1(
			keystore
				.ecdsa_sign(key_type, &ecdsa::Public::from_raw(*p), message)
				.map_err(failed)?
				.ok_or_else(missing)?
				.0,
		),
	})
}

pub(super) fn registered_public(scheme: Scheme, public: &[u8]) -> Result<PublicKey, String> {
	let wrong = |n: usize| {
		format!(
			"--public: {} bytes, a {scheme:?} public key has {n}",
			public.len()
		)
	};
	Ok(match scheme {
		Scheme::Ed25519 => PublicKey::Ed25519(public.try_into().map_err(|_| wrong(32))?),
		Scheme::Sr25519 => PublicKey::Sr25519(public.try_into().map_err(|_| wrong(32))?),
		Scheme::Ecdsa => PublicKey::EcdsaSecp256k1(public.try_into().map_err(|_| wrong(33))?),
	})
}
