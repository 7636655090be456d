//! One dismiss layer for everything that floats over the page (the dialog, the menu, the
//! combobox's list), as Radix's `DismissableLayer`: Escape anywhere, or a press outside the
//! layer, dismisses it, and only the topmost layer hears either. Layers stack in the order
//! they open, so Escape in a combobox inside a dialog closes the list, and the next Escape
//! the dialog.
//!
//! The listeners sit on the document in the capture phase, so Escape still works when focus
//! has fallen to `<body>` and no element handler can swallow it first; each layer adds them
//! when it becomes active and removes them when it closes or is cleaned up.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Event, KeyboardEvent, Node};

/// Why a layer is being dismissed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dismissal {
    /// Escape was pressed (its default, such as a `<dialog>`'s own cancel, is prevented).
    Escape,
    /// A pointer went down outside the layer. The event is the `pointerdown`.
    OutsidePress,
}

type Listener = Closure<dyn Fn(Event)>;
type OnDismiss = Rc<dyn Fn(Dismissal, &Event)>;
type Inside = Rc<dyn Fn(&Node) -> bool>;

struct Layer {
    id: u64,
    listeners: Vec<(&'static str, Listener)>,
}

thread_local! {
    // Active layers, bottom first.
    static LAYERS: RefCell<Vec<Layer>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u64> = const { Cell::new(0) };
}

fn is_topmost(id: u64) -> bool {
    LAYERS.with(|layers| layers.borrow().last().is_some_and(|top| top.id == id))
}

fn push(id: u64, on_dismiss: OnDismiss, inside: Inside) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let escape = {
        let on_dismiss = on_dismiss.clone();
        Closure::<dyn Fn(Event)>::new(move |event: Event| {
            let is_escape = event
                .dyn_ref::<KeyboardEvent>()
                .is_some_and(|key| key.key() == "Escape");
            // A layer above already took this Escape (it prevents the default).
            if !is_escape || !is_topmost(id) || event.default_prevented() {
                return;
            }
            event.prevent_default();
            on_dismiss(Dismissal::Escape, &event);
        })
    };
    let press = Closure::<dyn Fn(Event)>::new(move |event: Event| {
        if !is_topmost(id) {
            return;
        }
        let target = event.target().and_then(|t| t.dyn_into::<Node>().ok());
        if target.as_ref().is_some_and(|node| !inside(node)) {
            on_dismiss(Dismissal::OutsidePress, &event);
        }
    });
    let listeners = vec![("keydown", escape), ("pointerdown", press)];
    for (name, listener) in &listeners {
        let _ = document.add_event_listener_with_callback_and_bool(
            name,
            listener.as_ref().unchecked_ref(),
            true,
        );
    }
    LAYERS.with(|layers| layers.borrow_mut().push(Layer { id, listeners }));
}

fn remove(id: u64) {
    let removed = LAYERS.with(|layers| {
        let mut layers = layers.borrow_mut();
        let at = layers.iter().position(|layer| layer.id == id)?;
        Some(layers.remove(at))
    });
    let (Some(layer), Some(document)) = (removed, web_sys::window().and_then(|w| w.document()))
    else {
        return;
    };
    for (name, listener) in &layer.listeners {
        let _ = document.remove_event_listener_with_callback_and_bool(
            name,
            listener.as_ref().unchecked_ref(),
            true,
        );
    }
}

/// A layer made by [`use_dismiss`].
#[derive(Clone, Copy, Debug)]
pub struct DismissLayer {
    id: u64,
}

impl DismissLayer {
    /// Whether this layer is open and no layer opened after it is.
    pub fn is_topmost(&self) -> bool {
        is_topmost(self.id)
    }
}

/// Makes the calling component a dismiss layer while `active` is true: `on_dismiss` runs on
/// Escape, or on a press whose target `inside` does not claim, as long as no layer opened
/// after this one is still open. The layer goes away with the component.
pub fn use_dismiss(
    active: impl Fn() -> bool + 'static,
    inside: impl Fn(&Node) -> bool + 'static,
    on_dismiss: impl Fn(Dismissal, &Event) + 'static,
) -> DismissLayer {
    let id = NEXT_ID.with(|next| {
        let id = next.get();
        next.set(id + 1);
        id
    });
    let on_dismiss: OnDismiss = Rc::new(on_dismiss);
    let inside: Inside = Rc::new(inside);
    Effect::new(move |_| {
        let registered = LAYERS.with(|layers| layers.borrow().iter().any(|l| l.id == id));
        match (active(), registered) {
            (true, false) => push(id, on_dismiss.clone(), inside.clone()),
            (false, true) => remove(id),
            _ => {}
        }
    });
    on_cleanup(move || remove(id));
    DismissLayer { id }
}
