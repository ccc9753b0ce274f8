#!/usr/bin/env bash
# Signatures per second through the routing keystore against SoftHSM2, straight
# through cryptoki, and the in-memory keystore, in one run (see
# node/signer/benches/signing.rs). Makes its own token in a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh

dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/tokens"
printf 'directories.tokendir = %s\nobjectstore.backend = file\nlog.level = ERROR\n' "$dir/tokens" >"$dir/softhsm2.conf"
export SOFTHSM2_CONF="$dir/softhsm2.conf"
export KEYREG_BENCH_TOKEN=bench KEYREG_BENCH_PIN=bench-user-pin
softhsm2-util --init-token --free --label "$KEYREG_BENCH_TOKEN" --so-pin bench-so-pin --pin "$KEYREG_BENCH_PIN" >/dev/null
cargo bench -p keyreg-signer --bench signing
