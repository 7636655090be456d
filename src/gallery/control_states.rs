use leptos::prelude::*;

use super::Specimen;
use crate::format;
use crate::ui::{
    scoped_css, use_toaster, Icon, IconName, MenuButton, MenuItem, Switch, TextField, ToastPreview,
};
use crate::wording::{host_t, t};

/// The controls' states a designer reviews side by side: the open menu, the switch, fields
/// with errors, toasts and the focus ring.
#[component]
pub fn ControlStates() -> impl IntoView {
    let scope = scoped_css!("src/gallery/control_states.css");
    let toaster = use_toaster();
    let no_toggle = Callback::new(|_: bool| ());
    let message = |text: String| Signal::derive(move || Some(text.clone()));
    let (w, media) = (host_t().guest_access, host_t().media);
    view! { class=scope,
        <Specimen title="Menu: open (it flips up and shifts sideways to stay on screen)">
            <div class="menu-stage">
                <MenuButton
                    label=media.more_actions
                    items=vec![
                        MenuItem::new(media.invite_users, || ()),
                        MenuItem::new(media.manage_guest_access, || ()),
                    ]
                    open_at_start=true
                >
                    <Icon name=IconName::Dots />
                </MenuButton>
            </div>
        </Specimen>
        <Specimen title="Switch: off, on, busy">
            <div class="stack">
                <Switch label=w.enable checked=false on_toggle=no_toggle />
                <Switch label=w.enable checked=true on_toggle=no_toggle />
                <Switch label=w.enable checked=true on_toggle=no_toggle busy=true />
            </div>
        </Specimen>
        <Specimen title="Fields: with errors">
            <TextField
                label=w.name_label
                value=RwSignal::new(String::new())
                error=message(t().fields.enter_name.into())
                required=true
            />
            <TextField
                label=w.clicks
                value=RwSignal::new("0".to_string())
                error=message(t().fields.clicks_range(&format::count(100_000)))
                help=w.clicks_help
            />
        </Specimen>
        <Specimen title="Toast: as it looks, and live (one at a time)">
            <div class="stack">
                <ToastPreview message=t().common.link_copied />
                <div class="cluster" data-gallery-chrome="">
                    <button
                        type="button"
                        class="btn"
                        on:click=move |_| toaster.show(t().common.link_copied)
                    >
                        "Show a toast"
                    </button>
                </div>
            </div>
        </Specimen>
        <Specimen title="Focus: the ring on a button, a link and a field">
            <div class="cluster focus-ring">
                <button type="button" class="btn btn-primary">
                    {w.create}
                </button>
                <button type="button" class="btn">
                    {t().common.cancel}
                </button>
                <TextField label=w.name_label value=RwSignal::new("Press preview".to_string()) />
            </div>
            <p class="focus-ring" data-gallery-chrome="">
                "A link in running text: "
                <a href="#primitives">"Primitives"</a>
            </p>
        </Specimen>
    }
}
