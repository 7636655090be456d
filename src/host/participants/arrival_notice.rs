//! Telling the host that someone new is waiting: always visible, and announced politely at
//! most every few seconds, so a rush of arrivals is one sentence rather than a flood.

use std::time::Duration;

use leptos::prelude::*;

use crate::wording::host_t;

/// How often the notice may speak up.
pub const THROTTLE: Duration = Duration::from_secs(5);

/// The sentence for a group of arrivals.
pub fn arrival_sentence(names: &[String]) -> Option<String> {
    match names {
        [] => None,
        [first, rest @ ..] => Some(host_t().participants.arrived(first, rest.len())),
    }
}

/// Collects arrivals and releases them as one announcement per [`THROTTLE`].
#[derive(Clone, Copy)]
pub struct ArrivalNotice {
    pub text: RwSignal<Option<String>>,
    queued: RwSignal<Vec<String>>,
    cooling: RwSignal<bool>,
}

impl ArrivalNotice {
    pub fn new() -> Self {
        ArrivalNotice {
            text: RwSignal::new(None),
            queued: RwSignal::new(Vec::new()),
            cooling: RwSignal::new(false),
        }
    }

    /// Guests who just started waiting.
    pub fn arrived(&self, names: Vec<String>) {
        if names.is_empty() {
            return;
        }
        self.queued.update(|q| q.extend(names));
        if !self.cooling.get_untracked() {
            self.release();
        }
    }

    fn release(self) {
        let names = self.queued.try_update(std::mem::take).unwrap_or_default();
        let Some(sentence) = arrival_sentence(&names) else {
            self.cooling.set(false);
            return;
        };
        self.text.set(Some(sentence));
        self.cooling.set(true);
        set_timeout(move || self.release(), THROTTLE);
    }
}

impl Default for ArrivalNotice {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::arrival_sentence;

    #[test]
    fn given_arrivals_should_name_the_first_and_count_the_rest() {
        let names = |n: usize| (0..n).map(|i| format!("Guest {i}")).collect::<Vec<_>>();
        assert_eq!(arrival_sentence(&[]), None);
        assert_eq!(
            arrival_sentence(&names(1)).unwrap(),
            "Guest 0 is waiting to join."
        );
        assert_eq!(
            arrival_sentence(&names(2)).unwrap(),
            "Guest 0 and 1 more person is waiting to join."
        );
        assert_eq!(
            arrival_sentence(&names(40)).unwrap(),
            "Guest 0 and 39 more people are waiting to join."
        );
    }
}
