//! The pallets whose benchmarks this runtime runs (`frame-omni-bencher`, or
//! the node's `benchmark pallet`).

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_key_registry, KeyRegistry]
);

// frame-system's benchmarks with their default setup.
impl frame_system_benchmarking::Config for crate::Runtime {}
