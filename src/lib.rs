//! The sharing front end: host windows for guest and invite links, and the pages guests and
//! invitees open from them.

pub mod api;
mod app;
pub mod config;
pub mod format;
pub mod gallery;
pub mod guest;
pub mod host;
pub mod live;
pub mod messages;
pub mod pages;
pub mod session;
mod start;
pub mod ui;
pub mod wording;

pub use app::{App, LiveApp};
pub use start::{start, start_host, SETTINGS_WAIT_MS};
