#!/usr/bin/env bash
# Installs what is missing, then runs every check and test of the project:
# format, the Prometheus alert rules (promtool), lints, the pallet's unit,
# property and benchmark tests, the signer's
# tests against SoftHSM2, the runtime tests, the release node, and the
# end-to-end tests that drive it with polkadot.js.
#
# Built to fit a cold 2-core machine (budget: 45 minutes, see
# benchmarks/README.md), by compiling the dependency tree as few times as
# possible:
# - clippy runs as the compiler of the workspace's own crates while they are
#   built (RUSTC_WORKSPACE_WRAPPER, exactly what `cargo clippy` sets), so the
#   lints share every dependency with the build instead of type-checking the
#   whole tree a second time;
# - one release invocation over the whole workspace builds the node, the wasm
#   runtime (once) and every test binary with one unified feature set; the
#   tests then run from those same artifacts;
# - only the pallet's benchmark/try-runtime variant needs another feature set,
#   and it is built in the (cheaper) debug profile.
# Each stage's duration is printed at the end, also when a stage fails.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

stage_names=()
stage_secs=()
stage_name=""
stage_t0=0
run_t0=$(date +%s)
close_stage() {
	if [ -n "$stage_name" ]; then
		stage_names+=("$stage_name")
		stage_secs+=($(($(date +%s) - stage_t0)))
	fi
	stage_name=""
}
step() {
	close_stage
	stage_name="$*"
	stage_t0=$(date +%s)
	printf '\n== %s (%s)\n' "$*" "$(date -u +%H:%M:%S)"
}
report() {
	local rc=$?
	local failed="$stage_name"
	close_stage
	printf '\n== stage durations (budget: 45 min cold, 10 min warm)\n'
	local i
	for i in "${!stage_names[@]}"; do
		printf '%8s  %s\n' "$((stage_secs[i] / 60))m$(printf '%02d' $((stage_secs[i] % 60)))s" "${stage_names[i]}"
	done
	local total=$(($(date +%s) - run_t0))
	printf '%8s  total\n' "$((total / 60))m$(printf '%02d' $((total % 60)))s"
	if [ "$rc" -ne 0 ]; then
		printf 'FAILED in stage: %s (exit %d)\n' "$failed" "$rc"
	fi
}
trap report EXIT

# Lints run as part of the builds below: clippy-driver compiles the
# workspace's crates (and only those) with `-D warnings`.
CLIPPY_DRIVER="$(rustup which clippy-driver)"
linted() {
	RUSTC_WORKSPACE_WRAPPER="$CLIPPY_DRIVER" \
		CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__" "$@"
}

step "setup (Debian packages, Rust targets, npm packages)"
bash scripts/setup.sh

step "format"
cargo fmt --all -- --check

step "alert rules: promtool check and unit tests"
promtool check rules deploy/prometheus/keyreg-alerts.yml
promtool test rules deploy/prometheus/tests/keyreg-alerts.test.yml

step "pallet with runtime-benchmarks and try-runtime: lints, build (debug)"
linted cargo build -p pallet-key-registry --features runtime-benchmarks,try-runtime --all-targets

step "pallet tests with benchmarks and try-runtime (debug)"
linted cargo test -p pallet-key-registry --features runtime-benchmarks,try-runtime

step "workspace: lints, release node, wasm runtime and every test binary"
linted cargo build --release --workspace --all-targets --timings

step "unit, property, signer (SoftHSM2) and runtime tests (release)"
linted cargo test --release --workspace

step "end-to-end tests: dev node, errors, README, HSM node, custodian, monitoring (Prometheus), live auditor (tampering proxy), crash (SIGKILL), ceremony key, rebuild from events, local network (polkadot.js)"
KEYREG_NODE="$CARGO_TARGET_DIR/release/keyreg-node" \
	node --test --test-concurrency=1 tests/*.test.mjs
close_stage
