//! The request behind a Delete or Revoke confirmation. "Already gone" is the outcome the host
//! asked for, so it ends the confirmation with a note instead of an error; any other failure
//! stays in the dialog, worded, so the host can try again or cancel.

use std::future::Future;

use contract::ErrorCode;
use leptos::prelude::*;

use crate::api::ApiError;

/// What a confirmation dialog shows of its request.
pub(crate) struct Removal {
    /// Why the last attempt failed, ready to show.
    pub error: Signal<Option<String>>,
    pub pending: Signal<bool>,
    /// Sends the request; a press while one is under way sends nothing.
    pub confirm: Callback<()>,
}

/// Runs `request` on confirmation. `on_done` hears `None` when it succeeded and
/// `Some(gone_note)` when the server answered `gone` (someone else removed it first).
/// `failed` opens the error ("The link wasn't deleted.").
pub(crate) fn use_removal<Fut>(
    request: impl Fn() -> Fut + 'static,
    gone: ErrorCode,
    gone_note: &'static str,
    failed: &'static str,
    on_done: Callback<Option<String>>,
) -> Removal
where
    Fut: Future<Output = Result<(), ApiError>> + 'static,
{
    let action = Action::new_local(move |_: &()| request());
    let error = RwSignal::new(None::<ApiError>);
    Effect::new(move |_| match action.value().get() {
        Some(Ok(())) => on_done.run(None),
        Some(Err(e)) if e.code() == Some(gone) => on_done.run(Some(gone_note.into())),
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    Removal {
        error: Signal::derive(move || {
            error
                .get()
                .map(|e| format!("{failed} {}", e.user_message()))
        }),
        pending: action.pending().into(),
        confirm: Callback::new(move |_| {
            if !action.pending().get_untracked() {
                action.dispatch(());
            }
        }),
    }
}
