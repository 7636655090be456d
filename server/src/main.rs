use clap::Parser;
use share_server::Config;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> Result<(), share_server::StartError> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    share_server::run(Config::parse()).await
}
