//! The reference backend of the share contract (`/work/shared/api-contract.md`): guest links,
//! the live waiting room and invite links, over SQLite, with its OpenAPI document.
//!
//! Bodies are the `contract` crate's types and inputs pass `contract::validate`, the same code
//! the SPA runs, so the two cannot drift apart.

mod access;
mod app;
mod auth;
mod client;
mod codec;
mod config;
mod crowd;
mod csp;
mod db;
mod error;
mod events;
mod extract;
mod guest_rules;
mod invite_rules;
mod lobby;
mod mail;
mod openapi;
mod presence;
mod rate_limit;
mod routes;
mod security;
mod seed;
mod seed_people;
mod serve;
mod sse_schema;
mod start_error;
mod state;
mod static_files;
mod store;
mod stream_slots;
mod time;
mod tokens;

pub use app::{build_app, run, serve, App};
pub use config::{parse_origin, Config, ConfigError};
pub use csp::CONTENT_SECURITY_POLICY;
pub use openapi::document as openapi_document;
pub use start_error::StartError;
