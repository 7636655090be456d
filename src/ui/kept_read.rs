//! A read that keeps what it last showed: a `LocalResource` for the request, and the last
//! good value kept beside it, so a failed refresh shows its error above the list instead of
//! replacing the list.

use std::future::Future;

use leptos::prelude::*;

use crate::api::ApiError;

/// What a [`use_kept_read`] gives its feature hook.
pub struct KeptRead<T: Send + Sync + 'static> {
    /// The last value read; writes (a switch's answer, a removed row) may update it.
    pub value: RwSignal<Option<T>>,
    /// Why the latest read failed; cleared by the next one that works.
    pub error: RwSignal<Option<ApiError>>,
    /// Reads again (while active).
    pub reload: Callback<()>,
}

/// Reads with `fetch` whenever `active` becomes true and on every `reload`; reads nothing
/// while inactive (a closed window). `on_fresh` runs after each read lands, hearing whether it
/// worked (to repair focus once the rows changed). The request is aborted if the caller goes away, or
/// when a newer read replaces it.
pub fn use_kept_read<T, Fut>(
    active: Signal<bool>,
    fetch: impl Fn() -> Fut + 'static,
    on_fresh: impl Fn(bool) + 'static,
) -> KeptRead<T>
where
    T: Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let value = RwSignal::new(None::<T>);
    let error = RwSignal::new(None::<ApiError>);
    let read = LocalResource::new(move || {
        let request = active.get().then(&fetch);
        async move {
            match request {
                Some(request) => Some(request.await),
                None => None,
            }
        }
    });
    Effect::new(move |_| {
        let worked = match read.get().flatten() {
            Some(Ok(fresh)) => {
                value.set(Some(fresh));
                error.set(None);
                true
            }
            Some(Err(failed)) => {
                error.set(Some(failed));
                false
            }
            None => return,
        };
        on_fresh(worked);
    });
    KeptRead {
        value,
        error,
        reload: Callback::new(move |_| read.refetch()),
    }
}
