//! What packaging relies on: the keyless `GET /_sim/health`, `debitsim health` (a container's
//! health check, with no shell to run curl), a `DEBITSIM_*` variable for every flag (a CI
//! service container cannot change the command), and a bad variable named as such.

use std::io::{Read, Write};
use std::process::{Command, Output};

use super::binary::Running;

fn debitsim(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_debitsim"));
    command.args(args);
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("debitsim runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn health_needs_no_key_and_debitsim_health_asks_it() {
    let running = Running::start(&["--port", "0"]);
    let port = running.base.rsplit(':').next().unwrap().to_owned();
    let client = reqwest::blocking::Client::new();
    let response = client.get(format!("{}/_sim/health", running.base)).send().unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let body: serde_json::Value = serde_json::from_str(&response.text().unwrap()).unwrap();
    assert_eq!(body["object"], "simulator.health");
    assert_eq!(body["status"], "ok");
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
    let refused = client.post(format!("{}/_sim/health", running.base)).send().unwrap();
    assert_eq!(refused.status().as_u16(), 405);

    // By flag, and by the variables a container sets (0.0.0.0 is asked over loopback).
    let by_flag = debitsim(&["health", "--port", &port], &[]);
    assert!(by_flag.status.success(), "{}", stderr(&by_flag));
    assert!(String::from_utf8_lossy(&by_flag.stdout).contains("is serving"));
    let by_env = debitsim(&["health"], &[("DEBITSIM_PORT", &port), ("DEBITSIM_HOST", "0.0.0.0")]);
    assert!(by_env.status.success(), "{}", stderr(&by_env));

    assert!(running.terminate().success());
    let stopped = debitsim(&["health", "--port", &port], &[]);
    assert_eq!(stopped.status.code(), Some(1));
    assert!(stderr(&stopped).contains("Connection refused"), "{}", stderr(&stopped));
}

#[test]
fn debitsim_health_fails_when_something_else_answers_200() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    let other = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut request = [0u8; 1024];
        let _ = stream.read(&mut request);
        stream
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok")
            .unwrap();
    });
    let output = debitsim(&["health", "--port", &port], &[]);
    other.join().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("not debitsim's health"), "{}", stderr(&output));
}

#[test]
fn every_flag_has_a_debitsim_variable() {
    let output = debitsim(&["serve", "--help"], &[]);
    let help = String::from_utf8_lossy(&output.stdout);
    // clap lists each option from a line starting with its flag; its `[env: …]` follows in
    // the same entry, before the next flag's.
    let mut entries: Vec<(String, String)> = Vec::new();
    for line in help.lines() {
        let flag = line.trim_start().split([' ', ',']).find(|w| w.starts_with("--"));
        match (flag, entries.last_mut()) {
            (Some(flag), _) if line.trim_start().starts_with('-') => entries.push((flag.to_owned(), line.to_owned())),
            (_, Some((_, text))) => text.push_str(line),
            (_, None) => {}
        }
    }
    let flags: Vec<&str> = entries.iter().map(|(flag, _)| flag.as_str()).collect();
    assert!(flags.contains(&"--state") && flags.len() > 10, "{help}");
    for (flag, text) in &entries {
        if flag == "--help" || flag == "--version" {
            continue;
        }
        let variable = format!("DEBITSIM_{}", flag[2..].to_uppercase().replace('-', "_"));
        assert!(
            text.contains(&format!("[env: {variable}")),
            "{flag} has no {variable}: {text}"
        );
    }
}

#[test]
fn a_bad_value_names_the_variable_it_came_from() {
    let from_env = debitsim(&[], &[("DEBITSIM_PORT", "abc")]);
    assert_eq!(from_env.status.code(), Some(2));
    assert!(stderr(&from_env).contains("invalid value 'abc' for '--port"));
    assert!(
        stderr(&from_env).contains("came from the environment variable DEBITSIM_PORT"),
        "{}",
        stderr(&from_env)
    );
    let from_flag = debitsim(&["--onboarding=never"], &[("DEBITSIM_ONBOARDING", "never")]);
    assert_eq!(from_flag.status.code(), Some(2));
    assert!(!stderr(&from_flag).contains("environment"), "{}", stderr(&from_flag));
    let bool_env = debitsim(&["serve"], &[("DEBITSIM_LOG", "banana")]);
    assert!(stderr(&bool_env).contains("DEBITSIM_LOG"), "{}", stderr(&bool_env));
}
