use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::api::{self, ApiError};
use crate::session::use_session;
use crate::ui::LoadError;

/// The reference backend's accounts. A real platform signs its hosts in itself; this page
/// exists so the app can be tried and tested against the reference backend.
pub const DEMO_ACCOUNTS: [(&str, &str); 3] = [
    ("host@example.com", "Host: owns every demo item"),
    (
        "cohost@example.com",
        "Co-host: may invite, may not create guest links",
    ),
    ("viewer@example.com", "Viewer: may do neither"),
];

/// Dev sign-in against the reference backend.
#[component]
pub fn SignInPage() -> impl IntoView {
    let session = use_session();
    let navigate = use_navigate();
    let sign_in = Action::new_local(|email: &String| {
        let email = email.clone();
        async move { api::media::dev_sign_in(&email).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = sign_in.value().get() {
            session.me.refetch();
            navigate("/", Default::default());
        }
    });
    let error = Signal::derive(move || sign_in.value().get().and_then(Result::err));
    view! {
        <main id="main" class="page page-narrow">
            <SignInView
            pending=sign_in.pending()
            error
            on_choose=Callback::new(move |email: String| { sign_in.dispatch(email); })
            />
        </main>
    }
}

/// The sign-in screen itself, for the page and the gallery.
#[component]
pub fn SignInView(
    #[prop(into)] pending: Signal<bool>,
    #[prop(into)] error: Signal<Option<ApiError>>,
    on_choose: Callback<String>,
) -> impl IntoView {
    view! {
        <div>
            <h1>"Sign in"</h1>
            <p>"Choose a demo account of the reference backend."</p>
            {move || error.get().map(|error| view! { <LoadError error /> })}
            <ul class="stack" role="list">
                {DEMO_ACCOUNTS
                    .into_iter()
                    .map(|(email, what)| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="btn btn-block"
                                    disabled=move || pending.get()
                                    on:click=move |_| on_choose.run(email.to_string())
                                >
                                    <strong>{email}</strong>
                                    <span class="muted">{what}</span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
