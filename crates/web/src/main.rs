//! The `agoral` binary. See `agoral --help`.

use clap::Parser;

/// mimalloc rather than the system's allocator: rendering a page is a few
/// hundred short-lived allocations from two threads, where glibc's malloc
/// and free were a sixth of the time of an uncached story page
/// (`bench/serve`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Threads for blocking work: searches (at most `max_concurrent_searches`
/// of them), password hashes, page compression, image and PDF decoding,
/// file reads. Tokio's default of 512 let a burst of searches start
/// hundreds of threads, each keeping its stack and allocator heap; 32 is
/// several times what two cores can keep busy, and leaves room for the
/// few tasks that hold a thread for long (a dataset import's reader, the
/// search index made ready at start). None of them waits on another
/// blocking task, so a full pool only queues work, it cannot deadlock.
const MAX_BLOCKING_THREADS: usize = 32;

fn main() -> std::process::ExitCode {
    let cli = agoral_web::cli::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(MAX_BLOCKING_THREADS)
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("agoral: starting the runtime: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(agoral_web::cli::run(cli)) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("agoral: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
