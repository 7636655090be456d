use contract::{GuestAccess, GuestLink, Timestamp};
use leptos::html;
use leptos::prelude::*;

use super::LinksTable;
use crate::format;
use crate::ui::{scoped_css, unique_id, Switch};
use crate::wording::host_t;

/// The body of "Manage guest access": what the window shows once the item's guest access is
/// known. Pure view: every change goes out through a callback.
#[component]
pub fn GuestAccessPanel(
    #[prop(into)] access: Signal<GuestAccess>,
    /// The switch's request is in flight.
    #[prop(into)]
    toggle_busy: Signal<bool>,
    /// A problem to announce above the table (a failed switch, a failed refresh).
    #[prop(into)]
    notice: Signal<Option<String>>,
    on_toggle: Callback<bool>,
    on_create: Callback<()>,
    on_copy: Callback<GuestLink>,
    on_qr: Callback<GuestLink>,
    on_edit: Callback<GuestLink>,
    on_delete: Callback<GuestLink>,
    /// Opens "Used by" for a link (the table's "Used by" buttons).
    #[prop(optional_no_strip)]
    on_used_by: Option<Callback<GuestLink>>,
    /// "Create new link", for returning focus to it.
    #[prop(optional)]
    create_button: NodeRef<html::Button>,
    /// The table's clock (the gallery's fixed moment); a minute clock by default.
    #[prop(optional_no_strip)]
    now: Option<Signal<Timestamp>>,
) -> impl IntoView {
    let scope = scoped_css!("src/host/guest_access/panel.css");
    let reason_id = unique_id("create-blocked");
    let blocked = Memo::new(move |_| host_t().guest_access.create_blocked(&access.get()));
    let enabled = Signal::derive(move || access.get().enabled);
    let links = Signal::derive(move || access.get().links);
    // While access is off, the reason is the one banner that says why every row is inactive.
    let off_with_links = move || !enabled.get() && !links.get().is_empty();
    let described_by = {
        let reason_id = reason_id.clone();
        move || blocked.get().map(|_| reason_id.clone())
    };
    view! { class=scope,
        <p class="intro">
            {move || { host_t().guest_access.intro(&access.get().max_links.to_string()) }}
        </p>
        <Switch
            label=host_t().guest_access.enable
            checked=enabled
            on_toggle
            busy=toggle_busy
            autofocus=true
        />
        {move || {
            notice
                .get()
                .map(|text| {
                    view! { class=scope,
                        <p class="notice notice-error" role="alert">
                            {text}
                        </p>
                    }
                })
        }}
        <div class="bar">
            <p class="count" data-testid="link-count">
                {move || format::link_count(links.get().len())}
            </p>
            <button
                type="button"
                class="btn btn-primary"
                aria-disabled=move || blocked.get().is_some().to_string()
                aria-describedby=described_by
                node_ref=create_button
                on:click=move |_| {
                    if blocked.get_untracked().is_none() {
                        on_create.run(());
                    }
                }
            >
                {host_t().guest_access.create_new_link}
            </button>
        </div>
        {move || {
            blocked
                .get()
                .map(|reason| {
                    view! { class=scope,
                        <p
                            class="reason"
                            class:notice=off_with_links
                            class:notice-warning=off_with_links
                            id=reason_id.clone()
                        >
                            {reason}
                        </p>
                    }
                })
        }}
        <Show when=move || !links.get().is_empty()>
            <LinksTable links enabled on_copy on_qr on_edit on_delete on_used_by now />
        </Show>
    }
}
