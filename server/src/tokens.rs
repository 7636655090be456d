use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// Bytes of randomness in every secret token: 256 bits, well above the contract's 128.
pub const TOKEN_BYTES: usize = 32;

/// A fresh secret for a URL, a cookie or a bearer header: OS CSPRNG bytes, URL-safe base64
/// without padding. Never derived from ids or time, so it cannot be guessed from either.
pub fn random_token() -> String {
    let mut bytes = [0u8; TOKEN_BYTES];
    getrandom::fill(&mut bytes).expect("the operating system's random source is unavailable");
    URL_SAFE_NO_PAD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_two_tokens_should_differ_and_be_url_safe() {
        let (a, b) = (random_token(), random_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert!(a
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    }
}
