// mimalloc: opening a large session makes tens of thousands of small allocations on two
// threads; with the system allocator the second thread grows its own arena a page at a
// time and the two threads slow each other down. No transparent huge pages: they would
// quadruple the memory of a small session for a millisecond at start-up.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    breakout::cli::main()
}
