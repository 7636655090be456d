use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_navigate;

use crate::api;
use crate::session::{provide_session, Session};
use crate::ui::LanguageMenu;
use crate::wording::host_t;

/// The host side's frame: skip link, site header with the signed-in host, and the page.
#[component]
pub fn HostShell() -> impl IntoView {
    let session = provide_session();
    view! {
        <a class="skip-link" href="#main">
            {host_t().shell.skip_to_content}
        </a>
        <header class="site-header">
            <a class="brand" href="/">
                {host_t().shell.brand}
            </a>
            <div class="header-end">
                <LanguageMenu />
                <Account session />
            </div>
        </header>
        <Outlet />
    }
}

#[component]
fn Account(session: Session) -> impl IntoView {
    let navigate = use_navigate();
    let sign_out = Action::new_local(move |_: &()| async move { api::media::dev_sign_out().await });
    Effect::new(move |_| {
        if let Some(Ok(())) = sign_out.value().get() {
            session.me.refetch();
            navigate("/sign-in", Default::default());
        }
    });
    move || {
        session.me.get().and_then(Result::ok).map(|me| {
            view! {
                <div class="account">
                    <span>{format!("{} {}", me.first_name, me.last_name)}</span>
                    <button
                        type="button"
                        class="btn btn-quiet"
                        disabled=move || sign_out.pending().get()
                        on:click=move |_| {
                            sign_out.dispatch(());
                        }
                    >
                        {host_t().shell.sign_out}
                    </button>
                </div>
            }
        })
    }
}
