use std::sync::atomic::{AtomicUsize, Ordering};

/// A document-unique id for tying labels, descriptions and errors to their controls, so two
/// instances of one component (in the gallery, say) never share an id.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}
