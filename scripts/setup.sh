#!/usr/bin/env bash
# Installs what building and testing the project needs on a fresh Debian
# machine: system packages, the Rust targets and components, Node.js for the
# end-to-end tests. Idempotent: installs only what is missing.
set -euo pipefail

need_apt=()
command -v protoc >/dev/null || need_apt+=(protobuf-compiler)
command -v clang >/dev/null || need_apt+=(clang libclang-dev)
command -v node >/dev/null || need_apt+=(nodejs)
command -v npm >/dev/null || need_apt+=(npm)
# The HSM the signer tests, the HSM end-to-end test and the signer benchmark use.
command -v softhsm2-util >/dev/null || need_apt+=(softhsm2)
# OpenSC's pkcs11-tool: the ceremony-key test makes a key pair with it, as an
# operator's key ceremony would.
command -v pkcs11-tool >/dev/null || need_apt+=(opensc)
# The end-to-end monitoring test runs a real Prometheus server; CI checks the
# alert rules with its promtool.
command -v promtool >/dev/null || need_apt+=(prometheus)
if [ ${#need_apt[@]} -gt 0 ]; then
	echo "setup: installing ${need_apt[*]}"
	if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt 18 ]; then
	echo "setup: Node.js $node_major is too old for the end-to-end tests (node --test); install Node.js 18 or newer" >&2
	exit 1
fi

# rust-toolchain.toml names the channel, targets and components; asking rustup
# for them installs whatever is missing.
cd "$(dirname "$0")/.."
rustup show active-toolchain >/dev/null
rustup target add wasm32-unknown-unknown wasm32v1-none >/dev/null
rustup component add rust-src clippy rustfmt >/dev/null

# polkadot.js for the end-to-end tests and benchmarks, exactly as locked.
stamp=tests/node_modules/.keyreg-installed-from-lock
if ! cmp -s tests/package-lock.json "$stamp"; then
	echo "setup: installing the end-to-end test packages (npm ci)"
	npm ci --prefix tests --no-audit --no-fund --loglevel=error
	cp tests/package-lock.json "$stamp"
fi
