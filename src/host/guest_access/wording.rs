//! The product's sentences about guest access.

use contract::{GuestAccess, LinkStatus};

/// Why "Create new link" is unavailable; `None` when it is available.
pub fn create_blocked_reason(access: &GuestAccess) -> Option<String> {
    if !access.enabled {
        Some("Turn on guest access to create links.".to_string())
    } else if access.links.len() as u32 >= access.max_links {
        Some(format!(
            "You've reached the maximum of {} guest links. Delete one to create another.",
            access.max_links
        ))
    } else {
        None
    }
}

/// Why a link can't be used right now; `None` while it works.
pub fn inactive_reason(enabled: bool, status: LinkStatus) -> Option<&'static str> {
    match (enabled, status) {
        (false, _) => Some("Inactive: guest access is off"),
        (true, LinkStatus::Expired) => Some("Inactive: expired"),
        (true, LinkStatus::Exhausted) => Some("Inactive: click limit reached"),
        (true, LinkStatus::Active) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use contract::GuestLink;

    fn link(status: LinkStatus) -> GuestLink {
        GuestLink {
            id: 1,
            name: "Press".into(),
            url: "http://x/guest/t".into(),
            created_at: Utc::now(),
            expires_at: None,
            max_clicks: None,
            clicks: 0,
            status,
            admission: Default::default(),
        }
    }

    #[test]
    fn given_access_off_should_mark_every_link_inactive() {
        for status in [
            LinkStatus::Active,
            LinkStatus::Expired,
            LinkStatus::Exhausted,
        ] {
            assert_eq!(
                inactive_reason(false, status),
                Some("Inactive: guest access is off")
            );
        }
        assert_eq!(inactive_reason(true, LinkStatus::Active), None);
        assert_eq!(
            inactive_reason(true, LinkStatus::Expired),
            Some("Inactive: expired")
        );
    }

    #[test]
    fn given_three_links_or_access_off_should_block_creating_with_a_reason() {
        let mut access = GuestAccess {
            enabled: true,
            max_links: 3,
            links: vec![link(LinkStatus::Active); 2],
        };
        assert_eq!(create_blocked_reason(&access), None);
        access.links.push(link(LinkStatus::Expired));
        assert!(create_blocked_reason(&access)
            .unwrap()
            .contains("maximum of 3"));
        access.enabled = false;
        assert!(create_blocked_reason(&access)
            .unwrap()
            .contains("Turn on guest access"));
    }
}
