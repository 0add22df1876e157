//! The `debitsim` binary as a user runs it: flags, the `listening on` line, graceful
//! shutdown, `--fixtures` and `--rate-limit`.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `debitsim` and the address it printed.
pub struct Running {
    pub child: Child,
    pub base: String,
}

impl Running {
    pub fn start(args: &[&str]) -> Running {
        let mut child = Command::new(env!("CARGO_BIN_EXE_debitsim"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("debitsim starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let base = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("the first line says where it listens: {line:?}"))
            .to_owned();
        Running { child, base }
    }

    pub fn get(&self, path: &str, key: &str) -> u16 {
        reqwest::blocking::Client::new()
            .get(format!("{}{path}", self.base))
            .bearer_auth(key)
            .send()
            .unwrap()
            .status()
            .as_u16()
    }

    /// Sends SIGTERM and waits for a clean exit.
    pub fn terminate(self) -> Exited {
        self.signal("-TERM")
    }

    /// Sends SIGKILL: the process dies at once, mid-request if need be.
    pub fn kill(self) -> Exited {
        self.signal("-KILL")
    }

    fn signal(mut self, signal: &str) -> Exited {
        let pid = self.child.id().to_string();
        Command::new("kill").args([signal, &pid]).status().unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(Instant::now() < deadline, "debitsim did not stop on {signal}");
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut stderr = String::new();
        if let Some(mut pipe) = self.child.stderr.take() {
            let _ = std::io::Read::read_to_string(&mut pipe, &mut stderr);
        }
        Exited { status, stderr }
    }
}

/// How a `debitsim` ended.
pub struct Exited {
    pub status: std::process::ExitStatus,
    pub stderr: String,
}

impl Exited {
    pub fn success(&self) -> bool {
        self.status.success()
    }
}

#[test]
fn serves_on_port_0_and_stops_cleanly_on_sigterm() {
    let running = Running::start(&["serve", "--port", "0"]);
    assert!(running.base.starts_with("http://127.0.0.1:"), "{}", running.base);
    assert!(
        !running.base.ends_with(":0"),
        "the real port is printed: {}",
        running.base
    );
    assert_eq!(running.get("/v1/balance", "sk_test_binary"), 200);
    assert!(running.terminate().success());
}

#[test]
fn plain_debitsim_serves_with_the_defaults_and_flags_take_effect() {
    // No subcommand: the same as `serve`.
    let running = Running::start(&["--port", "0", "--rate-limit", "3"]);
    let statuses: Vec<u16> = (0..6).map(|_| running.get("/v1/balance", "sk_test_rate")).collect();
    assert!(statuses.contains(&429), "{statuses:?}");
    assert_eq!(statuses[0], 200);
    assert!(running.terminate().success());
}

#[test]
fn help_documents_every_flag_and_environment_variable() {
    let output = Command::new(env!("CARGO_BIN_EXE_debitsim"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&output.stdout);
    for flag in [
        "--host",
        "--port",
        "--fixtures",
        "--log",
        "--rate-limit",
        "DEBITSIM_HOST",
        "DEBITSIM_PORT",
        "DEBITSIM_FIXTURES",
        "DEBITSIM_LOG",
        "DEBITSIM_RATE_LIMIT",
    ] {
        assert!(help.contains(flag), "--help mentions {flag}:\n{help}");
    }
}

#[test]
fn fixtures_come_from_a_file_or_fail_clearly() {
    let dir = std::env::temp_dir().join(format!("debitsim-fixtures-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("small.json");
    std::fs::write(
        &good,
        r#"{"platform": {"id": "acct_1MyPlatform", "country": "GB"},
            "setup": [{"charge": {"amount": 5000, "currency": "gbp", "source": "tok_bypassPending"}}]}"#,
    )
    .unwrap();
    let running = Running::start(&["--port", "0", "--fixtures", good.to_str().unwrap()]);
    let response = reqwest::blocking::Client::new()
        .get(format!("{}/v1/account", running.base))
        .bearer_auth("sk_test_fixture_file")
        .send()
        .unwrap();
    let account = super::reply(response).json;
    assert_eq!(
        (account["id"].as_str(), account["country"].as_str()),
        (Some("acct_1MyPlatform"), Some("GB"))
    );
    running.terminate();

    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{"platform": {"id": "acct_1X", "country": "ZZ"}}"#).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_debitsim"))
        .args(["--port", "0", "--fixtures", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("invalid fixtures"));
    std::fs::remove_dir_all(&dir).ok();
}
