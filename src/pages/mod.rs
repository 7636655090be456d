//! Pages that belong to no one side.

mod elsewhere;
mod not_found;

pub use elsewhere::{remember_loaded_path, Elsewhere};
pub use not_found::{NotFound, NotFoundView};
