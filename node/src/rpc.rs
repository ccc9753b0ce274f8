//! The node's JSON-RPC methods beyond substrate's standard set: account
//! nonces (`system_accountNextIndex`), fee queries, `keyreg_custodyAlerts`,
//! `keyreg_agreementKeys`, and on the dev chain `engine_createBlock` /
//! `engine_finalizeBlock`.

use crate::client::{Block, FullBackend, FullClient, Hash};
use codec::Decode;
use futures::channel::mpsc;
use jsonrpsee::types::ErrorObjectOwned;
use jsonrpsee::RpcModule;
use keyreg_runtime::pallet_key_registry::offchain::{CustodyAlert, CUSTODY_ALERTS};
use sc_client_api::Backend;
use sc_consensus_manual_seal::{
	rpc::{ManualSeal, ManualSealApiServer},
	EngineCommand,
};
use sc_rpc_api::{DenyUnsafe, UnsafeRpcError};
use sc_transaction_pool_api::TransactionPool;
use sp_core::offchain::OffchainStorage;
use std::sync::Arc;

/// What the RPC methods need.
pub struct FullDeps<P> {
	/// The client.
	pub client: Arc<FullClient>,
	/// The transaction pool.
	pub pool: Arc<P>,
	/// The backend, whose off-chain storage holds the worker's custody alerts.
	pub backend: Arc<FullBackend>,
	/// The dev chain's seal engine; `None` on networked chains.
	pub manual_seal: Option<mpsc::Sender<EngineCommand<Hash>>>,
	/// The node's committee seats.
	pub threshold: Arc<crate::threshold::ThresholdMember>,
}

/// Builds the extra RPC methods.
pub fn create_full<P>(
	deps: FullDeps<P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	P: TransactionPool<Block = Block, Hash = Hash> + 'static,
{
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let FullDeps {
		client,
		pool,
		backend,
		manual_seal,
		threshold,
	} = deps;
	let mut module = RpcModule::new(());
	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(custody_alerts_rpc(backend)?)?;
	module.merge(agreement_keys_rpc(client, threshold)?)?;
	if let Some(engine) = manual_seal {
		module.merge(ManualSeal::new(engine).into_rpc())?;
	}
	Ok(module)
}

/// `keyreg_custodyAlerts`: the keys this node is the named custodian of that
/// someone else rotated, as its off-chain worker noticed them (newest last).
/// Each alert is `{domain, key, heldVersion, successorPublic, noticedAt}`,
/// `successorPublic` the SCALE `PublicKey` in hex. An operator's monitoring
/// polls it: any entry means a key left this node's custody without it.
///
/// Which keys a node custodies is operator information, so the method is
/// *unsafe*: served only where unsafe RPC methods are allowed (with the
/// default `--rpc-methods auto`, to local connections).
fn custody_alerts_rpc(
	backend: Arc<FullBackend>,
) -> Result<RpcModule<Arc<FullBackend>>, jsonrpsee::core::RegisterMethodError> {
	let mut module = RpcModule::new(backend);
	module.register_method("keyreg_custodyAlerts", |_params, backend, ext| {
		if !matches!(ext.get::<DenyUnsafe>(), Some(DenyUnsafe::No)) {
			return Err(ErrorObjectOwned::from(UnsafeRpcError));
		}
		let stored = backend
			.offchain_storage()
			.and_then(|storage| storage.get(sp_core::offchain::STORAGE_PREFIX, CUSTODY_ALERTS));
		let alerts = stored
			.and_then(|bytes| Vec::<CustodyAlert>::decode(&mut &bytes[..]).ok())
			.unwrap_or_default();
		Ok(serde_json::Value::Array(
			alerts
				.into_iter()
				.map(|alert| {
					serde_json::json!({
						"domain": alert.domain,
						"key": alert.key,
						"heldVersion": alert.held_version,
						"successorPublic": format!(
							"0x{}",
							sp_core::hexdisplay::HexDisplay::from(&codec::Encode::encode(&alert.successor_public))
						),
						"noticedAt": alert.noticed_at,
					})
				})
				.collect(),
		))
	})?;
	Ok(module)
}

/// `keyreg_agreementKeys(domain)`: for every ed25519 custodian key of this
/// node, its X25519 key-agreement key and the custodian's proof binding it in
/// `domain`: `[{custodian, agreement, proof}]`, hex, exactly the arguments a
/// key manager passes to `keyRegistry.registerAgreementKey` (the proof is a
/// SCALE `KeySignature`). The node creates the key-agreement key (sealed in
/// its share vault) the first time it is asked.
///
/// Unsafe, like `keyreg_custodyAlerts`: which custodian keys a node holds is
/// operator information.
fn agreement_keys_rpc(
	client: Arc<FullClient>,
	threshold: Arc<crate::threshold::ThresholdMember>,
) -> Result<RpcModule<()>, jsonrpsee::core::RegisterMethodError> {
	use sc_client_api::HeaderBackend;
	let mut module = RpcModule::new(());
	module.register_method("keyreg_agreementKeys", move |params, _, ext| {
		if !matches!(ext.get::<DenyUnsafe>(), Some(DenyUnsafe::No)) {
			return Err(ErrorObjectOwned::from(UnsafeRpcError));
		}
		let domain: u32 = params.one().map_err(|error| {
			ErrorObjectOwned::owned(
				jsonrpsee::types::error::INVALID_PARAMS_CODE,
				format!("keyreg_agreementKeys takes one parameter, the domain id: {error}"),
				None::<()>,
			)
		})?;
		let hex = |bytes: &[u8]| format!("0x{}", sp_core::hexdisplay::HexDisplay::from(&bytes));
		let bindings = threshold.agreement_bindings(client.info().genesis_hash, domain);
		Ok::<_, ErrorObjectOwned>(serde_json::Value::Array(
			bindings
				.into_iter()
				.map(|(custodian, agreement, proof)| {
					serde_json::json!({
						"custodian": hex(&custodian.0),
						"agreement": hex(&agreement.0),
						"proof": hex(&codec::Encode::encode(&proof)),
					})
				})
				.collect(),
		))
	})?;
	Ok(module)
}
