use std::sync::Arc;
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, Request};
use axum::http::header::{
    AUTHORIZATION, CACHE_CONTROL, CONTENT_TYPE, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS,
};
use axum::http::{HeaderValue, Method};
use axum::middleware::{from_fn, from_fn_with_state, map_response, Next};
use axum::routing::any;
use axum::Router;
use tokio::net::TcpListener;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::config::Config;
use crate::db::Db;
use crate::events::Events;
use crate::mail::{delivery, Mail};
use crate::rate_limit::RateLimiter;
use crate::routes;
use crate::routes::fallback::{api_not_found, shape_method_not_allowed};
use crate::security;
use crate::seed::seed_if_empty;
use crate::serve::{serve_connections, ConnectionLimits};
use crate::start_error::StartError;
use crate::state::AppState;
use crate::static_files;
use crate::time::now_ms;

/// The largest request body the API reads; every contract body is far smaller.
const BODY_LIMIT: usize = 64 * 1024;
/// Directory searches per session: a burst for typing, then one a second.
const DIRECTORY_BURST: u32 = 30;
const DIRECTORY_PER_SECOND: f64 = 1.0;

/// The application and how its connections are bounded: what [`serve`] runs.
pub struct App {
    pub router: Router,
    limits: ConnectionLimits,
}

/// Opens, migrates and (when empty) seeds the database, then builds the whole application:
/// the API (with `/api/v1/dev` only when `config.dev`), its OpenAPI document, and the SPA
/// when `static_dir` is set; starts the mail delivery worker when `smtp_url` is set.
pub async fn build_app(config: Config) -> Result<App, StartError> {
    config.check()?;
    let mail = Arc::new(Mail::from_config(&config)?);
    let path = config.db_path.clone();
    let db = tokio::task::spawn_blocking(move || -> Result<Db, StartError> {
        let db = Db::open(&path)?;
        db.blocking(|conn| seed_if_empty(conn, now_ms()))?;
        Ok(db)
    })
    .await??;
    delivery::spawn(db.clone(), mail.clone());
    let mut trusted = vec![config.public_origin()];
    trusted.extend(config.allow_origins.iter().cloned());
    let state = AppState {
        events: Arc::new(Events::new(
            db.clone(),
            Duration::from_millis(config.away_after_ms),
        )),
        db,
        config: Arc::new(config.clone()),
        mail,
        trusted_origins: Arc::new(trusted),
        streams: Arc::default(),
        directory_limit: Arc::new(RateLimiter::new(DIRECTORY_BURST, DIRECTORY_PER_SECOND)),
        access_request_limits: Arc::default(),
    };
    let routes = match config.dev {
        true => routes::all(),
        false => routes::api(),
    };
    let (api, _) = routes.split_for_parts();
    let api = api
        .route("/api", any(api_not_found))
        .route("/api/{*rest}", any(api_not_found))
        .layer(map_response(shape_method_not_allowed))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(from_fn_with_state(state.clone(), security::time_limit))
        .layer(from_fn_with_state(
            state.clone(),
            security::refuse_cross_site,
        ))
        // Responses carry secrets (tokens, emails): keep them out of shared caches.
        .layer(SetResponseHeaderLayer::if_not_present(
            CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .with_state(state);
    let app = match &config.static_dir {
        Some(dir) => api.merge(static_files::router(dir)),
        None => api.fallback(api_not_found),
    };
    let hsts = config.is_https();
    let app = app.layer(from_fn(move |request: Request, next: Next| {
        security::browser_policy(hsts, request, next)
    }));
    let router = match cors(&config.allow_origins) {
        Some(cors) => app.layer(cors),
        None => app,
    };
    Ok(App {
        router,
        limits: ConnectionLimits {
            max_connections: config.max_connections,
            header_timeout: config.header_timeout,
        },
    })
}

/// CORS with credentials for an SPA served from another origin; `None` when none is allowed.
/// The origins were checked when the configuration was read (`config::parse_origin`).
fn cors(origins: &[String]) -> Option<CorsLayer> {
    let origins: Vec<HeaderValue> = origins
        .iter()
        .filter_map(|origin| HeaderValue::from_str(origin).ok())
        .collect();
    (!origins.is_empty()).then(|| {
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_credentials(true)
            .allow_methods([
                Method::GET,
                Method::POST,
                Method::PUT,
                Method::PATCH,
                Method::DELETE,
            ])
            .allow_headers([CONTENT_TYPE, AUTHORIZATION])
    })
}

/// Serves `app` on `listener` until the process ends.
pub async fn serve(listener: TcpListener, app: App) -> Result<(), StartError> {
    serve_connections(listener, app.router, app.limits).await;
    Ok(())
}

/// Checks the configuration, binds `config.listen`, prints the URL, and serves.
pub async fn run(config: Config) -> Result<(), StartError> {
    config.check()?;
    let listener = TcpListener::bind(config.listen).await?;
    let app = build_app(config).await?;
    println!(
        "share-server listening on http://{}",
        listener.local_addr()?
    );
    serve(listener, app).await
}
