//! `/guest/:token`: everything a guest goes through from one link, as one small state
//! machine: opening the link, the entry form, the guest view or the waiting page, leaving,
//! and a message page for every reason it can fail.

use std::sync::Arc;

use contract::{Admission, ErrorCode, GuestLinkInfo, GuestMedia, GuestSession};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{
    skeleton, GuestJoin, GuestView, JoinDraft, LeftView, LinkContext, MessagePage, Reason,
    StoredGuest, WaitingPage,
};
use crate::api::{self, ApiError};
use crate::ui::{LoadingPage, TaskOwner};
use crate::wording::t;

/// Where the guest is.
#[derive(Clone)]
enum Stage {
    /// Reading the link, or the session this tab already has.
    Opening,
    Entry(GuestLinkInfo),
    /// Admitted: the guest view.
    Inside(StoredGuest, GuestMedia),
    Waiting(StoredGuest, GuestSession),
    /// Left; the title of what they left.
    Left(String),
    Message(Reason),
}

/// `/guest/:token`: the page a guest opens from a guest link.
#[component]
pub fn GuestPage(token: String) -> impl IntoView {
    let token: Arc<str> = token.into();
    let stage = RwSignal::new(Stage::Opening);
    // What the answers so far said about the link, for the card of a later message page.
    let context = RwSignal::new(LinkContext::default());
    Effect::new(move |_| match stage.get() {
        Stage::Entry(info) => context.set(LinkContext::from_info(&info)),
        Stage::Inside(_, media) => context.update(|known| known.title = Some(media.title)),
        Stage::Waiting(_, session) => {
            context.update(|known| known.title = Some(session.media.title))
        }
        _ => {}
    });
    // The tab's title follows the stage, so a guest who switched tabs sees that they are
    // still waiting, and sees the moment they are let in.
    let page_title = document().title();
    Effect::new(move |_| {
        let title = match stage.get() {
            Stage::Waiting(_, session) => t().guest.tab_waiting(&session.media.title),
            Stage::Inside(_, media) => t().guest.tab_inside(&media.title),
            _ => page_title.clone(),
        };
        document().set_title(&title);
    });
    // Set when the moderator admits this guest while they watch the waiting page.
    let just_admitted = StoredValue::new(false);
    // Owned here, so the typed values survive a failed join and a return to the form.
    let draft = JoinDraft::new("", "");
    // Focus moves to the new screen's heading after the guest's own actions, not on load.
    let moved = StoredValue::new(false);
    let go = move |next: Stage| {
        moved.set_value(true);
        stage.set(next);
    };
    // Reads the link, or resumes this tab's session; `Stage::Opening` meanwhile. A task, not
    // a `LocalResource`: its answer is one step of the stage machine the guest's own actions
    // also drive. Owned by the page, so leaving it aborts the request. The first read of the
    // link takes the answer the page prefetched (`api::guest::link_info`).
    let tasks = TaskOwner::current();
    let open = {
        let token = token.clone();
        move |pass: Option<StoredGuest>| {
            let token = token.clone();
            stage.set(Stage::Opening);
            // Nothing known of the link yet means a reload straight into a session.
            let card_unknown = context.with_untracked(|known| known.title.is_none());
            tasks.spawn(async move {
                let next = open_link(&token, pass).await;
                // A reload straight into a session knows nothing of the link's card yet: read
                // it too (it never uses a click), after the page is shown.
                let resumed = matches!(next, Stage::Inside(..) | Stage::Waiting(..));
                stage.set(next);
                if resumed && card_unknown {
                    if let Ok(info) = api::guest::link_info(&token).await {
                        context.update(|known| {
                            known.platform = info.platform;
                            known.shared_by = info.shared_by;
                        });
                    }
                }
            });
        }
    };
    open(StoredGuest::load(&token));
    let reopen = {
        let open = open.clone();
        let token = token.clone();
        Callback::new(move |_: ()| {
            moved.set_value(true);
            open(StoredGuest::load(&token));
        })
    };
    // Denied, the guest may ask once more: this tab forgets its pass (so the entry form
    // opens), and the next join names this browser, so the host sees they asked before.
    let rejoin = {
        let open = open.clone();
        let token = token.clone();
        Callback::new(move |_: ()| {
            moved.set_value(true);
            StoredGuest::forget(&token);
            open(None);
        })
    };
    let on_joined = {
        let open = open.clone();
        Callback::new(move |pass| {
            moved.set_value(true);
            open(Some(pass));
        })
    };
    // Leaving, from the waiting page or the guest view, ends the session on the server (so
    // the host's row goes at once), then forgets this tab's pass. A session the server no
    // longer has is over anyway; only a retryable failure keeps the guest where they are.
    let leave = Action::new_local(move |(pass, title): &(StoredGuest, String)| {
        let (pass, title) = (pass.clone(), title.clone());
        async move {
            let result = api::guest::leave(pass.guest_id, &pass.guest_token).await;
            (title, result)
        }
    });
    {
        let token = token.clone();
        Effect::new(move |_| {
            if let Some((title, result)) = leave.value().get() {
                if !result.is_err_and(|error| error.is_retryable()) {
                    StoredGuest::forget(&token);
                    go(Stage::Left(title));
                }
            }
        });
    }
    let leaving = leave.pending();
    let leave_error = Signal::derive(move || match leave.value().get() {
        Some((_, Err(error))) if error.is_retryable() => {
            Some(t().guest.not_left(error.user_message()))
        }
        _ => None,
    });
    Effect::new(move |_| {
        let settled = !matches!(stage.get(), Stage::Opening);
        if settled && moved.get_value() {
            request_animation_frame(focus_heading);
        }
    });

    move || {
        let stage = stage.get();
        // Before the first answer, guest.html's skeleton stands in for the loading page; the
        // first real screen takes its place (in this same task: no frame shows both).
        match stage {
            Stage::Opening if skeleton::present() => return ().into_any(),
            Stage::Opening => {}
            _ => {
                if let Some(typed) = skeleton::take() {
                    if matches!(stage, Stage::Entry(_)) {
                        adopt(draft, typed);
                    }
                }
            }
        }
        match stage {
            Stage::Opening => view! { <LoadingPage label=t().guest.opening_link /> }.into_any(),
            Stage::Entry(info) => view! {
                <main id="main" class="page page-narrow">
                    <GuestJoin
                        token=token.to_string()
                        info
                        draft
                        on_joined
                        on_unusable=Callback::new(move |reason| go(Stage::Message(reason)))
                    />
                </main>
            }
            .into_any(),
            Stage::Inside(pass, media) => {
                let leave_now = (pass, media.title.clone());
                view! {
                    <main id="main" class="page">
                        <GuestView
                            media
                            on_leave=Callback::new(move |_| {
                                leave.dispatch(leave_now.clone());
                            })
                            leaving
                            leave_error
                            just_admitted=just_admitted.get_value()
                            card=context
                        />
                    </main>
                }
                .into_any()
            }
            Stage::Waiting(pass, session) => {
                let leave_now = (pass.clone(), session.media.title.clone());
                view! {
                    <WaitingPage
                        session=pass.clone()
                        initial=session
                        on_decided=Callback::new(move |decided: GuestSession| {
                            just_admitted.set_value(decided.admission == Admission::Admitted);
                            go(after_session(pass.clone(), decided))
                        })
                        on_error=Callback::new(move |error| go(
                            Stage::Message(Reason::from_error(&error)),
                        ))
                        on_leave=Callback::new(move |_| {
                            leave.dispatch(leave_now.clone());
                        })
                        leaving
                        leave_error
                    />
                }
                .into_any()
            }
            Stage::Left(title) => view! {
                <main id="main" class="page page-narrow">
                    <LeftView title on_rejoin=reopen />
                </main>
            }
            .into_any(),
            Stage::Message(reason) => view! {
                <MessagePage
                    reason
                    on_retry=reopen
                    context=context.get_untracked()
                    on_rejoin=rejoin
                    ask_token=token.to_string()
                />
            }
            .into_any(),
        }
    }
}

/// The entry form takes over what the guest typed into guest.html's skeleton before the app
/// ran: the values now, the focus (caret at the end) once the form is in the page. A
/// microtask runs before the next keystroke's event, so none lands outside the field.
fn adopt(draft: JoinDraft, typed: skeleton::Typed) {
    if !typed.name.is_empty() {
        draft.name.set(typed.name);
    }
    if !typed.email.is_empty() {
        draft.email.set(typed.email);
    }
    if let Some(field) = typed.focused {
        queue_microtask(move || skeleton::focus_field(field));
    }
}

/// Where opening the link leads: with this tab's pass, its session (so a refresh keeps the
/// guest in, or out, while the link stays valid); otherwise the link's entry page.
async fn open_link(token: &str, pass: Option<StoredGuest>) -> Stage {
    if let Some(pass) = pass {
        match api::guest::session(pass.guest_id, &pass.guest_token).await {
            Ok(session) => return after_session(pass, session),
            // The server doesn't know this pass (a reset database, say): start over.
            Err(error) if pass_is_unknown(&error) => StoredGuest::forget(token),
            Err(error) => return Stage::Message(Reason::from_error(&error)),
        }
    }
    match api::guest::link_info(token).await {
        Ok(info) => Stage::Entry(info),
        Err(error) => Stage::Message(Reason::from_error(&error)),
    }
}

fn after_session(pass: StoredGuest, session: GuestSession) -> Stage {
    match session.admission {
        Admission::Admitted => Stage::Inside(pass, session.media),
        Admission::Waiting => Stage::Waiting(pass, session),
        Admission::Denied => Stage::Message(Reason::Denied),
        Admission::Removed => Stage::Message(Reason::Removed),
    }
}

fn pass_is_unknown(error: &ApiError) -> bool {
    matches!(
        error.code(),
        Some(ErrorCode::NotSignedIn | ErrorCode::NotFound)
    )
}

/// Moves focus to the page's heading, so a screen reader announces the new screen.
fn focus_heading() {
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("main h1").ok().flatten())
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.focus();
    }
}
