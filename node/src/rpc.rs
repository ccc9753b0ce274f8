//! The node's JSON-RPC methods beyond substrate's standard set: account
//! nonces (`system_accountNextIndex`), fee queries, and on the dev chain
//! `engine_createBlock` / `engine_finalizeBlock`.

use crate::client::{Block, FullClient, Hash};
use futures::channel::mpsc;
use jsonrpsee::RpcModule;
use sc_consensus_manual_seal::{
	rpc::{ManualSeal, ManualSealApiServer},
	EngineCommand,
};
use sc_transaction_pool_api::TransactionPool;
use std::sync::Arc;

/// What the RPC methods need.
pub struct FullDeps<P> {
	/// The client.
	pub client: Arc<FullClient>,
	/// The transaction pool.
	pub pool: Arc<P>,
	/// The dev chain's seal engine; `None` on networked chains.
	pub manual_seal: Option<mpsc::Sender<EngineCommand<Hash>>>,
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
		manual_seal,
	} = deps;
	let mut module = RpcModule::new(());
	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client).into_rpc())?;
	if let Some(engine) = manual_seal {
		module.merge(ManualSeal::new(engine).into_rpc())?;
	}
	Ok(module)
}
