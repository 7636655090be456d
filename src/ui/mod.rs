//! Primitives that own their accessibility once, so pages never redo it.

pub mod chime;
mod clipboard;
mod combobox;
mod confirm_actions;
pub mod dismiss;
mod field;
pub mod focus;
mod form;
mod icon;
mod id;
mod kept_read;
mod load_state;
mod menu_button;
mod modal;
mod poster;
mod scoped_style;
mod switch;
mod task;
mod toast;

pub use clipboard::{copy_text, use_copy_link};
pub use combobox::{Combobox, ComboboxOption};
pub use confirm_actions::ConfirmActions;
pub use field::{TextArea, TextField};
pub use form::{CheckedForm, FieldMessages, FormState, FormSummary, Summary};
pub use icon::{Icon, IconName};
pub use id::unique_id;
pub use kept_read::{use_kept_read, KeptRead};
pub use load_state::{LoadError, LoadErrorPage, Loading, LoadingPage};
pub use menu_button::{MenuButton, MenuItem};
pub use modal::Modal;
pub use poster::Poster;
pub use scoped_style::scoped;
pub use switch::Switch;
pub use task::TaskOwner;
pub use toast::{use_toaster, ToastPreview, ToastRegion, Toaster};
