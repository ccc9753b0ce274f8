#!/usr/bin/env bash
# Installs what is missing, then runs every check and test of the project:
# format, lints, pallet unit and property tests, signer tests against
# SoftHSM2, runtime tests, the release node, and the end-to-end tests that
# drive it with polkadot.js.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh

step() { printf '\n== %s (%s)\n' "$*" "$(date -u +%H:%M:%S)"; }

step "format"
cargo fmt --all -- --check

step "lints (pallet, runtime API, signer)"
cargo clippy -p pallet-key-registry -p pallet-key-registry-runtime-api -p keyreg-signer --all-targets -- -D warnings
cargo clippy -p pallet-key-registry --all-targets --features runtime-benchmarks,try-runtime -- -D warnings

step "pallet tests"
cargo test -p pallet-key-registry

step "pallet tests with benchmarks and try-runtime"
cargo test -p pallet-key-registry --features runtime-benchmarks,try-runtime

step "signer tests (SoftHSM2 tokens in a temporary directory)"
cargo test -p keyreg-signer

step "lints (runtime, node)"
# Lints need no wasm; the release build below makes it.
SKIP_WASM_BUILD=1 cargo clippy -p keyreg-runtime -p keyreg-node --all-targets -- -D warnings

step "node and runtime wasm (release)"
cargo build --release -p keyreg-node

step "runtime tests (release, sharing the node's build)"
cargo test --release -p keyreg-runtime

step "end-to-end tests: dev node, errors, README, HSM node, local network (polkadot.js)"
KEYREG_NODE="$CARGO_TARGET_DIR/release/keyreg-node" \
	node --test --test-concurrency=1 tests/*.test.mjs
