//! Block production on the dev chain.
//!
//! Manual seal builds the blocks; a driver decides when. A block is sealed as
//! soon as the pool holds a ready transaction (bursts that arrive while a block
//! is being built go into the next one, and a burst larger than a block goes
//! into blocks sealed back to back), and an empty block after
//! `--dev-block-time` without a block, so that off-chain workers and due
//! rotations progress on an idle chain. Each block is finalised as soon as
//! the next one is sealed (so at most `--dev-block-time` later): finalising at
//! once made the fork-aware transaction pool drop transactions of a burst that
//! were still waiting for an earlier nonce (see [`drive`]).
//! `engine_createBlock` and `engine_finalizeBlock` reach the same engine.
//!
//! The runtime runs Aura, which wants each block in a later slot than its
//! parent. Timestamps therefore follow the wall clock but always advance at
//! least one slot past the parent's, even when blocks come faster than slots.

use crate::client::{Block, FullBackend, FullClient, FullPool, Hash};
use futures::{channel::mpsc, FutureExt, SinkExt, StreamExt};
use sc_consensus_manual_seal::{
	consensus::aura::AuraConsensusDataProvider, EngineCommand, Error as SealError, ManualSealParams,
};
use sc_service::{error::Error as ServiceError, TaskManager};
use sc_transaction_pool_api::TransactionPool;
use sp_consensus_aura::{digests::CompatibleDigestItem, sr25519::AuthoritySignature, Slot};
use sp_runtime::traits::Header as _;
use std::{sync::Arc, time::Duration};

/// What [`start`] needs from the service.
pub struct DevSealParams<'a> {
	/// Spawns the engine and its driver as essential tasks.
	pub task_manager: &'a TaskManager,
	/// The client blocks are built on and imported into.
	pub client: Arc<FullClient>,
	/// The database, for the longest-chain rule.
	pub backend: Arc<FullBackend>,
	/// The transaction pool blocks are filled from.
	pub pool: Arc<FullPool>,
	/// Builds block proposals.
	pub proposer_factory: sc_basic_authorship::ProposerFactory<FullPool, FullClient>,
	/// Sending half of the engine's command channel (shared with the RPC).
	pub seal_sink: mpsc::Sender<EngineCommand<Hash>>,
	/// Receiving half of the engine's command channel.
	pub seal_stream: mpsc::Receiver<EngineCommand<Hash>>,
	/// Seal an empty block after this long without one; `None`: never.
	pub idle_block_time: Option<Duration>,
}

/// Starts the manual-seal engine and the driver that feeds it.
pub fn start(params: DevSealParams<'_>) -> Result<(), ServiceError> {
	let DevSealParams {
		task_manager,
		client,
		backend,
		pool,
		proposer_factory,
		seal_sink,
		seal_stream,
		idle_block_time,
	} = params;

	let slot_duration = sc_consensus_aura::slot_duration(&*client)?;
	let timestamps = {
		let client = client.clone();
		move |parent: Hash, ()| {
			let timestamp = next_timestamp(&client, parent, slot_duration.as_millis());
			async move {
				Ok::<_, Box<dyn std::error::Error + Send + Sync>>(
					sp_timestamp::InherentDataProvider::new(timestamp?.into()),
				)
			}
		}
	};

	let engine = sc_consensus_manual_seal::run_manual_seal(ManualSealParams {
		block_import: client.clone(),
		env: proposer_factory,
		client: client.clone(),
		pool: pool.clone(),
		commands_stream: seal_stream,
		select_chain: sc_consensus::LongestChain::new(backend),
		consensus_data_provider: Some(Box::new(
			AuraConsensusDataProvider::<Block>::new_with_slot_duration(slot_duration),
		)),
		create_inherent_data_providers: timestamps,
	});
	task_manager
		.spawn_essential_handle()
		.spawn_blocking("dev-seal", None, engine);
	task_manager.spawn_essential_handle().spawn(
		"dev-seal-driver",
		None,
		drive(pool, seal_sink, idle_block_time),
	);
	log::info!(
		target: "keyreg",
		"Dev chain: a block per transaction burst{}, each finalised when the next is sealed",
		idle_block_time
			.map(|t| format!(", an empty block after {} ms idle", t.as_millis()))
			.unwrap_or_default()
	);
	Ok(())
}

/// The timestamp of the block after `parent`: now, but at least one slot past
/// the parent's slot.
fn next_timestamp(
	client: &FullClient,
	parent: Hash,
	slot_millis: u64,
) -> Result<u64, Box<dyn std::error::Error + Send + Sync>> {
	let now = sp_timestamp::Timestamp::current().as_millis();
	let header = client
		.header(parent)?
		.ok_or("the parent block is not in the database")?;
	let parent_slot: Option<Slot> = header
		.digest()
		.logs()
		.iter()
		.find_map(CompatibleDigestItem::<AuthoritySignature>::as_aura_pre_digest);
	Ok(match parent_slot {
		Some(slot) => now.max(
			u64::from(slot)
				.saturating_add(1)
				.saturating_mul(slot_millis),
		),
		None => now,
	})
}

/// How long the driver waits for the pool to have maintained a sealed block
/// before it goes on without it.
const POOL_MAINTAIN_TIMEOUT: Duration = Duration::from_secs(2);

/// A burst larger than one block is sealed block after block without waiting
/// for new import notifications, at most this many blocks in a row; then the
/// driver waits for a notification or the idle timer again, so that a ready
/// transaction no block can take does not make it seal without pause.
const MAX_BACK_TO_BACK_BLOCKS: u32 = 64;

/// Sends the engine a seal command whenever a transaction is ready, the pool
/// still holds ready transactions after a block, or the chain has been idle
/// for `idle`, one block at a time; and finalises each block once its child
/// is sealed and the pool has maintained the child.
///
/// Why finality lags one block: the fork-aware pool keeps one view per block
/// and validates transactions into it in no particular order, so during a
/// burst many are briefly *future* (waiting for an earlier nonce) in a view.
/// Finalising a block removes the views below it, and the pool drops a future
/// transaction that only a removed view referenced: one nonce of a sender goes
/// missing and all its later transactions wait forever. With the lag, the
/// child's view, built from the pool's mempool, references them before the
/// parent's view goes. (The other half of the fix is the dev chain's larger
/// future queue: `crate::service::dev_pool_options`.)
async fn drive(
	pool: Arc<FullPool>,
	mut engine: mpsc::Sender<EngineCommand<Hash>>,
	idle: Option<Duration>,
) {
	let mut imported = pool.import_notification_stream();
	let mut unfinalized: Option<Hash> = None;
	let mut back_to_back = 0u32;
	loop {
		// Ready transactions left over from the last block are sealed at
		// once: their import notifications came before it and do not repeat.
		let leftovers = back_to_back > 0;
		let transaction_arrived = if leftovers {
			true
		} else {
			match idle {
				Some(idle) => futures::select! {
					notification = imported.next() => match notification {
						Some(_) => true,
						None => return,
					},
					() = futures_timer::Delay::new(idle).fuse() => false,
				},
				None => match imported.next().await {
					Some(_) => true,
					None => return,
				},
			}
		};
		// Transactions that arrived meanwhile go into this same block.
		while imported.try_recv().is_ok() {}
		if transaction_arrived && !leftovers && pool.status().ready == 0 {
			continue;
		}

		let (sender, result) = futures::channel::oneshot::channel();
		let command = EngineCommand::SealNewBlock {
			create_empty: !transaction_arrived,
			finalize: false,
			parent_hash: None,
			sender: Some(sender),
		};
		if engine.send(command).await.is_err() {
			return;
		}
		let sealed = match result.await {
			Ok(Ok(block)) => block.hash,
			Ok(Err(SealError::EmptyTransactionPool)) => {
				back_to_back = 0;
				continue;
			}
			Ok(Err(error)) => {
				log::warn!(target: "keyreg", "dev block not sealed: {error}");
				back_to_back = 0;
				continue;
			}
			Err(_) => return,
		};
		log::debug!(target: "keyreg", "dev block sealed: {sealed:?}");

		// The pool's view of the new block: what is still ready after it.
		let mut ready = pool
			.ready_at_with_timeout(sealed, POOL_MAINTAIN_TIMEOUT)
			.await;
		back_to_back = match ready.next() {
			Some(_) if back_to_back < MAX_BACK_TO_BACK_BLOCKS => back_to_back.saturating_add(1),
			_ => 0,
		};

		if let Some(parent) = unfinalized.replace(sealed) {
			if !finalize(&mut engine, parent).await {
				return;
			}
		}
	}
}

/// Finalises `block`; `false` when the engine has stopped.
async fn finalize(engine: &mut mpsc::Sender<EngineCommand<Hash>>, block: Hash) -> bool {
	let (sender, result) = futures::channel::oneshot::channel();
	let command = EngineCommand::FinalizeBlock {
		hash: block,
		sender: Some(sender),
		justification: None,
	};
	if engine.send(command).await.is_err() {
		return false;
	}
	match result.await {
		Ok(Ok(())) => true,
		Ok(Err(error)) => {
			log::warn!(target: "keyreg", "dev block {block:?} not finalised: {error}");
			true
		}
		Err(_) => false,
	}
}
