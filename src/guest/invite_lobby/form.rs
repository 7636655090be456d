use contract::InviteInfo;
use leptos::html;
use leptos::prelude::*;
use stylers_macro::style_str;

use super::EventDetails;
use crate::ui::focus::focus_first_refused;
use crate::ui::{scoped, TextField};

/// A problem with the whole attempt, shown above the button.
#[derive(Clone, Debug, PartialEq)]
pub struct LobbyAlert {
    pub text: String,
    /// The network failed: offer to send the same email again.
    pub retry: bool,
}

/// The lobby's form: a greeting by first name, the event, and the invited email to log in
/// with. For the page and the gallery.
#[component]
pub fn LobbyForm(
    info: InviteInfo,
    email: RwSignal<String>,
    /// The message under the email field (a wrong email, say).
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    #[prop(optional, into)] alert: Signal<Option<LobbyAlert>>,
    #[prop(optional, into)] pending: Signal<bool>,
    on_submit: Callback<()>,
) -> impl IntoView {
    let scope = scoped(style_str! {
        .role {
            font-weight: 600;
        }
        button[aria-disabled="true"] {
            cursor: progress;
            opacity: 0.7;
        }
        .alert p {
            margin-bottom: var(--space-2);
        }
    });
    let form = NodeRef::<html::Form>::new();
    focus_first_refused(form, "input[name=email]", move || {
        error.with(|e| e.is_some())
    });
    let greeting = format!("Hi {}, you're invited", info.first_name);
    let role = format!("You're invited as {}.", info.role.label());
    view! { class=scope,
        <h1>{greeting}</h1>
        <EventDetails media=info.media />
        <p class="role">{role}</p>
        <form
            novalidate
            node_ref=form
            on:submit=move |event| {
                event.prevent_default();
                if !pending.get_untracked() {
                    on_submit.run(());
                }
            }
        >
            <TextField
                label="Email address"
                name="email"
                input_type="email"
                value=email
                error
                help="Enter the same email address the invitation was sent to."
                required=true
                autocomplete="email"
            />
            {move || alert.get().map(|alert| view! { class=scope,
                <div class="notice notice-error alert" role="alert">
                    <p>{alert.text}</p>
                    {alert.retry.then(|| view! { class=scope,
                        <button type="button" class="btn" on:click=move |_| on_submit.run(())>"Try again"</button>
                    })}
                </div>
            })}
            <button
                type="submit"
                class="btn btn-primary"
                aria-disabled=move || pending.get().to_string()
            >
                {move || if pending.get() { "Logging in…" } else { "Login" }}
            </button>
        </form>
    }
}
