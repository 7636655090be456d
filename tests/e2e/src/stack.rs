use std::net::TcpListener;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

use tokio::process::{Child, Command};

use crate::{workspace_root, FaultProxy, Result};

/// A reference backend with its own SQLite file and port, serving the release build.
/// Dropped with the test: the process is killed and the database deleted.
pub struct Stack {
    /// Where browsers open the app: the server itself, or the fault proxy in front of it.
    pub url: String,
    /// The server's own origin, for setting things up and checking results through the API
    /// whatever fault the browser meets.
    pub server_url: String,
    pub db_path: PathBuf,
    server: Child,
    command: (PathBuf, Vec<String>),
    proxy: Option<FaultProxy>,
    _dir: tempfile::TempDir,
}

impl Stack {
    /// Starts the server (`SHARE_SERVER_BIN`, else `target/debug/share-server`) serving
    /// `SHARE_DIST` (else `dist/`), and waits until it answers.
    pub async fn start() -> Result<Stack> {
        Stack::launch(false).await
    }

    /// Like [`Stack::start`], with the server binary and the static build named here (a
    /// benchmark comparing two builds in one run).
    pub async fn start_build(bin: PathBuf, dist: PathBuf) -> Result<Stack> {
        Stack::launch_build(false, bin, dist).await
    }

    /// Like [`Stack::start`], with a [`FaultProxy`] in front: browsers open [`Stack::url`]
    /// (the proxy; guest and invite links point there too) and meet whatever fault
    /// [`Stack::proxy`] is set to, while the server keeps its own port.
    pub async fn start_behind_proxy() -> Result<Stack> {
        Stack::launch(true).await
    }

    async fn launch(behind_proxy: bool) -> Result<Stack> {
        let root = workspace_root();
        let bin = std::env::var_os("SHARE_SERVER_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("target/debug/share-server"));
        let dist = std::env::var_os("SHARE_DIST")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("dist"));
        Stack::launch_build(behind_proxy, bin, dist).await
    }

    async fn launch_build(behind_proxy: bool, bin: PathBuf, dist: PathBuf) -> Result<Stack> {
        if !dist.join("index.html").exists() {
            return Err(format!(
                "no release build at {} (run `trunk build --release` first)",
                dist.display()
            )
            .into());
        }
        let dir = tempfile::tempdir()?;
        let db_path = dir.path().join("share.db");
        let port = free_port()?;
        let server_url = format!("http://127.0.0.1:{port}");
        let proxy = match behind_proxy {
            true => Some(FaultProxy::start(([127, 0, 0, 1], port).into()).await?),
            false => None,
        };
        let url = proxy
            .as_ref()
            .map_or(server_url.clone(), |p| p.url().to_string());
        let args = vec![
            "--listen".to_string(),
            format!("127.0.0.1:{port}"),
            "--db".to_string(),
            db_path.display().to_string(),
            "--public-url".to_string(),
            url.clone(),
            "--static-dir".to_string(),
            dist.display().to_string(),
            // The journeys sign in and set fixtures up through /api/v1/dev.
            "--dev".to_string(),
        ];
        let server = spawn(&bin, &args)?;
        let stack = Stack {
            url,
            server_url,
            db_path,
            server,
            command: (bin, args),
            proxy,
            _dir: dir,
        };
        stack.wait_ready().await?;
        Ok(stack)
    }

    async fn wait_ready(&self) -> Result {
        let deadline = Instant::now() + Duration::from_secs(30);
        let probe = self.api("/settings");
        loop {
            if let Ok(response) = reqwest::get(&probe).await {
                if response.status().is_success() {
                    return Ok(());
                }
            }
            if Instant::now() > deadline {
                return Err("the reference backend did not answer within 30 s".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// A signed-in API client for setting things up the way a host would.
    pub async fn host_api(&self, email: &str) -> Result<reqwest::Client> {
        // `Origin` as the app's pages send it: the server refuses cookie writes without it.
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(reqwest::header::ORIGIN, self.url.parse()?);
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .default_headers(headers)
            .build()?;
        let response = client
            .post(self.api("/dev/sign-in"))
            .json(&contract::SignIn {
                email: email.to_string(),
            })
            .send()
            .await?;
        if !response.status().is_success() {
            return Err(format!("dev sign-in failed: {}", response.status()).into());
        }
        Ok(client)
    }

    /// The absolute URL of an app path.
    pub fn page(&self, path: &str) -> String {
        format!("{}{}", self.url, path)
    }

    /// The absolute URL of an API path under `/api/v1`, on the server itself (never through
    /// the fault proxy): for setting up and checking, not for what a browser meets.
    pub fn api(&self, path: &str) -> String {
        format!("{}/api/v1{}", self.server_url, path)
    }

    /// The fault proxy in front of the server (see [`Stack::start_behind_proxy`]).
    pub fn proxy(&self) -> &FaultProxy {
        self.proxy
            .as_ref()
            .expect("a stack started with Stack::start_behind_proxy")
    }

    /// Another fault proxy to the same server, so one browser can meet a fault while another
    /// does not. Guest links still name [`Stack::url`]; open them with [`FaultProxy::via`].
    pub async fn another_proxy(&self) -> Result<FaultProxy> {
        let upstream = url::Url::parse(&self.server_url)?
            .socket_addrs(|| None)?
            .into_iter()
            .next()
            .ok_or("the server's address")?;
        FaultProxy::start(upstream).await
    }

    /// Stops the server; [`Stack::restart`] starts it again on the same port and database.
    pub async fn stop(&mut self) -> Result {
        self.server.kill().await?;
        Ok(())
    }

    /// Starts the stopped server again, as after a crash or a deploy.
    pub async fn restart(&mut self) -> Result {
        self.server = spawn(&self.command.0, &self.command.1)?;
        self.wait_ready().await
    }
}

fn spawn(bin: &PathBuf, args: &[String]) -> Result<Child> {
    Ok(Command::new(bin)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| format!("starting {}: {e}", bin.display()))?)
}

pub(crate) fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}
