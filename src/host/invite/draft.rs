use contract::{validate, InviteRole, NewInvite};
use leptos::prelude::*;

use crate::messages::field_messages;
use crate::ui::FieldMessages;

/// What the host has entered so far. Owned by the window, so a failed submit loses nothing.
#[derive(Clone, Copy)]
pub struct InviteDraft {
    pub email: RwSignal<String>,
    pub first_name: RwSignal<String>,
    pub last_name: RwSignal<String>,
    pub role: RwSignal<Option<InviteRole>>,
    pub send_email: RwSignal<bool>,
}

impl InviteDraft {
    /// An empty draft with `role` chosen in advance.
    pub fn new(role: Option<InviteRole>) -> Self {
        InviteDraft {
            email: RwSignal::new(String::new()),
            first_name: RwSignal::new(String::new()),
            last_name: RwSignal::new(String::new()),
            role: RwSignal::new(role),
            send_email: RwSignal::new(false),
        }
    }

    /// A filled-in draft, for the gallery and tests.
    pub fn filled(
        email: &str,
        first_name: &str,
        last_name: &str,
        role: Option<InviteRole>,
    ) -> Self {
        let draft = InviteDraft::new(role);
        draft.email.set(email.to_string());
        draft.first_name.set(first_name.to_string());
        draft.last_name.set(last_name.to_string());
        draft
    }

    /// Empties the draft for the next invite.
    pub fn reset(&self, role: Option<InviteRole>) {
        self.email.set(String::new());
        self.first_name.set(String::new());
        self.last_name.set(String::new());
        self.role.set(role);
        self.send_email.set(false);
    }

    /// The request, or the message for each field the contract's rules refuse. Asks for an
    /// email only where the platform can send one. Reads the values tracked, so the form can
    /// re-check them as they change.
    pub fn to_request(
        &self,
        allowed_roles: &[InviteRole],
        email_available: bool,
    ) -> Result<NewInvite, FieldMessages> {
        let request = NewInvite {
            email: self.email.get().trim().to_string(),
            first_name: self.first_name.get().trim().to_string(),
            last_name: self.last_name.get().trim().to_string(),
            role: self.role.get(),
            send_email: email_available && self.send_email.get(),
        };
        match validate::invite(&request, allowed_roles) {
            Ok(()) => Ok(request),
            Err(errors) => Err(field_messages(&errors)),
        }
    }
}
