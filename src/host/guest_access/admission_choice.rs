//! A live item's guest link rule: "Guests wait for a moderator" or "Guests enter directly".
//! Chosen in Create new link, shown in the links table, only for live events and rooms.

use contract::LinkAdmission;
use leptos::prelude::*;

use crate::ui::{ChoiceCard, ChoiceCards};
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

/// The radio group, as [`ChoiceCards`] (the invite's roles are the same kind of group).
#[component]
pub fn AdmissionChoice(selected: RwSignal<LinkAdmission>) -> impl IntoView {
    let cards = [LinkAdmission::Wait, LinkAdmission::Direct]
        .into_iter()
        .map(|admission| ChoiceCard {
            value: admission,
            key: match admission {
                LinkAdmission::Wait => "wait",
                LinkAdmission::Direct => "direct",
            },
            label: admission_label(admission),
            description: admission_hint(admission),
        })
        .collect();
    view! {
        <ChoiceCards
            group="link-admission"
            legend=host_t().link_admission.legend
            cards
            selected=Signal::derive(move || Some(selected.get()))
            on_choose=Callback::new(move |admission| selected.set(admission))
        />
    }
}
