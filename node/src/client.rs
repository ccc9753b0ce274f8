//! The node's client types, shared by the service, dev-chain block production
//! and the RPC (so none of them depends on another for its types).

use keyreg_runtime::apis::RuntimeApi;

/// The opaque block type the node handles.
pub type Block = keyreg_runtime::opaque::Block;

/// A block hash.
pub type Hash = <Block as sp_runtime::traits::Block>::Hash;

/// The host functions the runtime may call: Substrate's, key destruction
/// (`keyreg-keystore-ext`), plus the benchmarking ones in a
/// `runtime-benchmarks` build.
#[cfg(not(feature = "runtime-benchmarks"))]
pub type HostFunctions = (
	sp_io::SubstrateHostFunctions,
	keyreg_keystore_ext::keyreg_keystore::HostFunctions,
);
/// The host functions the runtime may call: Substrate's, key destruction
/// (`keyreg-keystore-ext`), plus the benchmarking ones in a
/// `runtime-benchmarks` build.
#[cfg(feature = "runtime-benchmarks")]
pub type HostFunctions = (
	sp_io::SubstrateHostFunctions,
	keyreg_keystore_ext::keyreg_keystore::HostFunctions,
	frame_benchmarking::benchmarking::HostFunctions,
);

/// The client: runs the runtime's wasm only (no native runtime).
pub type FullClient =
	sc_service::TFullClient<Block, RuntimeApi, sc_executor::WasmExecutor<HostFunctions>>;

/// The database backend (ParityDB).
pub type FullBackend = sc_service::TFullBackend<Block>;

/// The transaction pool.
pub type FullPool = sc_transaction_pool::TransactionPoolHandle<Block, FullClient>;
