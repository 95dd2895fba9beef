//! The `breakout` binary: everything it does starts in `cli::main`.

fn main() -> std::process::ExitCode {
    breakout::cli::main()
}
