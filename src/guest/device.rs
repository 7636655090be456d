//! This browser's own id for guest links: 16 random bytes (hex) kept in `localStorage`, sent
//! with each join so a guest denied before is recognised when they ask again, in any tab.
//! Not a pass: it lets nobody in, the server keeps only a digest of it per media item, and
//! hosts never see it. The tab's pass ([`super::StoredGuest`]) can't serve: it lives in
//! `sessionStorage` and is forgotten when the guest asks again.

const KEY: &str = "share.device";

/// The id, made and kept on first use; `None` where storage or randomness is unavailable (the
/// guest is then recognised by email alone).
pub fn device_id() -> Option<String> {
    let window = web_sys::window()?;
    let storage = window.local_storage().ok()??;
    if let Some(kept) = storage.get_item(KEY).ok()?.filter(|id| is_well_formed(id)) {
        return Some(kept);
    }
    let mut bytes = [0u8; 16];
    window
        .crypto()
        .ok()?
        .get_random_values_with_u8_array(&mut bytes)
        .ok()?;
    let id = hex(&bytes);
    storage.set_item(KEY, &id).ok()?;
    Some(id)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// A kept value this module could have written: 32 lower-case hex digits.
fn is_well_formed(id: &str) -> bool {
    id.len() == 32
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_16_bytes_should_write_32_hex_digits_it_accepts_back() {
        let id = hex(&[
            0, 1, 0xab, 0xff, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
        ]);
        assert_eq!(id, "0001abff090a0b0c0d0e0f1011121314");
        assert!(is_well_formed(&id));
    }

    #[test]
    fn given_a_damaged_value_should_not_accept_it() {
        let not_hex = "g".repeat(32);
        for raw in [
            "",
            "abc",
            "0001ABFF090A0B0C0D0E0F1011121314",
            not_hex.as_str(),
        ] {
            assert!(!is_well_formed(raw), "{raw:?}");
        }
    }
}
