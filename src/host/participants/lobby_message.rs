//! The message waiting guests see, set and cleared by the host.

use leptos::prelude::*;
use stylers_macro::style_str;

use crate::ui::{scoped, unique_id};

/// The lobby message form. `saved` is what guests see now; `draft` what the host is typing.
#[component]
pub fn LobbyMessageForm(
    #[prop(into)] saved: Signal<Option<String>>,
    draft: RwSignal<String>,
    #[prop(into)] pending: Signal<bool>,
    #[prop(into)] error: Signal<Option<String>>,
    on_save: Callback<Option<String>>,
) -> impl IntoView {
    let scope = scoped(style_str! {
        textarea {
            min-height: 4.5rem;
        }
        .now {
            color: var(--color-muted);
            font-size: var(--text-sm);
        }
        .buttons {
            display: flex;
            gap: var(--space-2);
            margin-top: var(--space-2);
        }
    });
    let field = unique_id("lobby-message");
    let help = unique_id("lobby-help");
    let error_id = unique_id("lobby-error");
    let described = {
        let (help, error_id) = (help.clone(), error_id.clone());
        move || match error.get() {
            Some(_) => format!("{help} {error_id}"),
            None => help.clone(),
        }
    };
    let field_for_label = field.clone();
    view! { class=scope,
        <form on:submit=move |event| {
            event.prevent_default();
            let text = draft.get_untracked();
            on_save.run((!text.trim().is_empty()).then(|| text.trim().to_string()));
        }>
            <div class="field">
                <label class="field-label" for=field_for_label>"Message for waiting guests"</label>
                <p class="field-help" id=help.clone()>"Guests see this while they wait. Up to 500 characters."</p>
                <textarea
                    class="field-input"
                    id=field
                    aria-describedby=described
                    aria-invalid=move || error.get().is_some().to_string()
                    prop:value=move || draft.get()
                    on:input=move |event| draft.set(event_target_value(&event))
                ></textarea>
                {move || error.get().map(|text| view! { class=scope, <p class="field-error" id=error_id.clone()>{text}</p> })}
            </div>
            <p class="now" aria-live="polite">
                {move || match saved.get() {
                    Some(message) => format!("Guests see: “{message}”"),
                    None => "No message is shown to waiting guests.".to_string(),
                }}
            </p>
            <div class="buttons">
                <button type="submit" class="btn btn-primary" disabled=move || pending.get()>"Save message"</button>
                <button
                    type="button"
                    class="btn"
                    disabled=move || pending.get() || saved.get().is_none()
                    on:click=move |_| {
                        draft.set(String::new());
                        on_save.run(None);
                    }
                >
                    "Clear message"
                </button>
            </div>
        </form>
    }
}
