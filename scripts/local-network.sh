#!/usr/bin/env bash
# Starts a local network of three validators (Alice, Bob, Charlie) on the
# `local` chain: Aura authors, GRANDPA finalises. Runs until interrupted
# (Ctrl-C), then stops all three nodes.
#
#   bash scripts/local-network.sh
#
# Environment (all optional):
#   KEYREG_NODE      node binary (default: the release build; built if missing)
#   NETWORK_DIR      where the nodes keep databases, keystores and logs
#                    (default: a new temporary directory, removed on exit)
#   P2P_PORT_BASE    Alice's p2p port; Bob and Charlie take the next two (30333)
#   RPC_PORT_BASE    Alice's RPC port; Bob and Charlie take the next two (9944)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

node="${KEYREG_NODE:-$CARGO_TARGET_DIR/release/keyreg-node}"
if [ ! -x "$node" ]; then
	bash scripts/setup.sh
	echo "local-network: building the node (cargo build --release -p keyreg-node)"
	cargo build --release -p keyreg-node
fi

p2p_base="${P2P_PORT_BASE:-30333}"
rpc_base="${RPC_PORT_BASE:-9944}"
if [ -n "${NETWORK_DIR:-}" ]; then
	dir="$NETWORK_DIR"
	keep_dir=1
else
	dir="$(mktemp -d -t keyreg-local-network.XXXXXX)"
	keep_dir=0
fi
mkdir -p "$dir"

pids=()
stop() {
	trap - INT TERM EXIT
	for pid in "${pids[@]}"; do kill -INT "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
	[ "$keep_dir" = 1 ] || rm -rf "$dir"
	echo "local-network: stopped"
}
trap stop INT TERM EXIT

# start NAME INDEX [BOOTNODE]: runs one validator with its dev keys (--alice ...).
start() {
	local name="$1" index="$2" bootnode="${3:-}"
	local args=(
		--chain local --"$name" --validator
		--base-path "$dir/$name"
		--port "$((p2p_base + index))" --rpc-port "$((rpc_base + index))"
		--no-prometheus --no-telemetry --no-mdns
		--node-key-file "$dir/$name.node-key"
	)
	[ -n "$bootnode" ] && args+=(--bootnodes "$bootnode")
	"$node" key generate-node-key --file "$dir/$name.node-key" 2>/dev/null
	"$node" "${args[@]}" >"$dir/$name.log" 2>&1 &
	pids+=("$!")
}

# wait_for FILE PATTERN: until a line of the log matches; prints it.
wait_for() {
	local file="$1" pattern="$2"
	for _ in $(seq 1 600); do
		if grep -m1 -E "$pattern" "$file" 2>/dev/null; then return 0; fi
		for pid in "${pids[@]}"; do
			kill -0 "$pid" 2>/dev/null || { echo "local-network: a node exited; its log:"; tail -n 30 "$file"; exit 1; }
		done
		sleep 0.2
	done
	echo "local-network: timed out waiting for '$pattern' in $file"
	exit 1
}

start alice 0
wait_for "$dir/alice.log" "Running JSON-RPC server" >/dev/null
alice_id="$("$node" key inspect-node-key --file "$dir/alice.node-key")"
bootnode="/ip4/127.0.0.1/tcp/${p2p_base}/p2p/${alice_id}"
start bob 1 "$bootnode"
start charlie 2 "$bootnode"
wait_for "$dir/bob.log" "Running JSON-RPC server" >/dev/null
wait_for "$dir/charlie.log" "Running JSON-RPC server" >/dev/null

echo "local-network: alice   ws://127.0.0.1:${rpc_base}"
echo "local-network: bob     ws://127.0.0.1:$((rpc_base + 1))"
echo "local-network: charlie ws://127.0.0.1:$((rpc_base + 2))"
echo "local-network: logs and databases in $dir"
echo "local-network: ready (Ctrl-C stops all three)"
# Runs until interrupted, or until one node exits.
wait -n "${pids[@]}" || true
echo "local-network: a node exited; see its log in $dir"
exit 1
