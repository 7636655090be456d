//! Setting the stage through the API, the way a host would, before a journey or benchmark.

use contract::{GuestLink, MediaKind, MediaStatus, MediaSummary, NewGuestLink, SetGuestAccess};

use crate::{Result, Stack};

/// The secret token at the end of a guest or invite link.
pub fn token_of(url: &str) -> &str {
    url.rsplit('/').next().unwrap_or_default()
}

impl Stack {
    /// The first seeded item of `kind`, and of `status` when given.
    pub async fn seeded(
        &self,
        kind: MediaKind,
        status: Option<MediaStatus>,
    ) -> Result<MediaSummary> {
        let host = self.host_api("host@example.com").await?;
        let media: Vec<MediaSummary> = host.get(self.api("/media")).send().await?.json().await?;
        media
            .into_iter()
            .find(|m| m.kind == kind && status.is_none_or(|s| m.status == s))
            .ok_or_else(|| format!("no seeded {kind:?} ({status:?})").into())
    }

    /// Switches guest access on for `media` and creates `link` there, as the host.
    pub async fn guest_link(&self, media: i64, link: NewGuestLink) -> Result<GuestLink> {
        let host = self.host_api("host@example.com").await?;
        host.put(self.api(&format!("/media/{media}/guest-access")))
            .json(&SetGuestAccess { enabled: true })
            .send()
            .await?
            .error_for_status()?;
        Ok(host
            .post(self.api(&format!("/media/{media}/guest-links")))
            .json(&link)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?)
    }
}
