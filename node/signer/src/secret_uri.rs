//! Checks a secret URI against the public key it is imported under.
//!
//! `author_insertKey(key_type, suri, public)` stores `suri` under `public`
//! without looking at either. If the two do not belong together the keystore
//! lists a key it can never sign with: `author_hasKey` says yes, and every
//! signature the off-chain worker asks for fails, silently from the caller's
//! side. The usual cause is a client that changed the secret on the way:
//! polkadot.js encodes the `suri` argument as `Text`, and `Text` decodes a
//! `0x…` string as hex bytes, so a hex seed reaches the node as those bytes
//! read as UTF-8 (mostly replacement characters). The node refuses such an
//! import at once instead.

use sp_core::{
	crypto::{ByteArray, Pair},
	ecdsa, ed25519, sr25519,
};

/// Whether the secret URI `suri` (a hex seed, a mnemonic, or either with a
/// derivation path and password) gives the key pair whose public key is
/// `public` in some scheme of that length: ed25519 or sr25519 for 32 bytes,
/// ecdsa for 33. `password` is the keystore's password, which overrides the
/// URI's own as the local keystore does when it loads the key.
pub fn derives(suri: &str, public: &[u8], password: Option<&str>) -> bool {
	match public.len() {
		ed25519::PUBLIC_KEY_SERIALIZED_SIZE => {
			matches_public::<ed25519::Pair>(suri, public, password)
				|| matches_public::<sr25519::Pair>(suri, public, password)
		}
		ecdsa::PUBLIC_KEY_SERIALIZED_SIZE => matches_public::<ecdsa::Pair>(suri, public, password),
		_ => false,
	}
}

fn matches_public<P: Pair>(suri: &str, public: &[u8], password: Option<&str>) -> bool {
	P::from_string(suri, password).is_ok_and(|pair| pair.public().as_slice() == public)
}

/// What a refused import tells the operator, without the secret.
pub fn mismatch_hint(suri: &str) -> &'static str {
	if suri.starts_with("0x") {
		"the hex seed does not give that public key"
	} else if suri.contains('\u{fffd}') || suri.chars().any(char::is_control) {
		"the secret URI arrived garbled: a hex seed passed to polkadot.js \
		 `api.rpc.author.insertKey` is sent as the seed's bytes read as text; send the \
		 call as raw JSON-RPC instead, e.g. provider.send('author_insertKey', [type, seed, public])"
	} else {
		"the secret URI does not give that public key (or the keystore password differs)"
	}
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
	use super::*;

	#[test]
	fn hex_seeds_and_derivation_paths_derive_their_public_keys() {
		let seed = [7u8; 32];
		let hex_seed = format!("0x{}", sp_core::hexdisplay::HexDisplay::from(&seed));
		let ed = ed25519::Pair::from_seed(&seed).public();
		let sr = sr25519::Pair::from_seed(&seed).public();
		let ec = ecdsa::Pair::from_seed(&seed).public();
		assert!(derives(&hex_seed, ed.as_slice(), None));
		assert!(derives(&hex_seed, sr.as_slice(), None));
		assert!(derives(&hex_seed, ec.as_slice(), None));
		let path_key = ed25519::Pair::from_string("//kreg", None).unwrap().public();
		assert!(derives("//kreg", path_key.as_slice(), None));
		// The keystore password changes what a phrase derives.
		let with_password = ed25519::Pair::from_string("//kreg", Some("pw"))
			.unwrap()
			.public();
		assert!(derives("//kreg", with_password.as_slice(), Some("pw")));
		assert!(!derives("//kreg", with_password.as_slice(), None));
	}

	#[test]
	fn a_garbled_or_foreign_secret_is_refused() {
		let seed = [7u8; 32];
		let ed = ed25519::Pair::from_seed(&seed).public();
		// What polkadot.js sends for a hex seed: its bytes read as UTF-8.
		let garbled = String::from_utf8_lossy(&seed).into_owned();
		assert!(!derives(&garbled, ed.as_slice(), None));
		assert!(mismatch_hint(&garbled).contains("provider.send"));
		let other = format!("0x{}", sp_core::hexdisplay::HexDisplay::from(&[8u8; 32]));
		assert!(!derives(&other, ed.as_slice(), None));
		assert!(!derives("//kreg", &[0u8; 31], None));
	}
}
