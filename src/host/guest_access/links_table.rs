use contract::{GuestLink, LinkStatus, Timestamp};
use leptos::prelude::*;

use super::{admission_label, is_live_item};
use crate::format;
use crate::host::participants::use_minute_clock;
use crate::ui::{scoped_css, Icon, IconName};
use crate::wording::host_t;

/// "Link name | Expiration date | # of clicks | Actions". Inactive links stay listed, their
/// names muted and marked with a quiet tag (not struck through: they are not deleted).
/// On narrow screens each row becomes a card with its column names beside the values.
/// Expiry reads as a date and how far it is ("April 23, 2026 · in 3 days"), the exact time
/// with its zone on hover (a title) and, for the keyboard, as a tooltip under it while focus
/// is in the row (always for screen readers). The tooltip floats, so focus moving in or out
/// never changes the row's height (a centred dialog would move under the pointer). Rows are keyed by link id and read their link from the
/// list, so an edit or a refresh changes a row in place and focus stays on its buttons.
#[component]
pub fn LinksTable(
    #[prop(into)] links: Signal<Vec<GuestLink>>,
    /// Whether guest access is on; while off, every row reads as inactive.
    #[prop(into)]
    enabled: Signal<bool>,
    on_copy: Callback<GuestLink>,
    /// Show the link's QR code.
    on_qr: Callback<GuestLink>,
    on_edit: Callback<GuestLink>,
    on_delete: Callback<GuestLink>,
    /// Opens "Used by" for the link: a "Used by" button under its clicks.
    #[prop(optional_no_strip)]
    on_used_by: Option<Callback<GuestLink>>,
    /// The clock relative dates count from (fixed in the gallery); a minute clock by default.
    #[prop(optional_no_strip)]
    now: Option<Signal<Timestamp>>,
) -> impl IntoView {
    let live = is_live_item();
    let now = now.unwrap_or_else(use_minute_clock);
    let scope = scoped_css!("src/host/guest_access/links_table.css");
    let w = host_t().guest_access;
    view! { class=scope,
        <table class="data-table">
            <caption class="visually-hidden">{w.table_caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{w.link_name}</th>
                    <th scope="col">{w.expiration_date}</th>
                    <th scope="col">{w.clicks}</th>
                    <th scope="col" class="actions-header">
                        {w.actions}
                    </th>
                </tr>
            </thead>
            <tbody>
                <For
                    each=move || links.get()
                    key=|link| link.id
                    children=move |link| {
                        let id = link.id;
                        let current = Memo::new(move |_| {
                            links
                                .with(|all| all.iter().find(|l| l.id == id).cloned())
                                .unwrap_or_else(|| link.clone())
                        });
                        let read = move || current.get();
                        let reason = move || w.inactive(enabled.get(), read().status);
                        let dead = move || read().status != LinkStatus::Active;
                        let name = move || read().name;
                        let url = move || read().url;
                        let shown_url = move || {
                            let url = url();
                            url.split_once("://").map_or(url.clone(), |(_, rest)| rest.to_string())
                        };
                        let expiry = move || {
                            let at = read().expires_at;
                            let exact = at
                                .map(|at| {
                                    host_t()
                                        .relative
                                        .exact(&format::exact_time(at), at <= now.get())
                                });
                            // An expired or used-up link would only show a guest a message page:
                            // nothing to copy or hand on. (While access is off a link still
                            // copies: it works again the moment access is back.)
                            // The link as people read it: no scheme, shortened with an ellipsis.
                            view! { class=scope,
                                <time datetime=at.map(|at| at.to_rfc3339()) title=exact.clone()>
                                    {format::expiry(at, now.get())}
                                </time>
                                {exact
                                    .map(|text| {
                                        view! { class=scope, <span class="exact">{text}</span> }
                                    })}
                            }
                        };
                        view! { class=scope,
                            <tr class:inactive=move || reason().is_some() data-link-id=id>
                                <td class="first" data-label=w.link_name>
                                    <span class="name" dir="auto">
                                        {name}
                                    </span>
                                    <span class="url" title=url dir="auto">
                                        {shown_url}
                                    </span>
                                    {live
                                        .then(|| {
                                            view! { class=scope,
                                                <span class="admission">
                                                    {move || admission_label(read().admission)}
                                                </span>
                                            }
                                        })}
                                    {move || {
                                        reason()
                                            .map(|reason| {
                                                view! { class=scope, <span class="status">{reason}</span> }
                                            })
                                    }}
                                </td>
                                <td class="value" data-label=w.expiration_date>
                                    {expiry}
                                </td>
                                <td class="value" data-label=w.clicks>
                                    {move || format::clicks(read().clicks, read().max_clicks)}
                                    {on_used_by
                                        .map(|open| {
                                            let j = host_t().link_joins;
                                            view! { class=scope,
                                                <button
                                                    type="button"
                                                    class="btn btn-quiet used-by"
                                                    aria-label=move || j.row_button_named(&name())
                                                    on:click=move |_| open.run(read())
                                                >
                                                    {j.row_button}
                                                </button>
                                            }
                                        })}
                                </td>
                                <td class="last">
                                    <div class="actions">
                                        <button
                                            type="button"
                                            class="btn btn-quiet btn-icon"
                                            aria-label=move || {
                                                if dead() {
                                                    w.copy_inactive_named(&name())
                                                } else {
                                                    w.copy_named(&name())
                                                }
                                            }
                                            aria-disabled=move || dead().to_string()
                                            on:click=move |_| {
                                                if !dead() {
                                                    on_copy.run(read());
                                                }
                                            }
                                        >
                                            <Icon name=IconName::Copy />
                                        </button>
                                        {move || {
                                            (!dead())
                                                .then(|| {
                                                    view! {
                                                        <button
                                                            type="button"
                                                            class="btn btn-quiet btn-icon"
                                                            aria-label=host_t().qr.row_button(&name())
                                                            on:click=move |_| on_qr.run(read())
                                                        >
                                                            <Icon name=IconName::Qr />
                                                        </button>
                                                    }
                                                })
                                        }}
                                        <button
                                            type="button"
                                            class="btn btn-quiet btn-icon"
                                            aria-label=move || host_t().link_edit.edit_named(&name())
                                            on:click=move |_| on_edit.run(read())
                                        >
                                            <Icon name=IconName::Edit />
                                        </button>
                                        <button
                                            type="button"
                                            class="btn btn-quiet btn-icon"
                                            aria-label=move || w.delete_named(&name())
                                            on:click=move |_| on_delete.run(read())
                                        >
                                            <Icon name=IconName::Trash />
                                        </button>
                                    </div>
                                </td>
                            </tr>
                        }
                    }
                />
            </tbody>
        </table>
    }
}
