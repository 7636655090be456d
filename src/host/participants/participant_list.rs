//! "All participants", windowed: only the rows in view (and a few either side) are in the
//! DOM, so 10,000 people scroll as smoothly as 10. The list keeps its full size for assistive
//! technology through `aria-setsize` and `aria-posinset`.

use contract::{Participant, ParticipantKind};
use leptos::html;
use leptos::prelude::*;

use super::Room;
use crate::ui::scoped_css;
use crate::wording::{host_t, participant_kind_label, participant_role_label};

/// Each row's height in pixels; rows are one line, so the window is exact.
pub const ROW_HEIGHT: f64 = ROW_PX as f64;
/// [`ROW_HEIGHT`] as a whole number: styles are written from integers, which keeps float
/// formatting (~10 kB of WASM) out of the bundle.
const ROW_PX: usize = 48;
const OVERSCAN: usize = 6;

/// The rows `[start, end)` to render for a viewport scrolled to `scroll_top`.
pub fn window_range(scroll_top: f64, viewport: f64, len: usize) -> (usize, usize) {
    let first = (scroll_top.max(0.0) / ROW_HEIGHT) as usize;
    let visible = (viewport / ROW_HEIGHT).ceil() as usize;
    let start = first.saturating_sub(OVERSCAN).min(len);
    let end = (first + visible + OVERSCAN).min(len);
    (start, end)
}

/// The participants of the live session.
#[component]
pub fn ParticipantList(
    /// Borrowed, never cloned: a room can hold 10,000 people.
    #[prop(into)]
    room: Signal<Option<Room>>,
    label: String,
) -> impl IntoView {
    let scope = scoped_css!("src/host/participants/participant_list.css");
    let viewport = NodeRef::<html::Div>::new();
    let scroll_top = RwSignal::new(0.0);
    let viewport_height = RwSignal::new(ROW_HEIGHT * 12.0);
    let len = Memo::new(move |_| room.with(|r| r.as_ref().map_or(0, |r| r.participants.len())));
    let rows = Memo::new(move |_| {
        let (start, end) = window_range(scroll_top.get(), viewport_height.get(), len.get());
        room.with(|r| {
            let Some(r) = r else { return Vec::new() };
            r.participants[start..end]
                .iter()
                .enumerate()
                .map(|(k, p)| (start + k, p.clone()))
                .collect::<Vec<(usize, Participant)>>()
        })
    });
    Effect::new(move |_| {
        if let Some(viewport) = viewport.get() {
            viewport_height.set(f64::from(viewport.client_height().max(1)));
        }
    });
    view! { class=scope,
        <div
            class="viewport"
            role="group"
            aria-label=label
            tabindex="0"
            node_ref=viewport
            on:scroll=move |_| {
                if let Some(viewport) = viewport.get_untracked() {
                    scroll_top.set(f64::from(viewport.scroll_top()));
                }
            }
        >
            <Show
                when=move || { len.get() > 0 }
                fallback=move || {
                    view! { class=scope,
                        <p class="empty">{host_t().participants.no_one_joined}</p>
                    }
                }
            >
                <ul role="list" style:height=move || format!("{}px", len.get() * ROW_PX)>
                    <For
                        each=move || rows.get()
                        key=|(index, p)| (*index, p.id)
                        children=move |(index, p)| {
                            view! { class=scope,
                                <li
                                    style:transform=format!("translateY({}px)", index * ROW_PX)
                                    aria-setsize=move || len.get().to_string()
                                    aria-posinset=(index + 1).to_string()
                                    data-participant-id=p.id
                                >
                                    <span class="name" dir="auto">
                                        {p.name}
                                    </span>
                                    // Only guests and invitees are tagged: they are the ones
                                    // who stand out from the platform's own users.
                                    {(p.kind != ParticipantKind::User)
                                        .then(|| {
                                            view! { class=scope,
                                                <span class="tag tag-kind">
                                                    {participant_kind_label(p.kind)}
                                                </span>
                                            }
                                        })}
                                    <span class="tag">{participant_role_label(p.role)}</span>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_the_top_of_a_long_list_should_render_only_the_rows_in_view_and_below() {
        assert_eq!(window_range(0.0, 480.0, 10_000), (0, 16));
    }

    #[test]
    fn given_a_scroll_to_the_middle_should_render_around_it() {
        let (start, end) = window_range(ROW_HEIGHT * 5_000.0, 480.0, 10_000);
        assert_eq!((start, end), (4_994, 5_016));
    }

    #[test]
    fn given_a_short_list_or_a_scroll_past_the_end_should_stay_in_bounds() {
        assert_eq!(window_range(0.0, 480.0, 3), (0, 3));
        assert_eq!(window_range(1e9, 480.0, 10), (10, 10));
    }
}
