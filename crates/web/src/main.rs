//! The `agoral` binary. See `agoral --help`.

use clap::Parser;

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
