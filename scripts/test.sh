#!/usr/bin/env bash
# Installs what is missing, then runs every check and test of the project.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "lints (pallet, runtime API)"
cargo clippy -p pallet-key-registry -p pallet-key-registry-runtime-api --all-targets -- -D warnings
cargo clippy -p pallet-key-registry --all-targets --features runtime-benchmarks,try-runtime -- -D warnings

step "pallet tests"
cargo test -p pallet-key-registry

step "pallet tests with benchmarks and try-runtime"
cargo test -p pallet-key-registry --features runtime-benchmarks,try-runtime

step "runtime: wasm build, lints and tests"
cargo clippy -p keyreg-runtime --all-targets -- -D warnings
cargo test -p keyreg-runtime
