use leptos::prelude::*;
use stylers_macro::style_str;

use super::Specimen;
use crate::ui::{
    scoped, use_toaster, Icon, IconName, MenuButton, MenuItem, Switch, TextField, ToastPreview,
};

/// The controls' states a designer reviews side by side: the open menu, the switch, fields
/// with errors, toasts and the focus ring.
#[component]
pub fn ControlStates() -> impl IntoView {
    let scope = scoped(style_str! {
        .menu-stage {
            display: flex;
            justify-content: flex-end;
            min-height: 9rem;
        }
        .focus-ring .btn,
        .focus-ring .field-input,
        .focus-ring a {
            box-shadow: var(--focus-ring);
        }
        .focus-ring .field-input {
            max-width: 16rem;
        }
    });
    let toaster = use_toaster();
    let no_toggle = Callback::new(|_: bool| ());
    let message = |text: &'static str| Signal::derive(move || Some(text.to_string()));
    view! { class=scope,
        <Specimen title="Menu: open (it flips up and shifts sideways to stay on screen)">
            <div class="menu-stage">
                <MenuButton
                    label="More actions"
                    items=vec![
                        MenuItem::new("Invite users", || ()),
                        MenuItem::new("Manage guest access", || ()),
                    ]
                    open_at_start=true
                >
                    <Icon name=IconName::Dots />
                </MenuButton>
            </div>
        </Specimen>
        <Specimen title="Switch: off, on, busy">
            <div class="stack">
                <Switch label="Enable guest access" checked=false on_toggle=no_toggle />
                <Switch label="Enable guest access" checked=true on_toggle=no_toggle />
                <Switch label="Enable guest access" checked=true on_toggle=no_toggle busy=true />
            </div>
        </Specimen>
        <Specimen title="Fields: with errors">
            <TextField
                label="Link Name"
                value=RwSignal::new(String::new())
                error=message("Enter a name for the link.")
                required=true
            />
            <TextField
                label="# of clicks"
                value=RwSignal::new("0".to_string())
                error=message("Enter a whole number from 1 to 100000, or leave it empty.")
                help="Limit how many times this link can be accessed."
            />
        </Specimen>
        <Specimen title="Toast: as it looks, and live (one at a time)">
            <div class="stack">
                <ToastPreview message="Link copied" />
                <div class="cluster">
                    <button type="button" class="btn" on:click=move |_| toaster.show("Link copied")>
                        "Show a toast"
                    </button>
                </div>
            </div>
        </Specimen>
        <Specimen title="Focus: the ring on a button, a link and a field">
            <div class="cluster focus-ring">
                <button type="button" class="btn btn-primary">
                    "Create"
                </button>
                <button type="button" class="btn">
                    "Cancel"
                </button>
                <TextField label="Link Name" value=RwSignal::new("Press preview".to_string()) />
            </div>
            <p class="focus-ring">
                "A link in running text: " <a href="#primitives">"Primitives"</a>
            </p>
        </Specimen>
    }
}
