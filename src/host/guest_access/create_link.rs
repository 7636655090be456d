use contract::{validate, ErrorCode, GuestLink, Id, LinkAdmission, NewGuestLink};
use leptos::prelude::*;

use super::{is_live_item, AdmissionChoice};
use crate::api::{self, ApiError};
use crate::messages::{field_messages, parse_optional_number};
use crate::ui::{scoped_css, CheckedForm, FieldMessages, FormState, Modal, TextField};
use crate::wording::{host_t, t};

/// What the person has typed so far. Owned by the window, so a failed submit loses nothing.
#[derive(Clone, Copy)]
pub struct LinkDraft {
    pub name: RwSignal<String>,
    pub clicks: RwSignal<String>,
    pub days: RwSignal<String>,
    /// For live items only: whether the link's guests wait for a moderator.
    pub admission: RwSignal<LinkAdmission>,
    /// The item is live, so the link carries an admission rule.
    pub live: bool,
}

impl LinkDraft {
    pub fn new(name: &str, clicks: &str, days: &str) -> Self {
        LinkDraft {
            name: RwSignal::new(name.to_string()),
            clicks: RwSignal::new(clicks.to_string()),
            days: RwSignal::new(days.to_string()),
            admission: RwSignal::new(LinkAdmission::Wait),
            live: false,
        }
    }

    /// The same draft for a live item's link, which asks how its guests come in.
    pub fn for_live(mut self, live: bool) -> Self {
        self.live = live;
        self
    }

    /// The request, or the messages for each field the contract's rules refuse. Reads the
    /// values tracked, so the form can re-check them as they change.
    pub fn to_request(&self) -> Result<NewGuestLink, FieldMessages> {
        let clicks = parse_optional_number(&self.clicks.get());
        let days = parse_optional_number(&self.days.get());
        let request = NewGuestLink {
            name: self.name.get().trim().to_string(),
            max_clicks: clicks.unwrap_or(None),
            duration_days: days.unwrap_or(None),
            admission: self.live.then(|| self.admission.get()),
        };
        let mut errors = validate::guest_link(&request).err().unwrap_or_default();
        if let Err(e) = clicks {
            errors.insert("max_clicks".into(), e);
        }
        if let Err(e) = days {
            errors.insert("duration_days".into(), e);
        }
        if errors.is_empty() {
            Ok(request)
        } else {
            Err(field_messages(&errors))
        }
    }
}

/// What the window says when the server refused the whole request.
fn refusal(error: &ApiError) -> String {
    match error.code() {
        Some(ErrorCode::GuestLinkLimitReached) => host_t().guest_access.limit_conflict.into(),
        Some(ErrorCode::GuestAccessDisabled) => host_t().guest_access.disabled_conflict.into(),
        Some(ErrorCode::ValidationFailed) => t().common.check_fields.into(),
        _ => host_t().guest_access.not_created(error.user_message()),
    }
}

/// "Create new link", stacked over "Manage guest access".
#[component]
pub fn CreateLinkWindow(
    #[prop(into)] open: Signal<bool>,
    on_close: Callback<()>,
    media: Id,
    on_created: Callback<GuestLink>,
    /// The server said no because the list changed elsewhere; the owner refreshes it.
    on_conflict: Callback<()>,
) -> impl IntoView {
    view! {
        <Modal
            open
            on_close
            title=host_t().guest_access.create_new_link
            description=host_t().guest_access.create_description
            close_on_backdrop=false
        >
            <CreateLinkSubmitter media on_created on_conflict on_cancel=on_close />
        </Modal>
    }
}

/// A fresh draft for each opening, and the request that sends it.
#[component]
fn CreateLinkSubmitter(
    media: Id,
    on_created: Callback<GuestLink>,
    on_conflict: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let draft = LinkDraft::new("", "", "").for_live(is_live_item());
    let create = Action::new_local(move |request: &NewGuestLink| {
        let request = request.clone();
        async move { api::guest_access::create_link(media, &request).await }
    });
    let form = FormState::new(create, move || draft.to_request());
    Effect::new(move |_| match create.value().get() {
        Some(Ok(link)) => on_created.run(link),
        Some(Err(error)) => {
            form.refuse(refusal(&error), field_messages(&error.fields()));
            if error.code().is_some_and(|c| c.status() == 409) {
                on_conflict.run(());
            }
        }
        None => {}
    });
    view! { <CreateLinkForm draft form on_cancel /> }
}

/// The form itself, for the window and the gallery; "Edit link" fills it with a link's values
/// and its own hints and button.
#[component]
pub fn CreateLinkForm(
    draft: LinkDraft,
    /// Its messages, its summary and its request.
    form: FormState,
    on_cancel: Callback<()>,
    /// "Save" instead of "Create": the form changes an existing link.
    #[prop(optional)]
    edit: bool,
    /// Under "# of clicks", instead of the create hint.
    #[prop(optional, into)]
    clicks_help: Option<String>,
    /// Under "Duration", instead of the create hint.
    #[prop(optional, into)]
    duration_help: Option<String>,
) -> impl IntoView {
    let scope = scoped_css!("src/host/guest_access/create_link.css");
    let pending = form.pending();
    view! { class=scope,
        <CheckedForm form>
            <TextField
                label=host_t().guest_access.name_label
                name="name"
                value=draft.name
                error=form.field("name")
                required=true
                autofocus=true
                autocomplete="off"
            />
            <div class="field-row">
                <TextField
                    label=host_t().guest_access.clicks
                    name="max_clicks"
                    value=draft.clicks
                    error=form.field("max_clicks")
                    help=clicks_help.unwrap_or_else(|| host_t().guest_access.clicks_help.into())
                    inputmode="numeric"
                    autocomplete="off"
                />
                <TextField
                    label=host_t().guest_access.duration
                    name="duration_days"
                    value=draft.days
                    error=form.field("duration_days")
                    help=duration_help.unwrap_or_else(|| host_t().guest_access.duration_help.into())
                    inputmode="numeric"
                    autocomplete="off"
                    suffix=host_t().guest_access.days_suffix
                />
            </div>
            {draft.live.then(|| view! { <AdmissionChoice selected=draft.admission /> })}
            <div class="buttons">
                <button type="button" class="btn" on:click=move |_| on_cancel.run(())>
                    {t().common.cancel}
                </button>
                <button
                    type="submit"
                    class="btn btn-primary"
                    disabled=move || pending.get()
                    aria-busy=move || pending.get().to_string()
                >
                    {move || {
                        match (edit, pending.get()) {
                            (true, true) => host_t().link_edit.saving,
                            (true, false) => host_t().link_edit.save,
                            (false, true) => host_t().guest_access.creating,
                            (false, false) => host_t().guest_access.create,
                        }
                    }}
                </button>
            </div>
        </CheckedForm>
    }
}
