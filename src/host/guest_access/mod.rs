//! "Manage guest access": the switch, the guest links and their windows.

mod access_requests;
mod admission_choice;
mod create_link;
mod delete_link;
mod edit_link;
mod links_table;
mod panel;
mod use_guest_access;
mod window;

pub use access_requests::{AccessRequests, AccessRequestsView};
pub use admission_choice::{admission_label, is_live_item, AdmissionChoice, LiveItem};
pub use create_link::{CreateLinkForm, CreateLinkWindow, LinkDraft};
pub use delete_link::{DeleteLinkBody, DeleteLinkWindow};
pub use edit_link::{EditDraft, EditLinkForm, EditLinkWindow};
pub use links_table::LinksTable;
pub use panel::GuestAccessPanel;
pub use use_guest_access::{use_guest_access, GuestAccessState};
pub use window::ManageGuestAccessWindow;
