//! The server driven over real HTTP: one server on a port-0 listener for the whole test
//! binary, and a fresh API key (so a fresh world) for every test, which keeps the tests
//! independent and parallel. Tests read through the `check…` helpers here.

mod balance_settings;
mod binary;
mod concurrency;
mod currencies;
mod dashboard;
mod data_only;
mod errors;
mod feeds;
mod fidelity;
mod flows;
mod health;
mod hostile;
mod instant_payouts;
mod lifecycle;
mod money_in;
pub mod persistence;
mod protocol;
mod receiver;
mod saved_cards;
mod security;
mod test_clocks;
mod testers;
mod v2;
mod versions;
mod webhooks;
mod webhooks_tls;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use debitsim::fixtures::Fixtures;
use debitsim::server::{self, AppState};
use serde_json::Value;

/// The fixture ids every world starts with.
pub const PLATFORM: &str = "acct_1SimPlatform00US";
pub const EXPRESS_US: &str = "acct_1SimExpressUS001";
pub const CUSTOM_US_NO_BANK: &str = "acct_1SimCustomUSNoBk";
pub const STANDARD_US: &str = "acct_1SimStandardUS01";
pub const EXPRESS_GB: &str = "acct_1SimExpressGB001";

/// The address of the shared test server.
pub fn base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| serve(None))
}

/// A Friday, 2026-11-20 15:00 UTC: the start of every world of [`pinned_base`].
pub const PINNED: i64 = 1_795_186_800;

/// The address of a second test server started with `--start-time` [`PINNED`]: its worlds'
/// clocks stand still until advanced.
pub fn pinned_base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| serve(Some(PINNED)))
}

/// The address of a third test server, started as `--onboarding required` and with its
/// clocks pinned at [`PINNED`]: accounts created through the API start with requirements due.
pub fn onboarding_base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        serve_with(|state| {
            state.start_time = Some(PINNED);
            state.fixtures = Fixtures::builtin().with_onboarding(true);
        })
    })
}

/// Starts a server on a port-0 listener in a thread of its own; its address.
fn serve(start_time: Option<i64>) -> String {
    serve_with(move |state| state.start_time = start_time)
}

/// Starts a server of its own, its state set up by `configure`; its address, for
/// [`Client::on`].
pub fn serve_with(configure: impl FnOnce(&mut AppState) + Send + 'static) -> String {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a runtime for the test server");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind port 0");
            sender
                .send(listener.local_addr().expect("bound address"))
                .expect("send address");
            let mut state = AppState::new(Fixtures::builtin());
            configure(&mut state);
            server::run(listener, Arc::new(state), std::future::pending())
                .await
                .expect("serve");
        });
    });
    let address = receiver.recv().expect("the test server starts");
    format!("http://{address}")
}

/// A client with its own key, so its own world.
#[derive(Clone)]
pub struct Client {
    pub key: String,
    /// The server it talks to.
    base: &'static str,
    account: Option<String>,
    idempotency_key: Option<String>,
    headers: Vec<(String, String)>,
    http: reqwest::blocking::Client,
}

/// A response: status, headers and the JSON body.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub json: Value,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    #[track_caller]
    pub fn ok(self) -> Value {
        assert_eq!(self.status, 200, "expected success: {}", self.json);
        self.json
    }

    pub fn id(&self) -> String {
        self.json["id"].as_str().unwrap_or_default().to_owned()
    }
}

static NEXT_KEY: AtomicU64 = AtomicU64::new(0);

impl Client {
    /// A client with a key no other test uses: a fresh world from the fixtures.
    pub fn fresh(name: &str) -> Client {
        let n = NEXT_KEY.fetch_add(1, Ordering::Relaxed);
        Client::with_key(&format!("sk_test_{name}_{n}_{}", std::process::id()))
    }

    pub fn with_key(key: &str) -> Client {
        Client {
            key: key.to_owned(),
            base: base(),
            account: None,
            idempotency_key: None,
            headers: Vec::new(),
            http: reqwest::blocking::Client::builder().build().expect("an HTTP client"),
        }
    }

    /// A fresh world on the server whose clocks start at [`PINNED`] and stand still.
    pub fn pinned(name: &str) -> Client {
        Client {
            base: pinned_base(),
            ..Client::fresh(name)
        }
    }

    /// A fresh world on the server at `base` (one of [`serve_with`]).
    pub fn on(base: String, name: &str) -> Client {
        Client {
            base: Box::leak(base.into_boxed_str()),
            ..Client::fresh(name)
        }
    }

    /// A fresh world on the server whose new accounts must be onboarded.
    pub fn onboarding(name: &str) -> Client {
        Client {
            base: onboarding_base(),
            ..Client::fresh(name)
        }
    }

    /// The server this client talks to.
    pub fn base(&self) -> &'static str {
        self.base
    }

    /// The same key, acting as `account` (the `Stripe-Account` header).
    pub fn acting_as(&self, account: &str) -> Client {
        Client {
            account: Some(account.to_owned()),
            ..self.clone()
        }
    }

    pub fn idempotent(&self, key: &str) -> Client {
        Client {
            idempotency_key: Some(key.to_owned()),
            ..self.clone()
        }
    }

    pub fn header(&self, name: &str, value: &str) -> Client {
        let mut client = self.clone();
        client.headers.push((name.to_owned(), value.to_owned()));
        client
    }

    fn send(&self, request: reqwest::blocking::RequestBuilder) -> Reply {
        let mut request = request.bearer_auth(&self.key);
        if let Some(account) = &self.account {
            request = request.header("Stripe-Account", account);
        }
        if let Some(key) = &self.idempotency_key {
            request = request.header("Idempotency-Key", key);
        }
        for (name, value) in &self.headers {
            request = request.header(name, value);
        }
        reply(request.send().expect("the request reaches the server"))
    }

    /// POST `path` with `body` exactly as given (form-encoded, as curl's `-d` sends it).
    pub fn post(&self, path: &str, body: &str) -> Reply {
        self.send(
            self.http
                .post(format!("{}{path}", self.base))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(body.to_owned()),
        )
    }

    /// POST `path` with a JSON body, as API v2 takes it (and the SDKs send it).
    pub fn post_json(&self, path: &str, body: &Value) -> Reply {
        self.send(
            self.http
                .post(format!("{}{path}", self.base))
                .header("Content-Type", "application/json")
                .body(body.to_string()),
        )
    }

    /// DELETE `path`.
    pub fn delete(&self, path: &str) -> Reply {
        self.send(self.http.delete(format!("{}{path}", self.base)))
    }

    /// GET `path` (with its query string).
    pub fn get(&self, path: &str) -> Reply {
        self.send(self.http.get(format!("{}{path}", self.base)))
    }

    /// The (available, pending) of this client's account in `currency`, and
    /// `connect_reserved` when it is the platform.
    pub fn balance(&self, currency: &str) -> (i64, i64, i64) {
        let balance = self.get("/v1/balance").ok();
        let amount = |bucket: &str| {
            balance[bucket]
                .as_array()
                .and_then(|a| a.iter().find(|b| b["currency"] == currency))
                .and_then(|b| b["amount"].as_i64())
                .unwrap_or(0)
        };
        (amount("available"), amount("pending"), amount("connect_reserved"))
    }
}

pub fn reply(response: reqwest::blocking::Response) -> Reply {
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let text = response.text().expect("a body");
    let json =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("status {status}: the body is not JSON ({e}): {text:?}"));
    Reply { status, headers, json }
}

/// The types of the last hundred events the client's account recorded, oldest first.
pub fn event_types(client: &Client) -> Vec<String> {
    recent_event_types(client, 100)
}

/// The types of the last `limit` events the client's account recorded, oldest first.
pub fn recent_event_types(client: &Client, limit: usize) -> Vec<String> {
    let events = client.get(&format!("/v1/events?limit={limit}")).ok();
    let mut types: Vec<String> = events["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap().to_owned())
        .collect();
    types.reverse();
    types
}

/// Checks a response is Stripe's error with this status, type, code and param.
#[track_caller]
pub fn check_error(reply: &Reply, status: u16, kind: &str, code: Option<&str>, param: Option<&str>) {
    let error = &reply.json["error"];
    assert_eq!(
        (
            reply.status,
            error["type"].as_str(),
            error["code"].as_str(),
            error["param"].as_str()
        ),
        (status, Some(kind), code, param),
        "{}",
        reply.json
    );
    assert!(
        error["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{}",
        reply.json
    );
    assert!(reply.header("request-id").is_some_and(|id| id.starts_with("req_")));
}
