//! The state of one "Used by" window: the pages read so far, the next one, and the CSV.

use contract::{ErrorCode, GuestLinkJoin, Id, JOINS_PAGE_MAX};
use leptos::prelude::*;

use super::joins_csv::{joins_csv, joins_file_name};
use crate::api::{self, ApiError};
use crate::ui::download::save_text;
use crate::ui::TaskOwner;
use crate::wording::host_t;

/// What [`use_link_joins`] gives the window. Rows already listed survive a failed page.
#[derive(Clone, Copy)]
pub struct LinkJoinsState {
    /// Everyone listed so far, newest first.
    pub joins: RwSignal<Vec<GuestLinkJoin>>,
    /// How many joined in all; `None` until the first page is read.
    pub total: RwSignal<Option<u32>>,
    /// The next page's cursor, while there is one.
    pub next_cursor: RwSignal<Option<String>>,
    /// A page is being read.
    pub loading: RwSignal<bool>,
    /// Why the latest page failed; cleared when the next one is asked for.
    pub error: RwSignal<Option<ApiError>>,
    /// Reads the next page (or the first, or the one that failed: it is also "Try again").
    pub load_more: Callback<()>,
    /// Every page is being read for the CSV.
    pub csv_busy: RwSignal<bool>,
    /// Why the CSV was not made or saved.
    pub csv_error: RwSignal<Option<String>>,
    /// Reads every page afresh and saves them as a CSV named after the link.
    pub download: Callback<()>,
}

/// The joins of `link` on `media`: reads the first page at once. Its tasks belong to the
/// caller, so closing the window aborts whatever is in flight.
pub fn use_link_joins(media: Id, link: Id, link_name: String) -> LinkJoinsState {
    let tasks = TaskOwner::current();
    let joins = RwSignal::new(Vec::<GuestLinkJoin>::new());
    let total = RwSignal::new(None::<u32>);
    let next_cursor = RwSignal::new(None::<String>);
    let loading = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let load_more = Callback::new(move |_| {
        if loading.get_untracked() {
            return;
        }
        let first = total.get_untracked().is_none();
        let cursor = next_cursor.get_untracked();
        if !first && cursor.is_none() {
            return;
        }
        loading.set(true);
        error.set(None);
        tasks.spawn(async move {
            let page = api::link_joins::page(media, link, cursor.as_deref(), None).await;
            match page {
                Ok(page) => {
                    joins.update(|all| {
                        // A page read twice (a retry after a lost answer) adds nobody twice.
                        let seen: Vec<Id> = all.iter().map(|j| j.guest_id).collect();
                        all.extend(
                            page.joins
                                .into_iter()
                                .filter(|j| !seen.contains(&j.guest_id)),
                        );
                    });
                    total.set(Some(page.total));
                    next_cursor.set(page.next_cursor);
                }
                Err(failed) => error.set(Some(failed)),
            }
            loading.set(false);
        });
    });
    let csv_busy = RwSignal::new(false);
    let csv_error = RwSignal::new(None::<String>);
    let file_name = StoredValue::new(joins_file_name(&link_name));
    let download = Callback::new(move |_| {
        if csv_busy.get_untracked() {
            return;
        }
        csv_busy.set(true);
        csv_error.set(None);
        tasks.spawn(async move {
            let outcome = match all_joins(media, link).await {
                Ok(all) => {
                    let text = joins_csv(&all);
                    file_name
                        .with_value(|file| save_text(file, "text/csv;charset=utf-8", &text))
                        .map_err(|_| host_t().link_joins.csv_not_saved.to_string())
                }
                Err(failed) => Err(host_t().link_joins.csv_failed(&reason(&failed))),
            };
            csv_error.set(outcome.err());
            csv_busy.set(false);
        });
    });
    load_more.run(());
    LinkJoinsState {
        joins,
        total,
        next_cursor,
        loading,
        error,
        load_more,
        csv_busy,
        csv_error,
        download,
    }
}

/// Every join of the link, newest first, in the largest pages the server gives.
async fn all_joins(media: Id, link: Id) -> Result<Vec<GuestLinkJoin>, ApiError> {
    let mut all = Vec::new();
    let mut cursor = None::<String>;
    loop {
        let page =
            api::link_joins::page(media, link, cursor.as_deref(), Some(JOINS_PAGE_MAX)).await?;
        all.extend(page.joins);
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => return Ok(all),
        }
    }
}

/// Why a read failed, in the window's words: a deleted link says so.
pub fn reason(error: &ApiError) -> String {
    if error.code() == Some(ErrorCode::LinkNotFound) {
        host_t().link_joins.gone.to_string()
    } else {
        error.user_message().to_string()
    }
}
