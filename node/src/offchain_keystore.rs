//! The keystore handed to off-chain workers.
//!
//! Off-chain workers sign through `sp_keystore::Keystore`, which the node
//! registers as the `KeystoreExt` of every worker run. Today that is the node's
//! local keystore (`--keystore-path`, or the dev keys with `--dev`/`--alice`).
//! Node-local signers join here: a keystore that routes key types to a
//! PKCS#11 HSM or a threshold committee wraps the local one, and this function
//! returns it instead. Block authoring and GRANDPA keep the local keystore.

use sc_service::KeystoreContainer;
use sp_keystore::KeystorePtr;

/// The keystore that off-chain workers see.
pub fn build(keystore_container: &KeystoreContainer) -> KeystorePtr {
	keystore_container.keystore()
}
