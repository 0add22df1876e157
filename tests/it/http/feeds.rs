//! The dashboard's live feed (`/_sim/stream`) shared fairly: one world holds at most
//! `MAX_FEEDS_PER_WORLD` feeds, so it can never take every place of the server and make
//! another key's feed wait (issue 19).

use std::time::Duration;

use super::*;
use debitsim::server::dashboard::stream::{MAX_FEEDS, MAX_FEEDS_PER_WORLD};

/// Opens the live feed of `key`'s world on the server at `base`; its status and the
/// response, kept open while held.
fn open_feed(base: &str, key: &str) -> reqwest::blocking::Response {
    reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
        .get(format!("{base}/_sim/stream"))
        .bearer_auth(key)
        .send()
        .unwrap()
}

#[test]
fn one_world_cannot_hold_every_feed_of_the_server() {
    const { assert!(MAX_FEEDS_PER_WORLD < MAX_FEEDS) };
    let base = serve_with(|_| {});
    let (busy, other) = (
        Client::on(base.clone(), "feeds_busy"),
        Client::on(base.clone(), "feeds_other"),
    );
    let held: Vec<_> = (0..MAX_FEEDS_PER_WORLD).map(|_| open_feed(&base, &busy.key)).collect();
    assert!(held.iter().all(|r| r.status() == 200));
    // The busy world's next feed waits for one of its own to end...
    let refused = reply(open_feed(&base, &busy.key));
    check_error(&refused, 429, "invalid_request_error", Some("rate_limit"), None);
    // ...its restricted key shares its world's share...
    let restricted = busy.key.replacen("sk_test_", "rk_test_", 1);
    assert_eq!(open_feed(&base, &restricted).status(), 429);
    // ...and another key is not kept waiting because of it.
    let theirs = open_feed(&base, &other.key);
    assert_eq!(theirs.status(), 200);
    // A feed that ends gives its place back.
    drop(held);
    let mut reopened = None;
    for _ in 0..200 {
        let response = open_feed(&base, &busy.key);
        if response.status() == 200 {
            reopened = Some(response);
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(reopened.is_some(), "the busy world's places were not given back");
}
