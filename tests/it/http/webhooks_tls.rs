//! Webhooks to `https://` receivers and the hosts deliveries may reach: a certificate
//! authority and a receiver's certificate made in the test (rcgen), a receiver serving TLS on
//! 127.0.0.1, a server that trusts the authority (`--webhook-ca`) and one that does not; and
//! a delivery to a host outside loopback, recorded as failed and never attempted (sent, had
//! the gate let it through, to an in-process transport). No traffic leaves this machine.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use parking_lot::Mutex;
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

use super::*;
use debitsim::server::dispatch::{Dispatcher, Reach, Transport};

/// A certificate authority, and a certificate it signed for `localhost` and `127.0.0.1`.
struct Certificates {
    ca_pem: String,
    ca_der: CertificateDer<'static>,
    leaf_der: CertificateDer<'static>,
    leaf_key: PrivateKeyDer<'static>,
}

fn certificates() -> Certificates {
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "debitsim test authority");
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let leaf_key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
        .unwrap()
        .signed_by(&leaf_key, &ca, &ca_key)
        .unwrap();
    Certificates {
        ca_pem: ca.pem(),
        ca_der: ca.der().clone(),
        leaf_der: leaf.der().clone(),
        leaf_key: PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(leaf_key.serialize_der())),
    }
}

/// A receiver serving HTTPS on 127.0.0.1 with `certs`' certificate, answering 200 to every
/// request and keeping each body.
struct TlsReceiver {
    port: u16,
    bodies: Arc<Mutex<Vec<Vec<u8>>>>,
}

impl TlsReceiver {
    fn start(certs: &Certificates) -> TlsReceiver {
        #[allow(deprecated)]
        let provider = rustls::crypto::ring::default_provider();
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(provider))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(vec![certs.leaf_der.clone()], certs.leaf_key.clone_key())
            .unwrap();
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        let bodies: Arc<Mutex<Vec<Vec<u8>>>> = Arc::default();
        let (sender, receiver) = std::sync::mpsc::channel();
        let kept = bodies.clone();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                sender.send(listener.local_addr().unwrap().port()).unwrap();
                loop {
                    let Ok((stream, _)) = listener.accept().await else {
                        continue;
                    };
                    let (acceptor, kept) = (acceptor.clone(), kept.clone());
                    tokio::spawn(async move {
                        // A client that does not trust us ends the handshake: nothing to serve.
                        let Ok(tls) = acceptor.accept(stream).await else { return };
                        let service = service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                            let kept = kept.clone();
                            async move {
                                let body = request.into_body().collect().await?.to_bytes();
                                kept.lock().push(body.to_vec());
                                Ok::<_, hyper::Error>(hyper::Response::new(Full::new(Bytes::from_static(b"ok"))))
                            }
                        });
                        let _ = hyper::server::conn::http1::Builder::new()
                            .serve_connection(TokioIo::new(tls), service)
                            .await;
                    });
                }
            });
        });
        TlsReceiver {
            port: receiver.recv().unwrap(),
            bodies,
        }
    }

    /// Waits (at most 20 s) until `n` deliveries arrived; the bodies as JSON.
    fn wait_for(&self, n: usize) -> Vec<Value> {
        for _ in 0..2000 {
            if self.bodies.lock().len() >= n {
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let bodies = self.bodies.lock();
        assert!(bodies.len() >= n, "{} deliveries, wanted {n}", bodies.len());
        bodies.iter().map(|b| serde_json::from_slice(b).unwrap()).collect()
    }
}

/// Registers an endpoint for `charge.succeeded` at `url`.
fn endpoint(client: &Client, url: &str) {
    client
        .post(
            "/v1/webhook_endpoints",
            &format!("url={url}&enabled_events[]=charge.succeeded"),
        )
        .ok();
}

/// The world's attempts, newest first, once one has been made (at most 20 s).
fn attempts(client: &Client) -> Vec<Value> {
    for _ in 0..2000 {
        let data = client.get("/_sim/webhooks/attempts").ok()["data"].clone();
        if data.as_array().is_some_and(|a| !a.is_empty()) {
            return data.as_array().unwrap().clone();
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("no attempt was made");
}

#[test]
fn https_receivers_get_deliveries_over_tls_with_their_own_certificate_authority() {
    let certs = certificates();
    let receiver = TlsReceiver::start(&certs);
    let ca = certs.ca_der.clone();
    let base = serve_with(move |state| {
        state.webhooks = Dispatcher::reaching(
            Duration::from_secs(5),
            1,
            None,
            Reach {
                allow_hosts: Vec::new(),
                extra_roots: vec![ca],
            },
        )
    });
    let platform = Client::on(base, "tls_ok");
    endpoint(&platform, &format!("https://127.0.0.1:{}/hook", receiver.port));
    endpoint(&platform, &format!("https://localhost:{}/hook", receiver.port));
    let charge = platform
        .post("/v1/charges", "amount=1500&currency=usd&source=tok_visa")
        .ok();
    let delivered = receiver.wait_for(2);
    assert!(
        delivered
            .iter()
            .all(|d| d["type"] == "charge.succeeded" && d["data"]["object"]["id"] == charge["id"])
    );
    let attempts = attempts(&platform);
    assert!(
        attempts.iter().all(|a| a["status"] == 200 && a["error"].is_null()),
        "{attempts:?}"
    );
}

#[test]
fn a_receiver_whose_certificate_is_not_trusted_fails_like_any_other() {
    let certs = certificates();
    let receiver = TlsReceiver::start(&certs);
    // Mozilla's roots only: the test authority is unknown.
    let base = serve_with(|state| state.webhooks = Dispatcher::new(Duration::from_secs(5), 1, None));
    let platform = Client::on(base, "tls_untrusted");
    endpoint(&platform, &format!("https://127.0.0.1:{}/hook", receiver.port));
    platform
        .post("/v1/charges", "amount=1500&currency=usd&source=tok_visa")
        .ok();
    let attempt = &attempts(&platform)[0];
    assert!(attempt["status"].is_null(), "{attempt}");
    let error = attempt["error"].as_str().unwrap();
    assert!(error.contains("certificate"), "{error}");
    assert!(receiver.bodies.lock().is_empty());
    // It is owed again, on the retry schedule.
    let owed = platform.get("/_sim/webhooks/owed").ok();
    assert_eq!(owed["data"][0]["attempts"], 1, "{owed}");
}

#[test]
fn a_host_outside_loopback_is_recorded_as_failed_and_never_attempted() {
    // Deliveries go to an in-process transport that records what it is asked to send, so
    // even a broken gate would send nothing beyond this process, and the test would see it.
    let asked: Arc<Mutex<Vec<String>>> = Arc::default();
    let recorder = asked.clone();
    let base = serve_with(move |state| {
        state.webhooks = Dispatcher::default().with_transport(Transport::Local(Arc::new(move |url, _| {
            recorder.lock().push(url.to_owned());
            200
        })))
    });
    let platform = Client::on(base, "tls_elsewhere");
    let created = platform
        .post(
            "/v1/webhook_endpoints",
            "url=https://example.com/hook&enabled_events[]=charge.succeeded",
        )
        .ok();
    assert_eq!(created["url"], "https://example.com/hook");
    platform
        .post("/v1/charges", "amount=1500&currency=usd&source=tok_visa")
        .ok();
    let attempt = &attempts(&platform)[0];
    assert!(attempt["status"].is_null(), "{attempt}");
    let error = attempt["error"].as_str().unwrap();
    assert!(
        error.contains("not attempted") && error.contains("--webhook-allow-host example.com"),
        "{error}"
    );
    assert_eq!(attempt["latency_ms"], 0, "{attempt}");
    assert!(asked.lock().is_empty(), "asked to deliver to {:?}", asked.lock());
}

#[test]
fn a_certificate_file_is_read_or_refused_with_its_reason() {
    let certs = certificates();
    let dir = std::env::temp_dir().join(format!("debitsim-ca-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("ca.pem");
    std::fs::write(&good, &certs.ca_pem).unwrap();
    assert_eq!(Reach::read_ca(&good).unwrap(), vec![certs.ca_der.clone()]);
    let empty = dir.join("empty.pem");
    std::fs::write(&empty, "not a certificate\n").unwrap();
    assert!(Reach::read_ca(&empty).unwrap_err().contains("no PEM certificate"));
    assert!(Reach::read_ca(&dir.join("missing.pem")).is_err());
    std::fs::remove_dir_all(&dir).unwrap();
}
