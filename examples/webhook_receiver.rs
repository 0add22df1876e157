//! A webhook receiver that answers 200 to every delivery and counts them: what
//! `scripts/bench` points an endpoint at to measure delivery's cost, and a starting point
//! for a receiver of your own.
//!
//!     cargo run --release --example webhook_receiver -- [PORT] [SECRET]
//!
//! Prints `receiving on http://127.0.0.1:PORT` once ready. `GET /count` answers the number of
//! deliveries received (and, with SECRET, how many failed its signature check). With
//! SECRET, each delivery's `Stripe-Signature` is verified as Stripe's libraries verify it.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::get;
use debitsim::server::webhooks::signature;

#[derive(Default)]
struct Counts {
    received: AtomicU64,
    bad_signatures: AtomicU64,
    secret: Option<String>,
}

async fn receive(State(counts): State<Arc<Counts>>, headers: HeaderMap, body: Bytes) -> StatusCode {
    counts.received.fetch_add(1, Ordering::Relaxed);
    if let Some(secret) = &counts.secret {
        let header = headers
            .get("stripe-signature")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        if !verifies(header, secret, &body) {
            counts.bad_signatures.fetch_add(1, Ordering::Relaxed);
            return StatusCode::BAD_REQUEST;
        }
    }
    StatusCode::OK
}

/// Whether `t=…,v1=…` holds for `secret` over `body`.
fn verifies(header: &str, secret: &str, body: &[u8]) -> bool {
    let mut t = None;
    let mut signatures = Vec::new();
    for item in header.split(',') {
        match item.split_once('=') {
            Some(("t", value)) => t = value.parse::<i64>().ok(),
            Some(("v1", value)) => signatures.push(value),
            _ => {}
        }
    }
    t.is_some_and(|t| signatures.contains(&signature::v1(secret, t, body).as_str()))
}

async fn count(State(counts): State<Arc<Counts>>) -> String {
    format!(
        "{{\"received\":{},\"bad_signatures\":{}}}",
        counts.received.load(Ordering::Relaxed),
        counts.bad_signatures.load(Ordering::Relaxed)
    )
}

fn main() {
    let mut args = std::env::args().skip(1);
    let port: u16 = args.next().and_then(|p| p.parse().ok()).unwrap_or(4242);
    let counts = Arc::new(Counts {
        secret: args.next(),
        ..Counts::default()
    });
    // One worker thread: a receiver should not compete with the server for the machine.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("the port is free");
        println!("receiving on http://{}", listener.local_addr().expect("an address"));
        let app = axum::Router::new()
            .route("/count", get(count))
            .fallback(receive)
            .with_state(counts);
        axum::serve(listener, app).await.expect("serve");
    });
}
