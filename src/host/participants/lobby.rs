//! The lobby message's state: what guests see now, the host's draft, and saving it.

use leptos::prelude::*;

use crate::api;
use crate::messages::field_error;
use crate::ui::use_toaster;

/// What the lobby message form shows and runs.
#[derive(Clone, Copy)]
pub struct LobbyMessage {
    /// What waiting guests see now.
    pub saved: RwSignal<Option<String>>,
    /// What the host is typing.
    pub draft: RwSignal<String>,
    pub pending: Signal<bool>,
    pub error: RwSignal<Option<String>>,
    pub save: Callback<Option<String>>,
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
    let error = RwSignal::new(None::<String>);
    let action = Action::new_local(move |message: &Option<String>| {
        let message = message.clone();
        async move {
            let result = api::participants::set_lobby_message(media, message.clone()).await;
            (message, result)
        }
    });
    Effect::new(move |_| match action.value().get() {
        Some((message, Ok(()))) => {
            toaster.show(if message.is_some() {
                "Lobby message saved"
            } else {
                "Lobby message cleared"
            });
            saved.set(message);
        }
        Some((_, Err(failed))) => error.set(Some(format!(
            "The message wasn't saved. {}",
            failed.user_message()
        ))),
        None => {}
    });
    let save = Callback::new(move |message: Option<String>| {
        if let Err(fields) = contract::validate::lobby_message(message.as_deref()) {
            let refused = fields
                .values()
                .next()
                .copied()
                .unwrap_or(contract::FieldError::Invalid);
            error.set(Some(field_error("message", refused)));
            return;
        }
        error.set(None);
        action.dispatch(message);
    });
    LobbyMessage {
        saved,
        draft,
        pending: action.pending().into(),
        error,
        save,
    }
}
