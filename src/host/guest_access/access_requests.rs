//! "Access requests" in Manage guest access: guests whose link no longer let them in asked
//! for access; the host extends the link (or creates a new one) and dismisses the request.
//! The host answers the guest by their own means: nothing here writes to the guest.

use contract::{AccessRequest, GuestLink, Id};
use leptos::prelude::*;

use crate::api;
use crate::format;
use crate::ui::{scoped_css, unique_id, TaskOwner};
use crate::wording::host_t;

/// How often the open window asks for new requests. A light poll rather than a stream: the
/// window opens for every kind of item, and the only stream the host has (the Participants
/// tab's) exists for live events and rooms alone and lives on another page.
const POLL_MS: u32 = 4_000;

/// Text from people reads in its own direction (a Hebrew note in an English window).
const AUTO: &str = "auto";

/// The item's requests, read when the window opens and every [`POLL_MS`] while it stays
/// open (the task ends with the component, so a closed window asks nothing).
#[component]
pub fn AccessRequests(
    media: Id,
    /// The item's links as the window knows them, so "Extend link" opens Edit link for one.
    #[prop(into)]
    links: Signal<Vec<GuestLink>>,
    on_extend: Callback<GuestLink>,
    on_create: Callback<()>,
) -> impl IntoView {
    let requests = RwSignal::new(Vec::<AccessRequest>::new());
    let notice = RwSignal::new(None::<String>);
    let tasks = TaskOwner::current();
    tasks.spawn(async move {
        loop {
            if let Ok(fresh) = api::access_requests::list(media).await {
                if requests.with_untracked(|now| *now != fresh) {
                    requests.set(fresh);
                }
            }
            gloo_timers::future::TimeoutFuture::new(POLL_MS).await;
        }
    });
    let dismiss = Action::new_local(move |request: &AccessRequest| {
        let id = request.id;
        async move { (id, api::access_requests::dismiss(media, id).await) }
    });
    Effect::new(move |_| match dismiss.value().get() {
        Some((id, Ok(()))) => {
            notice.set(None);
            requests.update(|all| all.retain(|r| r.id != id));
        }
        Some((_, Err(error))) => notice.set(Some(
            host_t().access_requests.not_dismissed(error.user_message()),
        )),
        None => {}
    });
    let on_extend = Callback::new(move |request: AccessRequest| {
        match links.with(|all| all.iter().find(|l| l.id == request.link_id).cloned()) {
            Some(link) => on_extend.run(link),
            None => on_create.run(()),
        }
    });
    view! {
        <AccessRequestsView
            requests
            notice
            on_extend
            on_create
            on_dismiss=Callback::new(move |request| {
                dismiss.dispatch(request);
            })
        />
    }
}

/// The section itself: nothing while there are no requests. Pure view, for the gallery.
#[component]
pub fn AccessRequestsView(
    #[prop(into)] requests: Signal<Vec<AccessRequest>>,
    /// A failed Dismiss, announced above the list.
    #[prop(optional, into)]
    notice: Signal<Option<String>>,
    on_extend: Callback<AccessRequest>,
    on_create: Callback<()>,
    on_dismiss: Callback<AccessRequest>,
) -> impl IntoView {
    let scope = scoped_css!("src/host/guest_access/access_requests.css");
    let heading = unique_id("access-requests");
    let w = host_t().access_requests;
    move || {
        let all = requests.get();
        if all.is_empty() {
            return ().into_any();
        }
        let rows = all
            .into_iter()
            .map(|request| {
                let via = match request.link_exists() {
                    true => w.via(&request.link_name),
                    false => w.via_deleted(&request.link_name),
                };
                let asked = w.asked_at(&format::date_time(request.requested_at));
                let note = request.note.clone().map(|note| {
                    view! { class=scope,
                        <p class="note" dir=AUTO>
                            {note}
                        </p>
                    }
                });
                let action = if request.link_exists() {
                    w.extend
                } else {
                    w.create
                };
                let (extend, dismiss) = (request.clone(), request.clone());
                view! { class=scope,
                    <li>
                        <p class="who" dir=AUTO>
                            {request.name.clone()}
                        </p>
                        <p class="meta" dir=AUTO>
                            {request.email.clone()}
                        </p>
                        <p class="meta">{asked} " · " {via}</p>
                        {note}
                        <div class="actions">
                            <button
                                type="button"
                                class="btn btn-secondary"
                                on:click=move |_| {
                                    if extend.link_exists() {
                                        on_extend.run(extend.clone())
                                    } else {
                                        on_create.run(())
                                    }
                                }
                            >
                                {action}
                            </button>
                            <button
                                type="button"
                                class="btn btn-secondary"
                                aria-label=w.dismiss_named(&request.name)
                                on:click=move |_| on_dismiss.run(dismiss.clone())
                            >
                                {w.dismiss}
                            </button>
                        </div>
                    </li>
                }
            })
            .collect_view();
        let count = w.count(requests.with(Vec::len));
        view! { class=scope,
            <section class="requests" aria-labelledby=heading.clone()>
                <h3 id=heading.clone()>{w.heading}</h3>
                <p class="count">{count}</p>
                {move || {
                    notice
                        .get()
                        .map(|text| {
                            view! { class=scope,
                                <p class="notice notice-error" role="alert">
                                    {text}
                                </p>
                            }
                        })
                }}
                <ul>{rows}</ul>
            </section>
        }
        .into_any()
    }
}
