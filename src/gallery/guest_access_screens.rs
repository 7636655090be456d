use contract::{GuestAccess, MediaKind, MediaStatus};
use leptos::prelude::*;

use super::access_request_screens::AccessRequestScreens;
use super::link_edit_screens::LinkEditScreens;
use super::link_joins_screens::LinkJoinsScreens;
use super::{gallery_now, guest_access, guest_link, media, three_links, DialogPreview, Specimen};
use crate::api::ApiError;
use crate::format;
use crate::host::guest_access::{
    CreateLinkForm, DeleteLinkBody, GuestAccessPanel, LinkDraft, LiveItem,
};
use crate::host::{LinkQr, ShareOption, ShareOptions};
use crate::ui::{
    FieldMessages, FormState, Icon, IconName, LoadError, Loading, MenuButton, MenuItem, Summary,
};
use crate::wording::{host_t, t};

/// The guest-access windows, each in its states.
#[component]
pub fn GuestAccessScreens() -> impl IntoView {
    use contract::LinkStatus::*;
    view! {
        <section aria-labelledby="guest-access">
            <h2 data-gallery-chrome="" id="guest-access">
                "Sharing and guest access"
            </h2>
            <Specimen title="More actions menu (three dots): open it with Enter or ArrowDown">
                <MenuButton
                    label=host_t().media.more_actions
                    items=vec![
                        MenuItem::new(host_t().media.invite_users, || ()),
                        MenuItem::new(host_t().media.manage_guest_access, || ()),
                    ]
                >
                    <Icon name=IconName::Dots />
                </MenuButton>
            </Specimen>
            <Specimen title="Share window: host (every option)">
                <DialogPreview title=host_t().media.share_title("Quarterly all-hands")>
                    <ShareOptions
                        options=ShareOption::for_media(&media(MediaKind::Video, MediaStatus::Ended))
                        on_choose=Callback::new(|_| ())
                    />
                </DialogPreview>
            </Specimen>
            <Specimen title="Share window: co-host (no guest access)">
                <DialogPreview title=host_t().media.share_title("Quarterly all-hands")>
                    <ShareOptions
                        options=vec![
                            ShareOption::CopyLink,
                            ShareOption::Email,
                            ShareOption::InviteUsers,
                        ]
                        on_choose=Callback::new(|_| ())
                    />
                </DialogPreview>
            </Specimen>
            <Specimen title="Manage guest access: loading">
                <DialogPreview title=host_t().guest_access.title>
                    <Loading label=host_t().guest_access.loading />
                </DialogPreview>
            </Specimen>
            <Specimen title="Manage guest access: could not load">
                <DialogPreview title=host_t().guest_access.title>
                    <LoadError error=ApiError::Network retry=|| () />
                </DialogPreview>
            </Specimen>
            <Panel title="Manage guest access: off, no links" access=guest_access(false, vec![]) />
            <Panel title="Manage guest access: on, no links" access=guest_access(true, vec![]) />
            <Panel
                title="Manage guest access: on, 1 link"
                access=guest_access(true, vec![guest_link(1, "Press preview", Active)])
            />
            <Panel
                title="Manage guest access: on, 2 links"
                access=guest_access(true, three_links().into_iter().take(2).collect())
            />
            <Panel
                title="Manage guest access: 3 links, limit reached (expired and used-up links inactive; expiry as a date and how far: in 3 days, expired 105 days ago)"
                access=guest_access(true, three_links())
            />
            <Panel
                title="Manage guest access: switched off, every link inactive"
                access=guest_access(false, three_links())
            />
            <Panel
                title="Manage guest access: switching failed"
                access=guest_access(true, vec![guest_link(1, "Press preview", Active)])
                notice=host_t().guest_access.not_turned(false, t().errors.network)
            />
            <Panel
                title="Manage guest access: a live room's links, one letting guests in directly"
                access=guest_access(true, live_links())
                live=true
            />
            <Form title="Create new link: empty" draft=("", "", "") errors=vec![] />
            <Form
                title="Create new link: a live item, how guests come in"
                draft=("Speakers", "", "")
                errors=vec![]
                live=true
            />
            <Form
                title="Create new link: validation errors"
                draft=("   ", "0", "400")
                errors=vec![
                    ("name", t().fields.enter_name.into()),
                    ("max_clicks", t().fields.clicks_range(&format::count(100_000))),
                    ("duration_days", t().fields.days_range(&format::count(365))),
                ]
                alert=t().common.check_fields
            />
            <Form
                title="Create new link: server unreachable, values kept"
                draft=("Press preview", "100", "30")
                errors=vec![]
                alert=host_t().guest_access.not_created(t().errors.network)
            />
            <Form
                title="Create new link: limit reached in another window"
                draft=("Press preview", "", "")
                errors=vec![]
                alert=host_t().guest_access.limit_conflict
            />
            <Form
                title="Create new link: creating"
                draft=("Press preview", "100", "")
                errors=vec![]
                pending=true
            />
            <LinkEditScreens />
            <AccessRequestScreens />
            <LinkJoinsScreens />
            <Specimen title="Delete a guest link: confirm">
                <DialogPreview
                    title=host_t().guest_access.delete_title
                    description=host_t().guest_access.delete_description
                >
                    <DeleteLinkBody
                        name="Press preview".into()
                        error=None
                        pending=false
                        on_confirm=Callback::new(|_| ())
                        on_cancel=Callback::new(|_| ())
                    />
                </DialogPreview>
            </Specimen>
            <Specimen title="Delete a guest link: failed">
                <DialogPreview
                    title=host_t().guest_access.delete_title
                    description=host_t().guest_access.delete_description
                >
                    <DeleteLinkBody
                        name="Press preview".into()
                        error=Some(
                            format!(
                                "{} {}",
                                host_t().guest_access.not_deleted,
                                ApiError::Unexpected {
                                    status: 500,
                                }
                                    .user_message(),
                            ),
                        )
                        pending=false
                        on_confirm=Callback::new(|_| ())
                        on_cancel=Callback::new(|_| ())
                    />
                </DialogPreview>
            </Specimen>
            <Specimen title="A guest link's QR code (scans to the link; downloads as SVG and PNG)">
                <DialogPreview title=host_t().qr.title>
                    <LinkQr
                        name="Press preview".into()
                        url=guest_link(1, "Press preview", Active).url
                    />
                </DialogPreview>
            </Specimen>
        </section>
    }
}

#[component]
fn Panel(
    #[prop(into)] title: String,
    access: GuestAccess,
    #[prop(optional, into)] notice: Option<String>,
    #[prop(optional)] live: bool,
) -> impl IntoView {
    provide_context(LiveItem(live));
    let access = RwSignal::new(access);
    view! {
        <Specimen title>
            <DialogPreview title=host_t().guest_access.title>
                <GuestAccessPanel
                    access
                    toggle_busy=false
                    notice=notice
                    on_toggle=Callback::new(move |on| access.update(|a| a.enabled = on))
                    on_create=Callback::new(|_| ())
                    on_copy=Callback::new(|_| ())
                    on_qr=Callback::new(|_| ())
                    on_edit=Callback::new(|_| ())
                    on_delete=Callback::new(|_| ())
                    on_used_by=Some(Callback::new(|_| ()))
                    now=Some(Signal::stored(gallery_now()))
                />
            </DialogPreview>
        </Specimen>
    }
}

#[component]
fn Form(
    #[prop(into)] title: String,
    draft: (&'static str, &'static str, &'static str),
    errors: Vec<(&'static str, String)>,
    #[prop(optional, into)] alert: Option<String>,
    #[prop(optional)] pending: bool,
    #[prop(optional)] live: bool,
) -> impl IntoView {
    let errors: FieldMessages = errors
        .into_iter()
        .map(|(f, m)| (f.to_string(), m))
        .collect();
    view! {
        <Specimen title>
            <DialogPreview
                title=host_t().guest_access.create_new_link
                description=host_t().guest_access.create_description
            >
                <CreateLinkForm
                    draft=LinkDraft::new(draft.0, draft.1, draft.2).for_live(live)
                    form=FormState::shown(errors, alert.map(Summary::text), pending)
                    on_cancel=Callback::new(|_| ())
                />
            </DialogPreview>
        </Specimen>
    }
}

/// A live room's links: one waits for a moderator, one lets guests in directly.
fn live_links() -> Vec<contract::GuestLink> {
    use contract::{LinkAdmission, LinkStatus};
    let mut direct = guest_link(2, "Speakers", LinkStatus::Active);
    direct.admission = LinkAdmission::Direct;
    vec![guest_link(1, "Audience", LinkStatus::Active), direct]
}
