//! Additive to the contract: how an invite's email is doing, and (reference backend only)
//! each delivery attempt the outbox recorded.

use serde::{Deserialize, Serialize};

use crate::Timestamp;

/// Where an invite's latest email stands. `sent`: a mail server accepted it (or, without a
/// mail server, the outbox recorded it); `pending`: queued or being retried; `failed`: given
/// up, with `Invite.email_error` saying why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EmailStatus {
    Pending,
    Sent,
    Failed,
}

/// What one delivery attempt came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AttemptOutcome {
    /// The server accepted the message.
    Accepted,
    /// A temporary failure (server down, 4xx): another attempt follows.
    Retry,
    /// A permanent failure (5xx, or the last attempt): no more attempts.
    Failed,
}

/// One delivery attempt of an outbox email.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmailAttempt {
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub at: Timestamp,
    pub outcome: AttemptOutcome,
    /// The server's answer or the error, in one line.
    pub detail: String,
}
