#!/usr/bin/env bash
# Installs whatever Scholia's build and tests need and is not there yet.
#
#   scripts/setup.sh build   wasm target, trunk, wasm-bindgen-cli, npm tools (wasm-opt)
#   scripts/setup.sh test    all of the above, plus chromium and chromium-driver
#
# Every step checks first and skips what is already present at the right
# version, so a second run takes a second or two. Nothing is downloaded from
# outside the package registries (crates.io, npm, Debian).
set -euo pipefail

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130

what=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# `cargo install` puts binaries here; make sure later steps can find them.
export PATH="$HOME/.cargo/bin:$PATH"

has_version() { # has_version CMD WANTED  -> true when `CMD --version` mentions WANTED
  command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! has_version trunk "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 11 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! has_version wasm-bindgen "$WASM_BINDGEN_VERSION" \
  || ! has_version wasm-bindgen-test-runner "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 6 minutes)"
  # Without --locked: its lock file pins a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm tools: binaryen 132 (wasm-opt; Debian's 108 cannot read our wasm) and
# playwright-core for the end-to-end tests. `npm ci` only when the lock changed.
if [ ! -f node_modules/.package-lock.json ] \
  || ! cmp -s package-lock.json node_modules/.scholia-lock; then
  say "installing npm packages (binaryen, playwright-core)"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.scholia-lock
fi

if [ "$what" = test ]; then
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    say "installing chromium and chromium-driver from Debian"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq chromium chromium-driver
  fi
fi
