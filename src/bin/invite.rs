//! The invitee bundle: what an invitee downloads from an invite link (`invite.html`, built
//! into `dist/i/`). It mounts only [`share_spa::guest::InviteApp`]: the invite lobby, without
//! the guest link's pages, so each of the two public paths carries only its own screens
//! (`scripts/bench-size.sh`).

fn main() {
    share_spa::start(share_spa::guest::InviteApp);
}
