#!/usr/bin/env bash
# Installs what building and testing the project needs on a fresh Debian
# machine: system packages, the Rust targets and components. Idempotent.
set -euo pipefail

need_apt=()
command -v protoc >/dev/null || need_apt+=(protobuf-compiler)
command -v clang >/dev/null || need_apt+=(clang libclang-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
	echo "setup: installing ${need_apt[*]}"
	if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# rust-toolchain.toml names the channel, targets and components; asking rustup
# for them installs whatever is missing.
cd "$(dirname "$0")/.."
rustup show active-toolchain >/dev/null
rustup target add wasm32-unknown-unknown wasm32v1-none >/dev/null
rustup component add rust-src clippy rustfmt >/dev/null
