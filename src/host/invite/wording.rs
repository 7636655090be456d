//! The product's sentences about invites.

use contract::{ErrorCode, Invite, Timestamp};

use crate::api::ApiError;
use crate::wording::t;

/// Whether an invite was used: "Not used yet", "Used", "2 of 5 uses"; "Expired" for an
/// unused link past its time.
pub fn usage_label(invite: &Invite, now: Timestamp) -> String {
    let used_up = invite.max_uses.is_some_and(|max| invite.uses >= max);
    match (invite.uses, invite.max_uses) {
        (_, Some(1)) if used_up => "Used".into(),
        (n, Some(max)) if used_up => format!("Used up: {n} of {max} uses"),
        _ if invite.expires_at <= now => "Expired".into(),
        (0, _) => "Not used yet".into(),
        (n, Some(max)) => format!("{n} of {max} uses"),
        (1, None) => "Used once".into(),
        (n, None) => format!("Used {n} times"),
    }
}

/// How often the link works: the platform's reusability setting, per invite.
pub fn reuse_label(max_uses: Option<u32>) -> String {
    match max_uses {
        Some(1) => "Once".into(),
        Some(n) => format!("Up to {n} times"),
        None => "Any number of times".into(),
    }
}

/// What the window says when the server refused the whole request.
pub fn refusal(error: &ApiError) -> String {
    match error.code() {
        Some(ErrorCode::ValidationFailed) => t().common.check_fields.into(),
        _ => format!("The invite link wasn't generated. {}", error.user_message()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, Utc};
    use contract::InviteRole;

    fn invite(uses: u32, max_uses: Option<u32>, expires_in: Duration) -> Invite {
        Invite {
            id: 1,
            url: "http://x/invite/t".into(),
            email: "ann@example.com".into(),
            first_name: "Ann".into(),
            last_name: "Lee".into(),
            role: InviteRole::Viewer,
            expires_at: Utc::now() + expires_in,
            max_uses,
            uses,
            emailed: false,
            email_status: None,
            email_error: None,
            locked: false,
        }
    }

    #[test]
    fn given_uses_and_limits_should_say_how_far_the_invite_was_used() {
        let later = Duration::hours(1);
        let now = Utc::now();
        assert_eq!(usage_label(&invite(0, Some(1), later), now), "Not used yet");
        assert_eq!(usage_label(&invite(1, Some(1), later), now), "Used");
        assert_eq!(usage_label(&invite(2, Some(5), later), now), "2 of 5 uses");
        assert_eq!(
            usage_label(&invite(5, Some(5), later), now),
            "Used up: 5 of 5 uses"
        );
        assert_eq!(usage_label(&invite(3, None, later), now), "Used 3 times");
    }

    #[test]
    fn given_an_unused_invite_past_its_time_should_say_expired() {
        let now = Utc::now();
        let past = -Duration::minutes(1);
        assert_eq!(usage_label(&invite(0, Some(1), past), now), "Expired");
        assert_eq!(usage_label(&invite(1, Some(1), past), now), "Used");
    }

    #[test]
    fn given_the_reusability_setting_should_name_it() {
        assert_eq!(reuse_label(Some(1)), "Once");
        assert_eq!(reuse_label(Some(3)), "Up to 3 times");
        assert_eq!(reuse_label(None), "Any number of times");
    }
}
