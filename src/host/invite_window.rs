//! Where "Invite users" used to live; kept as a path so callers written against the
//! placeholder (`super::invite_window::InviteUsersWindow`) still build. The window is in
//! [`super::invite`].

#[allow(unused_imports)]
pub use super::invite::InviteUsersWindow;
