//! The message waiting guests see, set and cleared by the host.

use contract::validate;
use leptos::prelude::*;

use super::lobby::SaveLobby;
use crate::messages::field_messages;
use crate::ui::{scoped_css, CheckedForm, FormState, TextArea};
use crate::wording::host_t;

/// The lobby message form. `saved` is what guests see now; `draft` what the host is typing;
/// `save` the write (answering what guests then see).
#[component]
pub fn LobbyMessageForm(
    #[prop(into)] saved: Signal<Option<String>>,
    draft: RwSignal<String>,
    save: SaveLobby,
) -> impl IntoView {
    // Blank clears the message.
    let form = FormState::new(save, move || {
        let text = draft.get();
        let message = Some(text.trim().to_string()).filter(|m| !m.is_empty());
        validate::lobby_message(message.as_deref())
            .map(|()| message)
            .map_err(|fields| field_messages(&fields))
    });
    Effect::new(move |_| {
        if let Some(Err(error)) = save.value().get() {
            let text = host_t()
                .participants
                .message_not_saved(error.user_message());
            form.refuse(text, Default::default());
        }
    });
    view! { <LobbyMessageView saved draft form /> }
}

/// The form itself, for the tab and the gallery.
#[component]
pub fn LobbyMessageView(
    #[prop(into)] saved: Signal<Option<String>>,
    draft: RwSignal<String>,
    form: FormState,
) -> impl IntoView {
    let scope = scoped_css!("src/host/participants/lobby_message.css");
    let pending = form.pending();
    let w = host_t().participants;
    view! { class=scope,
        <CheckedForm form>
            <TextArea
                label=w.message_label
                name="message"
                value=draft
                error=form.field("message")
                help=w.message_help
            />
            <p class="now" aria-live="polite">
                {move || match saved.get() {
                    Some(message) => w.guests_see(&message),
                    None => w.no_message.to_string(),
                }}
            </p>
            <div class="buttons">
                <button type="submit" class="btn btn-primary" disabled=move || pending.get()>
                    {w.save_message}
                </button>
                <button
                    type="button"
                    class="btn"
                    disabled=move || pending.get() || saved.get().is_none()
                    on:click=move |_| {
                        draft.set(String::new());
                        form.submit();
                    }
                >
                    {w.clear_message}
                </button>
            </div>
        </CheckedForm>
    }
}
