//! User Timing marks around the work the benchmarks measure (first render of a long list,
//! applying a live event). Costs one call to `performance` per mark; visible in any
//! browser's performance panel.

/// Records a mark named `name`.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Records the time from mark `start` until now as the measure `name`.
pub fn measure(name: &str, start: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.measure_with_start_mark(name, start);
    }
}

/// Like [`measure`], but taken once the DOM work the current change scheduled is done:
/// Leptos runs render effects as queued tasks, and `tick` resolves after the tasks queued
/// before it. Style, layout and paint are the browser's frame, not counted here.
pub fn measure_after_render(name: &'static str, start: &'static str) {
    // The one bare task left: it makes no request and touches no signal, so there is nothing
    // to abort or dispose, and it is called from stream listeners, which have no owner.
    leptos::task::spawn_local(async move {
        leptos::task::tick().await;
        leptos::task::tick().await;
        measure(name, start);
    });
}
