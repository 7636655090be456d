//! The Invite users form: the invitation types each kind of media allows, the email option
//! only where the platform can send one, and client-side validation that keeps the values.

use contract::{Invite, InviteRole, MediaKind, MediaStatus};
use leptos::prelude::*;
use share_spa::gallery::{media, several_invites};
use share_spa::host::invite::{InviteDraft, InviteForm, InviteUsersWindow, PendingInvites};
use share_spa::ui::{FormState, ToastRegion};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Event, HtmlInputElement};

use crate::support::{dialog_input, document, error_for, focused, mount, settle, Mounted};

fn form(roles: Vec<InviteRole>, email_available: bool) -> Mounted {
    mount(move || {
        view! {
            <InviteForm
                draft=InviteDraft::new(roles.first().copied())
                roles
                email_available
                suggestions=Vec::new()
                form=FormState::shown(Default::default(), None, false)
            />
        }
        .into_any()
    })
}

/// Each radio's label and the description it is tied to, in order.
fn role_choices(page: &Mounted) -> Vec<(String, String)> {
    page.all("input[type=radio]")
        .into_iter()
        .map(|radio| {
            let label = page.get(&format!("label[for='{}']", radio.id()));
            let description = radio
                .get_attribute("aria-describedby")
                .and_then(|id| document().get_element_by_id(&id))
                .and_then(|d| d.text_content())
                .unwrap_or_default();
            (label.text_content().unwrap(), description)
        })
        .collect()
}

#[wasm_bindgen_test]
async fn given_on_demand_media_should_offer_only_viewer() {
    let page = form(MediaKind::Video.invite_roles().to_vec(), true);
    settle().await;
    let legend = page.get("fieldset legend").text_content().unwrap();
    assert!(
        page.text().contains("Select an invitation type"),
        "{legend}"
    );
    let choices = role_choices(&page);
    assert_eq!(
        choices,
        [(
            "Viewer".to_string(),
            InviteRole::Viewer.description().to_string()
        )]
    );
    let viewer: HtmlInputElement = page.get("input[type=radio]").unchecked_into();
    assert!(viewer.checked(), "the only type is chosen already");
}

#[wasm_bindgen_test]
async fn given_a_live_event_should_offer_viewer_moderator_and_speaker_with_descriptions() {
    let page = form(MediaKind::LiveEvent.invite_roles().to_vec(), true);
    settle().await;
    let choices = role_choices(&page);
    let labels: Vec<&str> = choices.iter().map(|(l, _)| l.as_str()).collect();
    let scoped = |e: &web_sys::HtmlElement| e.class_name().split(' ').any(|c| c.starts_with("l-"));
    assert!(
        page.all("input[type=radio]").iter().all(scoped),
        "choices built in a closure carry the scope class"
    );
    assert_eq!(labels, ["Viewer", "Moderator", "Speaker"]);
    for ((_, description), role) in choices.iter().zip(InviteRole::ALL_LIVE) {
        assert_eq!(description, role.description());
    }
    let radios = page.all("input[type=radio]");
    let name = radios[0].get_attribute("name").unwrap();
    assert!(radios
        .iter()
        .all(|r| r.get_attribute("name").as_deref() == Some(name.as_str())));
}

#[wasm_bindgen_test]
async fn given_no_email_template_should_hide_send_link_via_email() {
    let page = form(InviteRole::ALL_LIVE.to_vec(), false);
    settle().await;
    assert!(page.find("input[type=checkbox]").is_none());
    assert!(!page.text().contains("Send link via email"));

    let page = form(InviteRole::ALL_LIVE.to_vec(), true);
    settle().await;
    let checkbox = page.get("input[type=checkbox]");
    let label = page.get(&format!("label[for='{}']", checkbox.id()));
    assert_eq!(label.text_content().unwrap(), "Send link via email");
}

#[wasm_bindgen_test]
async fn given_invalid_values_should_explain_each_under_its_field_and_keep_them() {
    let _page = mount(|| {
        view! {
            <ToastRegion>
                <InviteUsersWindow
                    open=true
                    on_close=Callback::new(|_| ())
                    media=media(MediaKind::LiveEvent, MediaStatus::Scheduled)
                />
            </ToastRegion>
        }
        .into_any()
    });
    settle().await;
    assert_eq!(
        focused().unwrap().get_attribute("role").as_deref(),
        Some("combobox"),
        "focus starts in the email field"
    );
    let email = dialog_input("email");
    email.set_value("zoe@");
    email.dispatch_event(&Event::new("input").unwrap()).unwrap();
    let submit: web_sys::HtmlElement = document()
        .query_selector("[role=dialog] button[type=submit]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(submit.text_content().unwrap(), "Generate invite link");
    submit.click();
    settle().await;

    assert_eq!(
        error_for(&email).as_deref(),
        Some("Enter an email address like name@example.com.")
    );
    assert_eq!(
        error_for(&dialog_input("first_name")).as_deref(),
        Some("Enter a first name.")
    );
    assert_eq!(
        error_for(&dialog_input("last_name")).as_deref(),
        Some("Enter a last name.")
    );
    assert_eq!(email.value(), "zoe@", "values survive");
    assert_eq!(
        focused().unwrap().id(),
        email.id(),
        "focus on the first problem"
    );
    let alert = document()
        .query_selector("[role=dialog] form [role=alert]")
        .unwrap()
        .unwrap();
    assert_eq!(
        alert.text_content().unwrap(),
        "Check the highlighted fields."
    );
}

#[wasm_bindgen_test]
async fn given_pending_invites_should_say_whether_each_was_used_and_show_names_as_text() {
    let mut invites = several_invites();
    invites[0].first_name = "<b>Zoë</b>".into();
    let revoked = RwSignal::new(None::<i64>);
    let page = mount(move || {
        view! {
            <PendingInvites
                invites
                on_revoke=Callback::new(move |invite: Invite| revoked.set(Some(invite.id)))
            />
        }
        .into_any()
    });
    settle().await;
    let rows = page.all("li");
    let scope = page.get("ul").class_name();
    let scope = scope
        .split(' ')
        .find(|c| c.starts_with("l-"))
        .expect("a scope class");
    assert!(
        rows[0].class_list().contains(scope),
        "row unstyled: {}",
        rows[0].outer_html()
    );
    let text: Vec<String> = rows.iter().map(|r| r.text_content().unwrap()).collect();
    assert!(
        text[0].contains("<b>Zoë</b>") && page.find("b").is_none(),
        "{}",
        text[0]
    );
    assert!(text[0].contains("Not used yet") && text[0].contains("Speaker"));
    assert!(text[1].contains("Used ·"), "{}", text[1]);
    assert!(text[2].contains("2 of 5 uses"), "{}", text[2]);
    assert!(text[3].contains("Expired"), "{}", text[3]);

    let revoke = page
        .by_text("li", "Ann Lee")
        .query_selector("button")
        .unwrap()
        .unwrap();
    assert_eq!(
        revoke.get_attribute("aria-label").as_deref(),
        Some("Revoke invite for Ann Lee")
    );
    revoke.unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;
    assert_eq!(revoked.get_untracked(), Some(2));
}

#[wasm_bindgen_test]
async fn given_pending_invites_should_offer_copy_link_only_for_those_that_still_open() {
    let copied = RwSignal::new(None::<i64>);
    let page = mount(move || {
        view! {
            <PendingInvites
                invites=several_invites()
                on_revoke=Callback::new(|_| ())
                on_copy=Callback::new(move |invite: Invite| copied.set(Some(invite.id)))
            />
        }
        .into_any()
    });
    settle().await;
    let copy_in = |who: &str| {
        page.by_text("li", who)
            .query_selector("button[data-copy]")
            .unwrap()
    };
    // Unused, and partly used with uses left: they still open.
    assert!(copy_in("Zoë").is_some());
    let ngozi = copy_in("Ngozi").expect("a link with uses left can be copied");
    assert_eq!(
        ngozi.get_attribute("aria-label").as_deref(),
        Some("Copy link for Ngozi Okonkwo-Adebayo")
    );
    // Used up, and expired: nothing worth handing on.
    assert!(copy_in("Ann Lee").is_none());
    assert!(copy_in("José María").is_none());
    ngozi.unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;
    assert_eq!(copied.get_untracked(), Some(3));
}
