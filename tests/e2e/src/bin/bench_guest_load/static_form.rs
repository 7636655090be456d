//! The benchmark's yardstick: the guest entry page as a plain HTML form, with the same
//! content as the app's page for one link (platform, logo, thumbnail, kind, title, who
//! shares it, the lead, the name and email fields, the button) and the guest bundle's own
//! stylesheets, but no script at all (and, as the Content-Security-Policy wants, no inline
//! style: the boxes are close to the card's, not equal). Written next to a copy of the release build, so the
//! same server sends it with the same headers.

use std::path::Path;

use contract::{GuestLinkInfo, MediaKind};

use crate::Result;

/// Where the form is written inside the static directory, and so its path on the server.
pub const FILE: &str = "bench-static-form.html";

/// Writes the form into the static directory `dir`, linking the stylesheets the guest page
/// links (read from its `g/index.html`).
pub fn write(dir: &Path, info: &GuestLinkInfo) -> Result {
    let guest_page = std::fs::read_to_string(dir.join("g/index.html"))?;
    let stylesheets: String = guest_page
        .lines()
        .filter(|line| line.contains("rel=\"stylesheet\""))
        .map(|line| format!("{}\n", line.trim()))
        .collect();
    std::fs::write(dir.join(FILE), page(info, &stylesheets))?;
    Ok(())
}

fn page(info: &GuestLinkInfo, stylesheets: &str) -> String {
    let platform = info.platform.as_ref().map_or(String::new(), |p| {
        let logo = p.logo_url.as_ref().map_or(String::new(), |src| {
            format!(
                r#"<img src="{}" alt="" width="32" height="32" > "#,
                escape(src)
            )
        });
        format!(
            r#"<p class="cluster"><strong>{logo}{}</strong></p>"#,
            escape(&p.name)
        )
    });
    let thumbnail = info
        .media
        .thumbnail_url
        .as_ref()
        .map_or(String::new(), |src| {
            format!(
                r#"<img src="{}" alt="" width="448" height="252">"#,
                escape(src)
            )
        });
    let shared_by = info.shared_by.as_ref().map_or(String::new(), |by| {
        format!(r#"<p class="muted">Shared by {}</p>"#, escape(&by.name))
    });
    let admission = match info.requires_admission {
        true => {
            r#"<p class="muted">A moderator lets guests in. After you continue, you'll wait until they do.</p>"#
        }
        false => "",
    };
    format!(
        r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>MediaShare</title>
{stylesheets}</head>
<body>
<main id="main" class="page page-narrow">
{platform}
{thumbnail}
<p class="muted">{kind}</p>
<h1>{title}</h1>
{shared_by}
<p><strong>Enter your name and email to continue</strong></p>
{admission}
<form method="post" action="/bench-static-form.html">
<div class="field"><label class="field-label" for="name">Name</label>
<input class="field-input" id="name" name="name" required autocomplete="name"></div>
<div class="field"><label class="field-label" for="email">Email</label>
<input class="field-input" id="email" name="email" type="email" required autocomplete="email" aria-describedby="email-help">
<p class="field-help" id="email-help">Email is collected for identification only.</p></div>
<button type="submit" class="btn btn-primary">Continue</button>
</form>
</main>
</body>
</html>
"#,
        kind = kind(info.media.kind),
        title = escape(&info.media.title),
    )
}

fn kind(kind: MediaKind) -> &'static str {
    match kind {
        MediaKind::Video => "Video",
        MediaKind::Audio => "Audio",
        MediaKind::Document => "Document",
        MediaKind::Quiz => "Quiz",
        MediaKind::Image => "Image",
        MediaKind::LiveEvent => "Live event",
        MediaKind::Room => "Room",
        MediaKind::ChannelRoom => "Channel room",
        MediaKind::GalleryRoom => "Gallery room",
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A copy of the release build, so the form is never written into the real `dist/`.
pub fn copy_dir(from: &Path, to: &Path) -> Result {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
