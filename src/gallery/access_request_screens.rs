//! Guests' requests for access in Manage guest access, from fixture data.

use contract::{AccessRequest, LinkStatus};
use leptos::prelude::*;

use super::{at, guest_access, guest_link, DialogPreview, Specimen};
use crate::host::guest_access::{AccessRequestsView, GuestAccessPanel};
use crate::wording::host_t;

/// Two requests: one by an expired link (Extend link), one by a deleted link (Create new
/// link), a note in Hebrew to show `dir="auto"`.
pub fn access_requests() -> Vec<AccessRequest> {
    vec![
        AccessRequest {
            id: 2,
            name: "Priya Raman".into(),
            email: "priya@example.com".into(),
            note: Some("I missed the session last week.\nCould you send me a new link?".into()),
            requested_at: at(2026, 4, 19),
            link_id: 2,
            link_name: "Press".into(),
            link_status: Some(LinkStatus::Expired),
        },
        AccessRequest {
            id: 1,
            name: "נועה כהן".into(),
            email: "noa@example.com".into(),
            note: Some("שלום, אשמח לקבל גישה".into()),
            requested_at: at(2026, 4, 18),
            link_id: 9,
            link_name: "Old partners".into(),
            link_status: None,
        },
    ]
}

/// Manage guest access with requests under the links.
#[component]
pub fn AccessRequestScreens() -> impl IntoView {
    let access = RwSignal::new(guest_access(
        true,
        vec![
            guest_link(1, "Team", LinkStatus::Active),
            guest_link(2, "Press", LinkStatus::Expired),
        ],
    ));
    let requests = RwSignal::new(access_requests());
    let notice = Signal::stored(None::<String>);
    view! {
        <Specimen title="Manage guest access: access requests (Extend link, Create new link, Dismiss)">
            <DialogPreview title=host_t().guest_access.title>
                <GuestAccessPanel
                    access
                    toggle_busy=false
                    notice
                    on_toggle=Callback::new(|_| ())
                    on_create=Callback::new(|_| ())
                    on_copy=Callback::new(|_| ())
                    on_qr=Callback::new(|_| ())
                    on_edit=Callback::new(|_| ())
                    on_delete=Callback::new(|_| ())
                    now=Some(Signal::stored(super::gallery_now()))
                />
                <AccessRequestsView
                    requests
                    on_extend=Callback::new(|_| ())
                    on_create=Callback::new(|_| ())
                    on_dismiss=Callback::new(move |r: AccessRequest| {
                        requests.update(|all| all.retain(|x| x.id != r.id))
                    })
                />
            </DialogPreview>
        </Specimen>
    }
}
