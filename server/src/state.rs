use std::sync::Arc;

use crate::config::Config;
use crate::db::Db;
use crate::events::Events;
use crate::mail::Mail;
use crate::rate_limit::RateLimiter;
use crate::routes::access_requests::AccessRequestLimits;
use crate::stream_slots::StreamSlots;

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub events: Arc<Events>,
    pub mail: Arc<Mail>,
    /// The app's own origin and every `--allow-origin`: where cookie writes may come from.
    pub trusted_origins: Arc<Vec<String>>,
    /// Open event streams per token or session.
    pub streams: Arc<StreamSlots>,
    /// Directory searches per session.
    pub directory_limit: Arc<RateLimiter>,
    /// Requests for access per client and per link.
    pub access_request_limits: Arc<AccessRequestLimits>,
}

impl AppState {
    /// The SPA's origin, for building link URLs.
    pub fn public_base(&self) -> String {
        self.config.public_base().to_string()
    }
}
