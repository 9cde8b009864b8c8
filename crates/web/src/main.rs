//! The `agoral` binary. See `agoral --help`.

use clap::Parser;

/// mimalloc rather than the system's allocator: rendering a page is a few
/// hundred short-lived allocations from two threads, where glibc's malloc
/// and free were a sixth of the time of an uncached story page
/// (`bench/serve`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = agoral_web::cli::Cli::parse();
    match agoral_web::cli::run(cli).await {
        Ok(code) => code,
        Err(error) => {
            eprintln!("agoral: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
