//! The backend's JSON as the bundles read and write it: the browser's `JSON.parse` and
//! `JSON.stringify` with serde-wasm-bindgen (`share_spa::api::json`) must agree with
//! serde_json, which the reference backend and the unit tests use, on every shape the
//! contract's answers, requests and stream events take.

use contract::{
    ApiErrorBody, FieldError, GuestLinkInfo, GuestSession, JoinRequest, JoinResponse,
    NewAccessRequest, ParticipantEvent,
};
use serde::de::DeserializeOwned;
use share_spa::api::json;
use share_spa::host::participants::parse_message;
use wasm_bindgen_test::wasm_bindgen_test;

/// Reads `text` both ways and insists they agree, returning the browser's reading.
fn read<T: DeserializeOwned + PartialEq + std::fmt::Debug>(text: &str) -> Option<T> {
    let browser = json::from_str::<T>(text);
    let native = serde_json::from_str::<T>(text).ok();
    assert_eq!(browser, native, "{text}");
    browser
}

#[wasm_bindgen_test]
fn given_the_backends_answers_should_read_them_as_serde_json_does() {
    let full = r#"{"media":{"title":"Q3 review «final»","kind":"live_event",
        "thumbnail_url":null,"description":"Line one\nline \"two\"","starts_at":"2026-12-24T18:00:00Z"},
        "requires_admission":true,"platform":{"name":"Acme","logo_url":"/api/v1/platform/logo.svg"},
        "shared_by":{"name":"Ana María 😀"}}"#;
    let info = read::<GuestLinkInfo>(full).expect("the full answer");
    assert_eq!(info.media.title, "Q3 review «final»");
    assert_eq!(info.shared_by.expect("shared by").name, "Ana María 😀");
    assert_eq!(info.media.thumbnail_url, None);

    let minimal = r#"{"media":{"title":"T","kind":"video"},"requires_admission":false}"#;
    let info = read::<GuestLinkInfo>(minimal).expect("the minimal answer");
    assert_eq!((info.platform, info.shared_by), (None, None));

    let session = r#"{"admission":"waiting","position":3,"lobby_message":null,
        "media":{"title":"T","kind":"room"}}"#;
    let session = read::<GuestSession>(session).expect("a session");
    assert_eq!(session.position, Some(3));
    // `None` written as serde_json writes it, `null`, not left out.
    assert_eq!(
        json::to_string(&session),
        serde_json::to_string(&session).ok()
    );
    let joined = r#"{"guest_id":9007199254740991,"guest_token":"tok_-1","admission":"admitted"}"#;
    assert_eq!(
        read::<JoinResponse>(joined).expect("a join").guest_id,
        9_007_199_254_740_991
    );

    let error = r#"{"error":{"code":"validation_failed","message":"m",
        "fields":{"name":"too_long","email":"invalid_email"}}}"#;
    let body = read::<ApiErrorBody>(error).expect("an error body");
    let fields = body.error.fields.expect("its fields");
    assert_eq!(
        (&fields["name"], &fields["email"]),
        (&FieldError::TooLong, &FieldError::InvalidEmail)
    );
}

#[wasm_bindgen_test]
fn given_what_is_not_an_answer_should_read_nothing() {
    for text in [
        "",
        "<html>Bad gateway</html>",
        "{}",
        r#"{"media":5,"requires_admission":true}"#,
        r#"{"media":{"title":"T","kind":"hologram"},"requires_admission":true}"#,
        r#"{"media":{"title":"T","kind":"video"},"requires_admission":"yes"}"#,
        r#"{"media":{"title":"T","kind":"video"},"requires_admission":true} trailing"#,
    ] {
        assert_eq!(read::<GuestLinkInfo>(text), None, "{text}");
    }
    assert_eq!(
        read::<JoinResponse>(r#"{"guest_id":1.5,"guest_token":"t","admission":"waiting"}"#),
        None
    );
}

#[wasm_bindgen_test]
fn given_a_request_should_write_what_serde_json_writes() {
    let requests = [
        JoinRequest {
            name: "Zoë \"Z\" O'Neil".into(),
            email: "zoe@example.com".into(),
            device: None,
        },
        JoinRequest {
            name: "李雷".into(),
            email: "li@example.com".into(),
            device: Some("0f3c-device".into()),
        },
    ];
    for request in &requests {
        let written = json::to_string(request).expect("JSON");
        assert_eq!(written, serde_json::to_string(request).unwrap());
        assert_eq!(
            json::from_str::<JoinRequest>(&written).as_ref(),
            Some(request)
        );
    }
    let ask = NewAccessRequest {
        name: "Ann".into(),
        email: "ann@example.com".into(),
        note: Some("Line one\nline two </script>".into()),
    };
    assert_eq!(json::to_string(&ask), serde_json::to_string(&ask).ok());
}

#[wasm_bindgen_test]
fn given_a_batch_of_the_participants_stream_should_read_each_entry_by_its_own_name() {
    let guest =
        r#"{"guest_id":3,"name":"Ann","email":"a@b.co","waiting_since":"2026-01-01T00:00:00Z"}"#;
    let person =
        r#"{"id":9,"name":"Bo","kind":"guest","role":"viewer","joined_at":"2026-01-01T00:00:00Z"}"#;
    // A renamed event and a joined one whose data is a waiting guest's are dropped, alone.
    let batch = format!(
        r#"[{{"event":"admitted","data":{guest}}},{{"event":"renamed","data":{person}}},
            {{"event":"joined","data":{guest}}},{{"event":"joined","data":{person}}}]"#
    );
    let events = parse_message("batch", &batch);
    let native: Vec<ParticipantEvent> = serde_json::from_str(&format!(
        r#"[{{"event":"admitted","data":{guest}}},{{"event":"joined","data":{person}}}]"#
    ))
    .expect("the contract's own form");
    assert_eq!(events, native);
    assert!(parse_message("batch", "not json").is_empty());
    assert_eq!(parse_message("waiting", guest).len(), 1);
}
