//! The people in "Used by": name, email, when and outcome, newest first. Names and emails
//! are text from people: rendered as text, their direction their own (`dir="auto"`). On
//! narrow screens each row becomes a card with its column names beside the values.

use contract::{GuestLinkJoin, JoinOutcome, Timestamp};
use leptos::html;
use leptos::prelude::*;
use stylers_macro::style_str;

use crate::format;
use crate::host::participants::use_minute_clock;
use crate::ui::scoped;
use crate::wording::host_t;

/// The table; `rows` is its body, for the panel to move focus to a row that was added.
#[component]
pub fn UsedByRows(
    #[prop(into)] joins: Signal<Vec<GuestLinkJoin>>,
    rows: NodeRef<html::Tbody>,
    #[prop(optional_no_strip)] now: Option<Signal<Timestamp>>,
) -> impl IntoView {
    let now = now.unwrap_or_else(use_minute_clock);
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
            text-align: start;
        }
        td {
            padding: var(--space-2);
            border-bottom: 1px solid var(--color-border);
            vertical-align: top;
            overflow-wrap: anywhere;
        }
        tr:focus {
            outline: 2px solid var(--color-accent);
            outline-offset: -2px;
        }
        .name {
            font-weight: 600;
        }
        .exact {
            display: block;
            color: var(--color-muted);
            font-size: var(--text-sm);
        }
        .outcome {
            display: inline-block;
            padding: 0 var(--space-2);
            border: 1px solid var(--color-border);
            border-radius: 999px;
            font-size: var(--text-sm);
            font-weight: 600;
            white-space: nowrap;
        }
        .outcome.entered {
            border-color: var(--color-success);
        }
        .outcome.denied {
            border-color: var(--color-danger);
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
                display: block;
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
        }
    });
    let w = host_t().link_joins;
    view! { class=scope,
        <table>
            <caption class="visually-hidden">{w.caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{w.name}</th>
                    <th scope="col">{w.email}</th>
                    <th scope="col">{w.when}</th>
                    <th scope="col">{w.outcome}</th>
                </tr>
            </thead>
            <tbody node_ref=rows>
                <For
                    each=move || joins.get()
                    key=|join| join.guest_id
                    children=move |join| {
                        let at = join.joined_at;
                        let exact = format::exact_time(at);
                        let ago = move || w.ago(format::span(at, now.get()).0);
                        view! { class=scope,
                            <tr tabindex="-1" data-guest-id=join.guest_id>
                                <td class="name" data-label=w.name dir="auto">
                                    {join.name.clone()}
                                </td>
                                <td data-label=w.email dir="auto">
                                    {join.email.clone()}
                                </td>
                                <td data-label=w.when>
                                    <time datetime=at.to_rfc3339() title=exact.clone()>
                                        {ago}
                                    </time>
                                    <time class="exact" datetime=at.to_rfc3339()>
                                        {exact}
                                    </time>
                                </td>
                                <td data-label=w.outcome>
                                    <span class=outcome_class(
                                        join.outcome,
                                    )>{w.outcome_label(join.outcome)}</span>
                                </td>
                            </tr>
                        }
                    }
                />
            </tbody>
        </table>
    }
}

/// The outcome's pill; its border only echoes the word inside it.
fn outcome_class(outcome: JoinOutcome) -> &'static str {
    match outcome {
        JoinOutcome::Entered => "outcome entered",
        JoinOutcome::Waiting => "outcome waiting",
        JoinOutcome::Denied => "outcome denied",
        JoinOutcome::Left => "outcome left",
    }
}
