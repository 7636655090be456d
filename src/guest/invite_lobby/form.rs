use contract::InviteInfo;
use leptos::prelude::*;

use super::EventDetails;
use crate::ui::{scoped_css, CheckedForm, FormState, FormSummary, TextField};
use crate::wording::{role_label, t};

/// The lobby's form: a greeting by first name, the event, and the invited email to log in
/// with. For the page and the gallery.
#[component]
pub fn LobbyForm(
    info: InviteInfo,
    email: RwSignal<String>,
    /// The message under the email field (a wrong email, say), the summary above the button
    /// (with "Try again" after a network failure) and the login request.
    form: FormState,
) -> impl IntoView {
    let scope = scoped_css!("src/guest/invite_lobby/form.css");
    let pending = form.pending();
    let greeting = t().invitee.greeting(&info.first_name);
    let role = t().invitee.invited_as(role_label(info.role));
    view! { class=scope,
        <h1>{greeting}</h1>
        <EventDetails media=info.media />
        <p class="role">{role}</p>
        <CheckedForm form summary_placed=true>
            <TextField
                label=t().invitee.email_label
                name="email"
                input_type="email"
                value=email
                error=form.field("email")
                help=t().invitee.email_help
                required=true
                autocomplete="email"
            />
            <FormSummary form />
            <button
                type="submit"
                class="btn btn-primary"
                aria-disabled=move || pending.get().to_string()
            >
                {move || if pending.get() { t().invitee.logging_in } else { t().invitee.login }}
            </button>
        </CheckedForm>
    }
}
