use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::api;
use crate::session::use_session;
use crate::ui::{CheckedForm, FormState};
use crate::wording::host_t;

/// The reference backend's accounts. A real platform signs its hosts in itself; this page
/// exists so the app can be tried and tested against the reference backend.
pub fn demo_accounts() -> [(&'static str, &'static str); 3] {
    let shell = host_t().shell;
    [
        ("host@example.com", shell.demo_host),
        ("cohost@example.com", shell.demo_cohost),
        ("viewer@example.com", shell.demo_viewer),
    ]
}

/// Dev sign-in against the reference backend.
#[component]
pub fn SignInPage() -> impl IntoView {
    let session = use_session();
    let navigate = use_navigate();
    let sign_in = Action::new_local(|email: &String| {
        let email = email.clone();
        async move { api::media::dev_sign_in(&email).await }
    });
    let chosen = RwSignal::new(String::new());
    // Nothing to check: the account is one of the buttons.
    let form = FormState::new(sign_in, move || Ok(chosen.get()));
    Effect::new(move |_| match sign_in.value().get() {
        Some(Ok(())) => {
            session.me.refetch();
            navigate("/", Default::default());
        }
        Some(Err(error)) => form.refuse(error.user_message(), Default::default()),
        None => {}
    });
    view! {
        <main id="main" class="page page-narrow">
            <SignInView form chosen />
        </main>
    }
}

/// The sign-in screen itself, for the page and the gallery: one submit button per account.
#[component]
pub fn SignInView(
    /// The sign-in request and what went wrong with the last one.
    form: FormState,
    /// The account whose button was pressed.
    chosen: RwSignal<String>,
) -> impl IntoView {
    let pending = form.pending();
    view! {
        <div>
            <h1>{host_t().shell.sign_in}</h1>
            <p>{host_t().shell.sign_in_lead}</p>
            <CheckedForm form>
                <ul class="stack" role="list">
                    {demo_accounts()
                        .into_iter()
                        .map(|(email, what)| {
                            view! {
                                <li>
                                    <button
                                        type="submit"
                                        class="btn btn-block"
                                        disabled=move || pending.get()
                                        on:click=move |_| chosen.set(email.to_string())
                                    >
                                        <strong dir="auto">{email}</strong>
                                        <span class="muted">{what}</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </CheckedForm>
        </div>
    }
}
