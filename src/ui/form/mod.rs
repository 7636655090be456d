//! One way to build a form. A feature describes its values and its rules
//! ([`FormState::new`]: an `Action` for the write, a check for the values) and renders its
//! fields inside [`CheckedForm`]; the primitive does the rest, the same in every form:
//! - a refused submit puts each message under its field, announces the summary
//!   ("Check the highlighted fields.") and focuses the first field that needs attention;
//! - after the first submit each field re-checks as it changes, so an error goes the moment
//!   the value is valid, and a message the server tied to a field goes when that field is
//!   edited;
//! - the values are the feature's own signals, so no failure loses them;
//! - the write is the `Action`: one request however often submit is pressed, and its
//!   `pending()` is the busy state.

mod checked_form;
mod state;

pub use checked_form::{CheckedForm, FormSummary};
pub use state::{FieldMessages, FormState, Summary};
