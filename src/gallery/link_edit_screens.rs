//! "Edit link" in its states: filled from an active, a used-up and an expired link, a limit
//! below the clicks used, saving.

use contract::LinkStatus;
use leptos::prelude::*;

use super::{gallery_now, guest_link, DialogPreview, Specimen};
use crate::host::guest_access::{EditDraft, EditLinkForm};
use crate::ui::{FormState, Summary};
use crate::wording::{host_t, t};

/// The Edit link window's specimens.
#[component]
pub fn LinkEditScreens() -> impl IntoView {
    view! {
        <Edit title="Edit link: an active link, filled" status=LinkStatus::Active />
        <Edit
            title="Edit link: a used-up link (raising the limit renews it)"
            status=LinkStatus::Exhausted
        />
        <Edit
            title="Edit link: an expired link (days renew it, counted from today)"
            status=LinkStatus::Expired
        />
        <Edit
            title="Edit link: a limit below the clicks used, values kept"
            status=LinkStatus::Exhausted
            clicks="10"
            below_used=true
        />
        <Edit title="Edit link: saving" status=LinkStatus::Active pending=true />
    }
}

#[component]
fn Edit(
    #[prop(into)] title: String,
    status: LinkStatus,
    /// What the host typed into "# of clicks", over the link's own value.
    #[prop(optional)]
    clicks: Option<&'static str>,
    /// The server refused the limit as below the clicks used.
    #[prop(optional)]
    below_used: bool,
    #[prop(optional)] pending: bool,
) -> impl IntoView {
    let link = guest_link(3, "Conference attendees", status);
    let edit = EditDraft::new(&link, gallery_now());
    if let Some(clicks) = clicks {
        edit.draft.clicks.set(clicks.to_string());
    }
    let (errors, alert) = if below_used {
        let fields = [("max_clicks".to_string(), contract::FieldError::BelowUsed)].into();
        (edit.messages(&fields), Some(t().common.check_fields))
    } else {
        (Default::default(), None)
    };
    view! {
        <Specimen title>
            <DialogPreview
                title=host_t().link_edit.title
                description=host_t().link_edit.description
            >
                <EditLinkForm
                    edit
                    form=FormState::shown(errors, alert.map(Summary::text), pending)
                    on_cancel=Callback::new(|_| ())
                    now=gallery_now()
                />
            </DialogPreview>
        </Specimen>
    }
}
