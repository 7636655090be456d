//! A radio group of cards: each option a card whose whole surface is its label, with a line
//! under it saying what choosing it means (the invite's roles, a live link's admission
//! rule). Native radios in a fieldset named by its legend, so arrow keys move the choice and
//! a screen reader hears the group, the option and its description.

use leptos::prelude::*;

use super::{scoped_css, unique_id};

/// One card of a [`ChoiceCards`] group.
#[derive(Clone, Copy, Debug)]
pub struct ChoiceCard<T> {
    pub value: T,
    /// The radio's `value`: a stable name for the option, never shown.
    pub key: &'static str,
    pub label: &'static str,
    pub description: &'static str,
}

/// The group. It shows `selected` and reports a press through `on_choose`; the owner keeps
/// the value. With an `error`, the message stands under the legend, the group is described
/// by it and its first radio is marked invalid (where the form's summary sends focus).
#[component]
pub fn ChoiceCards<T>(
    /// Names the group's radios (`unique_id`).
    group: &'static str,
    legend: &'static str,
    cards: Vec<ChoiceCard<T>>,
    #[prop(into)] selected: Signal<Option<T>>,
    on_choose: Callback<T>,
    /// Marks the legend as required, for the eye (a missing choice is announced as an error).
    #[prop(optional)]
    required: bool,
    /// The message for the group; `None` when the choice is fine.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let scope = scoped_css!("src/ui/choice_cards.css");
    let group = unique_id(group);
    let error_id = unique_id("field-error");
    let described_by = {
        let error_id = error_id.clone();
        move || error.get().map(|_| error_id.clone())
    };
    view! { class=scope,
        <fieldset aria-describedby=described_by>
            <legend>
                {legend}
                {required
                    .then(|| {
                        view! {
                            <span class="field-required" aria-hidden="true">
                                " *"
                            </span>
                        }
                    })}
            </legend>
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! { class=scope,
                            <p class="field-error" id=error_id.clone()>
                                {message}
                            </p>
                        }
                    })
            }}
            {cards
                .into_iter()
                .enumerate()
                .map(|(index, card)| {
                    let id = format!("{group}-{index}");
                    let description_id = format!("{id}-description");
                    let chosen = move || selected.get() == Some(card.value);
                    view! { class=scope,
                        <div class="choice choice-card" class:checked=chosen>
                            <label for=id.clone()>
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name=group.clone()
                                    value=card.key
                                    aria-describedby=description_id.clone()
                                    aria-invalid=move || {
                                        (index == 0 && error.get().is_some()).then_some("true")
                                    }
                                    prop:checked=chosen
                                    on:change=move |_| on_choose.run(card.value)
                                />
                                <span>{card.label}</span>
                            </label>
                            <p class="description" id=description_id>
                                {card.description}
                            </p>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
