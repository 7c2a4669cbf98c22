//! One binary, two faces: built for wasm32 (by Trunk) it mounts the Yew app;
//! built natively it is the `scholia` command-line tool.

#[cfg(target_arch = "wasm32")]
fn main() {
    scholia::ui::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    scholia::cli::main()
}
