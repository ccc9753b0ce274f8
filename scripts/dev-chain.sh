#!/usr/bin/env bash
# Installs what is missing, builds the node and starts the dev chain:
# a block as soon as a transaction arrives, an empty block every 3 s when idle,
# each block finalised when the next is sealed, state in a temporary directory.
# JSON-RPC on ws://127.0.0.1:9944 for polkadot.js Apps (https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A9944)
# and scripts. Extra arguments go to the node, e.g.
#   bash scripts/dev-chain.sh --rpc-port 9955 --dev-block-time 1000
#   bash scripts/dev-chain.sh --base-path /var/tmp/keyreg-dev   (keeps the chain)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh
cargo build --release -p keyreg-node
exec "$CARGO_TARGET_DIR/release/keyreg-node" --dev "$@"
