//! The one way to run a task that is neither a read (`LocalResource`) nor a write (`Action`):
//! owned by the component that started it.
//!
//! A bare `spawn_local` runs without a reactive owner, so the `on_cleanup` in
//! `api::client::get` never fires there and its request outlives the component; code after
//! its `await` then touches disposed signals. A task started here runs under a child of the
//! caller's owner: when the component goes away, the child is cleaned up, which aborts the
//! request (the client's `on_cleanup`) and drops the task before it resumes, so nothing after
//! an `await` ever runs against a disposed component. A task that finishes drops its child
//! owner with it, so a long-lived component does not collect one cleanup per task.

use std::future::Future;

use leptos::prelude::*;
use leptos::reactive::owner::WeakOwner;
use leptos::task::spawn_local_scoped_with_cancellation;

/// Where a component's tasks belong: taken once while the component (or hook) is being
/// built, then used from its event handlers, which run without an owner of their own. Holds
/// the owner weakly (a callback holding it strongly would keep the component alive), so a
/// task asked for after the component went away is not started at all.
#[derive(Clone, Copy)]
pub struct TaskOwner(StoredValue<Option<WeakOwner>>);

impl TaskOwner {
    /// The owner of the component being built now.
    pub fn current() -> Self {
        TaskOwner(StoredValue::new(Owner::current().map(|o| o.downgrade())))
    }

    /// Runs `task` until it finishes or its component goes away, whichever is first.
    pub fn spawn(&self, task: impl Future<Output = ()> + 'static) {
        match self.0.try_get_value() {
            Some(Some(owner)) => {
                if let Some(owner) = owner.upgrade() {
                    owner
                        .child()
                        .with(|| spawn_local_scoped_with_cancellation(task));
                }
            }
            // Outside any component (never in the app): nothing to tie the task to.
            Some(None) => leptos::task::spawn_local(task),
            // The component is gone.
            None => {}
        }
    }
}
