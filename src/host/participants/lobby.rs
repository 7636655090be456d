//! The lobby message's state: what guests see now, the host's draft, and saving it.

use leptos::prelude::*;

use crate::api::{self, ApiError};
use crate::ui::use_toaster;
use crate::wording::host_t;

/// The lobby message's write: `None` clears it; answers what guests then see.
pub type SaveLobby = Action<Option<String>, Result<Option<String>, ApiError>>;

/// What the lobby message form shows and runs. The form checks the text and shows a failure.
#[derive(Clone, Copy)]
pub struct LobbyMessage {
    /// What waiting guests see now.
    pub saved: RwSignal<Option<String>>,
    /// What the host is typing.
    pub draft: RwSignal<String>,
    pub save: SaveLobby,
}

impl LobbyMessage {
    /// Takes the message a fresh snapshot carries; the draft follows it when it changed.
    pub fn synced(&self, message: Option<String>) {
        if self.saved.get_untracked() != message {
            self.draft.set(message.clone().unwrap_or_default());
        }
        self.saved.set(message);
    }
}

/// The lobby message of media `media`.
pub fn use_lobby_message(media: contract::Id) -> LobbyMessage {
    let toaster = use_toaster();
    let saved = RwSignal::new(None::<String>);
    let draft = RwSignal::new(String::new());
    let save = Action::new_local(move |message: &Option<String>| {
        let message = message.clone();
        async move {
            api::participants::set_lobby_message(media, message.clone()).await?;
            Ok(message)
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(message)) = save.value().get() {
            toaster.show(if message.is_some() {
                host_t().participants.message_saved
            } else {
                host_t().participants.message_cleared
            });
            saved.set(message);
        }
    });
    LobbyMessage { saved, draft, save }
}
