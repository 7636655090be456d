//! The time until the session starts, as plain arithmetic on milliseconds.

use contract::InviteeSession;
use leptos::prelude::*;

use super::{time_ms, EventDetails};
use crate::ui::scoped_css;
use crate::wording::{role_label, t, Invitee};

const MINUTE: f64 = 60_000.0;

/// What the countdown shows: "1 d 02:03:04", "2:03:04", "4:05", "0:00".
pub fn remaining_text(ms: f64) -> String {
    let total = (ms.max(0.0) / 1000.0).ceil() as u64;
    let (days, hours, minutes, seconds) = (
        total / 86_400,
        total / 3600 % 24,
        total / 60 % 60,
        total % 60,
    );
    match (days, hours) {
        (0, 0) => format!("{minutes}:{seconds:02}"),
        (0, h) => format!("{h}:{minutes:02}:{seconds:02}"),
        (d, h) => t()
            .invitee
            .days_clock(&d.to_string(), &format!("{h:02}:{minutes:02}:{seconds:02}")),
    }
}

/// What screen readers hear: it changes only when the whole minutes left change, so the live
/// region speaks once a minute, not every second.
pub fn announcement(ms: f64) -> String {
    if ms <= 0.0 {
        return t().invitee.starting.into();
    }
    let minutes = (ms / MINUTE).ceil() as u64;
    let (days, hours, minutes) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    let w = t().invitee;
    let parts: Vec<String> = [
        (days, Invitee::days as fn(&Invitee, usize) -> String),
        (hours, Invitee::hours),
        (minutes, Invitee::minutes),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, unit)| unit(w, n as usize))
    .collect();
    w.starts_in(&parts.join(" "))
}

/// Before the session starts: the event, a live countdown, and the promise to enter by itself.
/// For the page and the gallery.
#[component]
pub fn CountdownView(
    #[prop(into)] session: Signal<InviteeSession>,
    /// Now, in Unix milliseconds; the page ticks it.
    #[prop(into)]
    now_ms: Signal<f64>,
) -> impl IntoView {
    let scope = scoped_css!("src/guest/invite_lobby/countdown.css");
    let remaining = Memo::new(move |_| {
        session
            .with(|s| s.media.starts_at.as_deref().and_then(time_ms))
            .map(|start| start - now_ms.get())
    });
    // A memo: the live region's text is written only when the whole minutes change.
    let spoken = Memo::new(move |_| remaining.get().map(announcement).unwrap_or_default());
    view! { class=scope,
        <h1>{t().invitee.soon_title}</h1>
        // The event as it was when the page entered the countdown; only the time moves.
        <EventDetails media=session.get_untracked().media />
        <div class="countdown">
            {move || match remaining.get() {
                Some(ms) => {
                    view! { class=scope,
                        <p class="label">{t().invitee.starts_in_label}</p>
                        <p class="time" role="timer">
                            {remaining_text(ms)}
                        </p>
                    }
                        .into_any()
                }
                None => {
                    view! { class=scope, <p class="label">{t().invitee.no_start_time}</p> }
                        .into_any()
                }
            }}
        </div>
        <p class="visually-hidden" role="status">
            {spoken}
        </p>
        <p>
            {move || t().invitee.join_as(role_label(session.get().role))}
            {t().invitee.enters_by_itself}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_time_left_should_show_it_as_a_clock() {
        assert_eq!(remaining_text(0.0), "0:00");
        assert_eq!(remaining_text(-5_000.0), "0:00");
        assert_eq!(remaining_text(7_200.0), "0:08", "part seconds round up");
        assert_eq!(remaining_text(65_000.0), "1:05");
        assert_eq!(remaining_text(3_723_000.0), "1:02:03");
        assert_eq!(remaining_text(90_061_000.0), "1 d 01:01:01");
    }

    #[test]
    fn given_time_left_should_announce_only_whole_minutes() {
        assert_eq!(announcement(8_000.0), "Starts in 1 minute.");
        assert_eq!(announcement(59_000.0), announcement(1_000.0));
        assert_eq!(announcement(61_000.0), "Starts in 2 minutes.");
        assert_eq!(announcement(299_000.0), announcement(241_000.0));
        assert_eq!(announcement(3_660_000.0), "Starts in 1 hour 1 minute.");
        assert_eq!(announcement(2.0 * 86_400_000.0), "Starts in 2 days.");
        assert_eq!(announcement(0.0), "The session is starting.");
    }
}
