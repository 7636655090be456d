//! Invite users' state: the item's invites, kept current after every change; the invite just
//! created; the revoke confirmation; copy; reissue and resend; and where focus goes after a
//! revoke or a resend re-renders the row that had it.

use contract::{Id, Invite};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::{self, ApiError};
use crate::ui::{use_copy_link, use_kept_read, use_toaster, TaskOwner};
use crate::wording::host_t;

/// What the window renders and the callbacks its parts run.
#[derive(Clone, Copy)]
pub struct InvitesState {
    /// The invites as last read.
    pub invites: RwSignal<Option<Vec<Invite>>>,
    /// Why the latest read failed.
    pub list_error: RwSignal<Option<ApiError>>,
    pub reload: Callback<()>,
    /// The invite just generated; its confirmation is open while there is one.
    pub created: RwSignal<Option<Invite>>,
    pub on_created: Callback<Invite>,
    /// The invite whose Revoke confirmation is open.
    pub revoking: RwSignal<Option<Invite>>,
    pub on_revoked: Callback<(Invite, Option<String>)>,
    pub copy: Callback<Invite>,
    /// A locked invite: issue a fresh one and show it as a new invite is shown.
    pub on_reissue: Callback<Invite>,
    /// An email that failed, or was delivered and lost: queue it again; the reloaded list
    /// shows its state.
    pub on_resend: Callback<Invite>,
    /// "Pending invites", where focus moves after a revoke.
    pub section: NodeRef<html::Section>,
}

/// The invites of `media`, read each time `open` becomes true.
pub fn use_invites(media: Id, open: Signal<bool>) -> InvitesState {
    let toaster = use_toaster();
    let tasks = TaskOwner::current();
    let section = NodeRef::<html::Section>::new();
    // After a revoke or a resend: where focus goes once the list is fresh.
    let focus_at = StoredValue::new(None::<FocusAfter>);
    let read = use_kept_read(
        open,
        move || api::invites::list(media),
        move |worked| {
            let after = focus_at.try_update_value(Option::take).flatten();
            match after.filter(|_| worked) {
                Some(FocusAfter::Revoked(index)) => {
                    request_animation_frame(move || focus_row(section, index))
                }
                Some(FocusAfter::Resent(id)) => {
                    request_animation_frame(move || focus_resent(section, id))
                }
                None => {}
            }
        },
    );
    let (invites, reload) = (read.value, read.reload);
    let created = RwSignal::new(None::<Invite>);
    let revoking = RwSignal::new(None::<Invite>);
    let copy_link = use_copy_link();
    InvitesState {
        invites,
        list_error: read.error,
        reload,
        created,
        on_created: Callback::new(move |invite: Invite| {
            created.set(Some(invite));
            reload.run(());
        }),
        revoking,
        on_revoked: Callback::new(move |(invite, note): (Invite, Option<String>)| {
            let index = invites.with_untracked(|list| {
                list.iter()
                    .flatten()
                    .position(|i| i.id == invite.id)
                    .unwrap_or(0)
            });
            // Closing first returns focus to the row's button; the fresh list then moves it on.
            revoking.set(None);
            toaster.show(note.unwrap_or_else(|| host_t().invite.revoked.into()));
            focus_at.set_value(Some(FocusAfter::Revoked(index)));
            reload.run(());
        }),
        copy: Callback::new(move |invite: Invite| copy_link.run(invite.url)),
        on_reissue: Callback::new(move |invite: Invite| {
            tasks.spawn(async move {
                match api::invites::reissue(media, invite.id).await {
                    Ok(fresh) => {
                        created.set(Some(fresh));
                        reload.run(());
                    }
                    Err(error) => toaster.show(error.user_message()),
                }
            });
        }),
        on_resend: Callback::new(move |invite: Invite| {
            tasks.spawn(async move {
                match api::invites::resend(media, invite.id).await {
                    Ok(()) => toaster.show(host_t().invite.resending),
                    Err(error) => toaster.show(host_t().invite.not_resent(error.user_message())),
                }
                // The row re-renders with its email's new state (its Resend gone while the
                // email is on its way): focus stays in that row.
                focus_at.set_value(Some(FocusAfter::Resent(invite.id)));
                reload.run(());
            });
        }),
        section,
    }
}

/// Where focus goes when the fresh list arrives.
#[derive(Clone, Copy)]
enum FocusAfter {
    /// The row at this index was revoked.
    Revoked(usize),
    /// This invite's email was queued again.
    Resent(Id),
}

/// After a resend: the row's Resend if it is still offered, else its Revoke (always there),
/// unless focus has moved on meanwhile.
fn focus_resent(section: NodeRef<html::Section>, id: Id) {
    let Some(section) = section.try_get_untracked().flatten() else {
        return;
    };
    let lost = match (document().active_element(), document().body()) {
        (Some(active), Some(body)) => active.is_same_node(Some(body.as_ref())),
        _ => true,
    };
    if !lost {
        return;
    }
    let target = ["data-resend", "data-revoke"].iter().find_map(|marker| {
        section
            .query_selector(&format!("li[data-invite-id='{id}'] button[{marker}]"))
            .ok()
            .flatten()
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    });
    if let Some(target) = target {
        let _ = target.focus();
    }
}

/// After a revoke: the Revoke button now at `index` (the next row), else the last one, else
/// the list's heading.
fn focus_row(section: NodeRef<html::Section>, index: usize) {
    let Some(section) = section.try_get_untracked().flatten() else {
        return;
    };
    let buttons = section
        .query_selector_all("button[data-revoke]")
        .ok()
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i))
                .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let target = buttons.get(index).or(buttons.last()).cloned().or_else(|| {
        section
            .query_selector("h3")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
    });
    if let Some(target) = target {
        let _ = target.focus();
    }
}
