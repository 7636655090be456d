//! "Ask the host for access" on a message page, in each of its states, from fixture data
//! (a fixed form: nothing is sent from the gallery).

use leptos::prelude::*;

use super::Specimen;
use crate::guest::{AskAccessView, AskDraft, AskStage, GuestCard, MessageView, Reason};
use crate::ui::{FieldMessages, FormState, Summary};
use crate::wording::t;

/// The asking states, each on the expired link's page.
#[component]
pub fn AskAccessScreens() -> impl IntoView {
    let errors: FieldMessages = [
        ("name".to_string(), t().fields.enter_name.to_string()),
        ("email".to_string(), t().fields.email_like.to_string()),
        ("note".to_string(), t().fields.too_long("500")),
    ]
    .into_iter()
    .collect();
    let form = |fields, summary, pending| FormState::shown(fields, summary, pending);
    view! {
        <Specimen title="Message page: expired, with Ask the host for access">
            <MessageView reason=Reason::Expired { at: None } />
            <Ask
                stage=AskStage::Closed
                draft=AskDraft::new("", "", "")
                form=form(FieldMessages::new(), None, false)
            />
        </Specimen>
        <Specimen title="Ask the host for access: the form">
            <Ask
                stage=AskStage::Form
                draft=AskDraft::new("Priya Raman", "priya@example.com", "")
                form=form(FieldMessages::new(), None, false)
            />
        </Specimen>
        <Specimen title="Ask the host for access: field errors, values kept">
            <Ask
                stage=AskStage::Form
                draft=AskDraft::new(" ", "priya@", &"n".repeat(501))
                form=form(errors, Some(Summary::check_fields()), false)
            />
        </Specimen>
        <Specimen title="Ask the host for access: sending">
            <Ask
                stage=AskStage::Form
                draft=AskDraft::new("Priya Raman", "priya@example.com", "Hello")
                form=form(FieldMessages::new(), None, true)
            />
        </Specimen>
        <Specimen title="Ask the host for access: too many requests">
            <Ask
                stage=AskStage::Form
                draft=AskDraft::new("Priya Raman", "priya@example.com", "")
                form=form(FieldMessages::new(), Some(Summary::text(t().ask.too_many)), false)
            />
        </Specimen>
        <Specimen title="Ask the host for access: the host was told">
            <Ask
                stage=AskStage::Sent
                draft=AskDraft::new("", "", "")
                form=form(FieldMessages::new(), None, false)
            />
        </Specimen>
        <Specimen title="Ask the host for access: the link works again">
            <Ask
                stage=AskStage::LinkWorks
                draft=AskDraft::new("", "", "")
                form=form(FieldMessages::new(), None, false)
            />
        </Specimen>
    }
}

#[component]
fn Ask(stage: AskStage, draft: AskDraft, form: FormState) -> impl IntoView {
    view! {
        <GuestCard>
            <AskAccessView
                stage=RwSignal::new(stage)
                draft
                form
                on_open=Some(Callback::new(|_| ()))
            />
        </GuestCard>
    }
}
