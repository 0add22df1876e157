//! `--state`: worlds survive restarts and `kill -9` mid-load with every acknowledged write,
//! a damaged journal tail is reported and its valid prefix kept, and a state directory is
//! only reopened with the fixtures that built it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use debitsim::server::persist::FORMAT;

use super::binary::Running;
use super::*;

/// A state directory of its own, removed at the end.
pub struct StateDir(PathBuf);

impl StateDir {
    pub fn new(name: &str) -> StateDir {
        let dir = std::env::temp_dir().join(format!("debitsim-state-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        StateDir(dir)
    }

    pub fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }

    pub fn as_path(&self) -> &std::path::Path {
        &self.0
    }

    fn journal(&self) -> PathBuf {
        let mut journals: Vec<PathBuf> = std::fs::read_dir(&self.0)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.file_name().unwrap().to_str().unwrap().starts_with("journal-"))
            .collect();
        journals.sort();
        journals.pop().expect("a journal segment")
    }
}

impl Drop for StateDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn http() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .unwrap()
}

/// POST as `key` (acting as `account`), returning the reply, or `None` if the server is gone.
pub fn post(base: &str, key: &str, account: Option<&str>, path: &str, body: &str) -> Option<Reply> {
    let mut request = http()
        .post(format!("{base}{path}"))
        .bearer_auth(key)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body.to_owned());
    if let Some(account) = account {
        request = request.header("Stripe-Account", account);
    }
    let response = request.send().ok()?;
    let status = response.status().as_u16();
    let text = response.text().ok()?;
    Some(Reply {
        status,
        headers: Default::default(),
        json: serde_json::from_str(&text).ok()?,
    })
}

pub fn get(base: &str, key: &str, account: Option<&str>, path: &str) -> Reply {
    let mut request = http().get(format!("{base}{path}")).bearer_auth(key);
    if let Some(account) = account {
        request = request.header("Stripe-Account", account);
    }
    reply(request.send().unwrap())
}

/// One acknowledged write: who owns it, its id and amount.
#[derive(Clone, Debug)]
struct Acknowledged {
    account: Option<&'static str>,
    path: &'static str,
    id: String,
    amount: i64,
}

#[test]
fn sigkill_mid_load_loses_no_acknowledged_write() {
    let state = StateDir::new("sigkill");
    let key = "sk_test_crash_survivor";
    let acknowledged: Arc<Mutex<Vec<Acknowledged>>> = Arc::default();
    let crashes = 3;
    for round in 0..crashes {
        // Snapshots every 150 writes, so the crash lands between snapshot and journal too.
        let running = Running::start(&["--port", "0", "--state", state.path(), "--snapshot-every", "150"]);
        let base = running.base.clone();
        // Everything acknowledged before this start is still there, exactly.
        for ack in acknowledged.lock().unwrap().iter() {
            let found = get(&base, key, ack.account, &format!("{}/{}", ack.path, ack.id));
            assert_eq!(
                found.status, 200,
                "round {round}: acknowledged {ack:?} is lost: {}",
                found.json
            );
            assert_eq!(found.json["amount"].as_i64(), Some(ack.amount), "{ack:?}");
        }
        let audit = get(&base, key, None, "/_sim/audit").json;
        assert_eq!(audit["ok"], true, "round {round}: {audit}");

        // Load from four threads, then SIGKILL in the middle of it.
        let stop = Arc::new(AtomicBool::new(false));
        let workers: Vec<_> = (0..4)
            .map(|worker| {
                let (base, stop, acknowledged) = (base.clone(), stop.clone(), acknowledged.clone());
                std::thread::spawn(move || {
                    let mut n = 0i64;
                    while !stop.load(Ordering::Relaxed) {
                        n += 1;
                        let amount = 100 + worker * 1000 + n;
                        let (account, path, body) = if n % 2 == 0 {
                            (
                                Some(EXPRESS_US),
                                "/v1/transfers",
                                format!("amount={amount}&currency=usd&destination={PLATFORM}"),
                            )
                        } else {
                            (
                                None,
                                "/v1/charges",
                                format!("amount={amount}&currency=usd&source=tok_bypassPending"),
                            )
                        };
                        let Some(reply) = post(&base, key, account, path, &body) else {
                            break;
                        };
                        if reply.status == 200 {
                            acknowledged.lock().unwrap().push(Acknowledged {
                                account,
                                path,
                                id: reply.id(),
                                amount,
                            });
                        }
                    }
                })
            })
            .collect();
        let target = acknowledged.lock().unwrap().len() + 400;
        while acknowledged.lock().unwrap().len() < target {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        let exited = running.kill();
        assert!(!exited.success(), "SIGKILL ends it abruptly");
        stop.store(true, Ordering::Relaxed);
        for worker in workers {
            worker.join().unwrap();
        }
    }
    // The last restart: every write acknowledged over every crash is there.
    let running = Running::start(&["--port", "0", "--state", state.path()]);
    let all = acknowledged.lock().unwrap().clone();
    assert!(all.len() >= 1200, "{} writes acknowledged", all.len());
    for ack in &all {
        let found = get(&running.base, key, ack.account, &format!("{}/{}", ack.path, ack.id));
        assert_eq!(found.status, 200, "acknowledged {ack:?} is lost");
    }
    assert_eq!(get(&running.base, key, None, "/_sim/audit").json["ok"], true);
    eprintln!(
        "persistence: {} acknowledged writes over {crashes} SIGKILLs, none lost",
        all.len()
    );
    running.terminate();
}

#[test]
fn a_damaged_journal_tail_is_reported_and_the_valid_prefix_kept() {
    let state = StateDir::new("damaged");
    let key = "sk_test_damaged_journal";
    let running = Running::start(&["--port", "0", "--state", state.path()]);
    let mut ids = Vec::new();
    for amount in [1000, 2000, 3000] {
        let reply = post(
            &running.base,
            key,
            None,
            "/v1/charges",
            &format!("amount={amount}&currency=usd&source=tok_visa"),
        )
        .unwrap();
        ids.push(reply.ok()["id"].as_str().unwrap().to_owned());
    }
    running.kill();

    // A torn write: half a frame at the end of the journal.
    let journal = state.journal();
    let mut bytes = std::fs::read(&journal).unwrap();
    bytes.extend_from_slice(&[0x40, 0, 0, 0, 1, 2, 3]);
    std::fs::write(&journal, &bytes).unwrap();
    let running = Running::start(&["--port", "0", "--state", state.path()]);
    for id in &ids {
        assert_eq!(get(&running.base, key, None, &format!("/v1/charges/{id}")).status, 200);
    }
    let exited = running.terminate();
    assert!(exited.stderr.contains("truncated or corrupted"), "{}", exited.stderr);

    // A corrupted record in the middle: the records before it survive, the rest are cut.
    let running = Running::start(&["--port", "0", "--state", state.path(), "--snapshot-every", "1000"]);
    let mut later = Vec::new();
    for amount in [4000, 5000, 6000] {
        let reply = post(
            &running.base,
            key,
            None,
            "/v1/charges",
            &format!("amount={amount}&currency=usd&source=tok_visa"),
        )
        .unwrap();
        later.push(reply.ok()["id"].as_str().unwrap().to_owned());
    }
    running.kill();
    let journal = state.journal();
    let mut bytes = std::fs::read(&journal).unwrap();
    let at = bytes.len() - 40; // inside the last record
    bytes[at] ^= 0xff;
    std::fs::write(&journal, &bytes).unwrap();
    let running = Running::start(&["--port", "0", "--state", state.path()]);
    for id in ids.iter().chain(&later[..2]) {
        assert_eq!(
            get(&running.base, key, None, &format!("/v1/charges/{id}")).status,
            200,
            "{id}"
        );
    }
    assert_eq!(
        get(&running.base, key, None, &format!("/v1/charges/{}", later[2])).status,
        404
    );
    assert_eq!(get(&running.base, key, None, "/_sim/audit").json["ok"], true);
    let exited = running.terminate();
    assert!(exited.stderr.contains("kept the"), "{}", exited.stderr);
}

#[test]
fn a_clean_shutdown_leaves_a_snapshot_and_other_fixtures_are_refused() {
    let state = StateDir::new("snapshot");
    let key = "sk_test_snapshot";
    let running = Running::start(&["--port", "0", "--state", state.path()]);
    post(
        &running.base,
        key,
        Some(EXPRESS_US),
        "/v1/transfers",
        &format!("amount=1234&currency=usd&destination={PLATFORM}"),
    )
    .unwrap()
    .ok();
    let before = get(&running.base, key, Some(EXPRESS_US), "/v1/balance").json;
    assert!(running.terminate().success());
    assert!(state.0.join("snapshot").exists());
    // The files name the API keys: owner only.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&state.0), 0o700);
        assert_eq!(mode(&state.0.join("snapshot")), 0o600);
        assert_eq!(mode(&state.journal()), 0o600);
    }

    let running = Running::start(&["--port", "0", "--state", state.path()]);
    assert_eq!(get(&running.base, key, Some(EXPRESS_US), "/v1/balance").json, before);
    let exited = running.terminate();
    assert!(
        exited
            .stderr
            .contains("restored 1 worlds from the snapshot and replayed 0 journaled calls"),
        "nothing to replay after a snapshot: {}",
        exited.stderr
    );

    let other = state.0.with_extension("fixtures.json");
    std::fs::write(&other, r#"{"platform": {"id": "acct_1Other", "country": "US"}}"#).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_debitsim"))
        .args([
            "--port",
            "0",
            "--state",
            state.path(),
            "--fixtures",
            other.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("other fixtures"));
    let _ = std::fs::remove_file(other);
}

/// A copy of a committed state directory in a fresh temporary one.
fn copy_fixture(name: &str, to: &StateDir) {
    let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .join("dir");
    std::fs::create_dir_all(&to.0).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.0.join(entry.file_name())).unwrap();
    }
}

/// Every file of a directory, by name, with its bytes.
pub fn contents(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (e.file_name().into_string().unwrap(), std::fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// Directories of earlier state formats are refused, naming both formats, and nothing in
/// them is changed: debitsim 0.1.0's (format 1), and format 2 (never released: its journal
/// named no build and its records carried no digest).
#[test]
fn state_directories_of_earlier_formats_are_refused_untouched() {
    for (fixture, names) in [
        ("state-0.1.0", "state format 1 (debitsim 0.1.0)"),
        ("state-2", "is in state format 2,"),
    ] {
        let state = StateDir::new(fixture);
        copy_fixture(fixture, &state);
        let before = contents(&state.0);
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_debitsim"))
            .args(["--port", "0", "--state", state.path()])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(74), "{fixture}: {stderr}");
        assert!(
            stderr.contains(names) && stderr.contains(&format!("state format {FORMAT}")),
            "{fixture}: {stderr}"
        );
        assert!(stderr.contains("nothing was changed"), "{fixture}: {stderr}");
        assert_eq!(contents(&state.0), before, "{fixture}: the directory is untouched");
    }
}

/// A directory written in today's format (a snapshot and a journal tail, killed mid-run,
/// by the build that wrote the fixture, which later builds replay only while it answers the
/// same) loads as it was: the balance it recorded, the books audited, events as they
/// happened, and the money-in objects as they were left.
#[test]
fn a_state_directory_of_format_3_loads_as_it_was() {
    let state = StateDir::new("format-3");
    copy_fixture("state-3", &state);
    let running = Running::start(&["--port", "0", "--state", state.path(), "--start-time", "1795186800"]);
    let key = "sk_test_fixture3";
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/state-3/balance.json"),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(get(&running.base, key, None, "/v1/balance").json, expected);
    assert_eq!(get(&running.base, key, None, "/_sim/audit").json["ok"], true);
    let events = get(&running.base, key, None, "/v1/events?type=charge.refunded").json;
    let refunded: Vec<i64> = events["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["data"]["object"]["amount_refunded"].as_i64().unwrap())
        .collect();
    assert_eq!(
        refunded,
        [2_000, 1_000],
        "each charge.refunded shows the charge as it was then"
    );
    let endpoints = get(&running.base, key, None, "/v1/webhook_endpoints").json;
    assert_eq!(endpoints["data"][0]["description"], "closed port", "{endpoints}");
    // Money in, where it was: the direct fee, and the destination fee partly refunded; the
    // dispute won when the clock moved; an authorisation captured in part.
    let fees = get(&running.base, key, None, "/v1/application_fees").json;
    let fees: Vec<(i64, i64)> = fees["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["amount"].as_i64().unwrap(), f["amount_refunded"].as_i64().unwrap()))
        .collect();
    assert_eq!(fees, [(200, 0), (500, 100)]);
    let disputes = get(&running.base, key, Some(EXPRESS_US), "/v1/disputes").json;
    assert_eq!(disputes["data"][0]["status"], "won", "{disputes}");
    let intents = get(&running.base, key, None, "/v1/payment_intents?limit=2").json;
    assert_eq!(
        (
            intents["data"][1]["status"].as_str(),
            intents["data"][1]["amount_received"].as_i64()
        ),
        (Some("succeeded"), Some(2_000))
    );
    // Saved cards, where they were: the card a SetupIntent saved, charged off-session, and a
    // card source beside it.
    let off_session = &intents["data"][0];
    assert_eq!(
        (off_session["status"].as_str(), off_session["amount_received"].as_i64()),
        (Some("succeeded"), Some(1_200))
    );
    let customer = off_session["customer"].as_str().unwrap();
    let saved = get(
        &running.base,
        key,
        None,
        &format!("/v1/customers/{customer}/payment_methods"),
    )
    .json;
    assert_eq!(saved["data"][0]["id"], off_session["payment_method"], "{saved}");
    let sources = get(&running.base, key, None, &format!("/v1/customers/{customer}/sources")).json;
    assert_eq!(sources["data"][0]["last4"], "4444", "{sources}");
    let setups = get(&running.base, key, None, "/v1/setup_intents").json;
    assert_eq!(setups["data"][0]["status"], "succeeded", "{setups}");
    let exited = running.terminate();
    assert!(exited.success(), "{}", exited.stderr);
}
