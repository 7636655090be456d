//! Files a journey saves through the page (a QR code's PNG, a CSV), read back as a person
//! would open them.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::{Browser, Result};

impl Browser {
    /// Lets the page save files, into a fresh folder that goes when the returned value does.
    pub async fn allow_downloads(&self) -> Result<tempfile::TempDir> {
        let folder = tempfile::tempdir()?;
        self.cdp(
            "Browser.setDownloadBehavior",
            json!({ "behavior": "allow", "downloadPath": folder.path() }),
        )
        .await?;
        Ok(folder)
    }
}

/// Waits up to 10 s for `name` to be saved in `folder`, and gives its path.
pub async fn saved_file(folder: &Path, name: &str) -> Result<PathBuf> {
    let file = folder.join(name);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !file.exists() {
        if Instant::now() > deadline {
            return Err(format!("{name} was not saved").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(file)
}
