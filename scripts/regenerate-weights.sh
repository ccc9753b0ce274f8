#!/usr/bin/env bash
# Regenerates pallets/key-registry/src/weights.rs from the benchmarks: builds
# the runtime's wasm with `runtime-benchmarks`, installs frame-omni-bencher of
# the same release line if missing, and runs every benchmark of the pallet in
# the compiled wasm executor. Run it on the reference machine; commit the result.
# `--allow-missing-host-functions`: the runtime imports the key-destruction
# host function (keyreg-keystore-ext), which only off-chain workers call and
# the bencher does not know.
#
#   STEPS=50 REPEAT=20 bash scripts/regenerate-weights.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh

STEPS="${STEPS:-50}"
REPEAT="${REPEAT:-20}"
TOOLS="${KEYREG_TOOLS:-$HOME/.cache/keyreg/tools}"
BENCHER="$TOOLS/bin/frame-omni-bencher"

if [ ! -x "$BENCHER" ]; then
	echo "regenerate-weights: installing frame-omni-bencher 0.28.0 (polkadot-sdk 2609 line) into $TOOLS"
	# SKIP_WASM_BUILD: the bencher embeds a test runtime whose wasm build fails
	# under `cargo install` ("Failed to find entry for package
	# frame-storage-access-test-runtime"); the bencher runs our runtime's wasm.
	SKIP_WASM_BUILD=1 CARGO_TARGET_DIR="$HOME/.cache/keyreg/tools-target" \
		cargo install frame-omni-bencher@0.28.0 --locked --root "$TOOLS"
fi

cargo build --release -p keyreg-runtime --features runtime-benchmarks
WASM="$CARGO_TARGET_DIR/release/wbuild/keyreg-runtime/keyreg_runtime.compact.compressed.wasm"

"$BENCHER" v1 benchmark pallet \
	--runtime "$WASM" \
	--genesis-builder-preset development \
	--pallet pallet_key_registry \
	--extrinsic '*' \
	--steps "$STEPS" \
	--repeat "$REPEAT" \
	--wasm-execution compiled \
	--heap-pages 4096 \
	--allow-missing-host-functions \
	--template scripts/weight-template.hbs \
	--output pallets/key-registry/src/weights.rs
echo "regenerate-weights: wrote pallets/key-registry/src/weights.rs"
