//! What a form shows about its last submit, and the submit itself.

use leptos::prelude::*;

use crate::wording::t;

/// The message under each field, by field name, in the order they were added. A form has a
/// handful of fields: a list searched in place is all it needs, and unlike a `BTreeMap<String,
/// String>` it adds no tree code of its own to the guest bundle.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldMessages(Vec<(String, String)>);

impl FieldMessages {
    /// No messages.
    pub fn new() -> Self {
        FieldMessages(Vec::new())
    }

    /// The message under `field`, if any.
    pub fn get(&self, field: &str) -> Option<&String> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, m)| m)
    }

    /// Whether `field` has a message.
    pub fn contains_key(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    /// Puts `message` under `field`, replacing the one it had.
    pub fn insert(&mut self, field: String, message: String) {
        match self.0.iter_mut().find(|(f, _)| *f == field) {
            Some((_, old)) => *old = message,
            None => self.0.push((field, message)),
        }
    }

    /// Takes the message away from `field`.
    pub fn remove(&mut self, field: &str) {
        self.0.retain(|(f, _)| f != field);
    }

    /// Whether no field has a message.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// `messages["field"]`, as on a map: the message, or a panic naming the field without one.
impl std::ops::Index<&str> for FieldMessages {
    type Output = String;

    fn index(&self, field: &str) -> &String {
        self.get(field)
            .unwrap_or_else(|| panic!("no message under {field}"))
    }
}

/// `[("field", "message")].into()`, as a map is built from an array.
impl<const N: usize> From<[(String, String); N]> for FieldMessages {
    fn from(fields: [(String, String); N]) -> Self {
        fields.into_iter().collect()
    }
}

impl FromIterator<(String, String)> for FieldMessages {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(fields: I) -> Self {
        let mut messages = FieldMessages::new();
        for (field, message) in fields {
            messages.insert(field, message);
        }
        messages
    }
}

/// The form's announcement about the whole attempt.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub text: String,
    /// The network failed: the summary offers "Try again", which submits once more.
    pub retry: bool,
}

impl Summary {
    /// A summary without "Try again".
    pub fn text(text: impl Into<String>) -> Self {
        Summary {
            text: text.into(),
            retry: false,
        }
    }

    /// The summary of a refusal for the fields' values.
    pub fn check_fields() -> Self {
        Summary::text(t().common.check_fields)
    }
}

impl From<&str> for Summary {
    fn from(text: &str) -> Self {
        Summary::text(text)
    }
}

impl From<String> for Summary {
    fn from(text: String) -> Self {
        Summary::text(text)
    }
}

/// A form's state: the field messages of the browser's check and of the server's answer,
/// the summary, whether its request is in flight, and its submit. Copy, so every part of the
/// form can hold it.
#[derive(Clone, Copy)]
pub struct FormState {
    /// The browser's check (the contract's rules): set by a refused submit, then re-run as
    /// the values change.
    checked: RwSignal<FieldMessages>,
    /// What the server tied to fields; a field's message goes when that field is edited.
    answered: RwSignal<FieldMessages>,
    summary: RwSignal<Option<Summary>>,
    /// Submitted at least once since the form (re)started: the check follows the values.
    submitted: RwSignal<bool>,
    /// Counts refusals, so each one (not only the first) moves focus to the first problem.
    refusals: RwSignal<u32>,
    pending: Signal<bool>,
    submit: Callback<()>,
}

impl FormState {
    /// A form that sends what `check` returns through `action`, or refuses with the message
    /// for each field the check refuses. `check` reads the values tracked: after the first
    /// submit it re-runs whenever one changes.
    pub fn new<I, O>(
        action: Action<I, O>,
        check: impl Fn() -> Result<I, FieldMessages> + Send + Sync + 'static,
    ) -> Self
    where
        I: Send + Sync + 'static,
        O: Send + Sync + 'static,
    {
        let checked = RwSignal::new(FieldMessages::new());
        let answered = RwSignal::new(FieldMessages::new());
        let summary = RwSignal::new(None);
        let refusals = RwSignal::new(0);
        let submitted = RwSignal::new(false);
        let check = StoredValue::new(check);
        // After the first submit, the messages follow the values as they are typed.
        Effect::new(move |_| {
            if !submitted.get() {
                return;
            }
            let fresh = check.with_value(|check| check()).err().unwrap_or_default();
            if checked.with_untracked(|now| *now != fresh) {
                checked.set(fresh);
            }
        });
        let submit = Callback::new(move |()| {
            if action.pending().get_untracked() {
                return;
            }
            submitted.set(true);
            answered.set(FieldMessages::new());
            match untrack(|| check.with_value(|check| check())) {
                Ok(request) => {
                    checked.set(FieldMessages::new());
                    summary.set(None);
                    action.dispatch(request);
                }
                Err(found) => {
                    checked.set(found);
                    summary.set(Some(Summary::check_fields()));
                    refusals.update(|n| *n += 1);
                }
            }
        });
        FormState {
            checked,
            answered,
            summary,
            submitted,
            refusals,
            pending: action.pending().into(),
            submit,
        }
    }

    /// A form fixed in one state, for the gallery and component tests: `fields` under their
    /// fields, `summary` above them; its submit does nothing.
    pub fn shown(fields: FieldMessages, summary: Option<Summary>, pending: bool) -> Self {
        FormState {
            checked: RwSignal::new(FieldMessages::new()),
            answered: RwSignal::new(fields),
            summary: RwSignal::new(summary),
            submitted: RwSignal::new(false),
            refusals: RwSignal::new(0),
            pending: Signal::stored(pending),
            submit: Callback::new(|_| ()),
        }
    }

    /// Submits the form, as its submit button does.
    pub fn submit(&self) {
        self.submit.run(());
    }

    /// The server refused the request: `summary` above the fields, `fields` under theirs.
    /// Focus goes to the first field with a message, if any.
    pub fn refuse(&self, summary: impl Into<Summary>, fields: FieldMessages) {
        let has_fields = !fields.is_empty();
        self.answered.set(fields);
        self.summary.set(Some(summary.into()));
        if has_fields {
            self.refusals.update(|n| *n += 1);
        }
    }

    /// Forgets every message and the first submit: the form starts over (after a success
    /// that keeps it open for the next one).
    pub fn reset(&self) {
        self.submitted.set(false);
        self.checked.set(FieldMessages::new());
        self.answered.set(FieldMessages::new());
        self.summary.set(None);
    }

    /// The person changed `field`: what the server said about its old value no longer holds.
    pub fn edited(&self, field: &str) {
        if self.answered.with_untracked(|a| a.contains_key(field)) {
            self.answered.update(|a| {
                a.remove(field);
            });
        }
    }

    /// The message under `field`; `None` while its value is fine.
    pub fn field(&self, field: &'static str) -> Signal<Option<String>> {
        let (checked, answered) = (self.checked, self.answered);
        Signal::derive(move || {
            checked
                .with(|c| c.get(field).cloned())
                .or_else(|| answered.with(|a| a.get(field).cloned()))
        })
    }

    /// Whether any field has a message.
    fn any_field(&self) -> bool {
        !self.checked.with(FieldMessages::is_empty) || !self.answered.with(FieldMessages::is_empty)
    }

    /// The summary to announce. "Check the highlighted fields." goes once nothing is
    /// highlighted any more.
    pub fn summary(&self) -> Signal<Option<Summary>> {
        let form = *self;
        Signal::derive(move || {
            form.summary
                .get()
                .filter(|s| s.text != t().common.check_fields || form.any_field())
        })
    }

    /// The request is in flight.
    pub fn pending(&self) -> Signal<bool> {
        self.pending
    }

    /// Changes each time a submit is refused.
    pub(super) fn refusals(&self) -> Signal<u32> {
        self.refusals.into()
    }
}
