fn main() -> std::process::ExitCode {
    breakout::cli::main()
}
