//! The guest bundle: what a guest downloads from a guest link (`guest.html`, built
//! into `dist/g/`). It mounts only [`share_spa::guest::GuestApp`]: no router, no host
//! windows, no gallery, so the page stays within the guest path's size budget
//! (`scripts/bench-size.sh`). guest.html keeps its comments short (they ship) and asks
//! Trunk for no Subresource Integrity digests (`data-integrity="none"`): every asset is
//! same-origin and content-hashed, the Content-Security-Policy allows only our own origin,
//! and five sha384 digests were ~350 B of the budget that brotli cannot compress.

fn main() {
    share_spa::start(share_spa::guest::GuestApp);
}
