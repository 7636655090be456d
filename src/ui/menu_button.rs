//! The menu button pattern: `aria-haspopup="menu"` and `aria-expanded` on the button;
//! Enter, Space and ArrowDown open on the first item, ArrowUp on the last; arrows, Home and End
//! move; Escape closes and returns focus to the button; Tab or a press outside closes
//! (Escape and the outside press through the shared [dismiss layer](super::dismiss)). The menu
//! flips above the button and shifts sideways to stay inside the viewport.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

use super::dismiss::{use_dismiss, Dismissal};
use super::{scoped_css, unique_id};

/// How far a menu keeps from the viewport's edges, in CSS pixels.
const EDGE: f64 = 8.0;

/// Where an open menu sits: above the button instead of below, and how far it moves sideways
/// (CSS pixels, positive to the right) to stay inside the viewport.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Placement {
    above: bool,
    shift: f64,
}

/// The placement that keeps a `width` x `height` menu inside a `viewport` (width, height),
/// under a button whose box is `button` (left, top, right, bottom). The CSS aligns the menu
/// with the button's inline end: its right edge left to right, its left edge right to left
/// (`rtl`).
fn place(
    button: (f64, f64, f64, f64),
    (width, height): (f64, f64),
    viewport: (f64, f64),
    rtl: bool,
) -> Placement {
    let (button_left, top, button_right, bottom) = button;
    let (view_width, view_height) = viewport;
    let (left, right) = if rtl {
        (button_left, button_left + width)
    } else {
        (button_right - width, button_right)
    };
    let shift = if left < EDGE {
        EDGE - left
    } else if right > view_width - EDGE {
        view_width - EDGE - right
    } else {
        0.0
    };
    let room_below = view_height - bottom - EDGE;
    let room_above = top - EDGE;
    let above = height > room_below && room_above > room_below;
    Placement { above, shift }
}

/// One entry of a [`MenuButton`].
#[derive(Clone)]
pub struct MenuItem {
    pub label: String,
    pub on_select: Callback<()>,
}

impl MenuItem {
    pub fn new(label: impl Into<String>, on_select: impl Fn() + Send + Sync + 'static) -> Self {
        MenuItem {
            label: label.into(),
            on_select: Callback::new(move |_| on_select()),
        }
    }
}

/// A button that opens a menu of actions. `label` is its accessible name ("More actions");
/// `children` is what it shows (three dots).
#[component]
pub fn MenuButton(
    #[prop(into)] label: String,
    #[prop(into)] items: Signal<Vec<MenuItem>>,
    /// The button itself, so a dialog opened from the menu can return focus to it.
    #[prop(optional)]
    button_ref: Option<NodeRef<html::Button>>,
    /// Starts open, focus left where it is: the gallery's specimen.
    #[prop(optional)]
    open_at_start: bool,
    children: Children,
) -> impl IntoView {
    let scope = scoped_css!("src/ui/menu_button.css");
    let open = RwSignal::new(open_at_start);
    let button = button_ref.unwrap_or_default();
    let menu = NodeRef::<html::Ul>::new();
    let root = NodeRef::<html::Div>::new();
    let button_id = unique_id("menu-button");
    let menu_id = unique_id("menu");
    // Which item to focus once the menu is in the DOM: Some(0) first, Some(usize::MAX) last.
    let pending_focus = RwSignal::new(None::<usize>);
    let placement = RwSignal::new(Placement::default());

    let items_in_menu = move || -> Vec<HtmlElement> {
        let Some(menu) = menu.get_untracked() else {
            return Vec::new();
        };
        let list = menu.query_selector_all("[role=menuitem]").unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
            .collect()
    };
    let focus_item = move |index: usize| {
        let items = items_in_menu();
        if let Some(item) = items.get(index.min(items.len().saturating_sub(1))) {
            let _ = item.focus();
        }
    };
    Effect::new(move |_| {
        if let (Some(index), Some(_)) = (pending_focus.get(), menu.get()) {
            focus_item(index);
            pending_focus.set(None);
        }
    });
    let open_at = move |index: usize| {
        open.set(true);
        pending_focus.set(Some(index));
    };
    let close = move |refocus: bool| {
        open.set(false);
        if refocus {
            if let Some(button) = button.get_untracked() {
                let _ = button.focus();
            }
        }
    };

    // Once the menu is laid out, keep it inside the viewport.
    Effect::new(move |_| {
        let (Some(menu), Some(root)) = (menu.get(), root.get_untracked()) else {
            return;
        };
        let Some(viewport) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .map(|e| (f64::from(e.client_width()), f64::from(e.client_height())))
        else {
            return;
        };
        let button = root.get_bounding_client_rect();
        let size = (
            f64::from(menu.offset_width()),
            f64::from(menu.offset_height()),
        );
        let edges = (button.left(), button.top(), button.right(), button.bottom());
        let rtl = root
            .closest("[dir]:not([dir=auto])")
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("dir"))
            .is_some_and(|dir| dir == "rtl");
        placement.set(place(edges, size, viewport, rtl));
    });

    use_dismiss(
        move || open.get(),
        move |node| {
            root.get_untracked()
                .is_some_and(|root| root.contains(Some(node)))
        },
        // A press outside leaves focus wherever it went.
        move |why, _| close(why == Dismissal::Escape),
    );

    let on_button_keydown = move |event: KeyboardEvent| match event.key().as_str() {
        "ArrowDown" | "Enter" | " " => {
            event.prevent_default();
            open_at(0);
        }
        "ArrowUp" => {
            event.prevent_default();
            open_at(usize::MAX);
        }
        _ => {}
    };
    let on_menu_keydown = move |event: KeyboardEvent| {
        let items = items_in_menu();
        let current = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlElement>().ok())
            .and_then(|t| items.iter().position(|i| *i == t))
            .unwrap_or(0);
        let last = items.len().saturating_sub(1);
        let next = match event.key().as_str() {
            "ArrowDown" => Some(if current >= last { 0 } else { current + 1 }),
            "ArrowUp" => Some(if current == 0 { last } else { current - 1 }),
            "Home" | "PageUp" => Some(0),
            "End" | "PageDown" => Some(last),
            "Tab" => {
                close(false);
                None
            }
            key if key.chars().count() == 1 && key != " " => {
                // Typeahead: the next item starting with the typed letter.
                let key = key.to_lowercase();
                (1..=items.len())
                    .map(|step| (current + step) % items.len())
                    .find(|&i| {
                        items[i]
                            .text_content()
                            .unwrap_or_default()
                            .trim()
                            .to_lowercase()
                            .starts_with(&key)
                    })
            }
            _ => None,
        };
        if let Some(next) = next {
            event.prevent_default();
            focus_item(next);
        }
    };
    let select = move |item: MenuItem| {
        // Focus goes back to the button first, so a dialog the item opens returns focus there.
        close(true);
        item.on_select.run(());
    };

    view! { class=scope,
        <div class="menu-root" node_ref=root>
            <button
                type="button"
                class="btn btn-icon"
                id=button_id.clone()
                aria-label=label
                aria-haspopup="menu"
                aria-expanded=move || open.get().to_string()
                aria-controls={
                    let menu_id = menu_id.clone();
                    move || open.get().then(|| menu_id.clone())
                }
                node_ref=button
                on:click=move |_| if open.get_untracked() { close(false) } else { open_at(0) }
                on:keydown=on_button_keydown
            >
                {children()}
            </button>
            <Show when=move || open.get()>
                <ul
                    role="menu"
                    id=menu_id.clone()
                    aria-labelledby=button_id.clone()
                    node_ref=menu
                    class:above=move || placement.get().above
                    // Whole pixels: formatting an f64 would link float printing (~10 kB).
                    style:translate=move || format!("{}px 0", placement.get().shift.round() as i64)
                    on:keydown=on_menu_keydown
                >
                    <For
                        each=move || items.get().into_iter().enumerate()
                        key=|(i, item)| (*i, item.label.clone())
                        children=move |(_, item)| {
                            let label = item.label.clone();
                            view! { class=scope,
                                <li role="none">
                                    <button
                                        type="button"
                                        role="menuitem"
                                        tabindex="-1"
                                        on:click=move |_| select(item.clone())
                                    >
                                        {label}
                                    </button>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PHONE: (f64, f64) = (360.0, 640.0);

    #[test]
    fn given_a_button_near_the_left_edge_the_menu_should_shift_right_into_view() {
        // A 44 px button at the left edge, a 224 px menu right-aligned under it.
        let placed = place((8.0, 60.0, 52.0, 104.0), (224.0, 150.0), PHONE, false);
        assert_eq!(placed.shift, 180.0);
        assert!(!placed.above);
    }

    #[test]
    fn given_right_to_left_a_button_near_the_left_edge_the_menu_should_stay_under_it() {
        // Right to left the menu starts at the button's left edge and opens rightwards.
        let placed = place((8.0, 60.0, 52.0, 104.0), (224.0, 150.0), PHONE, true);
        assert_eq!(placed, Placement::default());
    }

    #[test]
    fn given_right_to_left_a_button_near_the_right_edge_the_menu_should_shift_left_into_view() {
        let placed = place((300.0, 60.0, 344.0, 104.0), (224.0, 150.0), PHONE, true);
        assert_eq!(placed.shift, 360.0 - 8.0 - (300.0 + 224.0));
    }

    #[test]
    fn given_a_button_near_the_bottom_the_menu_should_open_above_it() {
        let placed = place((300.0, 580.0, 344.0, 624.0), (224.0, 150.0), PHONE, false);
        assert!(placed.above);
        assert_eq!(placed.shift, 0.0);
    }

    #[test]
    fn given_room_below_the_menu_should_stay_where_it_is() {
        let placed = place((300.0, 60.0, 344.0, 104.0), (224.0, 150.0), PHONE, false);
        assert_eq!(placed, Placement::default());
    }
}
