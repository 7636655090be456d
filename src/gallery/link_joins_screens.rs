//! "Used by" in its states: people with every outcome and "Load more", the last page, a
//! link nobody used, loading, the first page failed, a later page failed with rows kept,
//! and the CSV being prepared.

use chrono::Duration;
use contract::{GuestLinkJoin, JoinOutcome};
use leptos::prelude::*;

use super::{gallery_now, DialogPreview, Specimen};
use crate::api::ApiError;
use crate::host::guest_access::UsedByPanel;
use crate::wording::host_t;

/// People who used the fixture link, newest first, one of each outcome and names as odd as
/// real ones get (right to left, long, a would-be formula).
fn joins() -> Vec<GuestLinkJoin> {
    let people = [
        (
            "Priya Raman",
            "priya.raman@example.com",
            JoinOutcome::Waiting,
            2,
        ),
        ("نور الهدى", "nour@example.org", JoinOutcome::Entered, 65),
        (
            "Maximilian Alexander Featherstonehaugh-Whittington",
            "max.fw@example.co.uk",
            JoinOutcome::Denied,
            60 * 26,
        ),
        (
            "=HYPERLINK(\"x\")",
            "odd@example.com",
            JoinOutcome::Left,
            60 * 24 * 9,
        ),
    ];
    people
        .iter()
        .enumerate()
        .map(|(i, (name, email, outcome, minutes))| GuestLinkJoin {
            guest_id: 40 - i as i64,
            name: (*name).into(),
            email: (*email).into(),
            joined_at: gallery_now() - Duration::minutes(*minutes),
            outcome: *outcome,
        })
        .collect()
}

/// The Used by window's specimens.
#[component]
pub fn LinkJoinsScreens() -> impl IntoView {
    view! {
        <Joins title="Used by: every outcome, more to load" rows=true total=Some(57) more=true />
        <Joins title="Used by: the last page" rows=true total=Some(4) />
        <Joins title="Used by: nobody used the link yet" total=Some(0) />
        <Joins title="Used by: loading" loading=true />
        <Joins title="Used by: the first page failed, Try again" error=true />
        <Joins
            title="Used by: a later page failed, the rows kept"
            rows=true
            total=Some(57)
            more=true
            error=true
        />
        <Joins title="Used by: preparing the CSV" rows=true total=Some(4) csv_busy=true />
    }
}

#[component]
fn Joins(
    #[prop(into)] title: String,
    #[prop(optional)] rows: bool,
    #[prop(optional_no_strip)] total: Option<u32>,
    #[prop(optional)] more: bool,
    #[prop(optional)] loading: bool,
    #[prop(optional)] error: bool,
    #[prop(optional)] csv_busy: bool,
) -> impl IntoView {
    let list = if rows { joins() } else { Vec::new() };
    view! {
        <Specimen title>
            <DialogPreview title=host_t().link_joins.title("Conference attendees")>
                <UsedByPanel
                    joins=Signal::stored(list)
                    total=Signal::stored(total)
                    more=Signal::stored(more)
                    loading=Signal::stored(loading)
                    error=Signal::stored(error.then_some(ApiError::Network))
                    csv_busy=Signal::stored(csv_busy)
                    csv_error=Signal::stored(None::<String>)
                    on_more=Callback::new(|_| ())
                    on_download=Callback::new(|_| ())
                    on_done=Callback::new(|_| ())
                    now=Some(Signal::stored(gallery_now()))
                />
            </DialogPreview>
        </Specimen>
    }
}
