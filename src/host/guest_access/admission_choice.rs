//! A live item's guest link rule: "Guests wait for a moderator" or "Guests enter directly".
//! Chosen in Create new link, shown in the links table, only for live events and rooms.

use contract::LinkAdmission;
use leptos::prelude::*;
use stylers_macro::style_str;

use crate::ui::{scoped, unique_id};
use crate::wording::host_t;

/// Whether the item whose guest access is managed is live, so its links carry an admission
/// rule. Provided by "Manage guest access" (and the gallery); absent means not live.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LiveItem(pub bool);

/// True inside the guest access of a live event or room.
pub fn is_live_item() -> bool {
    use_context::<LiveItem>().is_some_and(|live| live.0)
}

/// The rule in the catalog's words.
pub fn admission_label(admission: LinkAdmission) -> &'static str {
    let w = host_t().link_admission;
    match admission {
        LinkAdmission::Wait => w.wait,
        LinkAdmission::Direct => w.direct,
    }
}

fn admission_hint(admission: LinkAdmission) -> &'static str {
    let w = host_t().link_admission;
    match admission {
        LinkAdmission::Wait => w.wait_hint,
        LinkAdmission::Direct => w.direct_hint,
    }
}

/// The radio group. Native radios, so arrow keys move the choice; each rule is a card whose
/// whole surface is its label (`.choice-card`, style/host.css), as the invite's roles.
#[component]
pub fn AdmissionChoice(selected: RwSignal<LinkAdmission>) -> impl IntoView {
    let scope = scoped(style_str! {
        fieldset {
            margin: 0 0 var(--space-4);
            padding: 0;
            border: 0;
        }
        legend {
            margin-bottom: var(--space-2);
            padding: 0;
            font-weight: 600;
        }
        .choice {
            border: 1px solid var(--color-border);
            border-radius: var(--radius-2);
            margin-bottom: var(--space-2);
            cursor: pointer;
        }
        .choice:hover {
            border-color: var(--color-accent);
        }
        .choice.checked {
            border-color: var(--color-accent);
            background: var(--color-accent-soft);
        }
        label {
            display: flex;
            align-items: center;
            gap: var(--space-2);
            min-height: 2.75rem;
            padding: var(--space-2) var(--space-3) 0;
            font-weight: 600;
            cursor: pointer;
        }
        input {
            flex: none;
            width: 1.25rem;
            height: 1.25rem;
            margin: 0;
        }
        .hint {
            margin: 0;
            padding: 0 var(--space-3) var(--space-2) calc(var(--space-3) + 1.25rem + var(--space-2));
            color: var(--color-muted);
            font-size: var(--text-sm);
        }
    });
    let group = unique_id("link-admission");
    view! { class=scope,
        <fieldset>
            <legend>{host_t().link_admission.legend}</legend>
            {[LinkAdmission::Wait, LinkAdmission::Direct]
                .into_iter()
                .enumerate()
                .map(|(index, admission)| {
                    let id = format!("{group}-{index}");
                    let hint_id = format!("{id}-hint");
                    view! { class=scope,
                        <div
                            class="choice choice-card"
                            class:checked=move || selected.get() == admission
                        >
                            <label for=id.clone()>
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name=group.clone()
                                    aria-describedby=hint_id.clone()
                                    prop:checked=move || selected.get() == admission
                                    on:change=move |_| selected.set(admission)
                                />
                                <span>{admission_label(admission)}</span>
                            </label>
                            <p class="hint" id=hint_id>
                                {admission_hint(admission)}
                            </p>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
