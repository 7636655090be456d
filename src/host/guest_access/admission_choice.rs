//! A live item's guest link rule: "Guests wait for a moderator" or "Guests enter directly".
//! Chosen in Create new link, shown in the links table, only for live events and rooms.

use contract::LinkAdmission;
use leptos::prelude::*;

use crate::ui::{scoped_css, unique_id};
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
    let scope = scoped_css!("src/host/guest_access/admission_choice.css");
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
