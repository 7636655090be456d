//! Toasts: one at a time, the newer replacing the older.

use leptos::prelude::*;
use share_spa::ui::{use_toaster, ToastRegion};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{mount, settle};

#[component]
fn TwoPresses() -> impl IntoView {
    let toaster = use_toaster();
    view! {
        <button id="first" on:click=move |_| toaster.show("Link copied")>
            "Copy"
        </button>
        <button id="second" on:click=move |_| toaster.show("Link “Partners” created")>
            "Create"
        </button>
    }
}

#[wasm_bindgen_test]
async fn given_a_second_toast_should_replace_the_first_instead_of_stacking() {
    let page = mount(|| {
        view! {
            <ToastRegion>
                <TwoPresses />
            </ToastRegion>
        }
        .into_any()
    });
    settle().await;
    page.get("#first").click();
    settle().await;
    let toasts = || {
        page.all("[role=status] .toast")
            .iter()
            .map(|t| t.text_content().unwrap_or_default())
            .collect::<Vec<_>>()
    };
    assert_eq!(toasts(), ["Link copied"]);
    page.get("#second").click();
    settle().await;
    assert_eq!(
        toasts(),
        ["Link “Partners” created"],
        "the newer toast replaced the older"
    );
}
