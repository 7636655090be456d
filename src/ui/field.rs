//! A labelled text input with its help text and its error under it, tied together with
//! `aria-describedby` and `aria-invalid`, so a screen reader hears all three. The look is the
//! shared `.field-*` classes of `style/base.css`.

use leptos::prelude::*;

use super::{scoped_css, unique_id, FormState};

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
    let scope = scoped_css!("src/ui/field.css");
    let ids = FieldIds::new(help.is_some());
    let on_edit = edit_reporter(name);
    view! { class=scope,
        <div class="field">
            <FieldLabel label input=ids.input.clone() required />
            <FieldHelp help id=ids.help.clone() />
            <div class="control">
                <input
                    class="field-input"
                    id=ids.input.clone()
                    name=name
                    type=input_type
                    inputmode=inputmode
                    autocomplete=autocomplete
                    aria-required=required.then_some("true")
                    aria-invalid=move || error.get().is_some().to_string()
                    aria-describedby=ids.described_by(error)
                    data-autofocus=autofocus.then_some("")
                    prop:value=move || value.get()
                    on:input=move |event| {
                        value.set(event_target_value(&event));
                        on_edit();
                    }
                />
                {suffix
                    .map(|suffix| {
                        view! { class=scope,
                            <span class="suffix" aria-hidden="true">
                                {suffix}
                            </span>
                        }
                    })}
            </div>
            <FieldError error id=ids.error />
        </div>
    }
}

/// A labelled `<textarea>` for text of several lines (the lobby message), tied to its help
/// and error like [`TextField`]. Its own component, so the lean guest bundle, which has no
/// textarea, does not carry it.
#[component]
pub fn TextArea(
    #[prop(into)] label: String,
    value: RwSignal<String>,
    /// The message under the field; `None` when the value is fine.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    #[prop(optional, into)] help: Option<String>,
    #[prop(optional)] name: Option<&'static str>,
) -> impl IntoView {
    let scope = scoped_css!("src/ui/text_area.css");
    let ids = FieldIds::new(help.is_some());
    let on_edit = edit_reporter(name);
    view! { class=scope,
        <div class="field">
            <FieldLabel label input=ids.input.clone() required=false />
            <FieldHelp help id=ids.help.clone() />
            <textarea
                class="field-input"
                id=ids.input.clone()
                name=name
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=ids.described_by(error)
                prop:value=move || value.get()
                on:input=move |event| {
                    value.set(event_target_value(&event));
                    on_edit();
                }
            ></textarea>
            <FieldError error id=ids.error />
        </div>
    }
}

/// Tells the form around a field (its [`FormState`] in context) that the person edited
/// field `name`, so what the server said about the old value goes.
pub(crate) fn edit_reporter(
    name: Option<&'static str>,
) -> impl Fn() + Copy + Send + Sync + 'static {
    let form = use_context::<FormState>();
    move || {
        if let (Some(form), Some(name)) = (form, name) {
            form.edited(name);
        }
    }
}

/// The ids that tie a field's label, help and error to its input.
pub(crate) struct FieldIds {
    pub input: String,
    pub help: Option<String>,
    pub error: String,
}

impl FieldIds {
    pub fn new(has_help: bool) -> Self {
        Self {
            input: unique_id("field"),
            help: has_help.then(|| unique_id("field-help")),
            error: unique_id("field-error"),
        }
    }

    /// The input's `aria-describedby`: the help, and the error while there is one.
    pub fn described_by(
        &self,
        error: Signal<Option<String>>,
    ) -> impl Fn() -> Option<String> + Send + Sync + 'static {
        let (help, error_id) = (self.help.clone(), self.error.clone());
        move || {
            let ids: Vec<String> = help
                .iter()
                .cloned()
                .chain(error.get().map(|_| error_id.clone()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }
}

/// A field's label, with a visual mark when it is required (the input says so to screen readers).
#[component]
pub(crate) fn FieldLabel(label: String, input: String, required: bool) -> impl IntoView {
    view! {
        <label class="field-label" for=input>
            {label}
            {required
                .then(|| {
                    view! {
                        <span class="field-required" aria-hidden="true">
                            " *"
                        </span>
                    }
                })}
        </label>
    }
}

/// The help under a field's label, when it has one.
#[component]
pub(crate) fn FieldHelp(help: Option<String>, id: Option<String>) -> impl IntoView {
    help.map(|help| {
        view! {
            <p class="field-help" id=id>
                {help}
            </p>
        }
    })
}

/// The message under a field while its value needs attention.
#[component]
pub(crate) fn FieldError(error: Signal<Option<String>>, id: String) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! {
                <p class="field-error" id=id.clone()>
                    {message}
                </p>
            }
        })
    }
}
