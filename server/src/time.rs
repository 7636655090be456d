//! Times are stored as Unix milliseconds so SQL can compare them; the API speaks RFC 3339.

use chrono::{DateTime, Utc};

/// Milliseconds in a minute and in a day, for expiry arithmetic.
pub const MINUTE_MS: i64 = 60_000;
pub const DAY_MS: i64 = 24 * 60 * MINUTE_MS;

/// Now, as stored.
pub fn now_ms() -> i64 {
    Utc::now().timestamp_millis()
}

/// A stored time as the API sends it.
pub fn from_ms(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap_or_default()
}
