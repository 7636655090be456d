use leptos::html;
use leptos::prelude::*;

use crate::ui::Modal;

/// "Invite users". The invitation form arrives with the invite links work; until then the
/// window says what it will do instead of leaving a dead button.
#[component]
pub fn InviteUsersWindow(
    #[prop(into)] open: Signal<bool>,
    on_close: Callback<()>,
    #[prop(optional)] return_focus: Option<NodeRef<html::Button>>,
) -> impl IntoView {
    view! {
        <Modal open on_close title="Invite users" return_focus=return_focus.unwrap_or_default()>
            <p>
                "Invite specific people by email, each with a role. Inviting is not available "
                "in this version yet; use guest access to share a link with anyone."
            </p>
            <div class="cluster">
                <button type="button" class="btn" data-autofocus="" on:click=move |_| on_close.run(())>"Close"</button>
            </div>
        </Modal>
    }
}
