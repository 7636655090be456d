//! The live session, host side: guests appear in the waiting room as they arrive, without a
//! reload, are admitted or denied from the keyboard, and go the moment they leave; a
//! "direct" link's guests skip the waiting room; a denied guest asking again is marked.

use contract::{
    Admission, GuestLink, GuestSession, JoinRequest, JoinResponse, LinkAdmission, MediaKind,
    MediaStatus, MediaSummary, NewGuestLink,
};
use e2e::{check_screen, link_named, reconnect_until, sign_in, Browser, Key, Result, Stack};

/// A live room with guest access on and one guest link.
async fn live_room_with_link(stack: &Stack) -> Result<(MediaSummary, GuestLink)> {
    let room = stack
        .seeded(MediaKind::Room, Some(MediaStatus::Live))
        .await?;
    let link = stack.guest_link(room.id, link_named("Lobby test")).await?;
    Ok((room, link))
}

/// Joins as `name`, with an address made from it.
async fn join(stack: &Stack, link: &GuestLink, name: &str) -> Result<JoinResponse> {
    let email = format!("{}@example.org", name.to_lowercase().replace(' ', "."));
    let request = JoinRequest {
        name: name.into(),
        email,
        device: None,
    };
    stack.join(link, &request).await
}

async fn session(stack: &Stack, guest: &JoinResponse) -> Result<GuestSession> {
    Ok(reqwest::Client::new()
        .get(stack.api(&format!("/guest-sessions/{}", guest.guest_id)))
        .bearer_auth(&guest.guest_token)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?)
}

#[tokio::test]
async fn given_guests_arriving_the_host_should_see_them_live_and_admit_or_deny_from_the_keyboard(
) -> Result {
    let stack = Stack::start().await?;
    let (room, link) = live_room_with_link(&stack).await?;
    let host = Browser::launch().await?;
    sign_in(&host, &stack, "host@example.com").await?;
    host.goto(&stack.page(&format!("/media/{}/live", room.id)))
        .await?;
    host.wait_text("h1", "Participants").await?;
    host.wait_text("[role=status] p", "Live").await?;
    host.wait_text("h2", "Waiting to join (0)").await?;
    check_screen(&host, "Participants tab, nobody waiting").await?;

    // A guest arrives: the host sees them without reloading, and hears about it.
    let ann = join(&stack, &link, "Ann Guest").await?;
    assert_eq!(ann.admission, Admission::Waiting);
    host.wait_text("h2", "Waiting to join (1)").await?;
    host.wait_text("li", "Ann Guest").await?;
    host.wait_text(".arrival", "Ann Guest is waiting to join.")
        .await?;
    check_screen(&host, "Participants tab, a guest waiting").await?;

    // The lobby message reaches the waiting guest.
    host.tab_to("Message for waiting guests").await?;
    host.type_text("Starting in two minutes").await?;
    host.tab_to("Save message").await?;
    host.key(Key::Enter).await?;
    host.wait_text("p", "Guests see: “Starting in two minutes”")
        .await?;
    assert_eq!(
        session(&stack, &ann).await?.lobby_message.as_deref(),
        Some("Starting in two minutes")
    );

    // Admit from the keyboard: Ann moves into the room.
    host.shift_tab_to("Admit Ann Guest").await?;
    host.key(Key::Enter).await?;
    host.wait_text("h2", "Waiting to join (0)").await?;
    host.wait_text("[role=group] li", "Ann Guest").await?;
    assert_eq!(session(&stack, &ann).await?.admission, Admission::Admitted);

    // Deny the next one: a refresh of their page keeps them out.
    let bo = join(&stack, &link, "Bo Guest").await?;
    host.wait_text("li", "Bo Guest").await?;
    host.shift_tab_to("Deny Bo Guest").await?;
    host.key(Key::Enter).await?;
    host.wait_text("h2", "Waiting to join (0)").await?;
    assert_eq!(session(&stack, &bo).await?.admission, Admission::Denied);
    assert_eq!(
        session(&stack, &bo).await?.admission,
        Admission::Denied,
        "still denied on a second look"
    );
    check_screen(&host, "Participants tab after admitting and denying").await?;
    host.quit().await
}

#[tokio::test]
async fn given_the_stream_drops_the_tab_should_say_so_and_resync_when_it_returns() -> Result {
    let mut stack = Stack::start().await?;
    let (room, link) = live_room_with_link(&stack).await?;
    let host = Browser::launch().await?;
    sign_in(&host, &stack, "host@example.com").await?;
    host.goto(&stack.page(&format!("/media/{}/live", room.id)))
        .await?;
    host.wait_text("[role=status] p", "Live").await?;

    stack.stop().await?;
    host.wait_text("[role=status]", "Live updates are interrupted")
        .await?;
    check_screen(&host, "Participants tab, reconnecting").await?;
    stack.restart().await?;
    // A guest who arrived while the host's tab was disconnected is there after the re-sync.
    join(&stack, &link, "Cy Guest").await?;
    // The tab retries on its own too, so it may be live again before "Reconnect now" is found.
    reconnect_until(&host, "● Live").await?;
    host.wait_text("li", "Cy Guest").await?;
    host.quit().await
}

#[tokio::test]
async fn given_a_waiting_guest_and_a_host_in_two_browsers_should_move_the_guest_in_the_moment_they_are_admitted(
) -> Result {
    let stack = Stack::start().await?;
    let (room, link) = live_room_with_link(&stack).await?;
    stack
        .host_api("host@example.com")
        .await?
        .put(stack.api(&format!("/media/{}/lobby-message", room.id)))
        .json(&serde_json::json!({ "message": "We start in five minutes." }))
        .send()
        .await?
        .error_for_status()?;

    // The guest opens the room's guest link and joins: they wait, with their place in line.
    let guest = Browser::launch().await?;
    guest.goto(&link.url).await?;
    guest.wait_text("h1", &room.title).await?;
    guest.wait_css("input[name=name]").await?.click().await?;
    guest.type_text("Gia Guest").await?;
    guest.key(Key::Tab).await?;
    guest.type_text("gia@example.org").await?;
    guest.key(Key::Enter).await?;
    guest
        .wait_text("h1", "Waiting for the moderator to let you in")
        .await?;
    guest
        .wait_text("[role=status]", "You're next in line.")
        .await?;
    guest
        .wait_text("blockquote", "We start in five minutes.")
        .await?;
    check_screen(&guest, "waiting page, live").await?;

    // The host, already on the Participants tab in another browser, sees them appear.
    let host = Browser::launch().await?;
    sign_in(&host, &stack, "host@example.com").await?;
    host.goto(&stack.page(&format!("/media/{}/live", room.id)))
        .await?;
    host.wait_text("li", "Gia Guest").await?;
    let late = join(&stack, &link, "Hal Later").await?;
    host.wait_text("li", "Hal Later").await?;
    host.wait_text("h2", "Waiting to join (2)").await?;

    // The lobby message changes while the guest waits: their page follows.
    host.tab_to("Message for waiting guests").await?;
    host.type_text(" Doors open now.").await?;
    host.tab_to("Save message").await?;
    host.key(Key::Enter).await?;
    guest.wait_text("blockquote", "Doors open now.").await?;

    // Admitted from the keyboard: the guest's page moves into the guest view by itself.
    host.shift_tab_to("Admit Gia Guest").await?;
    host.key(Key::Enter).await?;
    guest.wait_text("p", "You're watching as a guest").await?;
    guest.wait_text("h1", &room.title).await?;
    check_screen(&guest, "guest view after admission").await?;
    assert_eq!(
        session(&stack, &late).await?.position,
        Some(1),
        "the next guest moved up"
    );
    host.quit().await?;
    guest.quit().await
}

#[tokio::test]
async fn given_a_waiting_guest_who_leaves_the_waiting_room_the_host_should_see_their_row_go_live(
) -> Result {
    let stack = Stack::start().await?;
    let (room, link) = live_room_with_link(&stack).await?;
    let host = Browser::launch().await?;
    sign_in(&host, &stack, "host@example.com").await?;
    host.goto(&stack.page(&format!("/media/{}/live", room.id)))
        .await?;
    host.wait_text("[role=status] p", "Live").await?;
    join(&stack, &link, "Ida Early").await?;

    // The guest joins from the link and waits, seeing whom they join as.
    let guest = Browser::launch().await?;
    guest.goto(&link.url).await?;
    guest.wait_text("h1", &room.title).await?;
    guest.wait_css("input[name=name]").await?.click().await?;
    guest.type_text("Jo Leaving").await?;
    guest.key(Key::Tab).await?;
    guest.type_text("jo@example.org").await?;
    guest.key(Key::Enter).await?;
    guest
        .wait_text("h1", "Waiting for the moderator to let you in")
        .await?;
    guest.wait_text("p", "Joining as Jo Leaving").await?;
    check_screen(&guest, "waiting page, joining as").await?;
    host.wait_text("li", "Jo Leaving").await?;
    host.wait_text("h2", "Waiting to join (2)").await?;
    check_screen(&host, "Participants tab, two guests waiting").await?;

    // The guest leaves from the keyboard: their page says so, and the host's row goes.
    guest.tab_to("Leave waiting room").await?;
    guest.key(Key::Enter).await?;
    guest.wait_text("h1", "You left").await?;
    check_screen(&guest, "you left, from the waiting room").await?;
    host.wait_text("h2", "Waiting to join (1)").await?;
    host.wait_js(
        "the leaving guest's row is gone",
        "![...document.querySelectorAll('li')].some(li => li.textContent.includes('Jo Leaving'))",
    )
    .await?;
    host.wait_text("li", "Ida Early").await?;
    check_screen(&host, "Participants tab after a guest left").await?;

    // A refresh of the guest's tab starts again at the entry form: the pass is forgotten.
    guest.goto(&link.url).await?;
    guest.wait_css("input[name=name]").await?;
    host.quit().await?;
    guest.quit().await
}

#[tokio::test]
async fn given_a_direct_link_to_a_live_room_its_guest_should_enter_without_waiting() -> Result {
    let stack = Stack::start().await?;
    let room = stack
        .seeded(MediaKind::Room, Some(MediaStatus::Live))
        .await?;
    let link = stack
        .guest_link(
            room.id,
            NewGuestLink {
                admission: Some(LinkAdmission::Direct),
                ..link_named("Speakers")
            },
        )
        .await?;
    let host = Browser::launch().await?;
    sign_in(&host, &stack, "host@example.com").await?;
    host.goto(&stack.page(&format!("/media/{}/live", room.id)))
        .await?;
    host.wait_text("[role=status] p", "Live").await?;

    // The entry page doesn't promise a wait, and continuing goes straight in.
    let guest = Browser::launch().await?;
    guest.goto(&link.url).await?;
    guest.wait_text("h1", &room.title).await?;
    guest.wait_css("input[name=name]").await?.click().await?;
    guest.type_text("Dee Direct").await?;
    guest.key(Key::Tab).await?;
    guest.type_text("dee@example.org").await?;
    guest.key(Key::Enter).await?;
    guest.wait_text("p", "You're watching as a guest").await?;
    check_screen(&guest, "guest view, entered directly").await?;

    // The host sees them among the participants, never in the waiting room.
    host.wait_text("[role=group] li", "Dee Direct").await?;
    host.wait_text("h2", "Waiting to join (0)").await?;
    check_screen(&host, "Participants tab, a guest entered directly").await?;
    host.quit().await?;
    guest.quit().await
}

#[tokio::test]
async fn given_a_denied_guest_rejoining_from_the_same_browser_the_host_should_see_them_marked(
) -> Result {
    let stack = Stack::start().await?;
    let (room, link) = live_room_with_link(&stack).await?;
    let host = Browser::launch().await?;
    sign_in(&host, &stack, "host@example.com").await?;
    host.goto(&stack.page(&format!("/media/{}/live", room.id)))
        .await?;
    host.wait_text("[role=status] p", "Live").await?;

    // A guest joins from the link and waits; the host denies them from the keyboard.
    let guest = Browser::launch().await?;
    guest.goto(&link.url).await?;
    guest.wait_text("h1", &room.title).await?;
    guest.wait_css("input[name=name]").await?.click().await?;
    guest.type_text("Kim Again").await?;
    guest.key(Key::Tab).await?;
    guest.type_text("kim@example.org").await?;
    guest.key(Key::Enter).await?;
    guest
        .wait_text("h1", "Waiting for the moderator to let you in")
        .await?;
    host.wait_text("li", "Kim Again").await?;
    check_screen(&host, "Participants tab, a first request").await?;
    host.tab_to("Deny Kim Again").await?;
    host.key(Key::Enter).await?;
    host.wait_text("h2", "Waiting to join (0)").await?;
    guest.wait_text("h1", "You weren't let in").await?;
    check_screen(&guest, "message: denied, may ask again").await?;

    // The same browser asks again, under another email: the entry form opens once more.
    guest.tab_to("Ask to join again").await?;
    guest.key(Key::Enter).await?;
    guest.wait_css("input[name=name]").await?.click().await?;
    check_screen(&guest, "entry form, asking again").await?;
    guest.type_text("Kim Again").await?;
    guest.key(Key::Tab).await?;
    guest.type_text("kim.other@example.org").await?;
    guest.key(Key::Enter).await?;
    guest
        .wait_text("h1", "Waiting for the moderator to let you in")
        .await?;

    // The host's row says they were denied before, instead of a stranger's row.
    host.wait_text("h2", "Waiting to join (1)").await?;
    host.wait_text("li", "asked again · denied once").await?;
    host.wait_text("li", "Kim Again").await?;
    check_screen(&host, "Participants tab, a denied guest asking again").await?;
    host.quit().await?;
    guest.quit().await
}
