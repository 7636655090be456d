//! Pages that belong to no one side.

mod not_found;

pub use not_found::{NotFound, NotFoundView};
