use contract::ErrorCode;
use leptos::prelude::*;

use crate::api::ApiError;
use crate::wording::t;

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
        let w = t().invitee;
        let text = match self {
            LobbyRefusal::Used => &w.used,
            LobbyRefusal::Expired => &w.expired,
            LobbyRefusal::NotFound => &w.not_found,
            LobbyRefusal::MediaUnavailable => &w.media_unavailable,
            LobbyRefusal::Failed(error) => return (w.failed_title, error.user_message()),
        };
        (text.title, text.text)
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
        {retry
            .map(|retry| {
                view! {
                    <p>
                        <button
                            type="button"
                            class="btn btn-primary"
                            on:click=move |_| retry.run(())
                        >
                            {t().common.try_again}
                        </button>
                    </p>
                }
            })}
    }
}
