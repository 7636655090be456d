//! The few icons the app uses, as inline SVG paths (24×24, currentColor), always decorative:
//! the control around an icon carries the name.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IconName {
    Dots,
    Copy,
    Edit,
    Trash,
    Share,
    Link,
    Mail,
    UserPlus,
    Guest,
    Lock,
    Clock,
    Blocked,
    Alert,
    Qr,
}

impl IconName {
    fn path(self) -> &'static str {
        match self {
            IconName::Dots => "M5 10.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm7 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm7 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z",
            IconName::Copy => "M8 3h10a2 2 0 0 1 2 2v12h-2V5H8zM4 7h10a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2zm0 2v11h10V9z",
            IconName::Edit => "M16.3 3.3a1 1 0 0 1 1.4 0l3 3a1 1 0 0 1 0 1.4L9 19.4l-4.6 1.2a.8.8 0 0 1-1-1L4.6 15zM6.4 15.6l-.7 2.7 2.7-.7L16.6 9.4l-2-2zM16 6l2 2 1.3-1.3-2-2z",
            IconName::Trash => "M9 3h6l1 2h4v2H4V5h4zM6 9h12l-1 12H7zm3 2v8h2v-8zm4 0v8h2v-8z",
            IconName::Share => "M18 2a3 3 0 1 1-2.8 4.1L8.9 9.3a3 3 0 0 1 0 1.4l6.3 3.2A3 3 0 1 1 14.3 16L8 12.8a3 3 0 1 1 0-5.6l6.3-3.2A3 3 0 0 1 18 2z",
            IconName::Link => "M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a1 1 0 1 1 1.4 1.4L12 13.4a1 1 0 0 1-1.4 0zM7 17a3 3 0 0 1 0-4.2l2.1-2.1-1.4-1.4-2.1 2.1a5 5 0 0 0 7.1 7.1l2.1-2.1-1.4-1.4-2.1 2.1A3 3 0 0 1 7 17zm12.1-12.1a5 5 0 0 0-7.1 0L9.9 7l1.4 1.4 2.1-2.1a3 3 0 0 1 4.2 4.2l-2.1 2.1 1.4 1.4 2.1-2.1a5 5 0 0 0 0-7z",
            IconName::Mail => "M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2.4V17h16V7.4l-8 5.3zM5.6 7l6.4 4.3L18.4 7z",
            IconName::UserPlus => "M9 4a4 4 0 1 1 0 8 4 4 0 0 1 0-8zm0 10c4 0 7 2 7 4v2H2v-2c0-2 3-4 7-4zm10-6h2v3h3v2h-3v3h-2v-3h-3v-2h3z",
            IconName::Guest => "M12 3a4 4 0 1 1 0 8 4 4 0 0 1 0-8zm0 10c4.4 0 8 2.2 8 5v2H4v-2c0-2.8 3.6-5 8-5zM19 2l3 3-3 3-1.4-1.4.6-.6H16V4h2.2l-.6-.6z",
            IconName::Lock => "M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1zm2 0h6V7a3 3 0 0 0-6 0zm-2 2v8h10v-8zm4 2h2v4h-2z",
            IconName::Clock => "M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm0 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm-1 3h2v4.6l3.2 2.1-1.1 1.7L11 12.7z",
            IconName::Blocked => "M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm0 2a8 8 0 0 0-6.3 12.9L16.9 5.7A8 8 0 0 0 12 4zm6.3 3.1L7.1 18.3A8 8 0 0 0 18.3 7.1z",
            IconName::Qr => "M3 3h8v8H3zm2 2v4h4V5zm8-2h8v8h-8zm2 2v4h4V5zM3 13h8v8H3zm2 2v4h4v-4zm8-2h3v3h-3zm5 0h3v3h-3zm-5 5h3v3h-3zm5 0h3v3h-3z",
            IconName::Alert => "M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm0 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm-1 3h2v7h-2zm0 8h2v2h-2z",
        }
    }

    /// The new icons are rings with holes drawn by even-odd filling; the older ones use
    /// non-zero winding, which even-odd would punch holes into.
    fn fill_rule(self) -> &'static str {
        match self {
            IconName::Lock
            | IconName::Clock
            | IconName::Blocked
            | IconName::Alert
            | IconName::Qr => "evenodd",
            _ => "nonzero",
        }
    }
}

/// A decorative icon.
#[component]
pub fn Icon(name: IconName) -> impl IntoView {
    view! {
        <svg
            class="icon"
            width="20"
            height="20"
            viewBox="0 0 24 24"
            fill="currentColor"
            aria-hidden="true"
            focusable="false"
        >
            <path d=name.path() fill-rule=name.fill_rule() />
        </svg>
    }
}
