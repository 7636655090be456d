//! The designer gallery's bundle (`gallery.html`, built into `dist/gallery/`, public URL
//! `/gallery/`). It mounts only [`share_spa::gallery::GalleryApp`]: fixture data, no router,
//! no backend, so `trunk serve gallery.html` is all a designer needs, and the host bundle
//! carries none of it.

fn main() {
    share_spa::start(share_spa::gallery::GalleryApp);
}
