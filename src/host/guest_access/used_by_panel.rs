//! The body of "Used by": the count, the people, "Load more" and "Download CSV". Pure view:
//! the window and the gallery give it the state.

use contract::{GuestLinkJoin, Timestamp};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::use_link_joins::reason;
use super::UsedByRows;
use crate::api::ApiError;
use crate::ui::{scoped_css, Loading};
use crate::wording::host_t;

/// What the window shows: loading, the first page's failure with "Try again", the empty
/// link, or the list with its count; a later page's failure keeps the rows above it.
#[component]
pub fn UsedByPanel(
    #[prop(into)] joins: Signal<Vec<GuestLinkJoin>>,
    /// Everyone who joined; `None` until the first page is read.
    #[prop(into)]
    total: Signal<Option<u32>>,
    /// Another page follows.
    #[prop(into)]
    more: Signal<bool>,
    #[prop(into)] loading: Signal<bool>,
    #[prop(into)] error: Signal<Option<ApiError>>,
    #[prop(into)] csv_busy: Signal<bool>,
    #[prop(into)] csv_error: Signal<Option<String>>,
    /// The next page, or the failed one again.
    on_more: Callback<()>,
    on_download: Callback<()>,
    on_done: Callback<()>,
    /// The clock "5 minutes ago" counts from (the gallery's fixed moment); a minute clock
    /// by default.
    #[prop(optional_no_strip)]
    now: Option<Signal<Timestamp>>,
) -> impl IntoView {
    let scope = scoped_css!("src/host/guest_access/used_by_panel.css");
    let w = host_t().link_joins;
    let rows = NodeRef::<html::Tbody>::new();
    // After "Load more", focus moves to the first person it added (the button may be gone).
    let focus_from = StoredValue::new(None::<usize>);
    Effect::new(move |_| {
        let count = joins.with(Vec::len);
        let Some(from) = focus_from.get_value() else {
            return;
        };
        if count <= from {
            return;
        }
        focus_from.set_value(None);
        // The rows' `<For>` renders the new people in the same tick as this effect, possibly
        // after it: look for the row once the frame has them.
        request_animation_frame(move || {
            let row = rows
                .try_get_untracked()
                .flatten()
                .and_then(|body| body.children().item(from as u32))
                .and_then(|row| row.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(row) = row {
                let _ = row.focus();
            }
        });
    });
    let more_pressed = move |_| {
        focus_from.set_value(Some(joins.with_untracked(Vec::len)));
        on_more.run(());
    };
    let failure = move || {
        error.get().map(|failed| {
            let retry = failed.is_retryable() || failed == ApiError::Network;
            let text = if total.get().is_some() {
                w.page_failed(&reason(&failed))
            } else {
                reason(&failed)
            };
            view! { class=scope,
                <div class="notice notice-error failed" role="alert">
                    <p>{text}</p>
                    {retry
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="btn"
                                    aria-busy=move || loading.get().to_string()
                                    on:click=move |_| on_more.run(())
                                >
                                    {move || if loading.get() { w.loading_more } else { w.retry }}
                                </button>
                            }
                        })}
                </div>
            }
        })
    };
    let listed = move || total.get().filter(|n| *n > 0).is_some();
    view! { class=scope,
        {move || match total.get() {
            None if error.with(Option::is_none) => view! { <Loading label=w.loading /> }.into_any(),
            None => ().into_any(),
            Some(n) => {
                view! { class=scope,
                    <p class="count" data-testid="joins-count">
                        {w.count(n)}
                    </p>
                }
                    .into_any()
            }
        }}
        <Show when=listed>
            <UsedByRows joins rows now />
        </Show>
        {failure}
        <Show when=listed>
            <div class="paging">
                <Show when=move || more.get() && error.with(Option::is_none)>
                    <button
                        type="button"
                        class="btn"
                        aria-busy=move || loading.get().to_string()
                        on:click=more_pressed
                    >
                        {move || if loading.get() { w.loading_more } else { w.load_more }}
                    </button>
                </Show>
                <p class="shown" role="status">
                    {move || w.shown(joins.with(Vec::len), total.get().unwrap_or_default())}
                </p>
            </div>
        </Show>
        <Show when=move || csv_error.with(Option::is_some)>
            <p class="notice notice-error failed" role="alert">
                {move || csv_error.get()}
            </p>
        </Show>
        <div class="buttons">
            <Show when=listed>
                <button
                    type="button"
                    class="btn"
                    aria-busy=move || csv_busy.get().to_string()
                    on:click=move |_| {
                        if !csv_busy.get_untracked() {
                            on_download.run(());
                        }
                    }
                >
                    {move || if csv_busy.get() { w.preparing_csv } else { w.download_csv }}
                </button>
            </Show>
            <button
                type="button"
                class="btn btn-primary"
                data-autofocus=""
                on:click=move |_| on_done.run(())
            >
                {w.done}
            </button>
        </div>
    }
}
