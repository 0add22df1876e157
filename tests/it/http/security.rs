//! Keys and worlds as a careless user or an attacker meets them: a key never appears in full
//! in the log or in an answer (only masked, as Stripe masks it), the server binds loopback
//! unless `--host` says otherwise, a restricted key reads its secret key's world and changes
//! nothing, and an id from another world is unknown everywhere: in a path (404), as a
//! parameter (400 `resource_missing`), as `Stripe-Account` (403).

use std::io::{BufRead, BufReader, Read};
use std::net::{IpAddr, SocketAddr, TcpStream, UdpSocket};
use std::process::{Child, Command, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::hostile::{Ids, prepare};
use super::*;

// ---- The binary ----

/// A `debitsim` of its own, with everything it writes to stderr collected.
struct Server {
    child: Child,
    /// The address from its `listening on` line.
    listening: String,
    /// Reads stderr as it comes, so the server never blocks on a full pipe.
    stderr: Option<JoinHandle<String>>,
}

impl Server {
    /// Starts `debitsim` with `args` and nothing from the environment.
    fn start(args: &[&str], env: &[(&str, &str)]) -> Server {
        let mut command = Command::new(env!("CARGO_BIN_EXE_debitsim"));
        for (name, _) in std::env::vars().filter(|(name, _)| name.starts_with("DEBITSIM_")) {
            command.env_remove(name);
        }
        let mut child = command
            .args(args)
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("debitsim starts");
        let mut stderr = child.stderr.take().expect("stderr");
        let stderr = std::thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.read_to_string(&mut text);
            text
        });
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("the listening line");
        let listening = line
            .trim()
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| panic!("the first line says where it listens: {line:?}"))
            .to_owned();
        Server {
            child,
            listening,
            stderr: Some(stderr),
        }
    }

    fn port(&self) -> u16 {
        self.listening.parse::<SocketAddr>().expect("HOST:PORT").port()
    }

    /// Where a client on this machine reaches it.
    fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port())
    }

    /// Stops it with SIGTERM and returns all it wrote to stderr.
    fn stop(mut self) -> String {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().expect("kill");
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.child.try_wait().expect("wait").is_none() {
            assert!(Instant::now() < deadline, "debitsim stops on SIGTERM");
            std::thread::sleep(Duration::from_millis(20));
        }
        self.stderr.take().expect("stderr").join().expect("the stderr reader")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // A test that failed midway leaves no server behind.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Sends a request; the answer's status and body.
fn send(request: reqwest::blocking::RequestBuilder) -> (u16, String) {
    let response = request.send().expect("an answer");
    (response.status().as_u16(), response.text().expect("a body"))
}

/// `key` as Stripe masks it: the prefix, a star for each character but the last four, and
/// those four.
fn stripe_mask(key: &str) -> String {
    let at = key.find("_test_").or_else(|| key.find("_live_")).map_or(0, |i| i + 6);
    let (prefix, body) = key.split_at(at);
    format!("{prefix}{}{}", "*".repeat(body.len() - 4), &body[body.len() - 4..])
}

/// The key's body (what follows `sk_test_` and the like) appears in `text` in part: any
/// five characters of it in a row. A mask shows at most the last four.
fn leaks(text: &str, key: &str) -> Option<String> {
    let body = key
        .split_once("_test_")
        .or_else(|| key.split_once("_live_"))
        .map_or(key, |(_, b)| b);
    let chars: Vec<char> = body.chars().collect();
    chars
        .windows(5)
        .map(|w| w.iter().collect::<String>())
        .find(|window| text.contains(window.as_str()))
}

#[test]
fn keys_appear_only_masked_in_the_log_and_in_answers() {
    // Bodies of no words, so that finding five of their characters in a row in the log is a
    // leak and not a coincidence.
    let long_valid = format!(
        "sk_test_{}4321",
        "Qz8Wx4Jr6T".repeat(25).chars().take(243).collect::<String>()
    );
    let too_long = format!("sk_test_{}", "Px2Vn7Kc4Rm".repeat(30));
    let live = "sk_live_Hv5Jq2Lw8Rt41111";
    // Each key, and whether the log names it (valid keys; the others are refused before
    // anyone is named).
    let keys: Vec<(String, bool)> = vec![
        ("sk_test_Zq7Xw3Kp9Vb2Nm9876".into(), true),
        ("rk_test_Zq7Xw3Kp9Vb2Nm9876".into(), true),
        (long_valid, true),
        ("sk_test_Zq7-Xw3-Kp5432".into(), false),
        (live.into(), false),
        ("pk_test_Gb6Yt9Qe3Ws52222".into(), false),
        (too_long, false),
    ];
    let state = std::env::temp_dir().join(format!("debitsim-security-{}", std::process::id()));
    let state_arg = state.to_str().expect("a path").to_owned();
    let http = reqwest::blocking::Client::new();
    let mut stderr = String::new();
    let mut answers = Vec::new();
    let mut sent = 0;
    // Twice, with --state: the second run restores the first's worlds and says so.
    for _ in 0..2 {
        let server = Server::start(&["--port", "0", "--log", "--state", &state_arg], &[]);
        let base = server.base();
        for (key, _) in &keys {
            let debit = format!("amount=100&currency=usd&source={EXPRESS_US}");
            let requests = [
                http.get(format!("{base}/v1/balance")).bearer_auth(key),
                http.get(format!("{base}/v1/balance")).basic_auth(key, Some("")),
                http.post(format!("{base}/v1/charges"))
                    .bearer_auth(key)
                    .body(debit.clone()),
                http.post(format!("{base}/v1/charges"))
                    .bearer_auth(key)
                    .body(format!("{debit}&colour=red")),
                http.get(format!("{base}/v1/balance"))
                    .bearer_auth(key)
                    .header("Stripe-Account", "acct_1NotConnected00"),
                http.get(format!("{base}/v1/nope")).bearer_auth(key),
            ];
            for request in requests {
                let request = request.header("Content-Type", "application/x-www-form-urlencoded");
                answers.push((key.clone(), send(request)));
                sent += 1;
            }
        }
        stderr.push_str(&server.stop());
    }
    std::fs::remove_dir_all(&state).ok();

    let logged = stderr.lines().filter(|l| l.starts_with("req_")).count();
    assert_eq!(logged, sent, "one log line per request:\n{stderr}");
    assert!(
        stderr.contains("restored"),
        "the second run restored the first's worlds:\n{stderr}"
    );
    for (key, named) in &keys {
        assert_eq!(leaks(&stderr, key), None, "{key:.30}… is in the log:\n{stderr}");
        if *named {
            let masked = stripe_mask(key);
            assert!(stderr.contains(&masked), "the log names {masked:.30}…:\n{stderr}");
        }
    }
    for (key, (status, body)) in &answers {
        assert_eq!(leaks(body, key), None, "{key:.30}… is in a {status} answer: {body}");
    }
    // The refusals do name the key, masked, so a user can tell which key was wrong.
    let masked = stripe_mask(live);
    let named = answers
        .iter()
        .filter(|(_, (status, body))| *status == 401 && body.contains(&masked));
    assert!(named.count() > 0, "a refused key is shown masked: {masked}");
}

/// A non-loopback address of this machine, if it has one: where a client on another host
/// would connect.
fn outside_address() -> Option<IpAddr> {
    let socket = UdpSocket::bind("0.0.0.0:0").ok()?;
    // A UDP "connection" sends nothing; it only picks the interface a packet would leave by.
    // (A unicast documentation address: a broadcast one would be refused.)
    socket.connect("198.51.100.1:9").ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_loopback() && !ip.is_unspecified()).then_some(ip)
}

fn reachable(ip: IpAddr, port: u16) -> bool {
    TcpStream::connect_timeout(&SocketAddr::new(ip, port), Duration::from_secs(2)).is_ok()
}

#[test]
fn it_binds_loopback_unless_host_says_otherwise() {
    let outside = outside_address();
    match outside {
        Some(ip) => eprintln!("binding: checking reachability from outside at {ip}"),
        None => eprintln!("binding: no non-loopback address here; checking the listening lines only"),
    }
    // How it was started (flags, environment), and the host it says it listens on.
    type Start<'a> = (&'a str, Vec<&'a str>, Vec<(&'a str, &'a str)>, &'a str);
    let cases: Vec<Start> = vec![
        ("no --host", vec!["--port", "0"], vec![], "127.0.0.1"),
        (
            "--host 0.0.0.0",
            vec!["--port", "0", "--host", "0.0.0.0"],
            vec![],
            "0.0.0.0",
        ),
        (
            "DEBITSIM_HOST=0.0.0.0",
            vec!["--port", "0"],
            vec![("DEBITSIM_HOST", "0.0.0.0")],
            "0.0.0.0",
        ),
    ];
    for (name, args, env, host) in cases {
        let server = Server::start(&args, &env);
        assert!(
            server.listening.starts_with(&format!("{host}:")),
            "{name}: {}",
            server.listening
        );
        let balance = reqwest::blocking::Client::new()
            .get(format!("{}/v1/balance", server.base()))
            .bearer_auth("sk_test_bind")
            .send()
            .expect("an answer");
        assert_eq!(balance.status().as_u16(), 200, "{name}: served on loopback");
        if let Some(ip) = outside {
            let everywhere = host == "0.0.0.0";
            assert_eq!(reachable(ip, server.port()), everywhere, "{name}: reachable at {ip}");
        }
        server.stop();
    }
}

// ---- Restricted keys ----

/// The parts of a world a write would change.
fn world_view(client: &Client) -> Vec<Value> {
    let mut views = Vec::new();
    for path in [
        "/v1/balance",
        "/v1/charges?limit=100",
        "/v1/transfers?limit=100",
        "/v1/payouts?limit=100",
        "/v1/refunds?limit=100",
        "/v1/accounts?limit=100",
        "/v1/events?limit=100",
        "/_sim/faults",
    ] {
        views.push(client.get(path).ok());
    }
    views.push(client.get("/_sim/clock").ok()["offset"].clone());
    for account in [EXPRESS_US, CUSTOM_US_NO_BANK, STANDARD_US] {
        views.push(client.acting_as(account).get("/v1/balance").ok());
        views.push(client.acting_as(account).get("/v1/transfers?limit=100").ok());
    }
    views
}

#[test]
fn a_restricted_key_reads_its_secret_keys_world_and_writes_nothing() {
    let secret = Client::fresh("restricted_world");
    let restricted = Client::with_key(&secret.key.replacen("sk_test_", "rk_test_", 1));
    let ids = prepare(&secret);
    let reads: Vec<(Option<&str>, String)> = vec![
        (None, "/v1/balance".into()),
        (None, format!("/v1/charges/{}", ids.charge)),
        (None, format!("/v1/charges/{}", ids.payment)),
        (
            None,
            format!("/v1/transfers/{}/reversals/{}", ids.transfer, ids.reversal),
        ),
        (None, format!("/v1/payouts/{}", ids.payout)),
        (None, format!("/v1/refunds/{}", ids.refund)),
        (None, format!("/v1/balance_transactions/{}", ids.balance_transaction)),
        (None, format!("/v1/events/{}", ids.event)),
        (None, "/v1/transfers?limit=5".into()),
        (Some(EXPRESS_US), format!("/v1/transfers/{}", ids.debit_transfer)),
        (Some(STANDARD_US), "/v1/balance".into()),
    ];
    for (account, path) in &reads {
        let (secret, restricted) = match account {
            Some(a) => (secret.acting_as(a), restricted.acting_as(a)),
            None => (secret.clone(), restricted.clone()),
        };
        assert_eq!(restricted.get(path).ok(), secret.get(path).ok(), "{path}");
    }

    let before = world_view(&secret);
    let debit = format!("amount=100&currency=usd&destination={PLATFORM}");
    let writes: Vec<(Option<&str>, String, String)> = vec![
        (
            None,
            "/v1/charges".into(),
            format!("amount=100&currency=usd&source={EXPRESS_US}"),
        ),
        (Some(EXPRESS_US), "/v1/transfers".into(), debit.clone()),
        (
            None,
            "/v1/charges".into(),
            "amount=100&currency=usd&source=tok_bypassPending".into(),
        ),
        (None, "/v1/payouts".into(), "amount=100&currency=usd".into()),
        (None, "/v1/refunds".into(), format!("charge={}&amount=100", ids.charge)),
        (
            None,
            format!("/v1/transfers/{}/reversals", ids.transfer),
            "amount=100".into(),
        ),
        (
            None,
            format!("/v1/charges/{}", ids.charge),
            "description=changed".into(),
        ),
        (
            None,
            format!("/v1/transfers/{}", ids.transfer),
            "description=changed".into(),
        ),
        (None, "/v1/accounts".into(), "type=express&country=US".into()),
        (
            None,
            format!("/v1/accounts/{EXPRESS_US}"),
            "metadata[changed]=yes".into(),
        ),
        (None, "/_sim/clock/advance".into(), "days=3".into()),
        (None, "/_sim/reset".into(), String::new()),
        (None, "/_sim/faults".into(), "status=500".into()),
        (None, "/_sim/faults/clear".into(), String::new()),
    ];
    let masked = stripe_mask(&restricted.key);
    for (account, path, body) in &writes {
        let client = match account {
            Some(a) => restricted.acting_as(a),
            None => restricted.clone(),
        };
        let reply = client.post(path, body);
        check_error(&reply, 403, "invalid_request_error", None, None);
        let message = reply.json["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains(&masked), "{path}: the key is named, masked: {message}");
    }
    assert_eq!(world_view(&secret), before, "no restricted write changed anything");
}

// ---- Other worlds ----

#[test]
fn an_id_from_another_world_is_unknown_in_every_path_parameter_and_header() {
    let (a, b) = (Client::fresh("world_a"), Client::fresh("world_b"));
    let theirs = prepare(&a);
    let ours = prepare(&b);
    let account = a.post("/v1/accounts", "type=express&country=US").ok()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // The fixtures' own objects exist in both worlds, under different ids.
    assert_ne!(theirs.standard_charge, ours.standard_charge);
    assert_ne!(theirs.standard_payout, ours.standard_payout);
    let before = world_view(&b);

    let Ids {
        charge,
        transfer,
        reversal,
        refund,
        payout,
        payment,
        debit_transfer,
        balance_transaction,
        event,
        standard_charge,
        standard_payout,
        ..
    } = &theirs;
    // In a path: 404 resource_missing, param id.
    #[rustfmt::skip]
    let paths: Vec<(Option<&str>, &str, String)> = vec![
        (None, "GET", format!("/v1/charges/{charge}")),
        (None, "GET", format!("/v1/charges/{payment}")),
        (None, "GET", format!("/v1/transfers/{transfer}")),
        (Some(EXPRESS_US), "GET", format!("/v1/transfers/{debit_transfer}")),
        (None, "GET", format!("/v1/transfers/{transfer}/reversals")),
        (None, "GET", format!("/v1/transfers/{transfer}/reversals/{reversal}")),
        (None, "GET", format!("/v1/transfers/{}/reversals/{reversal}", ours.transfer)),
        (None, "GET", format!("/v1/payouts/{payout}")),
        (None, "GET", format!("/v1/refunds/{refund}")),
        (None, "GET", format!("/v1/balance_transactions/{balance_transaction}")),
        (None, "GET", format!("/v1/events/{event}")),
        (None, "GET", format!("/v1/accounts/{account}")),
        (None, "GET", format!("/v1/accounts/{account}/external_accounts")),
        (Some(STANDARD_US), "GET", format!("/v1/charges/{standard_charge}")),
        (Some(STANDARD_US), "GET", format!("/v1/payouts/{standard_payout}")),
        (None, "POST", format!("/v1/charges/{charge}")),
        (None, "POST", format!("/v1/transfers/{transfer}")),
        (None, "POST", format!("/v1/transfers/{transfer}/reversals")),
        (None, "POST", format!("/v1/accounts/{account}")),
    ];
    for (acting, method, path) in &paths {
        let client = acting.map_or_else(|| b.clone(), |acct| b.acting_as(acct));
        let reply = match *method {
            "GET" => client.get(path),
            _ => client.post(path, "metadata[x]=y"),
        };
        check_error(
            &reply,
            404,
            "invalid_request_error",
            Some("resource_missing"),
            Some("id"),
        );
    }

    // As a parameter: 400 resource_missing, naming the parameter.
    let to_custom = format!("amount=100&currency=usd&destination={CUSTOM_US_NO_BANK}");
    let managed = format!("amount=100&currency=usd&destination={PLATFORM}&reference_transaction");
    #[rustfmt::skip]
    let parameters: Vec<(Option<&str>, &str, String, &str)> = vec![
        (None, "/v1/transfers", format!("{to_custom}&source_transaction={charge}"), "source_transaction"),
        (Some(STANDARD_US), "/v1/transfers", format!("{managed}[type]=charge&reference_transaction[charge]={standard_charge}"), "reference_transaction[charge]"),
        (Some(STANDARD_US), "/v1/transfers", format!("{managed}[type]=payout&reference_transaction[payout]={standard_payout}"), "reference_transaction[payout]"),
        (None, "/v1/refunds", format!("charge={charge}"), "charge"),
        (None, "/v1/charges", format!("amount=100&currency=usd&source={account}"), "source"),
        (None, "/v1/transfers", format!("amount=100&currency=usd&destination={account}"), "destination"),
    ];
    for (acting, path, body, param) in &parameters {
        let client = acting.map_or_else(|| b.clone(), |acct| b.acting_as(acct));
        let reply = client.post(path, body);
        check_error(
            &reply,
            400,
            "invalid_request_error",
            Some("resource_missing"),
            Some(param),
        );
    }
    for (path, param) in [
        (format!("/v1/charges?starting_after={charge}"), "starting_after"),
        (format!("/v1/transfers?ending_before={transfer}"), "ending_before"),
    ] {
        check_error(
            &b.get(&path),
            400,
            "invalid_request_error",
            Some("resource_missing"),
            Some(param),
        );
    }

    // As the account acted as: 403, reading or writing.
    let foreign = b.acting_as(&account);
    check_error(
        &foreign.get("/v1/balance"),
        403,
        "invalid_request_error",
        Some("account_invalid"),
        None,
    );
    let reply = foreign.post(
        "/v1/transfers",
        &format!("amount=100&currency=usd&destination={PLATFORM}"),
    );
    check_error(&reply, 403, "invalid_request_error", Some("account_invalid"), None);

    assert_eq!(world_view(&b), before, "nothing another world named changed this one");
}
