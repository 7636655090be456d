use contract::Invite;
use leptos::prelude::*;

use crate::format;
use crate::host::LinkQr;
use crate::ui::{scoped_css, Icon, IconName, Modal};
use crate::wording::{host_t, role_label};

/// The confirmation after an invite link is generated, stacked over "Invite users".
#[component]
pub fn InviteCreatedWindow(
    /// The new invite; the window is open while there is one.
    #[prop(into)]
    invite: Signal<Option<Invite>>,
    on_close: Callback<()>,
    on_copy: Callback<Invite>,
) -> impl IntoView {
    view! {
        <Modal
            open=Signal::derive(move || invite.get().is_some())
            on_close
            title=host_t().invite.created_title
        >
            {move || {
                invite
                    .get()
                    .map(|invite| view! { <InviteCreatedBody invite on_copy on_done=on_close /> })
            }}
        </Modal>
    }
}

/// The link, a copy button, the role, when it expires and whether it was emailed; for the
/// window and the gallery.
#[component]
pub fn InviteCreatedBody(
    invite: Invite,
    on_copy: Callback<Invite>,
    on_done: Callback<()>,
    /// The QR code is shown from the start (the gallery's specimen).
    #[prop(optional)]
    qr_shown: bool,
) -> impl IntoView {
    let scope = scoped_css!("src/host/invite/created.css");
    let name = format!("{} {}", invite.first_name, invite.last_name);
    let w = host_t().invite;
    let emailed = if invite.emailed {
        w.emailed_to(&invite.email)
    } else {
        w.not_emailed.to_string()
    };
    let [before, between, after] = w.created_text();
    let copied = invite.clone();
    let show_qr = RwSignal::new(qr_shown);
    let qr_id = crate::ui::unique_id("invite-qr");
    let qr_panel = {
        let (name, url, qr_id) = (name.clone(), invite.url.clone(), qr_id.clone());
        move || {
            show_qr.get().then(|| {
                view! {
                    <div id=qr_id.clone()>
                        <LinkQr name=name.clone() url=url.clone() />
                    </div>
                }
            })
        }
    };
    view! { class=scope,
        <p>
            {before} <strong dir="auto">{name}</strong> {between}
            <strong dir="auto">{invite.email.clone()}</strong> {after}
        </p>
        <p class="label">{w.invite_link}</p>
        <code class="link" data-testid="invite-url" dir="auto">
            {invite.url.clone()}
        </code>
        <div class="link-actions">
            <button
                type="button"
                class="btn btn-primary"
                data-autofocus=""
                on:click=move |_| on_copy.run(copied.clone())
            >
                <Icon name=IconName::Copy />
                {w.copy_link}
            </button>
            <button
                type="button"
                class="btn"
                aria-expanded=move || show_qr.get().to_string()
                aria-controls=qr_id
                on:click=move |_| show_qr.update(|shown| *shown = !*shown)
            >
                <Icon name=IconName::Qr />
                {move || if show_qr.get() { host_t().qr.hide } else { host_t().qr.show }}
            </button>
        </div>
        <div class="qr">{qr_panel}</div>
        <dl>
            <dt>{w.role}</dt>
            <dd>{role_label(invite.role)}</dd>
            <dt>{w.expires}</dt>
            <dd>
                <time datetime=invite
                    .expires_at
                    .to_rfc3339()>{format::date_time(invite.expires_at)}</time>
            </dd>
            <dt>{w.can_be_used}</dt>
            <dd>{w.reuse(invite.max_uses)}</dd>
            <dt>{w.sent_by_email}</dt>
            <dd>{emailed}</dd>
        </dl>
        <div class="buttons">
            <button type="button" class="btn" on:click=move |_| on_done.run(())>
                {w.done}
            </button>
        </div>
    }
}
