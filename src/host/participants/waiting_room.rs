//! The waiting room, host side: guests waiting to be admitted, oldest first, each with Admit
//! and Deny, and Admit all / Deny all. Shown 50 at a time so every button stays reachable by
//! Tab; the bulk buttons handle the rest. Each row says how long its guest has waited ("2 min"),
//! all rows from one clock, with the exact time on hover (a title) and, for the keyboard,
//! beside it while focus is in the row (and always for screen readers).

use std::collections::HashSet;

use contract::{Id, Timestamp, WaitingGuest};
use leptos::prelude::*;

use super::wait_time::{use_minute_clock, waited};
use super::Room;
use crate::format;
use crate::ui::scoped_css;
use crate::wording::host_t;

/// How many more waiting guests "Show more" reveals.
pub const PAGE: usize = 50;

/// The waiting list and its actions. Pure view: every action goes out through a callback.
#[component]
pub fn WaitingRoom(
    /// Borrowed, never cloned.
    #[prop(into)]
    room: Signal<Option<Room>>,
    /// Guests whose Admit or Deny is in flight.
    #[prop(into)]
    busy: Signal<HashSet<Id>>,
    /// Admit all or Deny all is in flight.
    #[prop(into)]
    bulk_busy: Signal<bool>,
    on_admit: Callback<WaitingGuest>,
    on_deny: Callback<WaitingGuest>,
    on_admit_all: Callback<()>,
    on_deny_all: Callback<()>,
    /// The clock the relative times read; without one, the list keeps its own.
    #[prop(optional, into)]
    now: Option<Signal<Timestamp>>,
) -> impl IntoView {
    let now = now.unwrap_or_else(use_minute_clock);
    let scope = scoped_css!("src/host/participants/waiting_room.css");
    let shown = RwSignal::new(PAGE);
    let count = Memo::new(move |_| room.with(|r| r.as_ref().map_or(0, |r| r.waiting.len())));
    let visible = Memo::new(move |_| {
        let shown = shown.get();
        room.with(|r| {
            r.iter()
                .flat_map(|r| r.waiting.iter().take(shown).cloned())
                .collect::<Vec<_>>()
        })
    });
    let hidden = move || count.get().saturating_sub(shown.get());
    let none = move || count.get() == 0;
    let w = host_t().participants;
    view! { class=scope,
        <div class="bulk">
            <button
                type="button"
                class="btn btn-primary"
                disabled=move || none() || bulk_busy.get()
                on:click=move |_| on_admit_all.run(())
            >
                {move || w.admit_all(&format::count(count.get()))}
            </button>
            <button
                type="button"
                class="btn"
                disabled=move || none() || bulk_busy.get()
                on:click=move |_| on_deny_all.run(())
            >
                {move || w.deny_all_button(&format::count(count.get()))}
            </button>
        </div>
        <Show
            when=move || !none()
            fallback=move || view! { class=scope, <p class="empty">{w.no_one_waiting}</p> }
        >
            <ol aria-label=w.waiting_list>
                <For
                    each=move || visible.get()
                    key=|guest| guest.guest_id
                    children=move |guest| {
                        let id = guest.guest_id;
                        let since = guest.waiting_since;
                        let exact = w.waiting_since(&format::time(since));
                        let row_busy = move || busy.with(|b| b.contains(&id)) || bulk_busy.get();
                        let (admit, deny) = (guest.clone(), guest.clone());
                        let away = Memo::new(move |_| {
                            visible
                                .with(|v| {
                                    v.iter().find(|w| w.guest_id == id).and_then(|w| w.away_since)
                                })
                        });
                        let again = (guest.denied_before > 0)
                            .then(|| {
                                // Set once at join, so read from the row itself.
                                view! { class=scope,
                                    <span class="again">
                                        {host_t().waiting_marks.asked_again(guest.denied_before)}
                                    </span>
                                }
                            });
                        // Rows are keyed, so a row's later marks are read from the list.
                        view! { class=scope,
                            <li data-guest-id=id>
                                <span class="who">
                                    <span class="name" dir="auto">
                                        {guest.name.clone()}
                                    </span>
                                    <span class="meta">
                                        <bdi>{guest.email.clone()}</bdi>
                                        " · "
                                        <time
                                            datetime=guest.waiting_since.to_rfc3339()
                                            title=exact.clone()
                                        >
                                            {move || waited(since, now.get())}
                                        </time>
                                        <span class="exact">" (" {exact} ")"</span>
                                    </span>
                                    {again}
                                    {move || {
                                        away.get()
                                            .map(|since| {
                                                let exact = host_t()
                                                    .waiting_marks
                                                    .page_closed_at(&format::time(since));
                                                view! { class=scope,
                                                    <span class="away" title=exact>
                                                        {host_t().waiting_marks.may_have_left}
                                                    </span>
                                                }
                                            })
                                    }}
                                </span>
                                <button
                                    type="button"
                                    class="btn btn-primary"
                                    aria-label=w.admit_named(&guest.name)
                                    disabled=row_busy
                                    on:click=move |_| on_admit.run(admit.clone())
                                >
                                    {w.admit}
                                </button>
                                <button
                                    type="button"
                                    class="btn"
                                    aria-label=w.deny_named(&guest.name)
                                    disabled=row_busy
                                    on:click=move |_| on_deny.run(deny.clone())
                                >
                                    {w.deny}
                                </button>
                            </li>
                        }
                    }
                />
            </ol>
            <Show when=move || { hidden() > 0 }>
                <p>
                    <button
                        type="button"
                        class="btn btn-quiet"
                        on:click=move |_| shown.update(|s| *s += PAGE)
                    >
                        {move || { w.show_more(PAGE.min(hidden()), &format::count(hidden())) }}
                    </button>
                </p>
            </Show>
        </Show>
    }
}
