//! Setting the stage through the API, the way a host would, before a journey or benchmark.
//! Set-up goes to the server directly ([`Stack::api`]), never through a fault proxy.

use contract::{
    GuestAccess, GuestLink, Id, JoinRequest, JoinResponse, MediaKind, MediaStatus, MediaSummary,
    NewGuestLink, Participants, SetGuestAccess, Settings,
};
use reqwest::{Response, StatusCode};
use serde::de::DeserializeOwned;

use crate::{Result, Stack};

/// The seeded host every journey signs in as.
const HOST: &str = "host@example.com";

/// The secret token at the end of a guest or invite link.
pub fn token_of(url: &str) -> &str {
    url.rsplit('/').next().unwrap_or_default()
}

/// A guest link with only a name: unlimited clicks, no expiry.
pub fn link_named(name: &str) -> NewGuestLink {
    NewGuestLink {
        name: name.into(),
        ..Default::default()
    }
}

impl Stack {
    /// Every item the seeded host sees, in the order `GET /media` lists them.
    pub async fn media(&self) -> Result<Vec<MediaSummary>> {
        let host = self.host_api(HOST).await?;
        json(host.get(self.api("/media")).send().await?, StatusCode::OK).await
    }

    /// The first seeded item of `kind`, and of `status` when given.
    pub async fn seeded(
        &self,
        kind: MediaKind,
        status: Option<MediaStatus>,
    ) -> Result<MediaSummary> {
        self.media()
            .await?
            .into_iter()
            .find(|m| m.kind == kind && status.is_none_or(|s| m.status == s))
            .ok_or_else(|| format!("no seeded {kind:?} ({status:?})").into())
    }

    /// Guest access to `media` and its links, as the host's window loads them.
    pub async fn guest_access(&self, media: i64) -> Result<GuestAccess> {
        let host = self.host_api(HOST).await?;
        let url = self.api(&format!("/media/{media}/guest-access"));
        json(host.get(url).send().await?, StatusCode::OK).await
    }

    /// Switches guest access to `media` on or off, as the host.
    pub async fn set_guest_access(&self, media: i64, enabled: bool) -> Result {
        let host = self.host_api(HOST).await?;
        let url = self.api(&format!("/media/{media}/guest-access"));
        let response = host
            .put(url)
            .json(&SetGuestAccess { enabled })
            .send()
            .await?;
        expect(response, StatusCode::OK).await?;
        Ok(())
    }

    /// Switches guest access on for `media` and creates `link` there, as the host.
    pub async fn guest_link(&self, media: i64, link: NewGuestLink) -> Result<GuestLink> {
        self.set_guest_access(media, true).await?;
        let host = self.host_api(HOST).await?;
        let url = self.api(&format!("/media/{media}/guest-links"));
        json(
            host.post(url).json(&link).send().await?,
            StatusCode::CREATED,
        )
        .await
    }

    /// Deletes guest link `link` of `media`, as the host.
    pub async fn delete_guest_link(&self, media: i64, link: i64) -> Result {
        let host = self.host_api(HOST).await?;
        let url = self.api(&format!("/media/{media}/guest-links/{link}"));
        expect(host.delete(url).send().await?, StatusCode::NO_CONTENT).await?;
        Ok(())
    }

    /// A live item's participants and waiting room, as the host's Participants tab loads them.
    pub async fn participants(&self, media: Id) -> Result<Participants> {
        let host = self.host_api(HOST).await?;
        let url = self.api(&format!("/media/{media}/participants"));
        json(host.get(url).send().await?, StatusCode::OK).await
    }

    /// Lets waiting guest `guest` into `media`, as the host's Admit does.
    pub async fn admit(&self, media: Id, guest: Id) -> Result {
        self.decide(media, guest, "admit").await
    }

    /// Turns waiting guest `guest` of `media` away, as the host's Deny does.
    pub async fn deny(&self, media: Id, guest: Id) -> Result {
        self.decide(media, guest, "deny").await
    }

    async fn decide(&self, media: Id, guest: Id, decision: &str) -> Result {
        let host = self.host_api(HOST).await?;
        let url = self.api(&format!("/media/{media}/waiting/{guest}/{decision}"));
        expect(host.post(url).send().await?, StatusCode::NO_CONTENT).await?;
        Ok(())
    }

    /// Sets the platform's `default_locale` (`None`: no default) through the dev settings,
    /// every other setting kept; returns the settings as they were, to put back.
    pub async fn set_default_locale(&self, tag: Option<&str>) -> Result<Settings> {
        let host = self.host_api(HOST).await?;
        let before: Settings = json(
            host.get(self.api("/settings")).send().await?,
            StatusCode::OK,
        )
        .await?;
        let after = Settings {
            default_locale: tag.map(str::to_string),
            ..before.clone()
        };
        let response = host
            .put(self.api("/dev/settings"))
            .json(&after)
            .send()
            .await?;
        expect(response, StatusCode::OK).await?;
        Ok(before)
    }

    /// Puts the platform settings back as [`Stack::set_default_locale`] found them.
    pub async fn put_settings(&self, settings: &Settings) -> Result {
        let host = self.host_api(HOST).await?;
        let response = host
            .put(self.api("/dev/settings"))
            .json(settings)
            .send()
            .await?;
        expect(response, StatusCode::OK).await?;
        Ok(())
    }

    /// Joins through `link` as a guest would, from the API (no browser, no cookies).
    pub async fn join(&self, link: &GuestLink, request: &JoinRequest) -> Result<JoinResponse> {
        let url = self.api(&format!("/guest/{}/join", token_of(&link.url)));
        let response = reqwest::Client::new()
            .post(url)
            .json(request)
            .send()
            .await?;
        json(response, StatusCode::CREATED).await
    }
}

/// The response when it has the status the contract documents; otherwise an error that
/// carries the server's answer.
async fn expect(response: Response, status: StatusCode) -> Result<Response> {
    if response.status() == status {
        return Ok(response);
    }
    let (got, url) = (response.status(), response.url().clone());
    Err(format!(
        "{url}: expected {status}, got {got} {}",
        response.text().await?
    )
    .into())
}

/// The body of a response with the documented `status`, read as `T`.
async fn json<T: DeserializeOwned>(response: Response, status: StatusCode) -> Result<T> {
    Ok(expect(response, status).await?.json().await?)
}
