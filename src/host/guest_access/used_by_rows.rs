//! The people in "Used by": name, email, when and outcome, newest first. Names and emails
//! are text from people: rendered as text, their direction their own (`dir="auto"`). On
//! narrow screens each row becomes a card with its column names beside the values.

use contract::{GuestLinkJoin, JoinOutcome, Timestamp};
use leptos::html;
use leptos::prelude::*;

use crate::format;
use crate::host::participants::use_minute_clock;
use crate::ui::scoped_css;
use crate::wording::host_t;

/// The table; `rows` is its body, for the panel to move focus to a row that was added.
#[component]
pub fn UsedByRows(
    #[prop(into)] joins: Signal<Vec<GuestLinkJoin>>,
    rows: NodeRef<html::Tbody>,
    #[prop(optional_no_strip)] now: Option<Signal<Timestamp>>,
) -> impl IntoView {
    let now = now.unwrap_or_else(use_minute_clock);
    let scope = scoped_css!("src/host/guest_access/used_by_rows.css");
    let w = host_t().link_joins;
    view! { class=scope,
        <table class="data-table">
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
