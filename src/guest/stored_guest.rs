//! The guest's pass for this tab, kept in `sessionStorage` per link token: a refresh keeps
//! them in while the link stays valid, a new tab starts again at the entry form, and leaving
//! forgets it. It keeps the name they joined as too, for "Joining as …".

use contract::{Id, JoinResponse};

/// Who this tab joined as, by one guest link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredGuest {
    pub guest_id: Id,
    pub guest_token: String,
    /// The name the guest typed (empty for a pass kept before names were).
    pub name: String,
}

impl StoredGuest {
    /// The pass a successful join hands out, for the guest who joined as `name`.
    pub fn from_join(joined: &JoinResponse, name: &str) -> Self {
        StoredGuest {
            guest_id: joined.guest_id,
            guest_token: joined.guest_token.clone(),
            name: name.trim().to_string(),
        }
    }

    /// The pass this tab keeps for `link_token`, if any.
    pub fn load(link_token: &str) -> Option<Self> {
        let raw = storage()?.get_item(&key(link_token)).ok()??;
        Self::decode(&raw)
    }

    /// Keeps this pass for `link_token` until the tab closes or the guest leaves.
    pub fn save(&self, link_token: &str) {
        if let Some(storage) = storage() {
            let _ = storage.set_item(&key(link_token), &self.encode());
        }
    }

    /// Forgets the pass for `link_token`: the guest left, or the server no longer knows it.
    pub fn forget(link_token: &str) {
        if let Some(storage) = storage() {
            let _ = storage.remove_item(&key(link_token));
        }
    }

    /// `"{guest_id}:{guest_token}:{name}"`: no JSON needed for three values. Tokens never
    /// hold a `:`; the name, last, may.
    fn encode(&self) -> String {
        format!("{}:{}:{}", self.guest_id, self.guest_token, self.name)
    }

    fn decode(raw: &str) -> Option<Self> {
        let mut parts = raw.splitn(3, ':');
        let (id, token) = (parts.next()?, parts.next()?);
        Some(StoredGuest {
            guest_id: id.parse().ok()?,
            guest_token: token.to_string(),
            name: parts.next().unwrap_or_default().to_string(),
        })
        .filter(|pass| !pass.guest_token.is_empty())
    }
}

fn key(link_token: &str) -> String {
    format!("share.guest.{link_token}")
}

/// `None` where storage is unavailable (some private modes): the guest then simply joins
/// again after a refresh.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_a_pass_should_read_back_what_was_written() {
        let pass = StoredGuest {
            guest_id: 42,
            guest_token: "abc_DEF-123".into(),
            name: "Ann: the Guest".into(),
        };
        assert_eq!(StoredGuest::decode(&pass.encode()), Some(pass));
    }

    #[test]
    fn given_a_pass_kept_before_names_should_read_it_without_one() {
        let pass = StoredGuest::decode("42:abc").expect("a pass");
        assert_eq!((pass.guest_id, pass.name.as_str()), (42, ""));
    }

    #[test]
    fn given_a_damaged_value_should_read_no_pass() {
        for raw in ["", "42", "x:abc", "42:", ":abc"] {
            assert_eq!(StoredGuest::decode(raw), None, "{raw:?}");
        }
    }
}
