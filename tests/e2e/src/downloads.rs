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

/// Waits up to 10 s for `name` to be saved in `folder`, whole, and gives its path: the file
/// is there, not empty, no download is still in progress in the folder (Chromium's
/// `.crdownload`), and its size held still between two looks (a read of a file still being
/// written once ended in an unexpected end of file).
pub async fn saved_file(folder: &Path, name: &str) -> Result<PathBuf> {
    let file = folder.join(name);
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut last_size = None;
    loop {
        let size = std::fs::metadata(&file).map(|m| m.len()).ok();
        let in_progress = std::fs::read_dir(folder)?
            .filter_map(|entry| entry.ok())
            .any(|entry| entry.file_name().to_string_lossy().ends_with(".crdownload"));
        if size.is_some_and(|size| size > 0) && !in_progress && size == last_size {
            return Ok(file);
        }
        if Instant::now() > deadline {
            return Err(format!("{name} was not saved").into());
        }
        last_size = size;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
