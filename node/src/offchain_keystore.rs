//! The keystore handed to off-chain workers.
//!
//! Off-chain workers sign through `sp_keystore::Keystore`, which the node
//! registers as the `KeystoreExt` of every worker run. Without signer flags
//! that is the node's local keystore (`--keystore-path`, or the dev keys with
//! `--dev`/`--alice`). With `--hsm-module` it is a
//! [`keyreg_signer::RoutingKeystore`]: the key types of `--hsm-key-type` are
//! generated, listed and used in the PKCS#11 token only, every other type stays
//! local. A threshold (FROST) backend joins the same way, as one more route.
//! Block authoring and GRANDPA keep the local keystore. The RPC gets the same
//! keystore as the workers, so `author_insertKey` refuses a secret for a
//! routed type, and refuses a secret URI that does not derive the public key
//! it is filed under (see `keyreg_signer::secret_uri`).

use crate::signer_args::{HsmRoute, SignerParams, HSM_PIN_ENV};
use keyreg_signer::{
	Pin, Pkcs11Config, Pkcs11Signer, RoutingKeystore, SignObserver, SignerBackend,
};
use sc_service::KeystoreContainer;
use sp_core::crypto::{KeyTypeId, SecretString};
use sp_keystore::KeystorePtr;
use std::sync::Arc;

/// The key type of the key registry's off-chain worker keys.
pub const REGISTRY_KEY_TYPE: KeyTypeId = keyreg_runtime::pallet_key_registry::offchain::KEY_TYPE;

/// Signers opened at start-up, before the node runs.
#[derive(Clone, Default)]
pub struct Signers {
	hsm: Option<(Arc<Pkcs11Signer>, Vec<HsmRoute>)>,
}

impl Signers {
	/// Whether an HSM takes some key types.
	pub fn has_hsm(&self) -> bool {
		self.hsm.is_some()
	}

	/// Starts the HSM's key index refresher (a running node only: a
	/// short-lived `keyreg-node hsm` command must not leave a thread inside
	/// the PKCS#11 module when it exits). Keys another program adds to the
	/// token while the node runs reach the worker through it.
	pub fn start_index_refresher(&self) -> Result<(), String> {
		if let Some((hsm, _)) = &self.hsm {
			hsm.spawn_index_refresher()
				.map_err(|e| format!("HSM: cannot start the key index refresher: {e}"))?;
		}
		Ok(())
	}

	/// The HSM, if one takes some key types.
	pub fn hsm(&self) -> Option<Arc<Pkcs11Signer>> {
		self.hsm.as_ref().map(|(hsm, _)| hsm.clone())
	}

	/// Opens what the flags ask for. A wrong module, token or PIN is an error
	/// that names the flag to fix; the node does not start.
	pub fn open(params: &SignerParams) -> Result<Self, String> {
		let Some(signer) = open_hsm(params)? else {
			return Ok(Self::default());
		};
		let key_types = if params.hsm_key_types.is_empty() {
			vec![HsmRoute::whole(REGISTRY_KEY_TYPE)]
		} else {
			params.hsm_key_types.clone()
		};
		Ok(Self {
			hsm: Some((Arc::new(signer), key_types)),
		})
	}
}

/// The HSM the flags name, logged in as its user; `None` without
/// `--hsm-module`. A wrong module, token or PIN is an error naming the flag.
pub fn open_hsm(params: &SignerParams) -> Result<Option<Pkcs11Signer>, String> {
	let Some(module) = params.hsm_module.clone() else {
		return Ok(None);
	};
	let token_label = params
		.hsm_token_label
		.clone()
		.ok_or("--hsm-module needs --hsm-token-label: the label of the token to use")?;
	let pin = match &params.hsm_pin_file {
		Some(file) => Pin::from_file(file),
		None => Pin::from_env(HSM_PIN_ENV).map_err(|_| {
			keyreg_signer::SignerError::PinSource(format!(
				"give --hsm-pin-file with the token's user PIN, or set {HSM_PIN_ENV}"
			))
		}),
	}
	.map_err(|e| format!("HSM: {e}"))?;
	let signer = Pkcs11Signer::open(Pkcs11Config {
		module,
		token_label,
		pin,
	})
	.map_err(|e| format!("HSM: {e}"))?
	.with_index_refresh(std::time::Duration::from_secs(params.hsm_index_refresh));
	Ok(Some(signer))
}

/// The keystore that off-chain workers and the RPC (`author_insertKey`,
/// `author_hasKey`) see: the node's local keystore behind a
/// [`RoutingKeystore`], opened with the local keystore's password so that
/// imported secrets are checked the way the local keystore will load them.
///
/// With `observer`, every signature is reported to it (the node's metrics).
///
/// `local_path` is the local keystore's directory (`None` in memory), where
/// retired local keys are destroyed ([`KeyDestroyer`]).
pub fn build(
	keystore_container: &KeystoreContainer,
	signers: &Signers,
	password: Option<SecretString>,
	observer: Option<Arc<dyn SignObserver>>,
	local_path: Option<std::path::PathBuf>,
) -> Arc<RoutingKeystore> {
	routing(
		keystore_container.keystore(),
		signers,
		password,
		observer,
		local_path,
	)
}

/// `local` behind a [`RoutingKeystore`], with the key types the signers take
/// routed to them.
pub fn route(
	local: KeystorePtr,
	signers: &Signers,
	password: Option<SecretString>,
	observer: Option<Arc<dyn SignObserver>>,
) -> KeystorePtr {
	routing(local, signers, password, observer, None)
}

/// The key destruction off-chain workers get (`KeyDestructionExt`): keys
/// of routed types are destroyed in their backend, others in the local
/// keystore's directory.
pub struct KeyDestroyer(pub Arc<RoutingKeystore>);

impl keyreg_keystore_ext::DestroyKeys for KeyDestroyer {
	fn destroy_key(&self, key_type: KeyTypeId, public: &[u8]) -> Result<bool, String> {
		self.0
			.destroy_key(key_type, public)
			.map_err(|e| e.to_string())
	}
}

fn routing(
	local: KeystorePtr,
	signers: &Signers,
	password: Option<SecretString>,
	observer: Option<Arc<dyn SignObserver>>,
	local_path: Option<std::path::PathBuf>,
) -> Arc<RoutingKeystore> {
	let mut keystore = RoutingKeystore::new(local)
		.with_local_password(password)
		.with_local_path(local_path);
	if let Some(observer) = observer {
		keystore = keystore.with_observer(observer);
	}
	if let Some((hsm, routes)) = &signers.hsm {
		for route in routes {
			let key_type = route.key_type;
			match &route.schemes {
				None => {
					log::info!(
						target: "keyreg-signer",
						"off-chain keys of type {:?} live in {}",
						String::from_utf8_lossy(&key_type.0),
						hsm.name()
					);
					keystore = keystore.route(key_type, hsm.clone());
				}
				Some(schemes) => {
					log::info!(
						target: "keyreg-signer",
						"off-chain {schemes:?} keys of type {:?} live in {}; its other keys in the local keystore",
						String::from_utf8_lossy(&key_type.0),
						hsm.name()
					);
					keystore = keystore.route_schemes(key_type, hsm.clone(), schemes);
				}
			}
		}
	}
	Arc::new(keystore)
}
