//! Primitives that own their accessibility once, so pages never redo it.

mod load_state;
mod scoped_style;

pub use load_state::{LoadError, Loading};
pub use scoped_style::scoped;
