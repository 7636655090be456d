use contract::MediaKind;
use leptos::prelude::*;

use super::ask_access_screens::AskAccessScreens;
use super::language_links_preview::LanguageLinksPreview;
use super::skeleton_preview::SkeletonPreview;
use super::{guest_media, link_context, platform, shared_by, waiting_session, Specimen, THUMBNAIL};
use crate::api::ApiError;
use crate::guest::{
    GuestEntryView, GuestView, JoinDraft, LeftView, LinkContext, MessageView, Reason, WaitingView,
};
use crate::live::StreamStatus;
use crate::ui::{FieldMessages, FormState, Loading, Summary};
use crate::wording::t;

/// What a guest sees from a guest link, each screen in its states. Views, not pages: the
/// gallery has the one `<main>`.
#[component]
pub fn GuestScreens() -> impl IntoView {
    let offline = t().guest.not_joined(ApiError::Network.user_message());
    let server = t()
        .guest
        .not_joined(ApiError::Unexpected { status: 502 }.user_message());
    // Starts 85 minutes after the gallery opens; the countdown runs as on the real page.
    let mut scheduled = waiting_session(2, None);
    scheduled.media.starts_at = Some(
        js_sys::Date::new(&(js_sys::Date::now() + 85.0 * 60_000.0).into())
            .to_iso_string()
            .into(),
    );
    let scheduled_media = scheduled.media.clone();
    let reasons = Reason::every(Some("2026-04-23T12:00:00Z".into()));
    let marked_up = contract::GuestMedia {
        title: "<b>Launch</b> & <img src=x onerror=alert(1)> — a title long enough to wrap twice on a phone".into(),
        description: Some("Line one of the description.\nLine two, with <script>alert(1)</script> shown as text.".into()),
        ..guest_media()
    };
    view! {
        <section aria-labelledby="guest">
            <h2 data-gallery-chrome="" id="guest">
                "Guest screens"
            </h2>
            <Specimen title="Guest entry: before the app has run (guest.html's skeleton)">
                <SkeletonPreview />
            </Specimen>
            <Specimen title="Guest entry: before the app has run, the link's details prefetched">
                <SkeletonPreview filled=true />
            </Specimen>
            <Specimen title="Guest and invitee pages: the language links at their foot">
                <LanguageLinksPreview />
            </Specimen>
            <Specimen title="Guest entry: loading">
                <Loading label=t().guest.opening_link />
            </Specimen>
            <Entry title="Guest entry: ready" draft=("", "") errors=vec![] />
            <Entry
                title="Guest entry: ready, a moderator admits guests"
                draft=("", "")
                errors=vec![]
                live=true
            />
            <Entry
                title="Guest entry: validation errors"
                draft=("   ", "ann@")
                errors=vec![
                    ("name", t().fields.enter_name.into()),
                    ("email", t().fields.email_like.into()),
                ]
                alert=t().common.check_fields
            />
            <Entry
                title="Guest entry: submitting"
                draft=("Ann Lee", "ann@example.com")
                errors=vec![]
                pending=true
            />
            <Entry
                title="Guest entry: the item has a thumbnail"
                draft=("", "")
                errors=vec![]
                thumbnail=true
            />
            <Entry
                title="Guest entry: a backend that names no platform or sharer"
                draft=("", "")
                errors=vec![]
                unnamed=true
            />
            <Entry
                title="Guest entry: server error, values kept"
                draft=("Ann Lee", "ann@example.com")
                errors=vec![]
                alert=server
            />
            <Entry
                title="Guest entry: network error, values kept"
                draft=("Ann Lee", "ann@example.com")
                errors=vec![]
                alert=offline
            />
            <Specimen title="Guest view">
                <GuestView media=guest_media() on_leave=Callback::new(|_| ()) card=link_context() />
            </Specimen>
            <Specimen title="Guest view: just let in, the session starts in a while">
                <GuestView
                    media=scheduled_media
                    on_leave=Callback::new(|_| ())
                    just_admitted=true
                    card=link_context()
                />
            </Specimen>
            <Specimen title="Guest view: a backend that names no platform">
                <GuestView media=guest_media() on_leave=Callback::new(|_| ()) />
            </Specimen>
            <Specimen title="Guest view: leaving failed">
                <GuestView
                    media=guest_media()
                    on_leave=Callback::new(|_| ())
                    leave_error=t().guest.not_left(ApiError::Network.user_message())
                />
            </Specimen>
            <Specimen title="Guest view: markup in the title and description is shown as text">
                <GuestView media=marked_up on_leave=Callback::new(|_| ()) />
            </Specimen>
            <Specimen title="Waiting page: in line, with the moderator's message">
                <WaitingView
                    session=waiting_session(
                        3,
                        Some(
                            "Welcome! We start at 10:00 sharp; the moderator lets people in a few minutes before.",
                        ),
                    )
                    status=StreamStatus::Live
                    on_reconnect=Callback::new(|_| ())
                    name="Ann Lee"
                    on_leave=Callback::new(|_| ())
                    leaving=false
                />
            </Specimen>
            <Specimen title="Waiting page: before the session starts, with its countdown">
                <WaitingView
                    session=scheduled
                    status=StreamStatus::Live
                    on_reconnect=Callback::new(|_| ())
                    name="Ann Lee"
                    on_leave=Callback::new(|_| ())
                    leaving=false
                />
            </Specimen>
            <Specimen title="Waiting page: next in line">
                <WaitingView
                    session=waiting_session(1, None)
                    status=StreamStatus::Live
                    on_reconnect=Callback::new(|_| ())
                    name="Ann Lee"
                    on_leave=Callback::new(|_| ())
                    leaving=false
                />
            </Specimen>
            <Specimen title="Waiting page: connection dropped, reconnecting">
                <WaitingView
                    session=waiting_session(2, None)
                    status=StreamStatus::Reconnecting {
                        retry_in: 4,
                    }
                    on_reconnect=Callback::new(|_| ())
                    name="Ann Lee"
                    on_leave=Callback::new(|_| ())
                    leaving=false
                />
            </Specimen>
            <Specimen title="Waiting page: leaving the waiting room">
                <WaitingView
                    session=waiting_session(2, None)
                    status=StreamStatus::Live
                    on_reconnect=Callback::new(|_| ())
                    name="Ann Lee"
                    on_leave=Callback::new(|_| ())
                    leaving=true
                />
            </Specimen>
            <Specimen title="Waiting page: leaving failed, still in line">
                <WaitingView
                    session=waiting_session(2, None)
                    status=StreamStatus::Live
                    on_reconnect=Callback::new(|_| ())
                    name="Ann Lee"
                    on_leave=Callback::new(|_| ())
                    leaving=false
                    leave_error=t().guest.not_left(ApiError::Network.user_message())
                />
            </Specimen>
            <Specimen title="Waiting page: a name with markup, shown as text">
                <WaitingView
                    session=waiting_session(4, None)
                    status=StreamStatus::Live
                    on_reconnect=Callback::new(|_| ())
                    name="<b>Ann</b> & <img src=x onerror=alert(1)>"
                    on_leave=Callback::new(|_| ())
                    leaving=false
                />
            </Specimen>
            {reasons
                .into_iter()
                .map(|reason| {
                    view! {
                        <Specimen title=format!("Message page: {}", reason.title())>
                            <MessageView
                                reason
                                on_retry=Some(Callback::new(|_| ()))
                                context=link_context()
                                on_rejoin=Some(Callback::new(|_| ()))
                            />
                        </Specimen>
                    }
                })
                .collect_view()}
            <Specimen title="Message page: expired, date unknown">
                <MessageView reason=Reason::Expired { at: None } context=link_context() />
            </Specimen>
            <Specimen title="Message page: opened directly, nothing known about the link">
                <MessageView reason=Reason::LinkNotFound context=LinkContext::default() />
            </Specimen>
            <AskAccessScreens />
            <Specimen title="You left">
                <LeftView title=guest_media().title on_rejoin=Callback::new(|_| ()) />
            </Specimen>
        </section>
    }
}

#[component]
fn Entry(
    #[prop(into)] title: String,
    draft: (&'static str, &'static str),
    errors: Vec<(&'static str, String)>,
    #[prop(optional, into)] alert: Option<String>,
    #[prop(optional)] pending: bool,
    #[prop(optional)] live: bool,
    #[prop(optional)] thumbnail: bool,
    /// The backend names no platform and no sharer: the card without them.
    #[prop(optional)]
    unnamed: bool,
) -> impl IntoView {
    let errors: FieldMessages = errors
        .into_iter()
        .map(|(f, m)| (f.to_string(), m))
        .collect();
    let media = contract::GuestMedia {
        kind: if live {
            MediaKind::LiveEvent
        } else {
            MediaKind::Video
        },
        thumbnail_url: thumbnail.then(|| THUMBNAIL.to_string()),
        ..guest_media()
    };
    view! {
        <Specimen title>
            <GuestEntryView
                media
                requires_admission=live
                draft=JoinDraft::new(draft.0, draft.1)
                form=FormState::shown(errors, alert.map(Summary::text), pending)
                platform=(!unnamed).then(platform)
                shared_by=(!unnamed).then(shared_by)
            />
        </Specimen>
    }
}
