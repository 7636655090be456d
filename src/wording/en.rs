//! English: product.md's wording, exactly. Another language is a copy of this file with its
//! own words (and, for `Plural`, the forms its CLDR rule has).

use super::*;

pub(super) static EN: Catalog = Catalog {
    common: &COMMON,
    fields: &FIELDS,
    errors: &ERRORS,
    labels: &LABELS,
    guest: &GUEST,
    message: &MESSAGE,
    invitee: &INVITEE,
    waiting_marks: &WAITING_MARKS,
    link_admission: &LINK_ADMISSION,
};

static COMMON: Common = Common {
    check_fields: "Check the highlighted fields.",
    link_copied: "Link copied",
    copy_failed: Tpl("Couldn't copy automatically. The link is {url}"),
    list_not_refreshed: Tpl("The list couldn't be refreshed. {reason}"),
    try_again: "Try again",
    trying_again: "Trying again…",
    cancel: "Cancel",
    close: "Close",
    on: "On",
    off: "Off",
    suggestions: "Suggestions",
    suggestions_found: Plural::en(
        "{count} suggestion. Use the arrow keys to choose it.",
        "{count} suggestions. Use the arrow keys to choose one.",
    ),
    loading: "Loading",
    poster_of: Tpl("Poster of {title}"),
    page_not_found: "Page not found",
    kind_and_status: Tpl("{kind} · {status}"),
    never: "Never",
    unlimited: "unlimited",
    clicks_of: Tpl("{used} / {limit}"),
    no_links: "No links added",
    links: Plural::en("{count} link", "{count} links"),
};

static FIELDS: Fields = Fields {
    enter_name: "Enter a name.",
    enter_first_name: "Enter a first name.",
    enter_last_name: "Enter a last name.",
    enter_email: "Enter an email address.",
    email_like: "Enter an email address like name@example.com.",
    email_too_long: "Email addresses can't be longer than 254 characters.",
    clicks_range: Tpl(
        "Enter a whole number from 1 to {max}, or leave it empty for unlimited clicks.",
    ),
    days_range: Tpl(
        "Enter a whole number of days from 1 to {max}, or leave it empty so the link never expires.",
    ),
    select_role: "Select an invitation type.",
    role_not_allowed: "This invitation type isn't available for this media.",
    too_long: Tpl("Use {max} characters or fewer."),
    required: "This field is required.",
    invalid_characters: "This contains characters that can't be used.",
    check_value: "Check this value.",
};

static ERRORS: Errors = Errors {
    network: "We couldn't reach the server. Check your connection and try again.",
    unexpected: "Something went wrong on our side. Please try again in a moment.",
    not_signed_in: "Your session has ended. Sign in again to continue.",
    forbidden: "You don't have permission to do this.",
    not_found: "We couldn't find what you were looking for.",
    validation_failed: "Some fields need your attention.",
    guest_link_limit_reached: "This item already has 3 guest links. Delete one to create another.",
    guest_access_disabled: "Guest access is turned off for this item.",
    guest_access_unsupported: "This kind of media can't be shared with guest links.",
    link_expired: "This link has expired.",
    link_exhausted: "This link has reached its click limit.",
    link_not_found: "This link doesn't exist or was deleted.",
    media_unavailable: "This media is no longer available.",
    guest_session_ended: "Your guest session has ended.",
    invite_unsupported: "This kind of media can't be shared with invite links.",
    invite_expired: "This invitation has expired.",
    invite_used: "This invitation was already used on another device.",
    invite_not_found: "This invitation doesn't exist or was revoked.",
    email_mismatch:
        "That isn't the email address the invitation was sent to. Check it and try again.",
    too_many_attempts: "Too many attempts. Wait 15 minutes, then try again.",
};

static LABELS: Labels = Labels {
    video: "Video",
    audio: "Audio",
    document: "Document",
    quiz: "Quiz",
    image: "Image",
    live_event: "Live event",
    room: "Room",
    channel_room: "Channel room",
    gallery_room: "Gallery room",
    scheduled: "Scheduled",
    live: "Live",
    available: "Available",
    ended: "Ended",
    unavailable: "Unavailable",
    viewer: "Viewer",
    moderator: "Moderator",
    speaker: "Speaker",
    host: "Host",
    viewer_does: "Can watch and take part in the chat, but can't present.",
    moderator_does: "Can admit guests, manage participants and moderate the chat.",
    speaker_does: "Can share audio, video and screen with everyone.",
    user: "User",
    guest: "Guest",
    invitee: "Invitee",
};

static GUEST: Guest = Guest {
    opening_link: "Opening your link",
    entry_lead: "Enter your name and email to continue",
    admission_note: "A moderator lets guests in. After you continue, you'll wait until they do.",
    name: "Name",
    email: "Email",
    email_help: "Email is collected for identification only.",
    joining: "Joining…",
    continue_: "Continue",
    not_joined: Tpl("You haven't joined yet. {reason}"),
    waiting_title: "Waiting for the moderator to let you in",
    next_in_line: "You're next in line.",
    number_in_line: Tpl("You're number {position} in line."),
    message_from_moderator: "Message from the moderator",
    connection_dropped: Tpl(
        "The connection dropped; you're still in line. Reconnecting in {seconds} s.",
    ),
    reconnect_now: "Reconnect now",
    keep_open: "Keep this page open: it changes by itself as soon as the moderator lets you in.",
    watching_as_guest: "You're watching as a guest.",
    only_this_item: " Only this item is shared with you.",
    leave: "Leave",
    left_title: "You left",
    left_text: Tpl("You left “{title}”. This tab no longer has guest access to it."),
    changed_mind: "Changed your mind? Joining again uses the same link.",
    back_to_entry: "Back to the entry form",
    not_a_guest_page: "This address doesn't lead to a guest page. If someone sent you a link, check that you copied all of it.",
    joining_as: Tpl("Joining as {name}"),
    leave_waiting_room: "Leave waiting room",
    leaving: "Leaving…",
    not_left: Tpl("You haven't left yet. {reason}"),
};

static MESSAGE: GuestMessages = GuestMessages {
    access_disabled: MessageText {
        title: "Guest access is turned off",
        sentence: "The owner of this media has turned off guest access, so this link can't be used right now.",
        next_step: "Ask the host for a new link, or to turn guest access back on.",
    },
    expired: MessageText {
        title: "This link has expired",
        sentence: "This link has passed its expiration date.",
        next_step: "Ask the host for a new link.",
    },
    expired_on: Tpl("This link stopped working on {date}."),
    exhausted: MessageText {
        title: "This link has reached its limit",
        sentence: "This link has already been used as many times as its owner allowed.",
        next_step: "Ask the host for a new link.",
    },
    link_not_found: MessageText {
        title: "This link doesn't work",
        sentence: "This link was deleted, or it was never a valid link. If you copied it, check that nothing was left out.",
        next_step: "Ask the host for a new link.",
    },
    media_unavailable: MessageText {
        title: "This media is no longer available",
        sentence: "The media or room this link leads to has been removed or can no longer be viewed.",
        next_step: "If you still need it, ask the host whether it is available somewhere else.",
    },
    denied: MessageText {
        title: "You weren't let in",
        sentence: "The moderator declined your request to join.",
        next_step: "If you think this is a mistake, ask the host for a new link.",
    },
    removed: MessageText {
        title: "Your guest session has ended",
        sentence: "The moderator removed you, or the session was closed.",
        next_step: "If you think this is a mistake, ask the host for a new link.",
    },
    network: MessageText {
        title: "We couldn't reach the server",
        sentence: "Your device seems to be offline, or the server didn't answer.",
        next_step: "Check your connection, then try again.",
    },
    unexpected: MessageText {
        title: "Something went wrong",
        sentence: "We couldn't open this link because of a problem on our side.",
        next_step: "Try again in a moment. If it keeps happening, ask the host for a new link.",
    },
};

static INVITEE: Invitee = Invitee {
    opening: "Opening your invitation",
    greeting: Tpl("Hi {first_name}, you're invited"),
    invited_as: Tpl("You're invited as {role}."),
    email_label: "Email address",
    email_help: "Enter the same email address the invitation was sent to.",
    logging_in: "Logging in…",
    login: "Login",
    type_: "Type",
    status: "Status",
    starts: "Starts",
    starting: "The session is starting.",
    starts_in: Tpl("Starts in {time}."),
    days: Plural::en("{count} day", "{count} days"),
    hours: Plural::en("{count} hour", "{count} hours"),
    minutes: Plural::en("{count} minute", "{count} minutes"),
    days_clock: Tpl("{days} d {clock}"),
    soon_title: "The session starts soon",
    starts_in_label: "Starts in",
    no_start_time: "The host hasn't set a start time yet.",
    join_as: Tpl("You'll join as {role}. "),
    enters_by_itself: "Keep this page open: it enters the session by itself when it starts.",
    in_as: Tpl("You're in as {role}"),
    session_ended: "This session has ended.",
    used: RefusalText {
        title: "This invitation was already used",
        text: "It was used to join on another device. If that wasn't you, or you need to join from this device, ask the host for a new invitation.",
    },
    expired: RefusalText {
        title: "This invitation has expired",
        text: "Invitations work for a limited time. Ask the host for a new invitation.",
    },
    not_found: RefusalText {
        title: "This invitation isn't valid",
        text: "The host may have revoked it, or the link is incomplete. Check that you opened the whole link, or ask the host for a new invitation.",
    },
    media_unavailable: RefusalText {
        title: "This event is no longer available",
        text: "The host has removed it or made it unavailable, so the invitation can't be used. Ask the host if you think this is a mistake.",
    },
    failed_title: "We couldn't open your invitation",
};

static WAITING_MARKS: WaitingMarks = WaitingMarks {
    may_have_left: "may have left",
    page_closed_at: Tpl("Their waiting page closed at {time} and hasn't come back."),
};

static LINK_ADMISSION: LinkAdmissionText = LinkAdmissionText {
    legend: "When guests arrive",
    wait: "Guests wait for a moderator",
    wait_hint: "A moderator lets each guest in from the waiting room.",
    direct: "Guests enter directly",
    direct_hint: "Guests join the live session as soon as they enter their name.",
};
