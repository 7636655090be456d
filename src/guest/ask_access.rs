//! "Ask the host for access" on a message page: a short form (name, email, an optional
//! note) revealed by a button, then a confirmation that says honestly what happens next.
//! Built from the entry form's parts (the form primitive, `TextField`), so the guest bundle
//! grows little.

use contract::{validate, ErrorCode, NewAccessRequest};
use leptos::prelude::*;

use crate::api::{self, ApiError};
use crate::messages::field_messages;
use crate::ui::{CheckedForm, FieldMessages, FormState, Summary, TextField};
use crate::wording::t;

/// Where the guest is in asking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AskStage {
    /// Only the button shows.
    Closed,
    Form,
    /// The host was told.
    Sent,
    /// The link works again (the host renewed it meanwhile): open it.
    LinkWorks,
}

/// What the guest typed; kept by the page, so no failure loses it.
#[derive(Clone, Copy)]
pub struct AskDraft {
    pub name: RwSignal<String>,
    pub email: RwSignal<String>,
    pub note: RwSignal<String>,
}

impl AskDraft {
    pub fn new(name: &str, email: &str, note: &str) -> Self {
        AskDraft {
            name: RwSignal::new(name.into()),
            email: RwSignal::new(email.into()),
            note: RwSignal::new(note.into()),
        }
    }

    /// The request, trimmed (a blank note is none), or the message for each refused field.
    pub fn to_request(&self) -> Result<NewAccessRequest, FieldMessages> {
        let note = self.note.get().trim().to_string();
        let request = NewAccessRequest {
            name: self.name.get().trim().into(),
            email: self.email.get().trim().into(),
            note: (!note.is_empty()).then_some(note),
        };
        validate::access_request(&request)
            .map(|()| request)
            .map_err(|errors| field_messages(&errors))
    }
}

/// The button, the form and the confirmation for the link `token`; `on_open` opens the link
/// again when it turns out to work.
#[component]
pub fn AskAccess(
    #[prop(into)] token: String,
    #[prop(optional)] on_open: Option<Callback<()>>,
) -> impl IntoView {
    let stage = RwSignal::new(AskStage::Closed);
    let draft = AskDraft::new("", "", "");
    let send = Action::new_local(move |request: &NewAccessRequest| {
        let (token, request) = (token.clone(), request.clone());
        async move { api::guest::ask_access(&token, &request).await }
    });
    // One request however often Send is pressed: the form refuses a submit in flight.
    let form = FormState::new(send, move || draft.to_request());
    Effect::new(move |_| match send.value().get() {
        Some(Ok(())) => stage.set(AskStage::Sent),
        Some(Err(error)) => refused(form, stage, &error),
        None => {}
    });
    view! { <AskAccessView stage draft form on_open /> }
}

/// Maps a refusal to the fields, the summary, or the link that works again.
fn refused(form: FormState, stage: RwSignal<AskStage>, error: &ApiError) {
    let w = t().ask;
    match error.code() {
        Some(ErrorCode::ValidationFailed) => {
            form.refuse(t().common.check_fields, field_messages(&error.fields()))
        }
        Some(ErrorCode::LinkActive) => stage.set(AskStage::LinkWorks),
        Some(ErrorCode::RateLimited) => form.refuse(w.too_many, Default::default()),
        _ => {
            let summary = Summary {
                text: w.not_sent(error.user_message()),
                retry: error.is_retryable(),
            };
            form.refuse(summary, Default::default())
        }
    }
}

/// Pure view of [`AskAccess`], for the gallery.
#[component]
pub fn AskAccessView(
    #[prop(into)] stage: RwSignal<AskStage>,
    draft: AskDraft,
    form: FormState,
    #[prop(optional_no_strip)] on_open: Option<Callback<()>>,
) -> impl IntoView {
    let w = t().ask;
    let pending = form.pending();
    move || match stage.get() {
        AskStage::Closed => view! {
            <button
                type="button"
                class="btn btn-secondary"
                on:click=move |_| stage.set(AskStage::Form)
            >
                {w.ask}
            </button>
        }
        .into_any(),
        AskStage::Form => view! {
            <h2>{w.ask}</h2>
            <p>{w.lead}</p>
            <CheckedForm form>
                <TextField
                    label=t().guest.name
                    name="name"
                    value=draft.name
                    error=form.field("name")
                    required=true
                    autocomplete="name"
                    autofocus=true
                />
                <TextField
                    label=t().guest.email
                    name="email"
                    value=draft.email
                    error=form.field("email")
                    required=true
                    input_type="email"
                    autocomplete="email"
                />
                <TextField
                    label=w.note
                    name="note"
                    value=draft.note
                    error=form.field("note")
                    help=w.note_help
                />
                <button
                    type="submit"
                    class="btn btn-primary"
                    disabled=move || pending.get()
                    aria-busy=move || pending.get().to_string()
                >
                    {move || if pending.get() { w.sending } else { w.send }}
                </button>
            </CheckedForm>
        }
        .into_any(),
        AskStage::Sent => view! {
            <div role="status">
                <h2>{w.sent_title}</h2>
                <p>{w.sent_text}</p>
                <p>{w.sent_next}</p>
            </div>
        }
        .into_any(),
        AskStage::LinkWorks => view! {
            <p role="status">{w.link_works}</p>
            {on_open
                .map(|open| {
                    view! {
                        <button
                            type="button"
                            class="btn btn-primary"
                            on:click=move |_| open.run(())
                        >
                            {w.open_link}
                        </button>
                    }
                })}
        }
        .into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_blank_fields_and_a_long_note_should_refuse_each_in_plain_words() {
        let draft = AskDraft::new(" ", "ann@", &"n".repeat(501));
        let errors = draft.to_request().unwrap_err();
        assert_eq!(errors["name"], "Enter a name.");
        assert!(errors["note"].contains("500"), "{}", errors["note"]);
    }

    #[test]
    fn given_good_values_should_send_them_trimmed_and_a_blank_note_as_none() {
        let draft = AskDraft::new(" Ann ", " ann@example.com ", "   ");
        let request = draft.to_request().unwrap();
        assert_eq!((request.name.as_str(), request.note), ("Ann", None));
    }
}
