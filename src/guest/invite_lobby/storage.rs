//! The invitee's session token, kept in `sessionStorage` for this tab only: a refresh stays
//! inside, another tab or device has to redeem (and is refused once the link is used up).

const PREFIX: &str = "invitee-session:";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The session this tab redeemed for `invite_token`, if any.
pub fn session_for(invite_token: &str) -> Option<String> {
    storage()?
        .get_item(&format!("{PREFIX}{invite_token}"))
        .ok()?
}

pub fn remember(invite_token: &str, session_token: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(&format!("{PREFIX}{invite_token}"), session_token);
    }
}

pub fn forget(invite_token: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&format!("{PREFIX}{invite_token}"));
    }
}
