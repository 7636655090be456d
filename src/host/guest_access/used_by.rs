//! "Used by: {link name}": who came in by one guest link, stacked over "Manage guest access"
//! and opened from the link's row; focus returns to the row's button on close.

use contract::{GuestLink, Id};
use leptos::html;
use leptos::prelude::*;

use super::{use_link_joins, UsedByPanel};
use crate::ui::Modal;
use crate::wording::host_t;

/// The window, open while there is a link; each opening reads the link's joins afresh.
#[component]
pub fn UsedByWindow(
    #[prop(into)] target: Signal<Option<GuestLink>>,
    on_close: Callback<()>,
    media: Id,
    /// Where focus goes if the row's button went away with its link.
    #[prop(optional)]
    return_focus: Option<NodeRef<html::Button>>,
) -> impl IntoView {
    // The title names the link, so the dialog is built per opening (not per refresh of the
    // list: only the link's id and name matter).
    let opened = Memo::new(move |_| target.with(|t| t.as_ref().map(|l| (l.id, l.name.clone()))));
    move || {
        opened.get().map(|(link, name)| {
            let title = host_t().link_joins.title(&name);
            view! {
                <Modal open=true on_close title return_focus=return_focus.unwrap_or_default()>
                    <UsedByBody media link name=name.clone() on_done=on_close />
                </Modal>
            }
        })
    }
}

/// The window's content for one opening: its own state, so closing drops it and aborts what
/// is in flight.
#[component]
fn UsedByBody(media: Id, link: Id, name: String, on_done: Callback<()>) -> impl IntoView {
    let state = use_link_joins(media, link, name);
    view! {
        <UsedByPanel
            joins=state.joins
            total=state.total
            more=Signal::derive(move || state.next_cursor.with(Option::is_some))
            loading=state.loading
            error=state.error
            csv_busy=state.csv_busy
            csv_error=state.csv_error
            on_more=state.load_more
            on_download=state.download
            on_done
        />
    }
}
