//! A stand-in for the backend: replaces `window.fetch` with canned answers per
//! `METHOD /path`, records every call (and every abort of one that never answers, and every
//! body sent), and puts the real `fetch` back when dropped.

use wasm_bindgen::JsValue;

const INSTALL: &str = r#"
const routes = JSON.parse(table);
const calls = [];
const aborted = [];
const bodies = [];
const original = window.fetch;
window.fetch = function (input, init) {
  const request = typeof input === "string" ? new Request(input, init) : input;
  const path = new URL(request.url, location.href).pathname;
  const key = request.method + " " + path;
  calls.push(key);
  if (request.body !== null || (init && init.body)) {
    request.clone().text().then((text) => bodies.push(key + " " + text));
  }
  const route = routes[key];
  if (!route) return Promise.reject(new TypeError("Failed to fetch"));
  if (route.pending) return new Promise((_, reject) => {
    const signal = request.signal;
    if (!signal) return;
    signal.addEventListener("abort", () => {
      aborted.push(key);
      reject(new DOMException("The user aborted a request.", "AbortError"));
    });
  });
  // A 204 (or another null-body status) may not carry a body, not even an empty one.
  const body = [101, 204, 205, 304].includes(route.status) ? null : route.body;
  return Promise.resolve(new Response(body, {
    status: route.status,
    headers: { "content-type": route.type || "application/json" },
  }));
};
window.__fetchStub = { calls, aborted, bodies, original };
"#;

/// One canned answer.
pub struct Answer {
    key: String,
    status: u16,
    body: String,
    pending: bool,
    html: bool,
}

impl Answer {
    /// `METHOD /path` answers `status` with the JSON `body`.
    pub fn json(key: &str, status: u16, body: &str) -> Answer {
        Answer {
            key: key.into(),
            status,
            body: body.into(),
            pending: false,
            html: false,
        }
    }

    /// `METHOD /path` answers an HTML error page (a proxy's, say).
    pub fn html(key: &str, status: u16) -> Answer {
        Answer {
            html: true,
            ..Answer::json(
                key,
                status,
                "<html><body><h1>Bad gateway</h1></body></html>",
            )
        }
    }

    /// `METHOD /path` never answers.
    pub fn pending(key: &str) -> Answer {
        Answer {
            pending: true,
            ..Answer::json(key, 200, "")
        }
    }
}

/// The stub in place; the real `fetch` returns when this is dropped.
pub struct FetchStub;

/// Installs `answers`; any other request fails as a network error would.
pub fn stub_fetch(answers: Vec<Answer>) -> FetchStub {
    let table: serde_json::Map<String, serde_json::Value> = answers
        .into_iter()
        .map(|a| {
            let route = serde_json::json!({
                "status": a.status,
                "body": a.body,
                "pending": a.pending,
                "type": if a.html { "text/html" } else { "application/json" },
            });
            (a.key, route)
        })
        .collect();
    let table = serde_json::Value::Object(table).to_string();
    js_sys::Function::new_with_args("table", INSTALL)
        .call1(&JsValue::NULL, &JsValue::from_str(&table))
        .expect("stub installs");
    FetchStub
}

impl FetchStub {
    /// Every request made so far, as `METHOD /path`.
    pub fn calls(&self) -> Vec<String> {
        read_list("window.__fetchStub.calls.slice()")
    }

    /// Every never-answering request whose caller aborted it, as `METHOD /path`.
    pub fn aborted(&self) -> Vec<String> {
        read_list("window.__fetchStub.aborted.slice()")
    }

    /// Every body sent so far, as `METHOD /path {body}` (read once a task has run).
    pub fn bodies(&self) -> Vec<String> {
        read_list("window.__fetchStub.bodies.slice()")
    }
}

fn read_list(script: &str) -> Vec<String> {
    let list = js_sys::eval(script).unwrap();
    js_sys::Array::from(&list)
        .iter()
        .filter_map(|c| c.as_string())
        .collect()
}

impl Drop for FetchStub {
    fn drop(&mut self) {
        let _ = js_sys::eval("window.fetch = window.__fetchStub.original;");
    }
}
