use std::collections::BTreeMap;

use contract::{validate, ErrorCode, GuestLink, Id, NewGuestLink};
use leptos::html;
use leptos::prelude::*;
use stylers_macro::style_str;

use crate::api::{self, ApiError};
use crate::messages::{field_messages, parse_optional_number, CHECK_FIELDS};
use crate::ui::focus::focus_first_refused;
use crate::ui::{scoped, submit_checked, Modal, TextField};

/// What the person has typed so far. Owned by the window, so a failed submit loses nothing.
#[derive(Clone, Copy)]
pub struct LinkDraft {
    pub name: RwSignal<String>,
    pub clicks: RwSignal<String>,
    pub days: RwSignal<String>,
}

impl LinkDraft {
    pub fn new(name: &str, clicks: &str, days: &str) -> Self {
        LinkDraft {
            name: RwSignal::new(name.to_string()),
            clicks: RwSignal::new(clicks.to_string()),
            days: RwSignal::new(days.to_string()),
        }
    }

    /// The request, or the messages for each field the contract's rules refuse.
    pub fn to_request(&self) -> Result<NewGuestLink, BTreeMap<String, String>> {
        let clicks = parse_optional_number(&self.clicks.get_untracked());
        let days = parse_optional_number(&self.days.get_untracked());
        let request = NewGuestLink {
            name: self.name.get_untracked().trim().to_string(),
            max_clicks: clicks.unwrap_or(None),
            duration_days: days.unwrap_or(None),
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
        Some(ErrorCode::GuestLinkLimitReached) => "This item already has the maximum number of \
            guest links; one may have been created in another window. The list is updated: \
            delete a link to create another."
            .into(),
        Some(ErrorCode::GuestAccessDisabled) => "Guest access was turned off, perhaps in \
            another window. Turn it on to create links."
            .into(),
        Some(ErrorCode::ValidationFailed) => CHECK_FIELDS.into(),
        _ => format!("The link wasn't created. {}", error.user_message()),
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
            title="Create new link"
            description="Allow anyone with this link to access the media without signing in."
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
    let draft = LinkDraft::new("", "", "");
    let errors = RwSignal::new(BTreeMap::<String, String>::new());
    let alert = RwSignal::new(None::<String>);
    let create = Action::new_local(move |request: &NewGuestLink| {
        let request = request.clone();
        async move { api::guest_access::create_link(media, &request).await }
    });
    Effect::new(move |_| match create.value().get() {
        Some(Ok(link)) => on_created.run(link),
        Some(Err(error)) => {
            errors.set(field_messages(&error.fields()));
            alert.set(Some(refusal(&error)));
            if error.code().is_some_and(|c| c.status() == 409) {
                on_conflict.run(());
            }
        }
        None => {}
    });
    let on_submit = Callback::new(move |_| {
        submit_checked(create, || draft.to_request(), errors, alert);
    });
    view! {
        <CreateLinkForm
            draft
            errors
            alert
            pending=create.pending()
            on_submit
            on_cancel
        />
    }
}

/// The form itself, for the window and the gallery.
#[component]
pub fn CreateLinkForm(
    draft: LinkDraft,
    #[prop(into)] errors: Signal<BTreeMap<String, String>>,
    /// The summary announced when a submit fails.
    #[prop(into)]
    alert: Signal<Option<String>>,
    #[prop(into)] pending: Signal<bool>,
    on_submit: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let scope = scoped(style_str! {
        .buttons {
            display: flex;
            justify-content: flex-end;
            gap: var(--space-2);
            margin-top: var(--space-2);
        }
        .limits {
            display: grid;
            grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
            gap: 0 var(--space-4);
        }
    });
    let form = NodeRef::<html::Form>::new();
    let error = move |field: &'static str| Signal::derive(move || errors.get().get(field).cloned());
    focus_first_refused(form, "[aria-invalid=true]", move || {
        !errors.with(|e| e.is_empty())
    });
    view! { class=scope,
        <form
            novalidate
            node_ref=form
            on:submit=move |event| {
                event.prevent_default();
                on_submit.run(());
            }
        >
            {move || alert.get().map(|text| view! { class=scope, <p class="notice notice-error" role="alert">{text}</p> })}
            <TextField
                label="Link Name"
                name="name"
                value=draft.name
                error=error("name")
                required=true
                autofocus=true
                autocomplete="off"
            />
            <div class="limits">
                <TextField
                    label="# of clicks"
                    name="max_clicks"
                    value=draft.clicks
                    error=error("max_clicks")
                    help="Limit how many times this link can be accessed."
                    inputmode="numeric"
                    autocomplete="off"
                />
                <TextField
                    label="Duration"
                    name="duration_days"
                    value=draft.days
                    error=error("duration_days")
                    help="How many days the link works."
                    inputmode="numeric"
                    autocomplete="off"
                    suffix="Day/s"
                />
            </div>
            <div class="buttons">
                <button type="button" class="btn" on:click=move |_| on_cancel.run(())>"Cancel"</button>
                <button type="submit" class="btn btn-primary" disabled=move || pending.get() aria-busy=move || pending.get().to_string()>
                    {move || if pending.get() { "Creating…" } else { "Create" }}
                </button>
            </div>
        </form>
    }
}
