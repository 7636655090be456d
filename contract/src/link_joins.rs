//! "Used by": who came in by one guest link, newest first, a page at a time (additive).

use serde::{Deserialize, Serialize};

use crate::{Admission, Id, Timestamp};

/// What became of someone who joined by a guest link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum JoinOutcome {
    /// Admitted, by a moderator or directly: inside now, or until they refresh.
    Entered,
    /// Still in the waiting room.
    Waiting,
    /// A moderator denied them.
    Denied,
    /// They left, from the waiting room or from inside.
    Left,
}

impl From<Admission> for JoinOutcome {
    /// The guest's admission as the host's record reads it: `removed` is only ever a guest's
    /// own leaving, so it reads `left`.
    fn from(admission: Admission) -> Self {
        match admission {
            Admission::Admitted => JoinOutcome::Entered,
            Admission::Waiting => JoinOutcome::Waiting,
            Admission::Denied => JoinOutcome::Denied,
            Admission::Removed => JoinOutcome::Left,
        }
    }
}

/// One person who joined by the link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuestLinkJoin {
    /// The guest's id (the one the waiting room uses).
    pub guest_id: Id,
    pub name: String,
    pub email: String,
    /// When they joined (asked to enter).
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub joined_at: Timestamp,
    pub outcome: JoinOutcome,
}

/// `GET /media/{id}/guest-links/{link_id}/joins`: one page, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuestLinkJoins {
    pub joins: Vec<GuestLinkJoin>,
    /// Everyone who joined by the link, on every page.
    pub total: u32,
    /// Pass as `cursor` for the next page; `null` on the last one.
    pub next_cursor: Option<String>,
}

/// The most joins one page holds, and the page size when none is asked for.
pub const JOINS_PAGE_MAX: u32 = 200;
pub const JOINS_PAGE_DEFAULT: u32 = 50;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_each_admission_should_map_to_its_outcome_in_snake_case() {
        let outcomes: Vec<String> = [
            Admission::Admitted,
            Admission::Waiting,
            Admission::Denied,
            Admission::Removed,
        ]
        .into_iter()
        .map(|a| serde_json::to_string(&JoinOutcome::from(a)).unwrap())
        .collect();
        assert_eq!(
            outcomes,
            [r#""entered""#, r#""waiting""#, r#""denied""#, r#""left""#]
        );
    }
}
