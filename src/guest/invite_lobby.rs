//! `/invite/:token`: the invitee's lobby. It greets the invitee, asks for the email the
//! invitation was sent to, and lets them in: at once while the session is live, or after a
//! countdown when it has not started. No router here: this page also ships in the lean guest
//! bundle.

mod countdown;
mod event;
mod form;
mod inside;
mod refusal;
mod storage;
mod waiting;

use contract::{validate, ErrorCode, InviteInfo, InviteeSession, MediaStatus};
use leptos::prelude::*;

pub use countdown::{announcement, remaining_text, CountdownView};
pub use event::EventDetails;
pub(crate) use event::{local_date_time, time_ms};
pub use form::LobbyForm;
pub use inside::InviteeSessionView;
pub use refusal::{LobbyRefusal, LobbyRefusalView};
use waiting::WaitingRoom;

use crate::api::{self, ApiError};
use crate::messages::field_error;
use crate::ui::{FieldMessages, FormState, Loading, Summary, TaskOwner};
use crate::wording::t;

/// Where the invitee is in the lobby.
#[derive(Clone, Debug)]
enum Step {
    Loading,
    Refused(LobbyRefusal),
    Form(InviteInfo),
    /// Redeemed; the session has not started. Carries the session token.
    Waiting(InviteeSession, String),
    Inside(InviteeSession),
}

fn entered(session: InviteeSession, session_token: String) -> Step {
    if session.media.status == MediaStatus::Scheduled {
        Step::Waiting(session, session_token)
    } else {
        Step::Inside(session)
    }
}

/// A tab that already redeemed goes straight back in; any other opens the invitation.
async fn first_step(token: &str) -> Step {
    if let Some(session_token) = storage::session_for(token) {
        match api::invites::invitee_session(&session_token).await {
            Ok(session) => return entered(session, session_token),
            Err(e) if e.code() == Some(ErrorCode::NotSignedIn) => storage::forget(token),
            Err(e) => return Step::Refused(LobbyRefusal::from_error(e)),
        }
    }
    match api::invites::info(token).await {
        Ok(info) => Step::Form(info),
        Err(e) => Step::Refused(LobbyRefusal::from_error(e)),
    }
}

async fn redeem(token: &str, email: &str) -> Result<(InviteeSession, String), ApiError> {
    let redeemed = api::invites::redeem(token, email).await?;
    storage::remember(token, &redeemed.session_token);
    let session = api::invites::invitee_session(&redeemed.session_token).await?;
    Ok((session, redeemed.session_token))
}

/// `/invite/:token`: the invitee's lobby.
#[component]
pub fn InviteLobbyPage(token: String) -> impl IntoView {
    let token = StoredValue::new(token);
    let step = RwSignal::new(Step::Loading);
    // A task owned by the page (leaving aborts the request), not a `LocalResource`: its
    // answer is one step of the lobby, which the invitee's own actions also drive.
    let tasks = TaskOwner::current();
    let load = move || {
        step.set(Step::Loading);
        let token = token.get_value();
        tasks.spawn(async move { step.set(first_step(&token).await) });
    };
    load();

    let email = RwSignal::new(String::new());
    let login = Action::new_local(move |typed: &String| {
        let (token, typed) = (token.get_value(), typed.clone());
        async move { redeem(&token, &typed).await }
    });
    let form = FormState::new(login, move || {
        let typed = email.get();
        match validate::email(&typed) {
            Ok(()) => Ok(typed.trim().to_string()),
            Err(e) => Err(email_message(field_error("email", e))),
        }
    });
    // What a refused login means for the page: a message under the field, a notice, or a
    // page of its own.
    let refused = move |error: ApiError| {
        let token = token.get_value();
        match error.code() {
            Some(ErrorCode::EmailMismatch) => form.refuse(
                t().common.check_fields,
                email_message(error.user_message().into()),
            ),
            Some(ErrorCode::TooManyAttempts) => form.refuse(
                "Too many attempts with the wrong email address. Wait 15 minutes, then try \
                 again.",
                FieldMessages::new(),
            ),
            Some(ErrorCode::ValidationFailed) => form.refuse(
                t().common.check_fields,
                email_message(field_error("email", contract::FieldError::InvalidEmail)),
            ),
            // Redeemed, but the session couldn't be read: it is kept, so go back in from it.
            _ if storage::session_for(&token).is_some() => {
                step.set(Step::Refused(LobbyRefusal::Failed(error)))
            }
            Some(_) if !error.is_retryable() => {
                step.set(Step::Refused(LobbyRefusal::from_error(error)))
            }
            _ => form.refuse(
                Summary {
                    text: error.user_message().into(),
                    retry: true,
                },
                FieldMessages::new(),
            ),
        }
    };
    // Once the page is gone this effect is too: an answer that lands later changes nothing.
    Effect::new(move |_| match login.value().get() {
        Some(Ok((session, session_token))) => step.set(entered(session, session_token)),
        Some(Err(error)) => refused(error),
        None => {}
    });
    let on_entered = Callback::new(move |session| step.set(Step::Inside(session)));
    let on_error = Callback::new(move |error: ApiError| {
        if error.code() == Some(ErrorCode::NotSignedIn) {
            storage::forget(&token.get_value());
            load();
        } else {
            step.set(Step::Refused(LobbyRefusal::from_error(error)));
        }
    });

    view! {
        <main id="main" class="page page-narrow">
            {move || match step.get() {
                Step::Loading => view! { <Loading label=t().invitee.opening /> }.into_any(),
                Step::Refused(refusal) => {
                    view! { <LobbyRefusalView refusal retry=Callback::new(move |_| load()) /> }
                        .into_any()
                }
                Step::Form(info) => view! { <LobbyForm info email form /> }.into_any(),
                Step::Waiting(session, session_token) => {
                    view! { <WaitingRoom initial=session session_token on_entered on_error /> }
                        .into_any()
                }
                Step::Inside(session) => view! { <InviteeSessionView session /> }.into_any(),
            }}
        </main>
    }
}

/// The one message of the lobby's form, under its email field.
fn email_message(message: String) -> FieldMessages {
    let mut fields = FieldMessages::new();
    fields.insert("email".into(), message);
    fields
}
