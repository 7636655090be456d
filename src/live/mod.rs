//! Live updates over server-sent events, shared by the host's Participants tab and the guest's
//! waiting page.

mod event_stream;
pub mod perf;

pub use event_stream::{use_event_stream, StreamStatus};
