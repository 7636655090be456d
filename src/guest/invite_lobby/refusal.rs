use contract::ErrorCode;
use leptos::prelude::*;

use crate::api::ApiError;

/// Why the lobby can't let the invitee in, one page each.
#[derive(Clone, Debug, PartialEq)]
pub enum LobbyRefusal {
    /// Redeemed already, on another device (or as often as allowed).
    Used,
    Expired,
    /// Revoked, or never existed.
    NotFound,
    MediaUnavailable,
    /// The network or the server failed; trying again may help.
    Failed(ApiError),
}

impl LobbyRefusal {
    /// The page for a failed call.
    pub fn from_error(error: ApiError) -> Self {
        match error.code() {
            Some(ErrorCode::InviteUsed) => LobbyRefusal::Used,
            Some(ErrorCode::InviteExpired) => LobbyRefusal::Expired,
            Some(ErrorCode::InviteNotFound | ErrorCode::NotFound) => LobbyRefusal::NotFound,
            Some(ErrorCode::MediaUnavailable) => LobbyRefusal::MediaUnavailable,
            _ => LobbyRefusal::Failed(error),
        }
    }

    /// The page's heading and what it says.
    pub fn wording(&self) -> (&'static str, &'static str) {
        match self {
            LobbyRefusal::Used => (
                "This invitation was already used",
                "It was used to join on another device. If that wasn't you, or you need to \
                 join from this device, ask the host for a new invitation.",
            ),
            LobbyRefusal::Expired => (
                "This invitation has expired",
                "Invitations work for a limited time. Ask the host for a new invitation.",
            ),
            LobbyRefusal::NotFound => (
                "This invitation isn't valid",
                "The host may have revoked it, or the link is incomplete. Check that you \
                 opened the whole link, or ask the host for a new invitation.",
            ),
            LobbyRefusal::MediaUnavailable => (
                "This event is no longer available",
                "The host has removed it or made it unavailable, so the invitation can't be \
                 used. Ask the host if you think this is a mistake.",
            ),
            LobbyRefusal::Failed(error) => {
                ("We couldn't open your invitation", error.user_message())
            }
        }
    }
}

/// The message page for a refusal; a failed call offers "Try again".
#[component]
pub fn LobbyRefusalView(
    refusal: LobbyRefusal,
    /// Runs when the person asks to try again.
    #[prop(optional, into)]
    retry: Option<Callback<()>>,
) -> impl IntoView {
    let (title, text) = refusal.wording();
    let retry = retry.filter(|_| matches!(refusal, LobbyRefusal::Failed(_)));
    view! {
        <h1>{title}</h1>
        <p role="alert">{text}</p>
        {retry.map(|retry| view! {
            <p>
                <button type="button" class="btn btn-primary" on:click=move |_| retry.run(())>
                    "Try again"
                </button>
            </p>
        })}
    }
}
