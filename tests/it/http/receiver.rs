//! A real webhook receiver for the tests: an HTTP server on a port-0 listener, in a thread of
//! its own, that records every delivery and answers as the test tells it to.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use parking_lot::{Condvar, Mutex};
use serde_json::Value;

/// How the receiver answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// This status, at once.
    Status(u16),
    /// A redirect elsewhere (a failure for Stripe).
    Redirect,
    /// Nothing, until [`Receiver::release`] (or a minute).
    Hang,
    /// 200, with a body that never ends.
    Endless,
}

/// One delivery as the receiver got it.
#[derive(Clone, Debug)]
pub struct Delivery {
    pub signature: String,
    pub content_type: String,
    pub body: Vec<u8>,
    pub json: Value,
}

impl Delivery {
    pub fn kind(&self) -> &str {
        self.json["type"].as_str().unwrap_or_default()
    }

    pub fn id(&self) -> &str {
        self.json["id"].as_str().unwrap_or_default()
    }

    /// Whether `Stripe-Signature` holds for `secret` (each attempt is signed afresh, at the
    /// time it is sent: `t` is within a minute of now).
    pub fn signed_with(&self, secret: &str) -> bool {
        let Some((t, v1)) = self.signature.split_once(',') else {
            return false;
        };
        let (Some(t), Some(v1)) = (t.strip_prefix("t="), v1.strip_prefix("v1=")) else {
            return false;
        };
        let Ok(t) = t.parse::<i64>() else { return false };
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        (now - t).abs() < 60 && debitsim::server::webhooks::signature::v1(secret, t, &self.body) == v1
    }
}

struct Shared {
    deliveries: Mutex<Vec<Delivery>>,
    arrived: Condvar,
    answer: Mutex<Answer>,
    /// Requests being answered (a hanging receiver holds them).
    holding: Mutex<usize>,
    released: tokio::sync::Notify,
}

/// A receiver and its URL.
pub struct Receiver {
    pub url: String,
    shared: Arc<Shared>,
}

impl Receiver {
    /// Starts one answering `answer`.
    pub fn start(answer: Answer) -> Receiver {
        let shared = Arc::new(Shared {
            deliveries: Mutex::new(Vec::new()),
            arrived: Condvar::new(),
            answer: Mutex::new(answer),
            holding: Mutex::new(0),
            released: tokio::sync::Notify::new(),
        });
        let (sender, receiver) = std::sync::mpsc::channel();
        let state = shared.clone();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime for the receiver");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
                sender.send(listener.local_addr().expect("address")).expect("send");
                let app = axum::Router::new().fallback(receive).with_state(state);
                axum::serve(listener, app).await.expect("serve");
            });
        });
        let address = receiver.recv().expect("the receiver starts");
        Receiver {
            url: format!("http://{address}/webhooks"),
            shared,
        }
    }

    pub fn answer(&self, answer: Answer) {
        *self.shared.answer.lock() = answer;
    }

    /// Lets every hanging request go (answered 200).
    pub fn release(&self) {
        self.shared.released.notify_waiters();
    }

    /// Every delivery so far.
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.shared.deliveries.lock().clone()
    }

    /// Waits until at least `count` deliveries arrived (at most 20 s); all of them.
    #[track_caller]
    pub fn wait_for(&self, count: usize) -> Vec<Delivery> {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut deliveries = self.shared.deliveries.lock();
        while deliveries.len() < count {
            let timed_out = self.shared.arrived.wait_until(&mut deliveries, deadline).timed_out();
            assert!(
                !timed_out,
                "expected {count} deliveries, got {}: {:?}",
                deliveries.len(),
                deliveries.iter().map(Delivery::kind).collect::<Vec<_>>()
            );
        }
        deliveries.clone()
    }

    /// Waits until a delivery of an event of type `kind` arrives; it.
    #[track_caller]
    pub fn wait_for_kind(&self, kind: &str) -> Delivery {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut deliveries = self.shared.deliveries.lock();
        loop {
            if let Some(found) = deliveries.iter().find(|d| d.kind() == kind) {
                return found.clone();
            }
            let timed_out = self.shared.arrived.wait_until(&mut deliveries, deadline).timed_out();
            assert!(!timed_out, "no {kind} delivery arrived");
        }
    }

    /// How many requests the receiver is holding unanswered.
    pub fn holding(&self) -> usize {
        *self.shared.holding.lock()
    }
}

async fn receive(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let delivery = Delivery {
        signature: header("stripe-signature"),
        content_type: header("content-type"),
        json: serde_json::from_slice(&body).unwrap_or(Value::Null),
        body: body.to_vec(),
    };
    {
        let mut deliveries = shared.deliveries.lock();
        deliveries.push(delivery);
        shared.arrived.notify_all();
    }
    let answer = *shared.answer.lock();
    match answer {
        Answer::Status(status) => StatusCode::from_u16(status).unwrap().into_response(),
        Answer::Redirect => (StatusCode::FOUND, [("location", "http://127.0.0.1:1/elsewhere")]).into_response(),
        Answer::Hang => {
            *shared.holding.lock() += 1;
            let released = shared.released.notified();
            let _ = tokio::time::timeout(Duration::from_secs(60), released).await;
            *shared.holding.lock() -= 1;
            StatusCode::OK.into_response()
        }
        Answer::Endless => Response::new(axum::body::Body::new(Endless)),
    }
}

/// An endless body: a kilobyte at a time, forever.
struct Endless;

impl hyper::body::Body for Endless {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<hyper::body::Frame<Bytes>, std::io::Error>>> {
        std::task::Poll::Ready(Some(Ok(hyper::body::Frame::data(Bytes::from_static(&[b'x'; 1024])))))
    }
}
