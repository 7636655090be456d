//! The typed client of the backend contract: one `async fn` per endpoint, grouped by resource.
//! Every call returns `Result<T, ApiError>`; nothing else in the app builds a URL.

pub mod access_requests;
mod client;
mod error;
pub mod guest;
pub mod guest_access;
pub mod invites;
pub mod json;
pub mod link_joins;
pub mod media;
pub mod participants;
mod prefetch;

pub use client::Auth;
pub use error::ApiError;
