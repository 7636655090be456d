//! Driving the page from the keyboard alone, as the journeys must.

use std::time::Duration;

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;

use crate::{Browser, Result};

impl Browser {
    /// Presses and releases one key, sent to whatever has focus.
    pub async fn key(&self, key: Key) -> Result {
        self.chord(&[], key).await
    }

    /// Presses `key` while holding `held` (Shift+Tab: `chord(&[Key::Shift], Key::Tab)`).
    pub async fn chord(&self, held: &[Key], key: Key) -> Result {
        let mut actions = KeyActions::new("keyboard".into());
        for modifier in held {
            actions = actions.then(KeyAction::Down {
                value: (*modifier).into(),
            });
        }
        actions = actions
            .then(KeyAction::Down { value: key.into() })
            .then(KeyAction::Up { value: key.into() });
        for modifier in held.iter().rev() {
            actions = actions.then(KeyAction::Up {
                value: (*modifier).into(),
            });
        }
        self.perform_actions(actions).await?;
        Ok(())
    }

    /// Types `text` into the focused field.
    pub async fn type_text(&self, text: &str) -> Result {
        self.active_element().await?.send_keys(text).await?;
        Ok(())
    }

    /// Presses Tab until the focused element's name is `label` (at most 40 presses).
    pub async fn tab_to(&self, label: &str) -> Result {
        self.tab_until(label, false).await
    }

    /// Presses Shift+Tab until the focused element's name is `label`.
    pub async fn shift_tab_to(&self, label: &str) -> Result {
        self.tab_until(label, true).await
    }

    async fn tab_until(&self, label: &str, backwards: bool) -> Result {
        let mut seen = Vec::new();
        for _ in 0..40 {
            if backwards {
                self.chord(&[Key::Shift], Key::Tab).await?;
            } else {
                self.key(Key::Tab).await?;
            }
            let focused = self.focused_label().await?;
            if focused == label {
                return Ok(());
            }
            seen.push(focused);
        }
        Err(format!("Tab never reached {label:?}; it went through {seen:?}").into())
    }

    /// Waits (up to 5 s) until the focused element's name is `label`: focus moves in effects
    /// and frames just after the key press that caused it, so sampling it at once would race.
    pub async fn wait_focus(&self, label: &str) -> Result {
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        loop {
            let now = self.focused_label().await?;
            if now == label {
                return Ok(());
            }
            if std::time::Instant::now() > deadline {
                return Err(format!("focus should be on {label:?}, is on {now:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits up to 10 s for `script` (a JS expression) to be truthy.
    pub async fn wait_js(&self, what: &str, script: &str) -> Result {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            let value = self
                .execute(&format!("return !!({script});"), vec![])
                .await?;
            if value.as_bool() == Some(true) {
                return Ok(());
            }
            if std::time::Instant::now() > deadline {
                return Err(format!("timed out waiting for {what}").into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}
