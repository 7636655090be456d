//! The `<form>` every form of the app renders, and its summary.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::FormState;
use crate::ui::scoped_css;
use crate::wording::t;

/// A form checked in the browser first: `<form novalidate>` (the app's own messages replace
/// the browser's bubbles), the summary announced with `role="alert"`, and focus on the first
/// field that needs attention after each refused submit. The fields inside report their
/// edits to `form` (through context), so they need no wiring of their own.
#[component]
pub fn CheckedForm(
    form: FormState,
    /// The children place `<FormSummary />` themselves (the invite lobby shows it above its
    /// button); otherwise it comes first.
    #[prop(optional)]
    summary_placed: bool,
    children: Children,
) -> impl IntoView {
    provide_context(form);
    let node = NodeRef::<html::Form>::new();
    let refusals = form.refusals();
    // Not on the first run: a form shown refused from the start (the gallery) leaves focus
    // where it is.
    Effect::new(move |previous: Option<u32>| {
        let now = refusals.get();
        if previous.is_some_and(|before| before != now) {
            focus_first_invalid(node);
        }
        now
    });
    view! {
        <form
            novalidate
            node_ref=node
            on:submit=move |event| {
                event.prevent_default();
                form.submit();
            }
        >
            {(!summary_placed).then(|| view! { <FormSummary form /> })}
            {children()}
        </form>
    }
}

/// The form's summary while there is one: `role="alert"`, so it is announced; "Try again"
/// after a network failure.
#[component]
pub fn FormSummary(form: FormState) -> impl IntoView {
    let summary = form.summary();
    move || {
        summary.get().map(|summary| {
            if summary.retry {
                let scope = scoped_css!("src/ui/form/checked_form.css");
                view! { class=scope,
                    <div class="notice notice-error" role="alert">
                        <p>{summary.text}</p>
                        <button type="button" class="btn" on:click=move |_| form.submit()>
                            {t().common.try_again}
                        </button>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <p class="notice notice-error" role="alert">
                        {summary.text}
                    </p>
                }
                .into_any()
            }
        })
    }
}

fn focus_first_invalid(form: NodeRef<html::Form>) {
    let first = form
        .get_untracked()
        .and_then(|form| form.query_selector("[aria-invalid=true]").ok().flatten())
        .and_then(|first| first.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(first) = first {
        let _ = first.focus();
    }
}
