//! Tokens in URLs are secrets: at least 128 random bits, never derivable from ids or time.

mod common;

use std::collections::HashSet;

use base64::Engine;
use common::{token_of, TestApp};
use serde_json::json;

async fn link_tokens(app: &TestApp, count: usize) -> Vec<String> {
    let host = app.host().await;
    let mut tokens = Vec::new();
    for media in [1, 2, 3, 4, 5, 8] {
        app.set_guest_access(&host, media, true).await;
    }
    'outer: for media in [1, 2, 3, 4, 5, 8] {
        for i in 0..3 {
            let link = app
                .create_link(&host, media, json!({ "name": format!("L{i}") }))
                .await;
            tokens.push(token_of(&link.url));
            if tokens.len() == count {
                break 'outer;
            }
        }
    }
    // Guest tokens come from the same generator: add enough joins to reach `count`.
    let first = tokens[0].clone();
    let mut i = 0;
    while tokens.len() < count {
        tokens.push(app.join(&first, &format!("Guest {i}")).await.guest_token);
        i += 1;
    }
    tokens
}

fn decode(token: &str) -> Vec<u8> {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(token)
        .unwrap_or_else(|e| panic!("{token} is not URL-safe base64: {e}"))
}

#[tokio::test]
async fn given_many_tokens_should_be_unique_url_safe_and_carry_at_least_128_bits() {
    let app = TestApp::start().await;
    let tokens = link_tokens(&app, 200).await;
    let unique: HashSet<&String> = tokens.iter().collect();
    assert_eq!(unique.len(), tokens.len());
    for token in &tokens {
        assert!(
            decode(token).len() >= 16,
            "{token} carries fewer than 128 bits"
        );
    }
}

#[tokio::test]
async fn given_many_tokens_their_bits_should_look_random() {
    let app = TestApp::start().await;
    let tokens: Vec<Vec<u8>> = link_tokens(&app, 200)
        .await
        .iter()
        .map(|t| decode(t))
        .collect();
    let bits = tokens[0].len() * 8;
    // A counter, a timestamp or a hash of an id leaves some bit positions nearly constant.
    for bit in 0..bits {
        let ones = tokens
            .iter()
            .filter(|t| t[bit / 8] >> (bit % 8) & 1 == 1)
            .count();
        assert!(
            (60..=140).contains(&ones),
            "bit {bit} is set in {ones} of 200 tokens"
        );
    }
}

#[tokio::test]
async fn given_two_fresh_servers_with_the_same_data_should_issue_different_tokens() {
    let (a, b) = (TestApp::start().await, TestApp::start().await);
    let (ta, tb) = (link_tokens(&a, 3).await, link_tokens(&b, 3).await);
    for (x, y) in ta.iter().zip(&tb) {
        assert_ne!(
            x, y,
            "the same id at nearly the same time gave the same token"
        );
    }
}
