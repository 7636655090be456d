/// The Content-Security-Policy of every page of the SPA: only our own scripts (plus compiling
/// our own WebAssembly), no inline code, no plugins, no framing, no foreign form targets.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; \
    script-src 'self' 'wasm-unsafe-eval'; \
    style-src 'self'; \
    img-src 'self' data:; \
    connect-src 'self'; \
    font-src 'self'; \
    object-src 'none'; \
    base-uri 'none'; \
    form-action 'self'; \
    frame-ancestors 'none'";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_the_policy_should_be_one_header_line_without_doubled_spaces() {
        assert!(!CONTENT_SECURITY_POLICY.contains('\n'));
        assert!(!CONTENT_SECURITY_POLICY.contains("  "));
        assert!(CONTENT_SECURITY_POLICY.starts_with("default-src 'self'; script-src"));
    }
}
