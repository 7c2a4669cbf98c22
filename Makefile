# Scholia: the two commands a newcomer needs are `make serve` and `make test`.
# Both install whatever is missing first (scripts/setup.sh) and are quick when
# everything is there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
# npm's wasm-opt (binaryen 132) must come before Debian's older one.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve build test test-native test-browser test-e2e lint setup setup-test bench bench-wasm size clean

## serve: install what is missing, then serve the app on http://127.0.0.1:8080
serve: setup
	trunk serve --release --offline

## build: the release build in dist/ (wasm-opt -Oz included)
build: setup
	trunk build --release --offline

## test: every test — lint, native, in-browser (wasm-bindgen-test), end to end
test: setup-test lint test-native test-browser test-e2e

test-native:
	cargo test --locked

test-browser:
	cargo test --locked --target wasm32-unknown-unknown --test browser

test-e2e: build
	node --test tests/e2e/

lint:
	cargo fmt --all -- --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --test browser -- -D warnings

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

## bench: analysis throughput on 1 MB of Chinese and of English text
bench:
	cargo bench --locked --bench analyze

## bench-wasm: the same analysis compiled to wasm, in headless Chromium
bench-wasm: setup-test
	cargo test --release --locked --target wasm32-unknown-unknown --test wasm_bench -- --nocapture

## size: the release .wasm, raw and gzipped
size: build
	@for f in dist/*.wasm; do echo "$$f: $$(stat -c%s $$f) bytes raw, $$(gzip -9c $$f | wc -c) bytes gzip"; done

clean:
	cargo clean
	rm -rf dist
