//! The guest entry page's content: what the link opens, and the name-and-email form.

use contract::{validate, GuestMedia, JoinRequest, Platform, SharedBy};
use leptos::prelude::*;

use super::GuestCard;
use crate::messages::field_messages;
use crate::ui::{scoped_css, CheckedForm, FieldMessages, FormState, TextField};
use crate::wording::{kind_label, t};

/// What the guest has typed. Owned by the page, so no failure loses it.
#[derive(Clone, Copy)]
pub struct JoinDraft {
    pub name: RwSignal<String>,
    pub email: RwSignal<String>,
}

impl JoinDraft {
    pub fn new(name: &str, email: &str) -> Self {
        JoinDraft {
            name: RwSignal::new(name.to_string()),
            email: RwSignal::new(email.to_string()),
        }
    }

    /// The request, trimmed, or the message for each field the contract's rules refuse.
    /// Reads the values tracked, so the form can re-check them as they change.
    pub fn to_request(&self) -> Result<JoinRequest, FieldMessages> {
        let request = JoinRequest {
            name: self.name.get().trim().to_string(),
            email: self.email.get().trim().to_string(),
            device: None,
        };
        match validate::join(&request) {
            Ok(()) => Ok(request),
            Err(errors) => Err(field_messages(&errors)),
        }
    }
}

/// The entry page: the media's title and kind, then the form. Pure view: the owner submits.
#[component]
pub fn GuestEntryView(
    media: GuestMedia,
    /// A moderator lets guests of live sessions in; say so before they join.
    requires_admission: bool,
    draft: JoinDraft,
    /// Its messages, its summary and the join request (in flight: the button is disabled
    /// and says so).
    form: FormState,
    /// The platform the link belongs to, when the backend names it.
    #[prop(default = None)]
    platform: Option<Platform>,
    /// Who shares the item, when the backend names them.
    #[prop(default = None)]
    shared_by: Option<SharedBy>,
) -> impl IntoView {
    let scope = scoped_css!("src/guest/entry_view.css");
    // The item's own picture is decorative here: its title is the heading below.
    let thumbnail = media
        .thumbnail_url
        .map(|src| view! { class=scope, <img class="thumbnail" src=src alt="" /> });
    let shared_by = shared_by
        .map(|by| view! { class=scope, <p class="shared-by">{t().guest.shared_by(&by.name)}</p> });
    view! { class=scope,
        <GuestCard platform>
            {thumbnail} <p class="kind">{kind_label(media.kind)}</p>
            <h1 dir="auto">{media.title}</h1> {shared_by} <p class="lead">{t().guest.entry_lead}</p>
            {requires_admission
                .then(|| {
                    view! { class=scope, <p class="admission">{t().guest.admission_note}</p> }
                })} <GuestEntryForm draft form />
        </GuestCard>
    }
}

/// The name-and-email form, errors under their fields and a summary on a refused submit.
#[component]
pub fn GuestEntryForm(draft: JoinDraft, form: FormState) -> impl IntoView {
    let scope = scoped_css!("src/guest/entry_form.css");
    let pending = form.pending();
    // For the page-load benchmark: the moment the form is in the page and accepts input
    // (an effect runs once the view is mounted).
    Effect::new(move |_| crate::live::perf::mark("guest:form-ready"));
    view! { class=scope,
        <CheckedForm form>
            <TextField
                label=t().guest.name
                name="name"
                value=draft.name
                error=form.field("name")
                required=true
                autocomplete="name"
            />
            <TextField
                label=t().guest.email
                name="email"
                value=draft.email
                error=form.field("email")
                help=t().guest.email_help
                required=true
                input_type="email"
                autocomplete="email"
            />
            <button
                type="submit"
                class="btn btn-primary submit"
                disabled=move || pending.get()
                aria-busy=move || pending.get().to_string()
            >
                {move || if pending.get() { t().guest.joining } else { t().guest.continue_ }}
            </button>
        </CheckedForm>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_blank_and_malformed_values_should_refuse_each_field_in_plain_words() {
        let draft = JoinDraft::new("   ", "ann@");
        let errors = draft.to_request().unwrap_err();
        assert_eq!(errors["name"], "Enter a name.");
        assert_eq!(
            errors["email"],
            "Enter an email address like name@example.com."
        );
    }

    #[test]
    fn given_good_values_should_send_them_trimmed() {
        let draft = JoinDraft::new("  Ann Lee ", " ann@example.com ");
        let request = draft.to_request().unwrap();
        assert_eq!(request.name, "Ann Lee");
        assert_eq!(request.email, "ann@example.com");
    }
}
