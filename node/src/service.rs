//! Assembles the node: client, database, transaction pool, networking, RPC,
//! off-chain workers and block production.
//!
//! Block production depends on the chain type of the chain spec:
//! - `Development`: [`crate::dev_seal`] seals blocks on demand and finalises
//!   each when the next is sealed; no peers.
//! - anything else: Aura authors, GRANDPA finalises, peers sync.

use crate::{
	client::{Block, FullBackend, FullClient, FullPool, Hash, HostFunctions},
	dev_seal, offchain_keystore, rpc,
};
use futures::FutureExt;
use keyreg_runtime::apis::RuntimeApi;
use sc_client_api::{Backend, BlockBackend};
use sc_consensus_aura::{ImportQueueParams, SlotProportion, StartAuraParams};
use sc_consensus_grandpa::SharedVoterState;
use sc_network::config::NetworkBackendType;
use sc_service::{
	error::Error as ServiceError, ChainType, Configuration, PartialComponents, TaskManager,
	WarpSyncConfig,
};
use sc_telemetry::{Telemetry, TelemetryWorker};
use sc_transaction_pool_api::OffchainTransactionPoolFactory;
use sp_consensus_aura::sr25519::AuthorityPair as AuraPair;
use std::{sync::Arc, time::Duration};

type FullSelectChain = sc_consensus::LongestChain<FullBackend, Block>;
type GrandpaBlockImport =
	sc_consensus_grandpa::GrandpaBlockImport<FullBackend, Block, FullClient, FullSelectChain>;

/// GRANDPA imports justifications for every this many blocks at least.
const GRANDPA_JUSTIFICATION_PERIOD: u32 = 512;

/// GRANDPA's halves, present on networked chains and absent on the dev chain.
pub struct Finality {
	block_import: GrandpaBlockImport,
	link: sc_consensus_grandpa::LinkHalf<Block, FullClient, FullSelectChain>,
}

/// What [`new_partial`] hands on besides the standard components.
pub struct Extra {
	/// Telemetry, when endpoints are configured.
	pub telemetry: Option<Telemetry>,
	/// `None` on the dev chain.
	pub finality: Option<Finality>,
}

/// The components that subcommands need without starting the node.
pub type Service = PartialComponents<
	FullClient,
	FullBackend,
	FullSelectChain,
	sc_consensus::DefaultImportQueue<Block>,
	FullPool,
	Extra,
>;

/// Whether the chain runs on demand-sealed dev blocks instead of Aura + GRANDPA.
pub fn is_dev_chain(config: &Configuration) -> bool {
	config.chain_spec.chain_type() == ChainType::Development
}

/// The dev chain's transaction pool settings: those of the flags, except that
/// the future queue (transactions waiting for an earlier nonce) holds
/// `--pool-limit` transactions instead of a tenth of them, and the ready queue
/// ten times as many.
///
/// Why: the fork-aware pool validates transactions into a block's view in no
/// particular order (RPC submissions concurrently, the mempool in hash order),
/// so during a burst most of a sender's transactions are briefly "future".
/// Over the future limit (819 by default) the pool drops the excess, which
/// leaves nonce gaps: every later transaction of those senders then waits
/// forever. The SDK derives the future limit from `--pool-limit` (a tenth), so
/// the node asks for ten times the ready limit to get a future limit of
/// `--pool-limit`.
pub fn dev_pool_options(
	params: &sc_cli::TransactionPoolParams,
) -> sc_transaction_pool::TransactionPoolOptions {
	const FUTURE_SHARE: usize = 10;
	log::info!(
		target: "keyreg",
		"Dev chain: the transaction pool queues up to {} transactions waiting for an earlier nonce \
		 (--pool-limit), so that bursts submitted out of order are not cut",
		params.pool_limit
	);
	sc_transaction_pool::TransactionPoolOptions::new_with_params(
		params.pool_limit.saturating_mul(FUTURE_SHARE),
		params
			.pool_kbytes
			.saturating_mul(1024)
			.saturating_mul(FUTURE_SHARE),
		params.tx_ban_seconds,
		params.pool_type.into(),
		true,
		params.pool_best_blocks_only,
	)
}

/// Builds client, database, pool and import queue.
pub fn new_partial(config: &Configuration) -> Result<Service, ServiceError> {
	let telemetry = config
		.telemetry_endpoints
		.clone()
		.filter(|endpoints| !endpoints.is_empty())
		.map(|endpoints| -> Result<_, sc_telemetry::Error> {
			let worker = TelemetryWorker::new(16)?;
			let telemetry = worker.handle().new_telemetry(endpoints);
			Ok((worker, telemetry))
		})
		.transpose()?;

	let executor = sc_service::new_wasm_executor::<HostFunctions>(&config.executor);
	let (client, backend, keystore_container, task_manager) =
		sc_service::new_full_parts::<Block, RuntimeApi, _>(
			config,
			telemetry.as_ref().map(|(_, telemetry)| telemetry.handle()),
			executor,
			Vec::new(),
		)?;
	let client = Arc::new(client);

	let telemetry = telemetry.map(|(worker, telemetry)| {
		task_manager
			.spawn_handle()
			.spawn("telemetry", None, worker.run());
		telemetry
	});

	let select_chain = sc_consensus::LongestChain::new(backend.clone());

	let transaction_pool = Arc::from(
		sc_transaction_pool::Builder::new(
			task_manager.spawn_essential_handle(),
			client.clone(),
			config.role.is_authority().into(),
		)
		.with_options(config.transaction_pool.clone())
		.with_prometheus(config.prometheus_registry())
		.build(),
	);

	let (import_queue, finality) = if is_dev_chain(config) {
		let queue = sc_consensus_manual_seal::import_queue(
			Box::new(client.clone()),
			&task_manager.spawn_essential_handle(),
			config.prometheus_registry(),
		);
		(queue, None)
	} else {
		let (block_import, link) = sc_consensus_grandpa::block_import(
			client.clone(),
			GRANDPA_JUSTIFICATION_PERIOD,
			&client,
			select_chain.clone(),
			telemetry.as_ref().map(|x| x.handle()),
		)?;
		let slot_duration = sc_consensus_aura::slot_duration(&*client)?;
		let queue =
			sc_consensus_aura::import_queue::<AuraPair, _, _, _, _, _>(ImportQueueParams {
				block_import: block_import.clone(),
				justification_import: Some(Box::new(block_import.clone())),
				client: client.clone(),
				create_inherent_data_providers: move |_, ()| aura_inherents(slot_duration),
				spawner: &task_manager.spawn_essential_handle(),
				registry: config.prometheus_registry(),
				check_for_equivocation: Default::default(),
				telemetry: telemetry.as_ref().map(|x| x.handle()),
				compatibility_mode: Default::default(),
			})?;
		(queue, Some(Finality { block_import, link }))
	};

	Ok(PartialComponents {
		client,
		backend,
		task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: Extra {
			telemetry,
			finality,
		},
	})
}

/// Builds and starts the whole node on the configured network backend.
pub fn new_full(
	config: Configuration,
	dev_block_time: u64,
	signers: offchain_keystore::Signers,
) -> Result<TaskManager, ServiceError> {
	match config.network.network_backend {
		NetworkBackendType::Libp2p => {
			new_full_on::<sc_network::NetworkWorker<Block, Hash>>(config, dev_block_time, signers)
		}
		NetworkBackendType::Litep2p => {
			new_full_on::<sc_network::Litep2pNetworkBackend>(config, dev_block_time, signers)
		}
	}
}

fn new_full_on<N: sc_network::NetworkBackend<Block, Hash>>(
	mut config: Configuration,
	dev_block_time: u64,
	signers: offchain_keystore::Signers,
) -> Result<TaskManager, ServiceError> {
	let dev = is_dev_chain(&config);
	let PartialComponents {
		client,
		backend,
		mut task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: Extra {
			mut telemetry,
			finality,
		},
	} = new_partial(&config)?;

	if dev {
		// A dev chain is one node: it neither dials nor accepts peers.
		config.network.default_peers_set.in_peers = 0;
		config.network.default_peers_set.out_peers = 0;
	}

	let mut net_config = sc_network::config::FullNetworkConfiguration::<Block, Hash, N>::new(
		&config.network,
		config.prometheus_registry().cloned(),
	);
	let metrics = N::register_notification_metrics(config.prometheus_registry());

	let grandpa_protocol = match &finality {
		Some(finality) => {
			let genesis =
				client.block_hash(0).ok().flatten().ok_or_else(|| {
					ServiceError::Other("the database holds no genesis block".into())
				})?;
			let protocol_name =
				sc_consensus_grandpa::protocol_standard_name(&genesis, &config.chain_spec);
			let (protocol_config, notification_service) =
				sc_consensus_grandpa::grandpa_peers_set_config::<_, N>(
					protocol_name.clone(),
					metrics.clone(),
					net_config.peer_store_handle(),
				);
			net_config.add_notification_protocol(protocol_config);
			let warp_sync = Arc::new(sc_consensus_grandpa::warp_proof::NetworkProvider::new(
				backend.clone(),
				finality.link.shared_authority_set().clone(),
				Vec::default(),
			));
			Some((protocol_name, notification_service, warp_sync))
		}
		None => None,
	};

	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		sc_service::build_network(sc_service::BuildNetworkParams {
			config: &config,
			net_config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			import_queue,
			block_announce_validator_builder: None,
			warp_sync_config: grandpa_protocol
				.as_ref()
				.map(|(_, _, warp_sync)| WarpSyncConfig::WithProvider(warp_sync.clone())),
			block_relay: None,
			metrics,
			gap_sync_body_policy: None,
		})?;

	// One keystore for the workers and the RPC: HSM routes, and imports
	// checked against their public key.
	let (keystore_password, keystore_path) = match &config.keystore {
		sc_service::config::KeystoreConfig::Path { password, path } => {
			(password.clone(), Some(path.clone()))
		}
		sc_service::config::KeystoreConfig::InMemory => (None, None),
	};
	// The node's `keyreg_*` metrics, on its Prometheus registry (none with
	// --no-prometheus).
	let keyreg_metrics = match config.prometheus_registry() {
		Some(registry) => Some(
			crate::metrics::KeyregMetrics::register(registry)
				.map_err(|e| ServiceError::Other(format!("keyreg metrics: {e}")))?,
		),
		None => None,
	};
	let routing_keystore = offchain_keystore::build(
		&keystore_container,
		&signers,
		keystore_password,
		keyreg_metrics
			.clone()
			.map(|m| m as Arc<dyn keyreg_signer::SignObserver>),
		keystore_path,
	);
	// Workers destroy retired keys through the same routes they sign with.
	let key_destroyer: Arc<dyn keyreg_keystore_ext::DestroyKeys> =
		Arc::new(offchain_keystore::KeyDestroyer(routing_keystore.clone()));
	let node_keystore: sp_keystore::KeystorePtr = routing_keystore;
	if let Some(metrics) = &keyreg_metrics {
		metrics.init_backend(
			keyreg_signer::observe::LOCAL_BACKEND,
			&["ed25519", "sr25519", "ecdsa"],
		);
		task_manager.spawn_handle().spawn(
			"keyreg-metrics",
			Some("keyreg"),
			crate::metrics::follow_chain(metrics.clone(), client.clone(), backend.clone()),
		);
		if let Some(hsm) = signers.hsm() {
			task_manager.spawn_handle().spawn(
				"keyreg-hsm-probe",
				Some("keyreg"),
				crate::metrics::probe_hsm(metrics.clone(), hsm),
			);
		}
	}

	if signers.has_hsm() && !config.offchain_worker.enabled {
		// Without the worker the HSM's keys neither sign requests nor rotate.
		log::warn!(
			target: "keyreg-signer",
			"the off-chain worker is off on this node (by default it runs on authorities only), so \
			 the HSM's keys will not serve signature requests or rotate: start the node with \
			 --offchain-worker always"
		);
	}
	// The node's seats on threshold committees: FROST ceremonies for every
	// custodian key it holds, state kept in memory, shares sealed at rest.
	let threshold_member = crate::threshold::ThresholdMember::new(
		config.data_path.join("threshold"),
		node_keystore.clone(),
	);
	task_manager.spawn_handle().spawn(
		"keyreg-threshold",
		Some("keyreg"),
		crate::threshold::run(
			threshold_member.clone(),
			client.clone(),
			transaction_pool.clone(),
		),
	);

	if config.offchain_worker.enabled {
		let offchain_workers =
			sc_offchain::OffchainWorkers::new(sc_offchain::OffchainWorkerOptions {
				runtime_api_provider: client.clone(),
				is_validator: config.role.is_authority(),
				keystore: Some(node_keystore.clone()),
				offchain_db: backend.offchain_storage(),
				transaction_pool: Some(OffchainTransactionPoolFactory::new(
					transaction_pool.clone(),
				)),
				network_provider: Arc::new(network.clone()),
				enable_http_requests: false,
				custom_extensions: move |_| {
					vec![Box::new(keyreg_keystore_ext::KeyDestructionExt(
						key_destroyer.clone(),
					)) as Box<dyn sp_externalities::Extension>]
				},
			})?;
		task_manager.spawn_handle().spawn(
			"offchain-workers-runner",
			"offchain-worker",
			offchain_workers
				.run(client.clone(), task_manager.spawn_handle())
				.boxed(),
		);
	}

	// The dev chain's seal commands: from the block driver and from the
	// `engine_createBlock` RPC.
	let (seal_sink, seal_stream) = futures::channel::mpsc::channel(1024);

	let rpc_builder = {
		let client = client.clone();
		let pool = transaction_pool.clone();
		let rpc_backend = backend.clone();
		let seal_sink = dev.then(|| seal_sink.clone());
		let threshold = threshold_member.clone();
		Box::new(move |_| {
			rpc::create_full(rpc::FullDeps {
				client: client.clone(),
				pool: pool.clone(),
				backend: rpc_backend.clone(),
				manual_seal: seal_sink.clone(),
				threshold: threshold.clone(),
			})
			.map_err(Into::into)
		})
	};

	let role = config.role;
	let force_authoring = config.force_authoring;
	let name = config.network.node_name.clone();
	let enable_grandpa = !config.disable_grandpa;
	let prometheus_registry = config.prometheus_registry().cloned();

	sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		network: network.clone(),
		client: client.clone(),
		keystore: node_keystore,
		task_manager: &mut task_manager,
		transaction_pool: transaction_pool.clone(),
		rpc_builder,
		backend: backend.clone(),
		system_rpc_tx,
		tx_handler_controller,
		sync_service: sync_service.clone(),
		config,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;

	let proposer_factory = sc_basic_authorship::ProposerFactory::new(
		task_manager.spawn_handle(),
		client.clone(),
		transaction_pool.clone(),
		prometheus_registry.as_ref(),
		telemetry.as_ref().map(|x| x.handle()),
	);

	let Some(finality) = finality else {
		dev_seal::start(dev_seal::DevSealParams {
			task_manager: &task_manager,
			client,
			backend,
			pool: transaction_pool,
			proposer_factory,
			seal_sink,
			seal_stream,
			idle_block_time: (dev_block_time > 0).then(|| Duration::from_millis(dev_block_time)),
		})?;
		return Ok(task_manager);
	};

	if role.is_authority() {
		let slot_duration = sc_consensus_aura::slot_duration(&*client)?;
		let aura = sc_consensus_aura::start_aura::<AuraPair, _, _, _, _, _, _, _, _, _, _>(
			StartAuraParams {
				slot_duration,
				client: client.clone(),
				select_chain,
				block_import: finality.block_import,
				proposer_factory,
				create_inherent_data_providers: move |_, ()| aura_inherents(slot_duration),
				force_authoring,
				backoff_authoring_blocks: Option::<()>::None,
				keystore: keystore_container.keystore(),
				sync_oracle: sync_service.clone(),
				justification_sync_link: sync_service.clone(),
				block_proposal_slot_portion: SlotProportion::new(2f32 / 3f32),
				max_block_proposal_slot_portion: None,
				telemetry: telemetry.as_ref().map(|x| x.handle()),
				compatibility_mode: Default::default(),
			},
		)?;
		// Authoring is essential: if it fails, the node stops.
		task_manager
			.spawn_essential_handle()
			.spawn_blocking("aura", Some("block-authoring"), aura);
	}

	if let (true, Some((protocol_name, notification_service, _))) =
		(enable_grandpa, grandpa_protocol)
	{
		// Only authorities vote; the keystore holds their GRANDPA keys.
		let keystore = role.is_authority().then(|| keystore_container.keystore());
		let grandpa = sc_consensus_grandpa::GrandpaParams {
			config: sc_consensus_grandpa::Config {
				gossip_duration: Duration::from_millis(333),
				justification_generation_period: GRANDPA_JUSTIFICATION_PERIOD,
				name: Some(name),
				observer_enabled: false,
				keystore,
				local_role: role,
				telemetry: telemetry.as_ref().map(|x| x.handle()),
				protocol_name,
			},
			link: finality.link,
			network,
			sync: sync_service,
			notification_service,
			voting_rule: sc_consensus_grandpa::VotingRulesBuilder::default().build(),
			prometheus_registry,
			shared_voter_state: SharedVoterState::empty(),
			telemetry: telemetry.as_ref().map(|x| x.handle()),
			offchain_tx_pool_factory: OffchainTransactionPoolFactory::new(transaction_pool),
		};
		task_manager.spawn_essential_handle().spawn_blocking(
			"grandpa-voter",
			None,
			sc_consensus_grandpa::run_grandpa_voter(grandpa)?,
		);
	}

	Ok(task_manager)
}

/// The timestamp and Aura slot inherents, from the wall clock: block import
/// checks them and Aura authoring provides them.
async fn aura_inherents(
	slot_duration: sc_consensus_aura::SlotDuration,
) -> Result<
	(
		sp_consensus_aura::inherents::InherentDataProvider,
		sp_timestamp::InherentDataProvider,
	),
	Box<dyn std::error::Error + Send + Sync>,
> {
	let timestamp = sp_timestamp::InherentDataProvider::from_system_time();
	let slot = sp_consensus_aura::inherents::InherentDataProvider::from_timestamp_and_slot_duration(
		*timestamp,
		slot_duration,
	);
	Ok((slot, timestamp))
}
