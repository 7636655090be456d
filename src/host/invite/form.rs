use contract::{InviteRole, UserHit};
use leptos::prelude::*;

use super::{InviteDraft, RoleChoice};
use crate::ui::{
    scoped_css, unique_id, CheckedForm, Combobox, ComboboxOption, FormState, TextField,
};
use crate::wording::host_t;

/// The invitation form, for the window and the gallery: email with suggestions, first and
/// last name, the invitation type, "Send link via email" where the platform can, and
/// "Generate invite link".
#[component]
pub fn InviteForm(
    draft: InviteDraft,
    /// Exactly the roles the item allows.
    roles: Vec<InviteRole>,
    /// The platform has an email template; otherwise "Send link via email" is not offered.
    email_available: bool,
    /// Directory users matching the typed email.
    #[prop(into)]
    suggestions: Signal<Vec<UserHit>>,
    /// The host typed in the email field.
    #[prop(optional, into)]
    on_type: Option<Callback<String>>,
    /// Its messages, its summary and its request (in flight: the button says so and the
    /// form ignores presses).
    form: FormState,
    /// Shows the suggestions open (the gallery's specimen).
    #[prop(optional)]
    suggestions_open: bool,
) -> impl IntoView {
    let scope = scoped_css!("src/host/invite/form.css");
    let pending = form.pending();
    let options = Signal::derive(move || {
        suggestions
            .get()
            .into_iter()
            .map(|hit| ComboboxOption {
                label: format!("{} {}", hit.first_name, hit.last_name),
                detail: Some(hit.email.clone()),
                value: hit.email,
            })
            .collect::<Vec<_>>()
    });
    // Choosing a directory user fills in their names.
    let on_select = Callback::new(move |option: ComboboxOption| {
        let hit = suggestions
            .with_untracked(|hits| hits.iter().find(|hit| hit.email == option.value).cloned());
        if let Some(hit) = hit {
            draft.first_name.set(hit.first_name);
            draft.last_name.set(hit.last_name);
        }
    });
    let send_id = unique_id("send-email");
    let w = host_t().invite;
    view! { class=scope,
        <CheckedForm form>
            <Combobox
                label=w.email_label
                name="email"
                input_type="email"
                value=draft.email
                suggestions=options
                on_type=on_type.unwrap_or_else(|| Callback::new(|_| ()))
                on_select
                error=form.field("email")
                help=w.email_help
                required=true
                autofocus=true
                open_at_start=suggestions_open
            />
            <fieldset class="names">
                <legend class="visually-hidden">{w.names_legend}</legend>
                <div class="field-row">
                    <TextField
                        label=w.first_name
                        name="first_name"
                        value=draft.first_name
                        error=form.field("first_name")
                        required=true
                        autocomplete="off"
                    />
                    <TextField
                        label=w.last_name
                        name="last_name"
                        value=draft.last_name
                        error=form.field("last_name")
                        required=true
                        autocomplete="off"
                    />
                </div>
            </fieldset>
            <RoleChoice roles selected=draft.role error=form.field("role") />
            {email_available
                .then(|| {
                    view! { class=scope,
                        <div class="check">
                            <label for=send_id.clone()>
                                <input
                                    type="checkbox"
                                    id=send_id.clone()
                                    name="send_email"
                                    prop:checked=move || draft.send_email.get()
                                    on:change=move |event| {
                                        draft.send_email.set(event_target_checked(&event))
                                    }
                                />
                                {w.send_email}
                            </label>
                        </div>
                    }
                })}
            <div class="buttons">
                <button
                    type="submit"
                    class="btn btn-primary"
                    aria-disabled=move || pending.get().to_string()
                    aria-busy=move || pending.get().to_string()
                >
                    {move || if pending.get() { w.generating } else { w.generate }}
                </button>
            </div>
        </CheckedForm>
    }
}
