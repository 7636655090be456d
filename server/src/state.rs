use std::sync::Arc;

use crate::config::Config;
use crate::db::Db;
use crate::events::Events;
use crate::mail::Mail;

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub events: Arc<Events>,
    pub mail: Arc<Mail>,
}

impl AppState {
    /// The SPA's origin, for building link URLs.
    pub fn public_base(&self) -> String {
        self.config.public_base().to_string()
    }
}
