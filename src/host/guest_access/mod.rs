//! "Manage guest access": the switch, the guest links and their windows.

mod access_requests;
mod admission_choice;
mod create_link;
mod delete_link;
mod edit_link;
mod joins_csv;
mod links_table;
mod panel;
mod use_guest_access;
mod use_link_joins;
mod used_by;
mod used_by_panel;
mod used_by_rows;
mod window;

pub use access_requests::{AccessRequests, AccessRequestsView};
pub use admission_choice::{admission_label, is_live_item, AdmissionChoice, LiveItem};
pub use create_link::{CreateLinkForm, CreateLinkWindow, LinkDraft};
pub use delete_link::{DeleteLinkBody, DeleteLinkWindow};
pub use edit_link::{EditDraft, EditLinkForm, EditLinkWindow};
pub use joins_csv::{joins_csv, joins_file_name};
pub use links_table::LinksTable;
pub use panel::GuestAccessPanel;
pub use use_guest_access::{use_guest_access, GuestAccessState};
pub use use_link_joins::{use_link_joins, LinkJoinsState};
pub use used_by::UsedByWindow;
pub use used_by_panel::UsedByPanel;
pub use used_by_rows::UsedByRows;
pub use window::ManageGuestAccessWindow;
