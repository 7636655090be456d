use std::sync::Arc;

use axum::http::header::{
    AUTHORIZATION, CACHE_CONTROL, CONTENT_TYPE, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS,
};
use axum::http::{HeaderValue, Method};
use axum::middleware::map_response;
use axum::routing::any;
use axum::Router;
use tokio::net::TcpListener;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::config::Config;
use crate::db::Db;
use crate::events::Events;
use crate::mail::{delivery, Mail};
use crate::routes;
use crate::routes::fallback::{api_not_found, shape_method_not_allowed};
use crate::seed::seed_if_empty;
use crate::start_error::StartError;
use crate::state::AppState;
use crate::static_files;
use crate::time::now_ms;

/// Opens, migrates and (when empty) seeds the database, then builds the whole application:
/// the API, its OpenAPI document, and the SPA when `static_dir` is set; starts the mail
/// delivery worker when `smtp_url` is set.
pub async fn build_app(config: Config) -> Result<Router, StartError> {
    let mail = Arc::new(Mail::from_config(&config)?);
    let path = config.db_path.clone();
    let db = tokio::task::spawn_blocking(move || -> Result<Db, StartError> {
        let db = Db::open(&path)?;
        db.blocking(|conn| seed_if_empty(conn, now_ms()))?;
        Ok(db)
    })
    .await??;
    delivery::spawn(db.clone(), mail.clone());
    let state = AppState {
        db,
        config: Arc::new(config.clone()),
        events: Arc::new(Events::default()),
        mail,
    };
    let (api, _) = routes::api().split_for_parts();
    let api = api
        .route("/api", any(api_not_found))
        .route("/api/{*rest}", any(api_not_found))
        .layer(map_response(shape_method_not_allowed))
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
    Ok(match cors(&config.allow_origins) {
        Some(cors) => app.layer(cors),
        None => app,
    })
}

/// CORS with credentials for an SPA served from another origin; `None` when none is allowed.
fn cors(origins: &[String]) -> Option<CorsLayer> {
    let origins: Vec<HeaderValue> = origins
        .iter()
        .filter_map(|origin| HeaderValue::from_str(origin.trim_end_matches('/')).ok())
        .collect();
    (!origins.is_empty()).then(|| {
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_credentials(true)
            .allow_methods([Method::GET, Method::POST, Method::PUT, Method::DELETE])
            .allow_headers([CONTENT_TYPE, AUTHORIZATION])
    })
}

/// Serves `app` on `listener` until the process ends.
pub async fn serve(listener: TcpListener, app: Router) -> Result<(), StartError> {
    axum::serve(listener, app).await?;
    Ok(())
}

/// Binds `config.listen`, prints the URL, and serves.
pub async fn run(config: Config) -> Result<(), StartError> {
    let listener = TcpListener::bind(config.listen).await?;
    let app = build_app(config).await?;
    println!(
        "share-server listening on http://{}",
        listener.local_addr()?
    );
    serve(listener, app).await
}
