//! The signed-in host, shared as context: `provide_session()` once, `use_session()` anywhere.

use contract::Me;
use leptos::prelude::*;

use crate::api::{self, ApiError};
use crate::wording::host_t;

/// The host's session, loaded once per page load and refetched after sign-in or sign-out.
#[derive(Clone, Copy)]
pub struct Session {
    pub me: LocalResource<Result<Me, ApiError>>,
}

impl Session {
    /// `Some(true)` signed in, `Some(false)` signed out, `None` still asking.
    pub fn signed_in(&self) -> Option<bool> {
        self.me.get().map(|me| me.is_ok())
    }
}

pub fn provide_session() -> Session {
    let session = Session {
        me: LocalResource::new(api::media::me),
    };
    provide_context(session);
    session
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

/// Renders its children only for a signed-in host; otherwise says how to sign in, or why the
/// session could not be checked.
#[component]
pub fn RequireHost(children: ChildrenFn) -> impl IntoView {
    use crate::ui::{LoadErrorPage, LoadingPage};
    let session = use_session();
    move || match session.me.get() {
        None => view! { <LoadingPage label=host_t().shell.checking_session /> }.into_any(),
        Some(Ok(_)) => children().into_any(),
        Some(Err(error)) if error.code() == Some(contract::ErrorCode::NotSignedIn) => view! {
            <main id="main" class="page page-narrow">
                <h1>{host_t().shell.sign_in_to_continue}</h1>
                <p>{host_t().shell.signed_in_needed}</p>
                <p>
                    <a class="btn btn-primary" href="/sign-in">
                        {host_t().shell.sign_in}
                    </a>
                </p>
            </main>
        }
        .into_any(),
        Some(Err(error)) => view! {
            <LoadErrorPage
                title=host_t().shell.session_not_checked
                error
                retry=move || session.me.refetch()
            />
        }
        .into_any(),
    }
}
