//! A fault-injecting HTTP proxy between the browser and the reference backend, so journeys can
//! show what a person sees when the backend is down, slow or failing, and that the app
//! recovers when it returns.
//!
//! Only `/api/` requests meet the fault; every other path (the page, `/g/`, the hashed
//! assets) always passes, so a page already loaded stays and a first load still boots.
//! The proxy reads each request's head (request line and headers) to route it, asks the
//! backend to close the connection after answering (`Connection: close`), and then forwards
//! bytes both ways with `copy_bidirectional`. So every browser connection carries exactly one
//! request and the mode in force when a request arrives is the one it meets: no keep-alive
//! connection carries an old mode over a switch. Requests still open at a switch (event
//! streams, requests held by [`Fault::Slow`]) are cut when the new mode is [`Fault::Down`],
//! [`Fault::Fail500`] or [`Fault::BadGateway`].

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{copy_bidirectional, AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::Result;

/// What the proxy does to `/api/` requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Forwards everything untouched.
    Pass,
    /// The backend is unreachable: each API connection is dropped without an answer, so the
    /// browser sees a network error; open streams are cut.
    Down,
    /// Holds each API request this long before forwarding it.
    Slow(Duration),
    /// Answers each API request with a 500 in the contract's error shape
    /// (`{"error": {"code": "internal", ...}}`).
    Fail500,
    /// Answers each API request as a misbehaving gateway would: `502 Bad Gateway` with an
    /// HTML page, which the app must never show raw.
    BadGateway,
}

impl Fault {
    /// Whether API requests still open when this mode starts are cut.
    fn cuts_open_requests(self) -> bool {
        matches!(self, Fault::Down | Fault::Fail500 | Fault::BadGateway)
    }
}

/// A running proxy on its own port, forwarding to `upstream`. Stops when dropped.
pub struct FaultProxy {
    url: String,
    fault: watch::Sender<Fault>,
    accept: JoinHandle<()>,
}

impl FaultProxy {
    /// Listens on a free local port and forwards to `upstream`, in [`Fault::Pass`] mode.
    pub async fn start(upstream: SocketAddr) -> Result<FaultProxy> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}", listener.local_addr()?);
        let (fault, watcher) = watch::channel(Fault::Pass);
        let accept = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                tokio::spawn(serve(client, upstream, watcher.clone()));
            }
        });
        Ok(FaultProxy { url, fault, accept })
    }

    /// Switches the mode: the next request meets it, and open API requests are cut if it is
    /// `Down`, `Fail500` or `BadGateway`.
    pub fn set(&self, fault: Fault) {
        self.fault.send_replace(fault);
    }

    /// The proxy's origin, `http://127.0.0.1:{port}`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The absolute URL of an app path through this proxy.
    pub fn page(&self, path: &str) -> String {
        format!("{}{}", self.url, path)
    }

    /// `url` (another origin's absolute URL, a guest link, say) with its path and query
    /// reached through this proxy instead.
    pub fn via(&self, url: &str) -> Result<String> {
        let parsed = url::Url::parse(url)?;
        let query = parsed.query().map(|q| format!("?{q}")).unwrap_or_default();
        Ok(self.page(&format!("{}{query}", parsed.path())))
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

/// One browser connection, one request.
async fn serve(mut client: TcpStream, upstream: SocketAddr, mut fault: watch::Receiver<Fault>) {
    let Ok(Some(head)) = read_head(&mut client).await else {
        return;
    };
    if !head.target.starts_with("/api/") {
        forward(client, upstream, head).await;
        return;
    }
    let now = *fault.borrow_and_update();
    match now {
        Fault::Pass => {}
        // Dropping the connection unanswered is what a dead backend looks like.
        Fault::Down => return,
        Fault::Slow(delay) => {
            tokio::select! {
                _ = tokio::time::sleep(delay) => {}
                _ = cut(fault.clone()) => return,
            }
        }
        Fault::Fail500 => return answer(client, &head, INTERNAL_ERROR).await,
        Fault::BadGateway => return answer(client, &head, BAD_GATEWAY).await,
    }
    tokio::select! {
        _ = forward(client, upstream, head) => {}
        _ = cut(fault) => {}
    }
}

/// Resolves when the mode turns to one that cuts open requests, or the proxy is dropped.
async fn cut(mut fault: watch::Receiver<Fault>) {
    loop {
        if fault.changed().await.is_err() || fault.borrow_and_update().cuts_open_requests() {
            return;
        }
    }
}

/// A request's head, re-written to close the connection after its answer, and whatever of
/// its body arrived with it.
struct Head {
    target: String,
    bytes: Vec<u8>,
    content_length: usize,
    body_start: Vec<u8>,
}

/// Reads up to the blank line ending the request head (at most 64 KiB); `None` if the
/// browser closed the connection first.
async fn read_head(client: &mut TcpStream) -> Result<Option<Head>> {
    let mut buffer = Vec::with_capacity(2048);
    let mut chunk = [0u8; 4096];
    let end = loop {
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break at;
        }
        if buffer.len() > 64 * 1024 {
            return Err("request head over 64 KiB".into());
        }
        let read = client.read(&mut chunk).await?;
        if read == 0 {
            return Ok(None);
        }
        buffer.extend_from_slice(&chunk[..read]);
    };
    let text = String::from_utf8_lossy(&buffer[..end]).into_owned();
    let mut lines = text.split("\r\n");
    let request_line = lines.next().unwrap_or_default();
    let target = request_line
        .split(' ')
        .nth(1)
        .unwrap_or_default()
        .to_string();
    let mut bytes = format!("{request_line}\r\n");
    let mut content_length = 0;
    for line in lines {
        let name = line.split(':').next().unwrap_or_default().trim();
        if name.eq_ignore_ascii_case("content-length") {
            content_length = line[name.len() + 1..].trim().parse().unwrap_or(0);
        }
        let hop_by_hop = ["connection", "keep-alive", "proxy-connection"]
            .iter()
            .any(|h| name.eq_ignore_ascii_case(h));
        if !hop_by_hop {
            bytes.push_str(line);
            bytes.push_str("\r\n");
        }
    }
    bytes.push_str("Connection: close\r\n\r\n");
    Ok(Some(Head {
        target,
        bytes: bytes.into_bytes(),
        content_length,
        body_start: buffer[end + 4..].to_vec(),
    }))
}

/// Sends the head and the rest on to the backend, then copies both ways until both close.
/// A backend that doesn't accept (stopped) leaves the browser a dropped connection.
async fn forward(mut client: TcpStream, upstream: SocketAddr, head: Head) {
    let Ok(mut server) = TcpStream::connect(upstream).await else {
        return;
    };
    if server.write_all(&head.bytes).await.is_err()
        || server.write_all(&head.body_start).await.is_err()
    {
        return;
    }
    let _ = copy_bidirectional(&mut client, &mut server).await;
}

const INTERNAL_ERROR: (&str, &str, &str) = (
    "500 Internal Server Error",
    "application/json",
    r#"{"error":{"code":"internal","message":"Injected by the fault proxy: the backend failed."}}"#,
);

const BAD_GATEWAY: (&str, &str, &str) = (
    "502 Bad Gateway",
    "text/html",
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
     <center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n\
     </body>\r\n</html>\r\n",
);

/// Answers in the backend's place: reads the request body first (closing on unread data
/// would reset the connection and hide the answer), then writes the response and closes.
async fn answer(
    mut client: TcpStream,
    head: &Head,
    (status, content_type, body): (&str, &str, &str),
) {
    let mut unread = head.content_length.saturating_sub(head.body_start.len()) as u64;
    let mut sink = [0u8; 4096];
    while unread > 0 {
        let want = sink.len().min(unread as usize);
        match tokio::time::timeout(Duration::from_secs(5), client.read(&mut sink[..want])).await {
            Ok(Ok(read)) if read > 0 => unread -= read as u64,
            _ => return,
        }
    }
    let response = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    if client.write_all(response.as_bytes()).await.is_err() {
        return;
    }
    let _ = client.shutdown().await;
    // Wait for the browser to close its side, so the answer is read before the socket goes.
    let _ = tokio::time::timeout(Duration::from_secs(2), client.read(&mut sink)).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn request(proxy: &FaultProxy, path: &str) -> std::result::Result<(u16, String), String> {
        let response = reqwest::get(proxy.page(path))
            .await
            .map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        Ok((status, response.text().await.map_err(|e| e.to_string())?))
    }

    /// A one-route upstream that answers every request with its own path.
    async fn echo_upstream() -> SocketAddr {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                tokio::spawn(async move {
                    let Ok(Some(head)) = read_head(&mut socket).await else {
                        return;
                    };
                    let body = head.target;
                    let response = format!(
                        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        body.len()
                    );
                    let _ = socket.write_all(response.as_bytes()).await;
                });
            }
        });
        addr
    }

    #[tokio::test]
    async fn given_each_fault_should_touch_api_requests_only() {
        let proxy = FaultProxy::start(echo_upstream().await).await.unwrap();
        assert_eq!(
            request(&proxy, "/api/v1/me").await.unwrap(),
            (200, "/api/v1/me".into())
        );

        proxy.set(Fault::Down);
        assert!(
            request(&proxy, "/api/v1/me").await.is_err(),
            "a network error"
        );
        assert_eq!(
            request(&proxy, "/g/app.js").await.unwrap().0,
            200,
            "static passes"
        );

        proxy.set(Fault::Fail500);
        let (status, body) = request(&proxy, "/api/v1/me").await.unwrap();
        assert_eq!(status, 500);
        assert!(body.contains(r#""code":"internal""#), "{body}");

        proxy.set(Fault::BadGateway);
        let (status, body) = request(&proxy, "/api/v1/me").await.unwrap();
        assert_eq!(status, 502);
        assert!(body.contains("<h1>502 Bad Gateway</h1>"), "{body}");

        proxy.set(Fault::Slow(Duration::from_millis(300)));
        let started = std::time::Instant::now();
        assert_eq!(request(&proxy, "/api/v1/me").await.unwrap().0, 200);
        assert!(started.elapsed() >= Duration::from_millis(300));
        let started = std::time::Instant::now();
        assert_eq!(request(&proxy, "/").await.unwrap().0, 200);
        assert!(
            started.elapsed() < Duration::from_millis(300),
            "static is not held"
        );
    }

    #[tokio::test]
    async fn given_a_held_request_when_the_backend_goes_down_should_cut_it() {
        let proxy = FaultProxy::start(echo_upstream().await).await.unwrap();
        proxy.set(Fault::Slow(Duration::from_secs(30)));
        let held = tokio::spawn({
            let url = proxy.page("/api/v1/me");
            async move { reqwest::get(url).await }
        });
        tokio::time::sleep(Duration::from_millis(200)).await;
        proxy.set(Fault::Down);
        let result = tokio::time::timeout(Duration::from_secs(5), held).await;
        assert!(result.unwrap().unwrap().is_err(), "cut, not answered");
    }
}
