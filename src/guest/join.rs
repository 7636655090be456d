//! The entry screen with its join request: checks the fields first, sends once, and maps
//! every refusal to the field, the form's summary, or the message page it belongs on.

use contract::{ErrorCode, GuestLinkInfo, JoinRequest};
use leptos::prelude::*;

use super::{device_id, GuestEntryView, JoinDraft, Reason, StoredGuest};
use crate::api::{self, ApiError};
use crate::messages::field_messages;
use crate::ui::FormState;
use crate::wording::t;

/// The entry form for the link `token`, which opened as `info`. A successful join keeps the
/// pass for this tab and hands it on; values survive every failure, since the owner keeps
/// the draft.
#[component]
pub fn GuestJoin(
    /// The guest link's secret token.
    #[prop(into)]
    token: String,
    info: GuestLinkInfo,
    draft: JoinDraft,
    /// Joined: the pass this tab now keeps.
    on_joined: Callback<StoredGuest>,
    /// The link turned out to be unusable (expired or used up since the page opened, say).
    on_unusable: Callback<Reason>,
) -> impl IntoView {
    let join = Action::new_local(move |request: &JoinRequest| {
        let token = token.clone();
        // This browser's id goes with every join, so a guest denied before is recognised.
        let request = JoinRequest {
            device: device_id(),
            ..request.clone()
        };
        async move {
            let joined = api::guest::join(&token, &request).await?;
            let pass = StoredGuest::from_join(&joined, &request.name);
            pass.save(&token);
            Ok::<_, ApiError>(pass)
        }
    });
    let form = FormState::new(join, move || draft.to_request());
    Effect::new(move |_| match join.value().get() {
        Some(Ok(pass)) => on_joined.run(pass),
        Some(Err(error)) => {
            let reason = Reason::from_error(&error);
            if error.code() == Some(ErrorCode::ValidationFailed) {
                form.refuse(t().common.check_fields, field_messages(&error.fields()));
            } else if reason.ends_the_link() {
                on_unusable.run(reason);
            } else {
                let text = t().guest.not_joined(error.user_message());
                form.refuse(text, Default::default());
            }
        }
        None => {}
    });
    view! {
        <GuestEntryView
            media=info.media
            requires_admission=info.requires_admission
            draft
            form
            platform=info.platform
            shared_by=info.shared_by
        />
    }
}
