//! The names of the contract's kinds, statuses and roles, from the catalog (the contract's own
//! `label()`s are the server's English; screens read these instead).

use contract::{InviteRole, MediaKind, MediaStatus, ParticipantKind, ParticipantRole};

use super::t;

/// "Video", "Live event".
pub fn kind_label(kind: MediaKind) -> &'static str {
    let l = t().labels;
    match kind {
        MediaKind::Video => l.video,
        MediaKind::Audio => l.audio,
        MediaKind::Document => l.document,
        MediaKind::Quiz => l.quiz,
        MediaKind::Image => l.image,
        MediaKind::LiveEvent => l.live_event,
        MediaKind::Room => l.room,
        MediaKind::ChannelRoom => l.channel_room,
        MediaKind::GalleryRoom => l.gallery_room,
    }
}

/// "Scheduled", "Live".
pub fn status_label(status: MediaStatus) -> &'static str {
    let l = t().labels;
    match status {
        MediaStatus::Scheduled => l.scheduled,
        MediaStatus::Live => l.live,
        MediaStatus::Ended => l.ended,
        MediaStatus::Unavailable => l.unavailable,
    }
}

/// An invitation type: "Viewer".
pub fn role_label(role: InviteRole) -> &'static str {
    let l = t().labels;
    match role {
        InviteRole::Viewer => l.viewer,
        InviteRole::Moderator => l.moderator,
        InviteRole::Speaker => l.speaker,
    }
}

/// The one-line description shown under each invitation type.
pub fn role_description(role: InviteRole) -> &'static str {
    let l = t().labels;
    match role {
        InviteRole::Viewer => l.viewer_does,
        InviteRole::Moderator => l.moderator_does,
        InviteRole::Speaker => l.speaker_does,
    }
}

/// A participant's role in the room.
pub fn participant_role_label(role: ParticipantRole) -> &'static str {
    let l = t().labels;
    match role {
        ParticipantRole::Host => l.host,
        ParticipantRole::Moderator => l.moderator,
        ParticipantRole::Speaker => l.speaker,
        ParticipantRole::Viewer => l.viewer,
    }
}

/// How a participant came in: "User", "Guest", "Invitee".
pub fn participant_kind_label(kind: ParticipantKind) -> &'static str {
    let l = t().labels;
    match kind {
        ParticipantKind::User => l.user,
        ParticipantKind::Guest => l.guest,
        ParticipantKind::Invitee => l.invitee,
    }
}
