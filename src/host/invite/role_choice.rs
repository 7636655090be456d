use contract::InviteRole;
use leptos::prelude::*;

use crate::ui::{scoped_css, unique_id, FormState};
use crate::wording::{host_t, role_description, role_label};

/// "Select an invitation type": one radio per role the item allows, each with its one-line
/// description. Native radios, so arrow keys move the choice. Each role is a card whose
/// whole surface is its label (`.choice-card`, style/host.css).
#[component]
pub fn RoleChoice(
    /// Exactly the roles the item's capabilities allow, in the product's order.
    roles: Vec<InviteRole>,
    selected: RwSignal<Option<InviteRole>>,
    /// The message for the group; `None` when the choice is fine.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let scope = scoped_css!("src/host/invite/role_choice.css");
    let form = use_context::<FormState>();
    let group = unique_id("invite-role");
    let error_id = unique_id("field-error");
    let described_by = {
        let error_id = error_id.clone();
        move || error.get().map(|_| error_id.clone())
    };
    view! { class=scope,
        <fieldset aria-describedby=described_by>
            <legend>
                {host_t().invite.select_type} <span class="field-required" aria-hidden="true">
                    " *"
                </span>
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
            {roles
                .into_iter()
                .enumerate()
                .map(|(index, role)| {
                    let id = format!("{group}-{index}");
                    let description_id = format!("{id}-description");
                    view! { class=scope,
                        <div
                            class="choice choice-card"
                            class:checked=move || selected.get() == Some(role)
                        >
                            <label for=id.clone()>
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name=group.clone()
                                    value=role.label()
                                    aria-describedby=description_id.clone()
                                    aria-invalid=move || {
                                        (index == 0 && error.get().is_some()).then_some("true")
                                    }
                                    prop:checked=move || selected.get() == Some(role)
                                    on:change=move |_| {
                                        selected.set(Some(role));
                                        if let Some(form) = form {
                                            form.edited("role");
                                        }
                                    }
                                />
                                <span>{role_label(role)}</span>
                            </label>
                            <p class="description" id=description_id>
                                {role_description(role)}
                            </p>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
