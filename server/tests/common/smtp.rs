//! A real SMTP server on loopback for the mail tests: it speaks enough of RFC 5321 for any
//! client (EHLO, MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT), keeps every message
//! it accepts, and refuses the recipients a test names with a permanent 550.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio::task::JoinHandle;

use super::within;

/// One message as the server received it.
#[derive(Clone, Debug)]
pub struct Received {
    pub mail_from: String,
    pub rcpt_to: Vec<String>,
    /// The DATA, dot-unstuffed, CRLF line ends as sent.
    pub data: Vec<u8>,
}

#[derive(Default)]
struct Shared {
    received: Mutex<Vec<Received>>,
    arrived: Notify,
    refused: Mutex<Vec<String>>,
}

/// A running SMTP sink; dropping it closes its port.
pub struct SmtpSink {
    pub port: u16,
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

/// A loopback port nothing listens on right now, for a server that is down.
pub async fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    listener.local_addr().expect("address").port()
}

impl SmtpSink {
    /// A sink on a fresh loopback port.
    pub async fn start() -> SmtpSink {
        SmtpSink::start_on(0).await
    }

    /// A sink on `port`, e.g. one a server was already told to use while it was down.
    pub async fn start_on(port: u16) -> SmtpSink {
        let listener = TcpListener::bind(("127.0.0.1", port)).await.expect("bind");
        let port = listener.local_addr().expect("address").port();
        let shared = Arc::new(Shared::default());
        let task = tokio::spawn(accept(listener, shared.clone()));
        SmtpSink { port, shared, task }
    }

    /// `smtp://127.0.0.1:{port}`.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Answers `550` to `RCPT TO` this address (compared ignoring case).
    pub fn refuse(&self, address: &str) {
        self.shared
            .refused
            .lock()
            .unwrap()
            .push(address.to_lowercase());
    }

    /// Accepts every recipient again.
    pub fn accept_all(&self) {
        self.shared.refused.lock().unwrap().clear();
    }

    /// Every message accepted so far.
    pub fn received(&self) -> Vec<Received> {
        self.shared.received.lock().unwrap().clone()
    }

    /// Waits (bounded by `WAIT`) until `count` messages have arrived, and returns the last.
    pub async fn wait_for(&self, count: usize) -> Received {
        within(async {
            loop {
                let arrived = self.shared.arrived.notified();
                if let Some(message) = self.received().get(count - 1) {
                    return message.clone();
                }
                arrived.await;
            }
        })
        .await
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn accept(listener: TcpListener, shared: Arc<Shared>) {
    while let Ok((stream, _)) = listener.accept().await {
        tokio::spawn(session(stream, shared.clone()));
    }
}

/// One SMTP conversation; ends on QUIT, a closed connection or a read error.
async fn session(stream: TcpStream, shared: Arc<Shared>) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    write
        .write_all(b"220 sink.test ESMTP test sink\r\n")
        .await?;
    let mut mail_from = String::new();
    let mut rcpt_to = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        if lines.read_until(b'\n', &mut line).await? == 0 {
            return Ok(());
        }
        let command = String::from_utf8_lossy(&line).trim_end().to_string();
        let verb = command
            .split([' ', ':'])
            .next()
            .unwrap_or("")
            .to_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" => b"250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n",
            "HELO" | "NOOP" => b"250 OK\r\n",
            "RSET" => {
                mail_from.clear();
                rcpt_to.clear();
                b"250 OK\r\n"
            }
            "MAIL" => {
                mail_from = address_in(&command);
                rcpt_to.clear();
                b"250 2.1.0 OK\r\n"
            }
            "RCPT" => {
                let to = address_in(&command);
                let refused = shared.refused.lock().unwrap().contains(&to.to_lowercase());
                if refused {
                    let reply =
                        format!("550 5.1.1 <{to}>: Recipient address rejected: User unknown\r\n");
                    write.write_all(reply.as_bytes()).await?;
                    continue;
                }
                rcpt_to.push(to);
                b"250 2.1.5 OK\r\n"
            }
            "DATA" if rcpt_to.is_empty() => b"554 5.5.1 No valid recipients\r\n",
            "DATA" => {
                write
                    .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                let data = read_data(&mut lines).await?;
                shared.received.lock().unwrap().push(Received {
                    mail_from: mail_from.clone(),
                    rcpt_to: std::mem::take(&mut rcpt_to),
                    data,
                });
                shared.arrived.notify_waiters();
                b"250 2.0.0 OK: queued\r\n"
            }
            "QUIT" => {
                write.write_all(b"221 2.0.0 Bye\r\n").await?;
                return Ok(());
            }
            _ => b"502 5.5.2 Command not recognized\r\n",
        };
        write.write_all(reply).await?;
    }
}

/// The DATA lines up to the lone `.`, with leading dots unstuffed.
async fn read_data(
    lines: &mut BufReader<tokio::net::tcp::OwnedReadHalf>,
) -> std::io::Result<Vec<u8>> {
    let mut data = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        if lines.read_until(b'\n', &mut line).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        if line == b".\r\n" || line == b".\n" {
            return Ok(data);
        }
        let unstuffed = line.strip_prefix(b".").unwrap_or(&line);
        data.extend_from_slice(unstuffed);
    }
}

/// `MAIL FROM:<a@b> SIZE=1` -> `a@b`.
fn address_in(command: &str) -> String {
    command
        .split_once('<')
        .and_then(|(_, rest)| rest.split_once('>'))
        .map(|(address, _)| address.to_string())
        .unwrap_or_default()
}
