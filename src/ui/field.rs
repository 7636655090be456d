//! A labelled text input with its help text and its error under it, tied together with
//! `aria-describedby` and `aria-invalid`, so a screen reader hears all three. The look is the
//! shared `.field-*` classes of `style/base.css`.

use leptos::prelude::*;
use stylers_macro::style_str;

use super::{scoped, unique_id};

/// One form field. `value` is the owner's, so it survives a failed submit.
#[component]
pub fn TextField(
    #[prop(into)] label: String,
    value: RwSignal<String>,
    /// The message under the field; `None` when the value is fine.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    #[prop(optional, into)] help: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    /// Takes focus when its dialog opens.
    #[prop(optional)]
    autofocus: bool,
    /// A unit shown after the input ("Day/s").
    #[prop(optional)]
    suffix: Option<&'static str>,
    #[prop(optional)] name: Option<&'static str>,
) -> impl IntoView {
    let scope = scoped(style_str! {
        .control {
            display: flex;
            align-items: center;
            gap: var(--space-2);
        }
    });
    let input_id = unique_id("field");
    let help_id = help.as_ref().map(|_| unique_id("field-help"));
    let error_id = unique_id("field-error");
    let described_by = {
        let help_id = help_id.clone();
        let error_id = error_id.clone();
        move || {
            let ids: Vec<String> = help_id
                .iter()
                .cloned()
                .chain(error.get().map(|_| error_id.clone()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! { class=scope,
        <div class="field">
            <label class="field-label" for=input_id.clone()>
                {label}
                {required.then(|| view! { class=scope, <span class="field-required" aria-hidden="true">" *"</span> })}
            </label>
            {help.map(|help| view! { class=scope, <p class="field-help" id=help_id.clone()>{help}</p> })}
            <div class="control">
                <input
                    class="field-input"
                    id=input_id
                    name=name
                    type=input_type
                    inputmode=inputmode
                    autocomplete=autocomplete
                    aria-required=required.then_some("true")
                    aria-invalid=move || error.get().is_some().to_string()
                    aria-describedby=described_by
                    data-autofocus=autofocus.then_some("")
                    prop:value=move || value.get()
                    on:input=move |event| value.set(event_target_value(&event))
                />
                {suffix.map(|suffix| view! { class=scope, <span aria-hidden="true">{suffix}</span> })}
            </div>
            {move || error.get().map(|message| view! { class=scope,
                <p class="field-error" id=error_id.clone()>{message}</p>
            })}
        </div>
    }
}
