# Sourced by the scripts: the cargo target directory lives outside the clone
# so that CI and fresh clones on the same machine reuse the build.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/keyreg/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
export WASM_BUILD_WORKSPACE_HINT="${WASM_BUILD_WORKSPACE_HINT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
