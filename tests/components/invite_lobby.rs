//! The invite lobby's views: the greeting and form, a wrong email, each refusal, the
//! countdown's live region, and the session once inside.

use chrono::Duration;
use contract::{InviteRole, MediaStatus};
use leptos::prelude::*;
use share_spa::api::ApiError;
use share_spa::gallery::{invite_info, invitee_session, ms_before_start};
use share_spa::guest::{
    CountdownView, InviteeSessionView, LobbyForm, LobbyRefusal, LobbyRefusalView,
};
use share_spa::ui::{FormState, Summary};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{focused, mount, settle};

#[wasm_bindgen_test]
async fn given_an_invitation_should_greet_by_first_name_and_ask_for_the_invited_email() {
    let form = FormState::shown(Default::default(), None, false);
    let email = RwSignal::new(String::new());
    let page = mount(move || {
        view! { <LobbyForm info=invite_info(MediaStatus::Scheduled) email form /> }.into_any()
    });
    settle().await;
    assert_eq!(
        page.get("h1").text_content().unwrap(),
        "Hi Zoë, you're invited"
    );
    assert!(page
        .text()
        .contains("Launch livestream: what's new in 2027 <live> & more"));
    assert!(page.find("live").is_none(), "titles are text, never markup");
    assert!(page
        .text()
        .contains("Enter the same email address the invitation was sent to."));
    assert!(page.text().contains("You're invited as Speaker."));
    assert_eq!(
        page.get("button[type=submit]").text_content().unwrap(),
        "Login"
    );

    let input = page.get("input[name=email]");
    email.set("zoe@example.org".into());
    let wrong = "That isn't the email address the invitation was sent to.";
    form.refuse(
        Summary::check_fields(),
        [("email".to_string(), wrong.to_string())].into(),
    );
    settle().await;
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        focused().unwrap(),
        input,
        "a wrong email puts focus back on the field"
    );
}

#[wasm_bindgen_test]
async fn given_each_refusal_should_say_what_happened_with_retry_only_for_failures() {
    let cases = [
        (LobbyRefusal::Used, "already used"),
        (LobbyRefusal::Expired, "expired"),
        (LobbyRefusal::NotFound, "isn't valid"),
        (LobbyRefusal::MediaUnavailable, "no longer available"),
    ];
    for (refusal, heading) in cases {
        let page = mount(move || {
            view! { <LobbyRefusalView refusal retry=Callback::new(|_| ()) /> }.into_any()
        });
        settle().await;
        assert!(page.get("h1").text_content().unwrap().contains(heading));
        assert!(page.find("button").is_none(), "{heading}: nothing to retry");
    }
    let page = mount(|| {
        view! {
            <LobbyRefusalView
                refusal=LobbyRefusal::Failed(ApiError::Network)
                retry=Callback::new(|_| ())
            />
        }
        .into_any()
    });
    settle().await;
    assert!(page.text().contains("couldn't reach the server"));
    assert_eq!(page.get("button").text_content().unwrap(), "Try again");
}

#[wasm_bindgen_test]
async fn given_a_countdown_should_tick_visibly_but_announce_only_whole_minutes() {
    let now = RwSignal::new(ms_before_start(Duration::seconds(4 * 60 + 37)));
    let page = mount(move || {
        view! {
            <CountdownView
                session=invitee_session(MediaStatus::Scheduled, InviteRole::Speaker)
                now_ms=now
            />
        }
        .into_any()
    });
    settle().await;
    let timer = page.get("[role=timer]");
    let status = page.get("[role=status]");
    assert_eq!(timer.text_content().unwrap(), "4:37");
    assert_eq!(status.text_content().unwrap(), "Starts in 5 minutes.");
    assert!(
        timer.get_attribute("aria-live").is_none(),
        "a timer is not read aloud as it ticks"
    );

    now.update(|t| *t += 1_000.0);
    settle().await;
    assert_eq!(timer.text_content().unwrap(), "4:36");
    assert_eq!(status.text_content().unwrap(), "Starts in 5 minutes.");

    now.update(|t| *t += 37_000.0);
    settle().await;
    assert_eq!(timer.text_content().unwrap(), "3:59");
    assert_eq!(status.text_content().unwrap(), "Starts in 4 minutes.");
    assert!(page.text().contains("You'll join as Speaker."));
}

#[wasm_bindgen_test]
async fn given_the_session_has_started_should_show_it_with_the_invitees_role() {
    let page = mount(|| {
        view! { <InviteeSessionView session=invitee_session(MediaStatus::Live, InviteRole::Speaker) /> }.into_any()
    });
    settle().await;
    assert!(page.text().contains("You're in as Speaker"));
    assert!(page.find("a").is_none(), "no site navigation");
    assert!(page.text().contains("Live event · Live"));
}
