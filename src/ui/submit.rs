//! Submitting a form whose values are checked in the browser first.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::messages::CHECK_FIELDS;

/// Sends the form once: while `action` runs, a press does nothing. Values that pass `check`
/// clear what the last try showed and are dispatched; otherwise each problem goes under its
/// field (`errors`, by field name) and the summary into `alert`. The values stay as typed.
pub fn submit_checked<I, O>(
    action: Action<I, O>,
    check: impl FnOnce() -> Result<I, BTreeMap<String, String>>,
    errors: RwSignal<BTreeMap<String, String>>,
    alert: RwSignal<Option<String>>,
) where
    I: Send + Sync + 'static,
    O: Send + Sync + 'static,
{
    if action.pending().get_untracked() {
        return;
    }
    match check() {
        Ok(request) => {
            errors.set(BTreeMap::new());
            alert.set(None);
            action.dispatch(request);
        }
        Err(found) => {
            errors.set(found);
            alert.set(Some(CHECK_FIELDS.into()));
        }
    }
}
