use std::time::Duration;

use contract::UserHit;
use leptos::prelude::*;

use crate::api;
use crate::ui::TaskOwner;

/// How long typing must pause before the directory is asked.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// Directory users matching what the host is typing.
#[derive(Clone, Copy)]
pub struct UserSuggestions {
    /// The latest answer for the latest text; empty for blank text.
    pub hits: RwSignal<Vec<UserHit>>,
    /// Call with each new text the host types.
    pub on_type: Callback<String>,
}

/// Asks `GET /users?query=` once typing pauses for 250 ms. Each text gets a number; an answer
/// for an older number than the latest is dropped, so a slow reply never overwrites a newer one.
pub fn use_user_suggestions() -> UserSuggestions {
    let hits = RwSignal::new(Vec::<UserHit>::new());
    let latest = StoredValue::new(0_u64);
    let is_latest = move |n: u64| latest.try_get_value() == Some(n);
    let tasks = TaskOwner::current();
    let on_type = Callback::new(move |text: String| {
        let n = latest.get_value() + 1;
        latest.set_value(n);
        let query = text.trim().to_string();
        if query.is_empty() {
            hits.set(Vec::new());
            return;
        }
        set_timeout(
            move || {
                if !is_latest(n) {
                    return;
                }
                tasks.spawn(async move {
                    let found = api::invites::search_users(&query).await;
                    if is_latest(n) {
                        // Suggestions are a convenience: a failed search offers none.
                        hits.set(found.unwrap_or_default());
                    }
                });
            },
            DEBOUNCE,
        );
    });
    UserSuggestions { hits, on_type }
}
