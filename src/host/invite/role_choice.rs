use contract::InviteRole;
use leptos::prelude::*;

use crate::ui::{ChoiceCard, ChoiceCards, FormState};
use crate::wording::{host_t, role_description, role_label};

/// "Select an invitation type": one radio per role the item allows, each with its one-line
/// description, as [`ChoiceCards`].
#[component]
pub fn RoleChoice(
    /// Exactly the roles the item's capabilities allow, in the product's order.
    roles: Vec<InviteRole>,
    selected: RwSignal<Option<InviteRole>>,
    /// The message for the group; `None` when the choice is fine.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let form = use_context::<FormState>();
    let cards = roles
        .into_iter()
        .map(|role| ChoiceCard {
            value: role,
            key: role.label(),
            label: role_label(role),
            description: role_description(role),
        })
        .collect();
    let on_choose = Callback::new(move |role| {
        selected.set(Some(role));
        if let Some(form) = form {
            form.edited("role");
        }
    });
    view! {
        <ChoiceCards
            group="invite-role"
            legend=host_t().invite.select_type
            cards
            selected
            on_choose
            required=true
            error
        />
    }
}
