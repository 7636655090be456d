//! The combobox pattern (WAI-ARIA 1.2, list autocomplete with manual selection): a text input
//! with `role="combobox"`, `aria-expanded` and `aria-controls` naming its listbox. Focus stays
//! in the input; ArrowDown and ArrowUp move the active option (`aria-activedescendant`), Enter
//! chooses it, Escape closes the list (and only the list, so a dialog around it stays open:
//! the list is a [dismiss layer](super::dismiss) above the dialog's), Tab, a press outside
//! and leaving the field close it too. Whatever is typed stays acceptable as typed.

use leptos::html;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use super::dismiss::use_dismiss;
use super::field::{edit_reporter, FieldError, FieldHelp, FieldIds, FieldLabel};
use super::{scoped_css, unique_id};
use crate::wording::t;

/// One suggestion of a [`Combobox`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComboboxOption {
    /// What the input holds once this option is chosen.
    pub value: String,
    /// The option's main line.
    pub label: String,
    /// A second, quieter line (an email under a name).
    pub detail: Option<String>,
}

/// A labelled text input that suggests values as the person types. The owner supplies the
/// `suggestions` (from a search, or a fixed list in a test) and hears about typing through
/// `on_type` and about a chosen option through `on_select`.
#[component]
pub fn Combobox(
    #[prop(into)] label: String,
    /// The input's text; the owner's, so it survives a failed submit.
    value: RwSignal<String>,
    /// What to offer for the current text; the list shows while it is non-empty.
    #[prop(into)]
    suggestions: Signal<Vec<ComboboxOption>>,
    /// The person typed: the new text. Not called when an option fills the input.
    #[prop(optional, into)]
    on_type: Option<Callback<String>>,
    /// The person chose an option; the input already holds its value.
    #[prop(optional, into)]
    on_select: Option<Callback<ComboboxOption>>,
    /// The message under the field; `None` when the value is fine.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    #[prop(optional, into)] help: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] name: Option<&'static str>,
    /// Takes focus when its dialog opens.
    #[prop(optional)]
    autofocus: bool,
    /// Starts with the list open (the gallery shows it that way).
    #[prop(optional)]
    open_at_start: bool,
    /// The input, for the owner to focus.
    #[prop(optional)]
    input_ref: NodeRef<html::Input>,
) -> impl IntoView {
    let scope = scoped_css!("src/ui/combobox.css");
    let ids = FieldIds::new(help.is_some());
    let on_edit = edit_reporter(name);
    let list_id = unique_id("combobox-list");
    let open = RwSignal::new(open_at_start);
    let active = RwSignal::new(None::<usize>);
    let shown = Memo::new(move |_| open.get() && !suggestions.with(|s| s.is_empty()));
    // New suggestions invalidate the highlighted one.
    Effect::new(move |previous: Option<()>| {
        suggestions.track();
        if previous.is_some() {
            active.set(None);
        }
    });

    let option_id = {
        let list_id = list_id.clone();
        move |index: usize| format!("{list_id}-{index}")
    };
    let choose = move |index: usize| {
        let Some(option) = suggestions.with_untracked(|s| s.get(index).cloned()) else {
            return;
        };
        value.set(option.value.clone());
        on_edit();
        open.set(false);
        active.set(None);
        if let Some(on_select) = on_select {
            on_select.run(option);
        }
    };
    let on_keydown = move |event: KeyboardEvent| {
        let count = suggestions.with_untracked(|s| s.len());
        match event.key().as_str() {
            "ArrowDown" | "ArrowUp" if count > 0 => {
                event.prevent_default();
                let down = event.key() == "ArrowDown";
                let next = match (shown.get_untracked(), active.get_untracked()) {
                    (false, _) | (true, None) if down => 0,
                    (false, _) | (true, None) => count - 1,
                    (true, Some(i)) if down => (i + 1) % count,
                    (true, Some(i)) => (i + count - 1) % count,
                };
                open.set(true);
                active.set(Some(next));
            }
            "Enter" if shown.get_untracked() => {
                if let Some(index) = active.get_untracked() {
                    // Choosing is not submitting: the form stays as it is.
                    event.prevent_default();
                    choose(index);
                } else {
                    open.set(false);
                }
            }
            "Tab" => open.set(false),
            _ => {}
        }
    };
    let field = NodeRef::<html::Div>::new();
    use_dismiss(
        move || shown.get(),
        move |node| {
            field
                .get_untracked()
                .is_some_and(|field| field.contains(Some(node)))
        },
        move |_, _| {
            open.set(false);
            active.set(None);
        },
    );
    let active_descendant = {
        let option_id = option_id.clone();
        move || active.get().filter(|_| shown.get()).map(&option_id)
    };

    view! { class=scope,
        <div class="field" node_ref=field>
            <FieldLabel label input=ids.input.clone() required />
            <FieldHelp help id=ids.help.clone() />
            <input
                class="field-input"
                id=ids.input.clone()
                name=name
                type=input_type
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-expanded=move || shown.get().to_string()
                aria-controls=list_id.clone()
                aria-activedescendant=active_descendant
                aria-required=required.then_some("true")
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=ids.described_by(error)
                data-autofocus=autofocus.then_some("")
                node_ref=input_ref
                prop:value=move || value.get()
                on:input=move |event| {
                    let text = event_target_value(&event);
                    value.set(text.clone());
                    on_edit();
                    open.set(true);
                    if let Some(on_type) = on_type {
                        on_type.run(text);
                    }
                }
                on:keydown=on_keydown
                on:blur=move |_| open.set(false)
            />
            <ul
                id=list_id.clone()
                role="listbox"
                aria-label=t().common.suggestions
                hidden=move || !shown.get()
            >
                {move || {
                    suggestions
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(index, option)| {
                            view! { class=scope,
                                <li
                                    id=option_id(index)
                                    role="option"
                                    aria-selected=move || (active.get() == Some(index)).to_string()
                                    // Keeps focus in the input, where the pattern wants it.
                                    on:mousedown=|event| event.prevent_default()
                                    on:click=move |_| choose(index)
                                >
                                    <span dir="auto">{option.label}</span>
                                    {option
                                        .detail
                                        .map(|detail| {
                                            view! { class=scope,
                                                <span class="detail" dir="auto">
                                                    {detail}
                                                </span>
                                            }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <span class="visually-hidden" role="status">
                {move || match (shown.get(), suggestions.with(|s| s.len())) {
                    (false, _) => String::new(),
                    (true, n) => t().common.suggestions_found(n),
                }}
            </span>
            <FieldError error id=ids.error />
        </div>
    }
}
