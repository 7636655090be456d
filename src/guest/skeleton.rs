//! The entry card's frame that `guest.html` shows before the app has run
//! (`#guest-skeleton`, styled by `style/guest-skeleton.css`, filled in by
//! `public/guest-prefetch.js`). While the page opens the link it stands in for the loading
//! page; the app's first real screen replaces it.

/// The skeleton's element id in `guest.html`.
const ID: &str = "guest-skeleton";

fn element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(ID)
}

/// Whether the page still shows the skeleton.
pub fn present() -> bool {
    element().is_some()
}

/// Takes the skeleton out of the page, in the same task that puts the first screen in, so
/// no frame shows both.
pub fn remove() {
    if let Some(skeleton) = element() {
        skeleton.remove();
    }
}
