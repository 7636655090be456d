//! Mounts the app; everything else lives in the library so tests can mount parts of it.

fn main() {
    share_spa::start_host(share_spa::App);
}
