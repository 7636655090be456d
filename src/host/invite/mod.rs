//! "Invite users": inviting specific people by email, each with a role; the confirmation with
//! the new link; the item's pending invites and revoking them.

mod created;
mod draft;
mod form;
mod pending;
mod revoke;
mod role_choice;
mod suggestions;
mod use_invites;
mod window;

pub use created::{InviteCreatedBody, InviteCreatedWindow};
pub use draft::InviteDraft;
pub use form::InviteForm;
pub use pending::PendingInvites;
pub use revoke::{RevokeInviteBody, RevokeInviteWindow};
pub use role_choice::RoleChoice;
pub use suggestions::{use_user_suggestions, UserSuggestions};
pub use use_invites::{use_invites, InvitesState};
pub use window::InviteUsersWindow;
