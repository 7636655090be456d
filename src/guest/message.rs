//! The message page: one per reason a guest can't get in or can't stay, each saying what
//! happened and what the guest can do next. Never a blank page, never raw JSON.

use contract::ErrorCode;
use leptos::prelude::*;

use super::{local_date, AskAccess, GuestCard, LinkContext};
use crate::api::ApiError;
use crate::ui::{scoped_css, Icon, IconName};
use crate::wording::{t, MessageText};

/// Why a guest sees a message instead of the media.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// 403 `guest_access_disabled`: the owner turned guest access off.
    AccessDisabled,
    /// 410 `link_expired`, with when it expired (RFC 3339) if the backend said.
    Expired { at: Option<String> },
    /// 410 `link_exhausted`: the click limit is reached.
    Exhausted,
    /// 404 `link_not_found`: deleted, or never existed.
    LinkNotFound,
    /// 410 `media_unavailable`: the media or room is gone.
    MediaUnavailable,
    /// The moderator said no.
    Denied,
    /// The moderator removed the guest, or the session ended.
    Removed,
    /// No answer from the server.
    Network,
    /// An answer this page can't use (a proxy's error page, a 500, an unknown code).
    Unexpected,
}

impl Reason {
    /// Every reason, for the gallery and the tests that walk them all; `expired_at` goes to
    /// `Expired`.
    pub fn every(expired_at: Option<String>) -> [Reason; 9] {
        [
            Reason::AccessDisabled,
            Reason::Expired { at: expired_at },
            Reason::Exhausted,
            Reason::LinkNotFound,
            Reason::MediaUnavailable,
            Reason::Denied,
            Reason::Removed,
            Reason::Network,
            Reason::Unexpected,
        ]
    }

    /// The reason behind a failed call about a guest link or a guest session.
    pub fn from_error(error: &ApiError) -> Reason {
        match error {
            ApiError::Network => Reason::Network,
            ApiError::Unexpected { .. } => Reason::Unexpected,
            ApiError::Server { code, .. } => match code {
                ErrorCode::GuestAccessDisabled => Reason::AccessDisabled,
                ErrorCode::LinkExpired => Reason::Expired {
                    at: error.expired_at().map(str::to_string),
                },
                ErrorCode::LinkExhausted => Reason::Exhausted,
                ErrorCode::LinkNotFound => Reason::LinkNotFound,
                ErrorCode::MediaUnavailable => Reason::MediaUnavailable,
                ErrorCode::GuestSessionEnded => Reason::Removed,
                _ => Reason::Unexpected,
            },
        }
    }

    /// Whether this reason is about the link itself, so the entry form can't help.
    pub fn ends_the_link(&self) -> bool {
        !matches!(self, Reason::Network | Reason::Unexpected)
    }

    /// The page's wording in the catalog.
    fn text(&self) -> &'static MessageText {
        let w = t().message;
        match self {
            Reason::AccessDisabled => &w.access_disabled,
            Reason::Expired { .. } => &w.expired,
            Reason::Exhausted => &w.exhausted,
            Reason::LinkNotFound => &w.link_not_found,
            Reason::MediaUnavailable => &w.media_unavailable,
            Reason::Denied => &w.denied,
            Reason::Removed => &w.removed,
            Reason::Network => &w.network,
            Reason::Unexpected => &w.unexpected,
        }
    }

    /// The picture beside the heading: what kind of trouble it is, at a glance.
    fn icon(&self) -> IconName {
        match self {
            Reason::AccessDisabled => IconName::Lock,
            Reason::Expired { .. } => IconName::Clock,
            Reason::Exhausted | Reason::Denied => IconName::Blocked,
            Reason::LinkNotFound => IconName::Link,
            Reason::Removed => IconName::Guest,
            Reason::MediaUnavailable | Reason::Network | Reason::Unexpected => IconName::Alert,
        }
    }

    /// The page's heading.
    pub fn title(&self) -> &'static str {
        self.text().title
    }

    /// What happened, in one sentence.
    pub fn sentence(&self) -> String {
        match self {
            Reason::Expired { at } => match at.as_deref().and_then(local_date) {
                Some(date) => t().message.expired_on(&date),
                None => self.text().sentence.into(),
            },
            _ => self.text().sentence.into(),
        }
    }

    /// What the guest can do about it.
    pub fn next_step(&self) -> &'static str {
        self.text().next_step
    }

    /// The guest may ask the host for access: the link is expired, used up or deleted, or
    /// guest access is off.
    pub fn allows_asking(&self) -> bool {
        matches!(
            self,
            Reason::AccessDisabled
                | Reason::Expired { .. }
                | Reason::Exhausted
                | Reason::LinkNotFound
        )
    }

    /// Trying again can help: nothing is wrong with the link as far as we know.
    pub fn can_retry(&self) -> bool {
        !self.ends_the_link()
    }
}

/// The message page for `reason`: its own `<main>` and `<h1>`.
#[component]
pub fn MessagePage(
    reason: Reason,
    /// Offered as "Try again" when trying again can help.
    #[prop(optional, into)]
    on_retry: Option<Callback<()>>,
    /// What the page knew about the link before this message: the platform, the item.
    #[prop(optional)]
    context: LinkContext,
    /// Offered as "Ask to join again" on the denied page: back to the entry form.
    #[prop(optional, into)]
    on_rejoin: Option<Callback<()>>,
    /// The link's token: the pages that allow it offer "Ask the host for access".
    #[prop(optional, into)]
    ask_token: Option<String>,
) -> impl IntoView {
    view! {
        <main id="main" class="page page-narrow">
            <MessageView reason on_retry context on_rejoin ask_token />
        </main>
    }
}

/// The message itself, for the page and the gallery.
#[component]
pub fn MessageView(
    reason: Reason,
    /// Offered as "Try again" when trying again can help.
    #[prop(default = None)]
    on_retry: Option<Callback<()>>,
    /// What the page knew about the link: its card names the platform and the item.
    #[prop(default = LinkContext::default())]
    context: LinkContext,
    /// Offered as "Ask to join again" on the denied page: back to the entry form.
    #[prop(default = None)]
    on_rejoin: Option<Callback<()>>,
    /// The link's token: the pages that allow it offer "Ask the host for access".
    #[prop(default = None)]
    ask_token: Option<String>,
) -> impl IntoView {
    let scope = scoped_css!("src/guest/message.css");
    let retry = on_retry.filter(|_| reason.can_retry());
    let rejoin = on_rejoin.filter(|_| reason == Reason::Denied);
    let ask = ask_token.filter(|_| reason.allows_asking()).map(
        |token| view! { <AskAccess token on_open=on_retry.unwrap_or(Callback::new(|_| ())) /> },
    );
    let item = context.title.map(|title| {
        view! { class=scope,
            <p class="item" dir="auto">
                {title}
            </p>
        }
    });
    view! { class=scope,
        <GuestCard platform=context.platform>
            <div class="badge">
                <Icon name=reason.icon() />
            </div>
            {item}
            <h1>{reason.title()}</h1>
            <p>{reason.sentence()}</p>
            <p class="next">{reason.next_step()}</p>
            {retry
                .map(|retry| {
                    view! { class=scope,
                        <button
                            type="button"
                            class="btn btn-primary"
                            on:click=move |_| retry.run(())
                        >
                            {t().common.try_again}
                        </button>
                    }
                })}
            {rejoin
                .map(|rejoin| {
                    view! {
                        <p>{t().guest.ask_again_note}</p>
                        <button
                            type="button"
                            class="btn btn-primary"
                            on:click=move |_| rejoin.run(())
                        >
                            {t().guest.ask_again}
                        </button>
                    }
                })}
            {ask}
        </GuestCard>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_each_link_error_should_name_its_own_reason() {
        let server = |code: ErrorCode| ApiError::Server {
            status: code.status(),
            code,
            fields: Default::default(),
            expired_at: None,
        };
        assert_eq!(
            Reason::from_error(&server(ErrorCode::GuestAccessDisabled)),
            Reason::AccessDisabled
        );
        assert_eq!(
            Reason::from_error(&server(ErrorCode::LinkExpired)),
            Reason::Expired { at: None }
        );
        assert_eq!(
            Reason::from_error(&server(ErrorCode::LinkExhausted)),
            Reason::Exhausted
        );
        assert_eq!(
            Reason::from_error(&server(ErrorCode::LinkNotFound)),
            Reason::LinkNotFound
        );
        assert_eq!(
            Reason::from_error(&server(ErrorCode::MediaUnavailable)),
            Reason::MediaUnavailable
        );
        assert_eq!(
            Reason::from_error(&server(ErrorCode::Internal)),
            Reason::Unexpected
        );
        assert_eq!(Reason::from_error(&ApiError::Network), Reason::Network);
        assert_eq!(
            Reason::from_error(&ApiError::Unexpected { status: 502 }),
            Reason::Unexpected
        );
    }

    #[test]
    fn given_every_reason_should_have_its_own_title_and_a_next_step() {
        let all = Reason::every(None);
        let titles: std::collections::BTreeSet<_> = all.iter().map(Reason::title).collect();
        assert_eq!(titles.len(), all.len());
        for reason in &all {
            assert!(!reason.next_step().is_empty());
            assert!(!reason.sentence().contains('{'));
        }
        assert!(Reason::Network.can_retry() && Reason::Unexpected.can_retry());
        assert!(!Reason::Exhausted.can_retry());
    }
}
