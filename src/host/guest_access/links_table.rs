use contract::{GuestLink, LinkStatus};
use leptos::prelude::*;
use stylers_macro::style_str;

use super::{admission_label, is_live_item};
use crate::format;
use crate::ui::{scoped, Icon, IconName};
use crate::wording::host_t;

/// "Link name | Expiration date | # of clicks | Actions". Inactive links stay listed, their
/// names muted and marked with a quiet tag (not struck through: they are not deleted).
/// On narrow screens each row becomes a card with its column names beside the values.
#[component]
pub fn LinksTable(
    #[prop(into)] links: Signal<Vec<GuestLink>>,
    /// Whether guest access is on; while off, every row reads as inactive.
    #[prop(into)]
    enabled: Signal<bool>,
    on_copy: Callback<GuestLink>,
    /// Show the link's QR code.
    on_qr: Callback<GuestLink>,
    on_delete: Callback<GuestLink>,
) -> impl IntoView {
    let live = is_live_item();
    let scope = scoped(style_str! {
        table {
            width: 100%;
            border-collapse: collapse;
            margin-top: var(--space-3);
        }
        th {
            padding: var(--space-2);
            border-bottom: 2px solid var(--color-border);
            color: var(--color-muted);
            font-size: var(--text-sm);
            text-align: left;
        }
        td {
            padding: var(--space-2);
            border-bottom: 1px solid var(--color-border);
            vertical-align: middle;
        }
        .name {
            font-weight: 600;
            overflow-wrap: anywhere;
        }
        .inactive .name,
        .inactive .value {
            color: var(--color-muted);
        }
        .url {
            display: block;
            max-width: 14rem;
            overflow: hidden;
            color: var(--color-muted);
            font-size: var(--text-sm);
            text-overflow: ellipsis;
            white-space: nowrap;
        }
        .status {
            display: table;
            margin-top: var(--space-1);
            padding: 0 var(--space-2);
            border-radius: 999px;
            background: var(--color-surface-2);
            color: var(--color-muted);
            font-size: var(--text-xs);
            font-weight: 600;
            line-height: 1.6;
        }
        th.actions-header {
            text-align: right;
        }
        .admission {
            display: block;
            color: var(--color-muted);
            font-size: var(--text-sm);
        }
        .actions {
            display: flex;
            gap: var(--space-1);
            justify-content: flex-end;
        }
        @media (max-width: 560px) {
            thead {
                position: absolute;
                width: 1px;
                height: 1px;
                overflow: hidden;
                clip: rect(0 0 0 0);
            }
            tr {
                display: grid;
                grid-template-columns: 1fr auto;
                padding: var(--space-2) 0;
                border-bottom: 1px solid var(--color-border);
            }
            td {
                display: block;
                padding: var(--space-1) 0;
                border: 0;
            }
            td[data-label]::before {
                content: attr(data-label);
                display: block;
                color: var(--color-muted);
                font-size: var(--text-xs);
            }
            td.first {
                grid-column: 1 / -1;
            }
            .url {
                max-width: 100%;
            }
            td.first::before {
                content: none;
            }
            td.last {
                grid-column: 2;
                grid-row: 2 / span 2;
                align-self: center;
            }
        }
    });
    let w = host_t().guest_access;
    view! { class=scope,
        <table>
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
                    key=|link| (link.id, link.clicks, link.status as u8)
                    children=move |link| {
                        let status = link.status;
                        let dead = status != LinkStatus::Active;
                        let reason = move || w.inactive(enabled.get(), status);
                        let copy_link = link.clone();
                        let qr_link = link.clone();
                        let delete_link = link.clone();
                        let name = link.name.clone();
                        let shown_url = link
                            .url
                            .split_once("://")
                            .map_or(link.url.clone(), |(_, rest)| rest.to_string());
                        // An expired or used-up link would only show a guest a message page:
                        // nothing to copy. (While access is off a link still copies: it works
                        // again the moment access is back.)
                        // The link as people read it: no scheme, shortened with an ellipsis.
                        view! { class=scope,
                            <tr class:inactive=move || reason().is_some() data-link-id=link.id>
                                <td class="first" data-label=w.link_name>
                                    <span class="name">{link.name.clone()}</span>
                                    <span class="url" title=link.url.clone()>
                                        {shown_url}
                                    </span>
                                    {live
                                        .then(|| {
                                            view! { class=scope,
                                                <span class="admission">
                                                    {admission_label(link.admission)}
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
                                    {format::expiration(link.expires_at)}
                                </td>
                                <td class="value" data-label=w.clicks>
                                    {format::clicks(link.clicks, link.max_clicks)}
                                </td>
                                <td class="last">
                                    <div class="actions">
                                        <button
                                            type="button"
                                            class="btn btn-quiet btn-icon"
                                            aria-label=if dead {
                                                w.copy_inactive_named(&name)
                                            } else {
                                                w.copy_named(&name)
                                            }
                                            aria-disabled=dead.to_string()
                                            on:click=move |_| {
                                                if !dead {
                                                    on_copy.run(copy_link.clone());
                                                }
                                            }
                                        >
                                            <Icon name=IconName::Copy />
                                        </button>
                                        {(!dead)
                                            .then(|| {
                                                view! {
                                                    <button
                                                        type="button"
                                                        class="btn btn-quiet btn-icon"
                                                        aria-label=host_t().qr.row_button(&name)
                                                        on:click=move |_| on_qr.run(qr_link.clone())
                                                    >
                                                        <Icon name=IconName::Qr />
                                                    </button>
                                                }
                                            })}
                                        <button
                                            type="button"
                                            class="btn btn-quiet btn-icon"
                                            aria-label=w.delete_named(&name)
                                            on:click=move |_| on_delete.run(delete_link.clone())
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
