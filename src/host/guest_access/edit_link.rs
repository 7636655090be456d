//! "Edit link": the Create new link form, filled with a link's values, sending only what the
//! host changed (`PATCH`), so a rename keeps the expiry to the second.

use chrono::Utc;
use contract::{validate, ErrorCode, FieldError, GuestLink, GuestLinkChange, Id, Timestamp};
use leptos::prelude::*;

use super::{CreateLinkForm, LinkDraft};
use crate::api::{self, ApiError};
use crate::format;
use crate::messages::{field_messages, parse_optional_number};
use crate::ui::{FieldMessages, FormState, Modal};
use crate::wording::{host_t, t};

const DAY_SECONDS: i64 = 86_400;

/// A link's values as the form shows them, and the link they came from.
#[derive(Clone)]
pub struct EditDraft {
    pub draft: LinkDraft,
    link: GuestLink,
    initial: [String; 3],
}

impl EditDraft {
    /// The form filled from `link`: its name, its limit (blank: unlimited) and the whole days
    /// it has left, rounded up (blank: never, or already expired).
    pub fn new(link: &GuestLink, now: Timestamp) -> Self {
        let days = link
            .expires_at
            .filter(|at| *at > now)
            .map(|at| ((at - now).num_seconds() + DAY_SECONDS - 1) / DAY_SECONDS)
            .map_or_else(String::new, |days| days.to_string());
        let clicks = link.max_clicks.map_or_else(String::new, |n| n.to_string());
        let initial = [link.name.clone(), clicks, days];
        EditDraft {
            draft: LinkDraft::new(&initial[0], &initial[1], &initial[2]),
            link: link.clone(),
            initial,
        }
    }

    /// The hint under "# of clicks": how many were used, the floor of a new limit.
    pub fn clicks_help(&self) -> String {
        host_t().link_edit.clicks_used(self.link.clicks)
    }

    /// The hint under "Duration": when the link stops working now.
    pub fn duration_help(&self, now: Timestamp) -> String {
        let when = self.link.expires_at.map(|at| {
            let (span, past) = format::span(at, now);
            let r = host_t().relative;
            (r.with_date(&format::date(at), &r.phrase(span, past)), past)
        });
        host_t()
            .link_edit
            .duration_hint(when.as_ref().map(|(text, past)| (text.as_str(), *past)))
    }

    /// The change, holding only the fields that differ from the link, or the message for each
    /// field the contract's rules refuse (a limit below the clicks used among them). Reads the
    /// values tracked, so the form can re-check them as they change.
    pub fn to_change(&self) -> Result<GuestLinkChange, FieldMessages> {
        let d = self.draft;
        let (name, clicks, days) = (d.name.get(), d.clicks.get(), d.days.get());
        let changed = |value: &str, i: usize| value.trim() != self.initial[i].trim();
        let parsed_clicks = parse_optional_number(&clicks);
        let parsed_days = parse_optional_number(&days);
        let change = GuestLinkChange {
            name: changed(&name, 0).then(|| name.trim().to_string()),
            max_clicks: changed(&clicks, 1).then(|| parsed_clicks.unwrap_or(None)),
            duration_days: changed(&days, 2).then(|| parsed_days.unwrap_or(None)),
        };
        let used = i64::from(self.link.clicks);
        let mut errors = validate::guest_link_change(&change, used)
            .err()
            .unwrap_or_default();
        if let Err(e) = parsed_clicks {
            errors.insert("max_clicks".into(), e);
        }
        if let Err(e) = parsed_days {
            errors.insert("duration_days".into(), e);
        }
        if errors.is_empty() {
            Ok(change)
        } else {
            Err(self.messages(&errors))
        }
    }

    /// The sentence under each field; a limit below the clicks used names them.
    pub fn messages(&self, errors: &contract::FieldErrors) -> FieldMessages {
        let mut messages = field_messages(errors);
        if errors.get("max_clicks") == Some(&FieldError::BelowUsed) {
            messages.insert(
                "max_clicks".into(),
                host_t().link_edit.below_used(self.link.clicks),
            );
        }
        messages
    }
}

/// What the window says when the server refused the whole request.
fn refusal(error: &ApiError) -> String {
    match error.code() {
        Some(ErrorCode::ValidationFailed) => t().common.check_fields.into(),
        _ => host_t().link_edit.not_updated(error.user_message()),
    }
}

/// "Edit link", stacked over "Manage guest access", open while there is a link to edit.
#[component]
pub fn EditLinkWindow(
    #[prop(into)] target: Signal<Option<GuestLink>>,
    on_close: Callback<()>,
    media: Id,
    on_updated: Callback<GuestLink>,
    /// The link was deleted meanwhile; the owner refreshes the list.
    on_gone: Callback<()>,
    /// Where focus goes if the row's Edit button went away with its link.
    return_focus: NodeRef<leptos::html::Button>,
) -> impl IntoView {
    view! {
        <Modal
            open=Signal::derive(move || target.get().is_some())
            on_close
            title=host_t().link_edit.title
            description=host_t().link_edit.description
            close_on_backdrop=false
            return_focus
        >
            {move || {
                target
                    .get()
                    .map(|link| {
                        view! {
                            <EditLinkSubmitter link media on_updated on_gone on_cancel=on_close />
                        }
                    })
            }}
        </Modal>
    }
}

/// A draft of the link for each opening, and the request that sends it.
#[component]
fn EditLinkSubmitter(
    link: GuestLink,
    media: Id,
    on_updated: Callback<GuestLink>,
    on_gone: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let link_id = link.id;
    let edit = EditDraft::new(&link, Utc::now());
    let update = Action::new_local(move |change: &GuestLinkChange| {
        let change = change.clone();
        async move { api::guest_access::update_link(media, link_id, &change).await }
    });
    let form = FormState::new(update, {
        let edit = edit.clone();
        move || edit.to_change()
    });
    let messages = edit.clone();
    Effect::new(move |_| match update.value().get() {
        Some(Ok(link)) => on_updated.run(link),
        Some(Err(error)) if error.code() == Some(ErrorCode::LinkNotFound) => on_gone.run(()),
        Some(Err(error)) => form.refuse(refusal(&error), messages.messages(&error.fields())),
        None => {}
    });
    view! { <EditLinkForm edit form on_cancel /> }
}

/// The filled form with its hints, for the window and the gallery.
#[component]
pub fn EditLinkForm(
    edit: EditDraft,
    form: FormState,
    on_cancel: Callback<()>,
    /// The moment the hints count from (the gallery's fixed one); now by default.
    #[prop(optional)]
    now: Option<Timestamp>,
) -> impl IntoView {
    let clicks_help = edit.clicks_help();
    let duration_help = edit.duration_help(now.unwrap_or_else(Utc::now));
    view! { <CreateLinkForm draft=edit.draft form on_cancel edit=true clicks_help duration_help /> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use contract::{LinkAdmission, LinkStatus};

    fn link(
        clicks: u32,
        max: Option<u32>,
        expires_in_hours: Option<i64>,
    ) -> (GuestLink, Timestamp) {
        let now = Utc.with_ymd_and_hms(2026, 4, 20, 12, 0, 0).unwrap();
        let link = GuestLink {
            id: 7,
            name: "Press".into(),
            url: "https://x.test/guest/t".into(),
            created_at: now,
            expires_at: expires_in_hours.map(|h| now + chrono::Duration::hours(h)),
            max_clicks: max,
            clicks,
            status: LinkStatus::Active,
            admission: LinkAdmission::Wait,
        };
        (link, now)
    }

    #[test]
    fn given_an_untouched_form_should_send_no_field() {
        let (link, now) = link(3, Some(10), Some(60));
        let edit = EditDraft::new(&link, now);
        assert_eq!(edit.draft.days.get_untracked(), "3");
        assert_eq!(edit.draft.clicks.get_untracked(), "10");
        assert_eq!(edit.to_change(), Ok(GuestLinkChange::default()));
    }

    #[test]
    fn given_changed_fields_should_send_only_those_with_blank_as_null() {
        let (link, now) = link(3, Some(10), Some(60));
        let edit = EditDraft::new(&link, now);
        edit.draft.name.set("  Press kit ".into());
        edit.draft.days.set(String::new());
        let change = edit.to_change().unwrap();
        assert_eq!(
            change,
            GuestLinkChange {
                name: Some("Press kit".into()),
                max_clicks: None,
                duration_days: Some(None),
            }
        );
    }

    #[test]
    fn given_a_limit_below_the_clicks_used_should_say_how_many_were_used() {
        let (link, now) = link(25, Some(25), None);
        let edit = EditDraft::new(&link, now);
        edit.draft.clicks.set("10".into());
        let messages = edit.to_change().unwrap_err();
        assert!(messages["max_clicks"].contains("25 times"), "{messages:?}");
        edit.draft.clicks.set("30".into());
        assert_eq!(edit.to_change().unwrap().max_clicks, Some(Some(30)));
    }

    #[test]
    fn given_an_expired_link_should_leave_days_blank_and_say_when_it_expired() {
        let (link, now) = link(0, None, Some(-48));
        let edit = EditDraft::new(&link, now);
        assert_eq!(edit.draft.days.get_untracked(), "");
        assert!(
            edit.duration_help(now)
                .starts_with("Expired April 18, 2026"),
            "{}",
            edit.duration_help(now)
        );
        edit.draft.days.set("7".into());
        assert_eq!(edit.to_change().unwrap().duration_days, Some(Some(7)));
    }
}
