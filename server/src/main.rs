use clap::Parser;
use share_server::Config;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    // One line on stderr and a failing status: what a service manager shows.
    if let Err(error) = share_server::run(Config::parse()).await {
        eprintln!("share-server: {error}");
        std::process::exit(1);
    }
}
