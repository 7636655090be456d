//! The Participants tab's bundle: what a host downloads for `/media/:id/live` (`live.html`,
//! built into `dist/l/`). It mounts only [`share_spa::LiveApp`]: the tab and the windows it
//! opens, without the media list or the media page, so each host path stays smaller
//! (`scripts/bench-size.sh`).

fn main() {
    share_spa::start_host(share_spa::LiveApp);
}
