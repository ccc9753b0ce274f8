#!/usr/bin/env bash
# Starts a local network of three validators (Alice, Bob, Charlie) on the
# `local` chain: Aura authors, GRANDPA finalises. Runs until interrupted
# (Ctrl-C), then stops all three nodes.
#
#   bash scripts/local-network.sh
#
# One validator can be stopped and started again while the network runs (a
# committee member going down, for drills and the end-to-end tests); its
# database, keystore and share vault stay:
#
#   NETWORK_DIR=DIR bash scripts/local-network.sh stop bob
#   NETWORK_DIR=DIR bash scripts/local-network.sh start bob
#
# Environment (all optional):
#   KEYREG_NODE      node binary (default: the release build; built if missing)
#   NETWORK_DIR      where the nodes keep databases, keystores and logs
#                    (default: a new temporary directory, removed on exit)
#   P2P_PORT_BASE    Alice's p2p port; Bob and Charlie take the next two (30333)
#   RPC_PORT_BASE    Alice's RPC port; Bob and Charlie take the next two (9944)
#   EXTRA_ARGS_ALICE, EXTRA_ARGS_BOB, EXTRA_ARGS_CHARLIE
#                    more flags for one validator, e.g. its HSM flags
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

# stop NAME / start NAME: ask the running network (in NETWORK_DIR) to stop or
# restart one validator. A validator marked "held" is not treated as a crash.
if [ "${1:-}" = stop ] || [ "${1:-}" = start ]; then
	name="${2:?usage: local-network.sh stop|start alice|bob|charlie}"
	dir="${NETWORK_DIR:?NETWORK_DIR must name the directory of the running network}"
	[ -f "$dir/$name.pid" ] || { echo "local-network: no validator $name in $dir" >&2; exit 1; }
	if [ "$1" = stop ]; then
		touch "$dir/$name.held"
		pid="$(cat "$dir/$name.pid")"
		kill -INT "$pid" 2>/dev/null || true
		for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
		echo "local-network: $name stopped"
	else
		old="$(cat "$dir/$name.pid")"
		# The restart request first, then the hold lifted: the supervisor
		# below must never see the validator dead with neither.
		touch "$dir/$name.restart"
		rm -f "$dir/$name.held"
		for _ in $(seq 1 300); do [ "$(cat "$dir/$name.pid")" != "$old" ] && break; sleep 0.1; done
		echo "local-network: $name started again (pid $(cat "$dir/$name.pid"))"
	fi
	exit 0
fi

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

names=()
declare -A pid_of=() index_of=() bootnode_of=()
stop() {
	trap - INT TERM EXIT
	for name in "${names[@]}"; do kill -INT "${pid_of[$name]}" 2>/dev/null || true; done
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
	local extra="EXTRA_ARGS_${name^^}"
	# Word splitting is wanted: the variable holds several flags.
	# shellcheck disable=SC2206
	[ -n "${!extra:-}" ] && args+=(${!extra})
	# A restarted validator keeps its network identity.
	[ -f "$dir/$name.node-key" ] || "$node" key generate-node-key --file "$dir/$name.node-key" 2>/dev/null
	"$node" "${args[@]}" >>"$dir/$name.log" 2>&1 &
	[ -n "${pid_of[$name]:-}" ] || names+=("$name")
	pid_of[$name]=$!
	index_of[$name]=$index
	bootnode_of[$name]=$bootnode
	echo "$!" >"$dir/$name.pid"
}

# wait_for FILE PATTERN: until a line of the log matches; prints it.
wait_for() {
	local file="$1" pattern="$2"
	for _ in $(seq 1 600); do
		if grep -m1 -E "$pattern" "$file" 2>/dev/null; then return 0; fi
		for name in "${names[@]}"; do
			kill -0 "${pid_of[$name]}" 2>/dev/null || { echo "local-network: a node exited; its log:"; tail -n 30 "$file"; exit 1; }
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
# Runs until interrupted, or until a node exits that was not stopped on
# purpose; a held validator starts again when its hold is lifted.
while true; do
	for name in "${names[@]}"; do
		kill -0 "${pid_of[$name]}" 2>/dev/null && continue
		if [ -e "$dir/$name.held" ]; then continue; fi
		if [ -e "$dir/$name.restart" ]; then
			rm -f "$dir/$name.restart"
			start "$name" "${index_of[$name]}" "${bootnode_of[$name]}"
			continue
		fi
		echo "local-network: $name exited; see its log in $dir/$name.log"
		exit 1
	done
	sleep 0.2
done
