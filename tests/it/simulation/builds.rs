//! The journal names the build that wrote it, and replay checks every record against what it
//! produced then: a tail from another build is replayed while it produces the same, and
//! otherwise refused naming both builds, with nothing in the directory changed; under the
//! build that wrote it, a difference is a bug and replay panics.

use std::path::Path;
use std::sync::Arc;

use debitsim::fixtures::Fixtures;
use debitsim::server::clock::{Clock, ManualClock};
use debitsim::server::persist::{self, BUILD, PersistError, Produced, Record};
use debitsim::server::pipeline;
use debitsim::server::state::AppState;

use super::{Call, START, Server, runtime, world_key};
use crate::http::persistence::{StateDir, contents};

const OTHER: &str = "0.0.9+0123456789abcdef";

const KEY: &str = "sk_test_builds";

/// Writes a journal stamped `build` into `dir`: a few calls, then, with `forged`, one more
/// record of a charge that claims to have produced what no build produces. The images of
/// the worlds it left.
fn write_journal(dir: &Path, build: &str, forged: bool) -> Vec<(String, Vec<u8>)> {
    runtime().block_on(async {
        let clock = Arc::new(ManualClock::new(START));
        let server = Server::start(dir, clock.clone(), 0, Some(build.to_owned()));
        for body in [
            "amount=1500&currency=usd&source=tok_visa",
            "amount=700&currency=usd&source=acct_1SimExpressUS001",
        ] {
            let answer = server.send(KEY, &Call::post("/v1/charges", body.into())).await;
            assert_eq!(answer.status, 200, "{}", String::from_utf8_lossy(&answer.body));
        }
        let images = server.images(&[KEY.to_owned()]).await;
        if forged {
            let record = {
                let world = server.state.existing_world(world_key(KEY)).unwrap();
                let mut world = world.lock();
                world.seq += 1;
                Record::Call(persist::Call {
                    key: world_key(KEY).to_owned(),
                    seq: world.seq,
                    request_id: 7,
                    now: world.ledger().now(),
                    wall: clock.wall(),
                    method: "POST".into(),
                    path: "/v1/charges".into(),
                    query: String::new(),
                    account: None,
                    idempotency_key: None,
                    body: b"amount=2500&currency=usd&source=tok_visa".to_vec(),
                    version: None,
                    produced: Produced {
                        version: world.ledger().version() + 1_000,
                        digest: 0,
                    },
                })
            };
            let journal = server.state.journal.as_ref().unwrap();
            journal.append(&record).written().await.unwrap();
        }
        images
    })
}

/// Recovers `dir` into a fresh server state, replaying its journal.
fn recover(dir: &Path) -> (AppState, Result<usize, PersistError>) {
    let state = AppState::with_clock(Fixtures::builtin(), Arc::new(ManualClock::new(START)));
    let recovered = persist::recover(dir, state.fixtures.hash()).unwrap();
    let replayed = pipeline::restore(&state, recovered);
    (state, replayed)
}

/// A tail another build wrote, which this build replays to the same results, is replayed.
#[test]
fn a_tail_from_another_build_that_replays_the_same_is_kept() {
    let dir = StateDir::new("builds-same");
    let live = write_journal(dir.as_path(), OTHER, false);
    let (state, replayed) = recover(dir.as_path());
    assert_eq!(replayed.unwrap(), 2, "both calls replayed");
    let world = state.existing_world(world_key(KEY)).unwrap();
    let mut w = debitsim::ledger::codec::Writer::new();
    world.lock().write_image(&mut w);
    assert_eq!(
        Some(w.into_bytes()),
        live.into_iter().next().map(|(_, image)| image),
        "the same world"
    );
}

/// A tail another build wrote that this build replays to something else is refused, naming
/// both builds, and the directory — a torn record at its end included — is left as it was.
#[test]
fn a_tail_from_another_build_that_replays_otherwise_is_refused_untouched() {
    let dir = StateDir::new("builds-other");
    write_journal(dir.as_path(), OTHER, true);
    let segment = std::fs::read_dir(dir.as_path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("journal-"))
        .max()
        .unwrap();
    let mut bytes = std::fs::read(&segment).unwrap();
    bytes.extend_from_slice(&[0x40, 0, 0, 0, 1, 2]);
    std::fs::write(&segment, bytes).unwrap();
    let before = contents(dir.as_path());

    let (_, replayed) = recover(dir.as_path());
    let error = replayed.unwrap_err().to_string();
    assert!(error.contains(OTHER) && error.contains(BUILD), "{error}");
    assert!(error.contains("nothing was changed"), "{error}");
    assert_eq!(contents(dir.as_path()), before, "the directory is untouched");

    // The binary says so and stops with EX_IOERR.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_debitsim"))
        .args(["--port", "0", "--state", dir.path()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(74), "{stderr}");
    assert!(
        stderr.contains(&format!("written by debitsim {OTHER}")) && stderr.contains("version"),
        "{stderr}"
    );
    assert_eq!(contents(dir.as_path()), before, "the directory is untouched");
}

/// Under the build that wrote it, a record that replays to something else is a bug: replay
/// panics, naming it, and changes nothing.
#[test]
fn a_tail_this_build_replays_otherwise_is_a_bug_and_panics() {
    let dir = StateDir::new("builds-bug");
    write_journal(dir.as_path(), BUILD, true);
    let before = contents(dir.as_path());
    let panicked = std::panic::catch_unwind(|| recover(dir.as_path()).1.map(|_| ())).expect_err("replay panics");
    let message = panicked.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(
        message.contains("a bug in debitsim") && message.contains(BUILD),
        "{message}"
    );
    assert_eq!(contents(dir.as_path()), before, "the directory is untouched");
}
