//! A labelled text input with its help text and its error under it, tied together with
//! `aria-describedby` and `aria-invalid`, so a screen reader hears all three.

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
        .field {
            display: grid;
            gap: var(--space-1);
            margin-bottom: var(--space-4);
        }
        label {
            font-weight: 600;
        }
        .required {
            color: var(--color-danger);
        }
        .help {
            margin: 0;
            color: var(--color-muted);
            font-size: var(--text-sm);
        }
        .control {
            display: flex;
            align-items: center;
            gap: var(--space-2);
        }
        input {
            width: 100%;
            min-height: 2.75rem;
            padding: var(--space-2) var(--space-3);
            border: 1px solid var(--color-muted);
            border-radius: var(--radius-2);
            background: var(--color-bg);
            color: var(--color-text);
            font: inherit;
        }
        input[aria-invalid="true"] {
            border: 2px solid var(--color-danger);
        }
        .error {
            margin: 0;
            color: var(--color-danger);
            font-size: var(--text-sm);
            font-weight: 600;
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
            <label for=input_id.clone()>
                {label}
                {required.then(|| view! { class=scope, <span class="required" aria-hidden="true">" *"</span> })}
            </label>
            {help.map(|help| view! { class=scope, <p class="help" id=help_id.clone()>{help}</p> })}
            <div class="control">
                <input
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
                <p class="error" id=error_id.clone()>{message}</p>
            })}
        </div>
    }
}
