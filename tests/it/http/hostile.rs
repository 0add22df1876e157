//! Hostile input over raw TCP. A property test sends requests generated from every category of
//! issue 6 — random bytes, brackets nested thousands deep, duplicated names, huge, negative,
//! fractional and exponent numbers, invalid UTF-8 and percent-escapes, multi-megabyte bodies
//! and names, JSON and other content types, junk in every header — while connections that
//! stopped halfway are held open, and checks that every answer is Stripe's JSON error with a
//! 4xx status, that it arrives within seconds, and that the world's money never moves. Tables
//! of edge cases follow, and bytes that are not HTTP at all.
//!
//! Each generated request carries one *defect* a correct server must refuse it for, whatever
//! else it holds. That is what makes "the money never moves" a check that can fail: the
//! defects are mostly put on calls that are valid otherwise (a debit, a payout, a refund, a
//! reversal, a clock advance), so a server that accepted `amount=1e3`, ignored an unknown
//! parameter, read a JSON body as a form or let a restricted key write would move money. A
//! control world shows that each of those calls, made valid, does move it.
//!
//! The generator keeps to valid HTTP framing (tokens as header names, visible ASCII and
//! obs-text in values, a true `Content-Length` or chunked encoding): bytes that are not HTTP
//! get hyper's bare 400 before any of our code runs (docs/choices.md, "Limits and HTTP framing"), and are the
//! last table's business.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use base64::Engine as _;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::{Config, FileFailurePersistence, RngSeed, TestCaseError, TestRunner};

use super::*;

/// How long an answer may take before the server counts as hung: generous for a loaded CI
/// machine, where a refusal takes a millisecond.
const ANSWER_WITHIN: Duration = Duration::from_secs(10);

/// Generated requests per run, unless `PROPTEST_CASES` says otherwise.
const DEFAULT_CASES: u32 = 1_000;

/// The server's limits, as docs/choices.md states them.
const MAX_BODY: usize = 1 << 20;
const MAX_PAIRS: usize = 1_000;
const MAX_DEPTH: usize = 8;
const MAX_NAME: usize = 1024;
const MAX_VALUE: usize = 64 * 1024;
const MAX_HEADERS: usize = 100;
const MAX_HEADER_BYTES: usize = 32 * 1024;
/// The HTTP parser's own cap on header count (beyond it, a bare 431: the non-HTTP table).
const TRANSPORT_MAX_HEADERS: usize = 128;

// ---- Raw HTTP ----

/// One HTTP answer as read off the socket.
#[derive(Debug)]
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
}

/// Why no answer was read.
#[derive(Debug)]
enum NoAnswer {
    /// The server closed the connection after sending these bytes.
    Closed(String),
    /// No complete answer within [`ANSWER_WITHIN`]; these bytes had arrived.
    Hung(String),
    Io(String),
}

impl std::fmt::Display for NoAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NoAnswer::Closed(got) => write!(f, "closed without a whole answer (received {got:?})"),
            NoAnswer::Hung(got) => write!(f, "no answer within {ANSWER_WITHIN:?} (received {got:?})"),
            NoAnswer::Io(error) => write!(f, "{error}"),
        }
    }
}

fn address() -> String {
    base().trim_start_matches("http://").to_owned()
}

fn connect() -> TcpStream {
    let stream = TcpStream::connect(address()).expect("connect to the test server");
    stream.set_read_timeout(Some(ANSWER_WITHIN)).expect("a read timeout");
    stream
}

/// Sends `request` on a new connection and reads one answer (skipping `100 Continue`).
/// `head` says the answer has no body (a HEAD request).
fn exchange(request: &[u8], head: bool) -> Result<Answer, NoAnswer> {
    exchange_on(connect(), request, head).map(|(answer, _)| answer)
}

/// [`exchange`] on a given connection, which is handed back for the caller to inspect. A
/// large request is written from a second thread, so the answer is read even when the server
/// answers (413) before the body is all sent; write errors are expected then.
fn exchange_on(stream: TcpStream, request: &[u8], head: bool) -> Result<(Answer, TcpStream), NoAnswer> {
    let mut writer = stream.try_clone().map_err(|e| NoAnswer::Io(e.to_string()))?;
    if request.len() <= 64 * 1024 {
        let _ = writer.write_all(request);
        return read_answer(&stream, head).map(|answer| (answer, stream));
    }
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let _ = writer.write_all(request);
        });
        let answer = read_answer(&stream, head);
        // Whatever the writer still has to send is not wanted: unblock it.
        let _ = stream.shutdown(Shutdown::Both);
        answer
    })
    .map(|answer| (answer, stream))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn read_answer(mut stream: &TcpStream, head: bool) -> Result<Answer, NoAnswer> {
    let deadline = Instant::now() + ANSWER_WITHIN;
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 64 * 1024];
    let shown = |b: &[u8]| String::from_utf8_lossy(&b[..b.len().min(300)]).into_owned();
    loop {
        if let Some(end) = find(&buffer, b"\r\n\r\n") {
            let text = String::from_utf8_lossy(&buffer[..end]).into_owned();
            let mut lines = text.split("\r\n");
            let status: u16 = lines
                .next()
                .and_then(|line| line.split(' ').nth(1))
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| NoAnswer::Io(format!("not an HTTP answer: {}", shown(&buffer))))?;
            if (100..200).contains(&status) {
                buffer.drain(..end + 4);
                continue;
            }
            let headers: Vec<(String, String)> = lines
                .filter_map(|line| line.split_once(':'))
                .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
                .collect();
            let length = match headers.iter().find(|(n, _)| n.eq_ignore_ascii_case("content-length")) {
                _ if head => 0,
                Some((_, v)) => v.parse().map_err(|_| NoAnswer::Io(format!("content-length {v}")))?,
                None => 0,
            };
            if buffer.len() >= end + 4 + length {
                let body = buffer[end + 4..end + 4 + length].to_vec();
                return Ok(Answer { status, headers, body });
            }
        }
        if Instant::now() > deadline {
            return Err(NoAnswer::Hung(shown(&buffer)));
        }
        match stream.read(&mut chunk) {
            Ok(0) => return Err(NoAnswer::Closed(shown(&buffer))),
            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
                return Err(NoAnswer::Hung(shown(&buffer)));
            }
            Err(e) => return Err(NoAnswer::Io(format!("{e} after {:?}", shown(&buffer)))),
        }
    }
}

/// Whether the server closes `stream` (EOF or reset) rather than leaving it open.
fn closes(mut stream: TcpStream) -> bool {
    let mut byte = [0u8; 1];
    stream.set_read_timeout(Some(ANSWER_WITHIN)).expect("a read timeout");
    match stream.read(&mut byte) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => !matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut),
    }
}

/// Checks an answer is Stripe's refusal: a 4xx, `Content-Type: application/json`, a
/// `Request-Id`, and (but for HEAD, which has no body) `{"error": {"type", "message"}}` with
/// one of Stripe's error types.
fn check_refusal(answer: &Answer, head: bool) -> Result<(), String> {
    if !(400..500).contains(&answer.status) {
        return Err(format!("status {}, not a 4xx", answer.status));
    }
    if answer.header("content-type") != Some("application/json") {
        return Err("not Stripe's JSON (no application/json content type)".into());
    }
    if !answer.header("request-id").is_some_and(|id| id.starts_with("req_")) {
        return Err("no Request-Id".into());
    }
    if head {
        return Ok(());
    }
    let json: Value = serde_json::from_slice(&answer.body).map_err(|e| format!("body is not JSON: {e}"))?;
    let error = &json["error"];
    let kind = error["type"].as_str().unwrap_or_default();
    if !["invalid_request_error", "idempotency_error", "card_error"].contains(&kind) {
        return Err(format!("error type {kind:?} is not one of Stripe's for a 4xx"));
    }
    if error["message"].as_str().is_none_or(str::is_empty) {
        return Err("no error message".into());
    }
    Ok(())
}

// ---- The world under attack ----

/// Ids of a prepared world: one object of every kind, for paths and parameters.
#[derive(Clone, Debug)]
pub(super) struct Ids {
    /// A refundable card charge of the platform.
    pub charge: String,
    /// A reversible transfer from the platform to the custom account.
    pub transfer: String,
    pub reversal: String,
    pub refund: String,
    pub payout: String,
    /// A debit: the payment on the platform, and the transfer on the express account.
    pub payment: String,
    pub debit_transfer: String,
    pub balance_transaction: String,
    pub event: String,
    /// The Stripe-managed account's own charge and payout, which its debits reference.
    pub standard_charge: String,
    pub standard_payout: String,
    /// An account of another world.
    pub foreign_account: String,
}

impl Ids {
    fn all(&self) -> Vec<String> {
        let mut all = vec![
            self.charge.clone(),
            self.transfer.clone(),
            self.reversal.clone(),
            self.refund.clone(),
            self.payout.clone(),
            self.payment.clone(),
            self.debit_transfer.clone(),
            self.balance_transaction.clone(),
            self.event.clone(),
            self.standard_charge.clone(),
            self.standard_payout.clone(),
            self.foreign_account.clone(),
        ];
        all.extend([PLATFORM, EXPRESS_US, CUSTOM_US_NO_BANK, STANDARD_US, EXPRESS_GB].map(String::from));
        all
    }
}

/// Gives `platform`'s world one object of every kind.
pub(super) fn prepare(platform: &Client) -> Ids {
    let charge = platform
        .post("/v1/charges", "amount=10000&currency=usd&source=tok_bypassPending")
        .ok();
    let transfer = platform
        .post(
            "/v1/transfers",
            &format!("amount=10000&currency=usd&destination={CUSTOM_US_NO_BANK}"),
        )
        .ok();
    let transfer_id = transfer["id"].as_str().unwrap().to_owned();
    let reversal = platform
        .post(&format!("/v1/transfers/{transfer_id}/reversals"), "amount=100")
        .ok();
    let charge_id = charge["id"].as_str().unwrap().to_owned();
    let refund = platform
        .post("/v1/refunds", &format!("charge={charge_id}&amount=100"))
        .ok();
    let payout = platform.post("/v1/payouts", "amount=100&currency=usd").ok();
    let payment = platform
        .post("/v1/charges", &format!("amount=100&currency=usd&source={EXPRESS_US}"))
        .ok();
    let standard = platform.acting_as(STANDARD_US).get("/v1/charges?limit=1").ok();
    let standard_payout = platform.acting_as(STANDARD_US).get("/v1/payouts?limit=1").ok();
    let event = platform.get("/v1/events?limit=1").ok();
    let foreign = Client::fresh("hostile_foreign")
        .post("/v1/accounts", "type=express&country=US")
        .ok();
    let id = |v: &Value| v["id"].as_str().expect("an id").to_owned();
    Ids {
        balance_transaction: charge["balance_transaction"].as_str().unwrap().to_owned(),
        charge: charge_id,
        transfer: transfer_id,
        reversal: id(&reversal),
        refund: id(&refund),
        payout: id(&payout),
        debit_transfer: payment["source_transfer"].as_str().unwrap().to_owned(),
        payment: id(&payment),
        event: id(&event["data"][0]),
        standard_charge: id(&standard["data"][0]),
        standard_payout: id(&standard_payout["data"][0]),
        foreign_account: id(&foreign),
    }
}

/// Everything money in a world touches: each account's balance and newest balance
/// transactions and transfers, the platform's newest charges, payouts, refunds and events,
/// the accounts, the clock's offset and the armed faults.
fn snapshot(platform: &Client) -> Vec<Value> {
    let accounts = platform.get("/v1/accounts?limit=100").ok();
    let mut views = vec![accounts.clone()];
    for path in [
        "/v1/balance",
        "/v1/balance_transactions?limit=5",
        "/v1/charges?limit=5",
        "/v1/transfers?limit=5",
        "/v1/payouts?limit=5",
        "/v1/refunds?limit=5",
        "/v1/events?limit=5",
        "/_sim/faults",
    ] {
        views.push(platform.get(path).ok());
    }
    views.push(platform.get("/_sim/clock").ok()["offset"].clone());
    for account in accounts["data"].as_array().unwrap() {
        let connected = platform.acting_as(account["id"].as_str().unwrap());
        for path in [
            "/v1/balance",
            "/v1/balance_transactions?limit=5",
            "/v1/transfers?limit=5",
        ] {
            views.push(connected.get(path).ok());
        }
    }
    views
}

/// What any successful money call leaves behind on the platform: a balance transaction or
/// an event, or a moved clock. Cheap enough to compare after every generated request.
fn mark(platform: &Client) -> (Value, Value, Value) {
    (
        platform.get("/v1/balance_transactions?limit=1").ok()["data"][0]["id"].clone(),
        platform.get("/v1/events?limit=1").ok()["data"][0]["id"].clone(),
        platform.get("/_sim/clock").ok()["offset"].clone(),
    )
}

/// A call that moves money when its number is valid.
#[derive(Clone, Debug)]
struct Call {
    path: String,
    account: Option<&'static str>,
    /// Its other parameters, all valid.
    base: Vec<String>,
    /// The parameter holding the number.
    number: &'static str,
    /// A value for it that succeeds.
    valid: &'static str,
}

/// Whether the server reads `text` as the integer zero (an optional `-`, then digits): a
/// valid clock advance, that moves nothing, though not a valid amount.
fn is_zero(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b == b'0')
}

impl Call {
    fn body(&self, number: &str) -> String {
        let mut pairs = self.base.clone();
        pairs.push(format!("{}={number}", self.number));
        pairs.join("&")
    }
}

/// Every kind of call that moves money, in a world prepared by [`prepare`].
fn money_calls(ids: &Ids) -> Vec<Call> {
    let call = |path: &str, account, base: &[&str], number, valid| Call {
        path: path.to_owned(),
        account,
        base: base.iter().map(|s| (*s).to_owned()).collect(),
        number,
        valid,
    };
    let platform_destination = format!("destination={PLATFORM}");
    let reference = format!("reference_transaction[charge]={}", ids.standard_charge);
    vec![
        call(
            "/v1/charges",
            None,
            &["currency=usd", &format!("source={EXPRESS_US}")],
            "amount",
            "100",
        ),
        call(
            "/v1/charges",
            None,
            &["currency=usd", "source=tok_bypassPending"],
            "amount",
            "100",
        ),
        call(
            "/v1/charges",
            None,
            &[
                "amount=5000",
                "currency=usd",
                "source=tok_bypassPending",
                &format!("transfer_data[destination]={EXPRESS_US}"),
            ],
            "transfer_data[amount]",
            "100",
        ),
        call(
            "/v1/transfers",
            Some(EXPRESS_US),
            &["currency=usd", &platform_destination],
            "amount",
            "100",
        ),
        call(
            "/v1/transfers",
            None,
            &["currency=usd", &format!("destination={CUSTOM_US_NO_BANK}")],
            "amount",
            "100",
        ),
        call(
            "/v1/transfers",
            Some(STANDARD_US),
            &[
                "currency=usd",
                &platform_destination,
                "reference_transaction[type]=charge",
                &reference,
            ],
            "amount",
            "100",
        ),
        call("/v1/payouts", None, &["currency=usd"], "amount", "100"),
        call(
            "/v1/refunds",
            None,
            &[&format!("charge={}", ids.charge)],
            "amount",
            "100",
        ),
        call(
            &format!("/v1/transfers/{}/reversals", ids.transfer),
            None,
            &[],
            "amount",
            "100",
        ),
        call("/_sim/clock/advance", None, &[], "days", "3"),
        call("/_sim/clock/advance", None, &[], "seconds", "259200"),
    ]
}

// ---- Generated requests ----

/// One `name=value` pair as sent. Large ones are described and made only when sent, so the
/// strategy never builds (or shrinks) megabytes.
#[derive(Clone, Debug)]
enum Pair {
    /// These bytes exactly (which may themselves hold `&` and `=`), and what they are.
    Raw(&'static str, Vec<u8>),
    /// `a` nested `depth` levels in one of four spellings, `=1`.
    Nested(usize, Nesting),
    /// A name of this many bytes, `=1`.
    LongName(usize),
    /// `description=` a value of this many bytes.
    LongValue(usize),
    /// This many pairs `p=1`.
    Many(usize),
}

#[derive(Clone, Copy, Debug)]
enum Nesting {
    /// `a[b][b]…`
    Named,
    /// `a[[[…`
    Open,
    /// `a%5Bb%5D%5Bb%5D…`
    Encoded,
    /// `a[][]…`
    Append,
    /// `a]]]…` (no depth at all, just stray brackets)
    Stray,
}

/// The most bytes a pair takes in a query string. A request target over 65,534 bytes is
/// refused by hyper with a bare 414 before any of our code runs (the `http` crate's limit,
/// in the last table below), so the few pairs of a query stay well under it; larger names
/// and values go in bodies.
const QUERY_PAIR_BYTES: usize = 8_000;

impl Pair {
    fn raw(kind: &'static str, text: impl Into<Vec<u8>>) -> Pair {
        Pair::Raw(kind, text.into())
    }

    fn write(&self, out: &mut Vec<u8>) {
        match self {
            Pair::Raw(_, bytes) => out.extend_from_slice(bytes),
            Pair::Nested(depth, style) => {
                out.push(b'a');
                let level: &[u8] = match style {
                    Nesting::Named => b"[b]",
                    Nesting::Open => b"[",
                    Nesting::Encoded => b"%5Bb%5D",
                    Nesting::Append => b"[]",
                    Nesting::Stray => b"]",
                };
                for _ in 1..*depth {
                    out.extend_from_slice(level);
                }
                out.extend_from_slice(b"=1");
            }
            Pair::LongName(len) => {
                out.extend(std::iter::repeat_n(b'n', *len));
                out.extend_from_slice(b"=1");
            }
            Pair::LongValue(len) => {
                out.extend_from_slice(b"description=");
                out.extend(std::iter::repeat_n(b'v', *len));
            }
            Pair::Many(count) => {
                for i in 0..*count {
                    if i > 0 {
                        out.push(b'&');
                    }
                    out.extend_from_slice(b"p=1");
                }
            }
        }
    }

    /// The same pair, small enough for a query string. A value over the limit cannot fit
    /// there, so it becomes a name over the limit: refused just the same.
    fn for_query(self) -> Pair {
        match self {
            Pair::LongName(len) => Pair::LongName(len.min(QUERY_PAIR_BYTES)),
            Pair::LongValue(_) => Pair::LongName(QUERY_PAIR_BYTES),
            Pair::Nested(depth, style) => Pair::Nested(depth.min(QUERY_PAIR_BYTES / 7), style),
            other => other,
        }
    }

    fn category(&self) -> &'static str {
        match self {
            Pair::Raw(kind, _) => kind,
            Pair::Nested(depth, _) if *depth > 1_000 => "nesting over 1,000 deep",
            Pair::Nested(..) => "nesting",
            Pair::LongName(len) if *len >= 1 << 20 => "name of a megabyte",
            Pair::LongName(_) => "long name",
            Pair::LongValue(_) => "long value",
            Pair::Many(_) => "over 1,000 pairs",
        }
    }
}

fn form(pairs: &[Pair]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, pair) in pairs.iter().enumerate() {
        if i > 0 {
            out.push(b'&');
        }
        pair.write(&mut out);
    }
    out
}

/// Bytes a request line may carry raw; everything else is percent-encoded in a query string
/// (the form decoder then meets it decoded: `%FF` is still invalid UTF-8). `%` stays raw, so
/// bad escapes arrive as sent.
fn uri_safe(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for &b in bytes {
        if b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?[]%{}|^`\\".contains(&b) {
            out.push(b);
        } else {
            out.extend_from_slice(format!("%{b:02X}").as_bytes());
        }
    }
    out
}

/// The `Authorization` header(s).
#[derive(Clone, Debug)]
enum Auth {
    /// `Bearer sk_test_<the world>`.
    Secret,
    /// HTTP Basic with that key, as `curl -u` sends it.
    Basic,
    /// `Bearer rk_test_<the world>`: read-only.
    Restricted,
    /// The secret key twice: ambiguous.
    Twice,
    /// These values exactly (none: no header).
    Values(Vec<Vec<u8>>),
}

#[derive(Clone, Debug)]
enum Body {
    Empty,
    Form(Vec<Pair>),
    /// Other bytes, and what they are (JSON, multipart, random bytes, text).
    Bytes(&'static str, Vec<u8>),
    /// A body of this many bytes: one giant name, or `a=1&` over and over.
    Large {
        len: usize,
        one_name: bool,
    },
}

impl Body {
    fn bytes(&self) -> Vec<u8> {
        match self {
            Body::Empty => Vec::new(),
            Body::Form(pairs) => form(pairs),
            Body::Bytes(_, bytes) => bytes.clone(),
            Body::Large { len, one_name: true } => {
                let mut bytes = vec![b'x'; len.saturating_sub(2)];
                bytes.extend_from_slice(b"=1");
                bytes
            }
            Body::Large { len, one_name: false } => b"a=1&".iter().copied().cycle().take(*len).collect(),
        }
    }
}

/// A generated request.
#[derive(Clone, Debug)]
struct Request {
    method: String,
    path: String,
    query: Vec<Pair>,
    auth: Auth,
    /// `Stripe-Account` values (none: no header).
    account: Vec<Vec<u8>>,
    content_type: Option<Vec<u8>>,
    /// Other headers, junk.
    headers: Vec<(String, Vec<u8>)>,
    body: Body,
    /// Chunked encoding with chunks of this size, or `Content-Length`.
    chunk: Option<usize>,
}

impl Request {
    /// The request as bytes on the wire, with `key` (`sk_test_…`) as the world's key.
    fn to_bytes(&self, key: &str) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(self.method.as_bytes());
        out.push(b' ');
        out.extend_from_slice(self.path.as_bytes());
        if !self.query.is_empty() {
            out.push(b'?');
            out.extend(uri_safe(&form(&self.query)));
        }
        out.extend_from_slice(b" HTTP/1.1\r\nHost: debitsim.test\r\n");
        let mut header = |name: &str, value: &[u8]| {
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b": ");
            out.extend_from_slice(value);
            out.extend_from_slice(b"\r\n");
        };
        let restricted = key.replacen("sk_test_", "rk_test_", 1);
        match &self.auth {
            Auth::Secret => header("Authorization", format!("Bearer {key}").as_bytes()),
            Auth::Basic => {
                let credentials = base64::engine::general_purpose::STANDARD.encode(format!("{key}:"));
                header("Authorization", format!("Basic {credentials}").as_bytes());
            }
            Auth::Restricted => header("Authorization", format!("Bearer {restricted}").as_bytes()),
            Auth::Twice => {
                header("Authorization", format!("Bearer {key}").as_bytes());
                header("Authorization", format!("Bearer {key}").as_bytes());
            }
            Auth::Values(values) => values.iter().for_each(|v| header("Authorization", v)),
        }
        for value in &self.account {
            header("Stripe-Account", value);
        }
        if let Some(content_type) = &self.content_type {
            header("Content-Type", content_type);
        }
        for (name, value) in &self.headers {
            header(name, value);
        }
        let body = self.body.bytes();
        match self.chunk {
            None => header("Content-Length", body.len().to_string().as_bytes()),
            Some(_) => header("Transfer-Encoding", b"chunked"),
        }
        out.extend_from_slice(b"\r\n");
        match self.chunk {
            None => out.extend_from_slice(&body),
            Some(size) => {
                for chunk in body.chunks(size.max(1)) {
                    out.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
                    out.extend_from_slice(chunk);
                    out.extend_from_slice(b"\r\n");
                }
                out.extend_from_slice(b"0\r\n\r\n");
            }
        }
        out
    }

    /// The pairs a defect goes among: the body's if it is a form the server reads (a POST's),
    /// otherwise the query string's.
    fn pairs(&mut self, in_query: bool) -> &mut Vec<Pair> {
        match &mut self.body {
            Body::Form(pairs) if !in_query && self.method == "POST" => pairs,
            _ => &mut self.query,
        }
    }

    /// Puts `pair` at `at` among the pairs.
    fn insert(&mut self, pair: Pair, at: Index, in_query: bool) {
        let query = in_query || self.method != "POST" || !matches!(self.body, Body::Form(_));
        let pair = if query { pair.for_query() } else { pair };
        let pairs = self.pairs(in_query);
        let at = at.index(pairs.len() + 1);
        pairs.insert(at, pair);
    }

    /// Every category of hostile input this request holds, for the tally.
    fn categories(&self) -> Vec<&'static str> {
        let mut found: Vec<&'static str> = self.query.iter().map(Pair::category).collect();
        match &self.body {
            Body::Empty => {}
            Body::Form(pairs) => found.extend(pairs.iter().map(Pair::category)),
            Body::Bytes(kind, _) => found.push(kind),
            Body::Large { one_name: true, .. } => found.push("body of megabytes, one name"),
            Body::Large { one_name: false, .. } => found.push("body of megabytes"),
        }
        if !self.headers.is_empty() {
            found.push("junk headers");
        }
        if self.chunk.is_some() {
            found.push("chunked");
        }
        if matches!(self.auth, Auth::Values(_) | Auth::Twice) {
            found.push("junk Authorization");
        }
        if !self.account.is_empty() {
            found.push("Stripe-Account");
        }
        if self.content_type.is_some() {
            found.push("Content-Type");
        }
        found
    }
}

/// A generated request and the defect it must be refused for.
#[derive(Clone, Debug)]
struct Case {
    defect: &'static str,
    request: Request,
}

/// Every endpoint; `{}` is where an id goes.
const ROUTES: &[(&str, &str)] = &[
    ("GET", "/v1/accounts"),
    ("POST", "/v1/accounts"),
    ("GET", "/v1/accounts/{}"),
    ("POST", "/v1/accounts/{}"),
    ("GET", "/v1/accounts/{}/external_accounts"),
    ("GET", "/v1/account"),
    ("GET", "/v1/charges"),
    ("POST", "/v1/charges"),
    ("GET", "/v1/charges/{}"),
    ("POST", "/v1/charges/{}"),
    ("GET", "/v1/transfers"),
    ("POST", "/v1/transfers"),
    ("GET", "/v1/transfers/{}"),
    ("POST", "/v1/transfers/{}"),
    ("GET", "/v1/transfers/{}/reversals"),
    ("POST", "/v1/transfers/{}/reversals"),
    ("GET", "/v1/transfers/{}/reversals/{}"),
    ("GET", "/v1/payouts"),
    ("POST", "/v1/payouts"),
    ("GET", "/v1/payouts/{}"),
    ("GET", "/v1/refunds"),
    ("POST", "/v1/refunds"),
    ("GET", "/v1/refunds/{}"),
    ("GET", "/v1/balance"),
    ("GET", "/v1/balance_transactions"),
    ("GET", "/v1/balance_transactions/{}"),
    ("GET", "/v1/events"),
    ("GET", "/v1/events/{}"),
    ("GET", "/_sim/clock"),
    ("POST", "/_sim/clock/advance"),
    ("POST", "/_sim/reset"),
    ("GET", "/_sim/audit"),
    ("GET", "/_sim/faults"),
    ("POST", "/_sim/faults"),
    ("POST", "/_sim/faults/clear"),
];

/// Names the endpoints know, for duplicates and hostile values.
const NAMES: &[&str] = &[
    "amount",
    "currency",
    "source",
    "destination",
    "description",
    "metadata[k]",
    "metadata",
    "expand[]",
    "expand[0]",
    "expand",
    "limit",
    "starting_after",
    "ending_before",
    "created[gt]",
    "created",
    "transfer_data[destination]",
    "transfer_data[amount]",
    "reference_transaction[type]",
    "reference_transaction[charge]",
    "reference_transaction[payout]",
    "source_transaction",
    "transfer_group",
    "charge",
    "reason",
    "reverse_transfer",
    "capture",
    "type",
    "country",
    "days",
    "seconds",
    "status",
    "delay_ms",
    "count",
    "method",
    "path",
    "settings[payouts][schedule][interval]",
    "capabilities[transfers][requested]",
    "controller[losses][payments]",
    "external_account",
    "business_profile[name]",
];

/// Numbers that are not positive integers in Stripe's sense.
const NUMBERS: &[&str] = &[
    "1e3",
    "1E3",
    "1e-3",
    "-0",
    "0",
    "-1",
    "-100",
    "9223372036854775808",
    "-9223372036854775809",
    "99999999999999999999999999999999",
    "18446744073709551616",
    "0x10",
    "0X1F",
    "0b101",
    "0o17",
    "1.5",
    "100.0",
    ".5",
    "5.",
    "1,000",
    "1_000",
    "１２",
    "١٢",
    "²",
    "12abc",
    "+12",
    " 12",
    "12 ",
    "\t12",
    "12\n",
    "",
    "NaN",
    "Infinity",
    "-Infinity",
    "true",
    "null",
    "[]",
    "{}",
    "1/2",
    "½",
    "0.0",
    "-0.0",
    "1e400",
];

/// Escapes the form decoder must refuse: `%` without two hex digits, or bytes that do not
/// decode to UTF-8 (overlong, surrogate, out of range, truncated).
const BAD_ESCAPES: &[&str] = &[
    "%",
    "%G1",
    "%ZZ",
    "%%",
    "%0",
    "%5",
    "%2",
    "%C0%80",
    "%FF",
    "%E2%82",
    "%ED%A0%80",
    "%F4%90%80%80",
    "%c3%28",
    "%F8%88%80%80%80",
    "%80",
];

/// Escapes that decode fine but mean something odd.
const ODD_ESCAPES: &[&str] = &[
    "%00",
    "%5B",
    "%5D",
    "%5B%5D",
    "%26",
    "%3D",
    "%2B",
    "+",
    "%20",
    "%0A",
    "%0D%0A",
    "%7F",
    "%EF%BB%BF",
];

/// Raw bytes that are not UTF-8.
const BAD_UTF8: &[&[u8]] = &[
    b"\xff",
    b"\xc0\x80",
    b"\xed\xa0\x80",
    b"\xe2\x82",
    b"\xf8\x88\x80\x80\x80",
    b"\xfe\xfe",
    b"\x80",
];

/// Header names whose values the server or hyper may read, filled with junk.
const HEADER_NAMES: &[&str] = &[
    "Host",
    "Accept",
    "Accept-Encoding",
    "Accept-Language",
    "User-Agent",
    "X-Stripe-Client-User-Agent",
    // Not Stripe-Version: a value that is not an API version is refused, so it decides.
    "Idempotency-Key",
    "Cookie",
    "Origin",
    "Referer",
    "Cache-Control",
    "Pragma",
    "X-Forwarded-For",
    "Forwarded",
    "X-Request-Id",
    "Request-Id",
    "Expect",
    "Connection",
    "Upgrade",
    "TE",
    "Trailer",
    "Range",
    "If-None-Match",
    "If-Modified-Since",
    "Content-Encoding",
    "Content-Language",
    "Stripe-Context",
];

/// Header values with a meaning somewhere.
const HEADER_VALUES: &[&str] = &[
    "100-continue",
    "close",
    "keep-alive",
    "Upgrade",
    "h2c",
    "websocket",
    "chunked",
    "gzip",
    "trailers",
    "bytes=0-1",
    "*",
    "2024-04-10",
    "2099-01-01.nope",
];

/// The world a strategy generates requests for.
#[derive(Clone)]
struct Target {
    ids: Ids,
    calls: Vec<Call>,
    /// Valid pairs the endpoints know, to take requests deeper into them.
    known: Vec<String>,
}

impl Target {
    fn new(ids: Ids) -> Target {
        let mut known: Vec<String> = [
            "amount=100",
            "currency=usd",
            "currency=gbp",
            "source=tok_bypassPending",
            "description=hello",
            "metadata[k]=v",
            "expand[]=balance_transaction",
            "expand[0]=data.source",
            "limit=3",
            "created[gt]=0",
            "days=1",
            "type=express",
            "country=US",
            "reverse_transfer=true",
            "status=500",
            "count=1",
            "reference_transaction[type]=charge",
        ]
        .map(String::from)
        .to_vec();
        known.extend([
            format!("source={EXPRESS_US}"),
            format!("destination={PLATFORM}"),
            format!("destination={CUSTOM_US_NO_BANK}"),
            format!("charge={}", ids.charge),
            format!("starting_after={}", ids.charge),
            format!("source_transaction={}", ids.charge),
            format!("reference_transaction[charge]={}", ids.standard_charge),
        ]);
        Target {
            calls: money_calls(&ids),
            ids,
            known,
        }
    }
}

fn header_byte() -> impl Strategy<Value = u8> {
    prop_oneof![8 => 0x20u8..0x7f, 3 => 0x80u8..=0xff, 1 => Just(b'\t')]
}

/// A header value of visible ASCII, obs-text and inner whitespace.
fn header_value(max: usize) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => proptest::collection::vec(header_byte(), 0..max),
        1 => select(HEADER_VALUES).prop_map(|v| v.as_bytes().to_vec()),
    ]
}

/// Junk headers, none of which decides the outcome by itself (the key, the account, the
/// content type and the framing are chosen elsewhere).
fn junk_headers() -> impl Strategy<Value = Vec<(String, Vec<u8>)>> {
    let name = prop_oneof![
        3 => select(HEADER_NAMES).prop_map(String::from),
        1 => "[A-Za-z0-9!#$%&'*+.^_`|~-]{1,24}".prop_map(|t| format!("X-{t}")),
    ];
    proptest::collection::vec((name, header_value(80)), 0..8)
}

/// A path segment where an id goes: a real id of the world, or junk.
fn id_segment(ids: &Ids) -> impl Strategy<Value = String> + use<> {
    prop_oneof![
        2 => select(ids.all()),
        1 => "[A-Za-z0-9_.~!$'()*+,;=:@-]{0,40}",
        1 => select(BAD_ESCAPES).prop_map(|e| format!("ch_{e}")),
        1 => Just("ch_".repeat(2_000)),
    ]
}

/// A path from the route table with its ids filled in, and its method.
fn route(ids: &Ids) -> impl Strategy<Value = (String, String)> + use<> {
    (select(ROUTES), id_segment(ids), id_segment(ids)).prop_map(|((method, path), first, second)| {
        let path = path.replacen("{}", &first, 1).replacen("{}", &second, 1);
        (method.to_owned(), path)
    })
}

/// A number that is not a positive integer.
fn bad_number() -> impl Strategy<Value = String> {
    let positive =
        |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && s.parse::<i64>().is_ok_and(|n| n > 0);
    prop_oneof![
        3 => select(NUMBERS).prop_map(String::from),
        2 => "[-+0-9eE.xX_, ]{0,24}".prop_map(move |s| if positive(&s) { format!("{s}e0") } else { s }),
        1 => any::<i64>().prop_map(|n| if n > 0 { format!("{n}.0") } else { n.to_string() }),
        1 => any::<f64>().prop_map(|f| format!("{f:e}")),
        1 => ((i64::MAX as u128 + 1)..).prop_map(|n| n.to_string()),
        1 => "[０-９]{1,6}|[٠-٩]{1,6}|[۰-۹]{1,6}",
    ]
}

/// Percent-encodes everything but letters, digits and `-._` (so `+` stays a plus).
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// A value for a known name: valid-looking, a bad number, or an odd or bad escape.
fn hostile_value() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        bad_number().prop_map(|n| encode(&n).into_bytes()),
        select(ODD_ESCAPES).prop_map(|e| e.as_bytes().to_vec()),
        "[a-z0-9_]{0,12}".prop_map(String::into_bytes),
        "\\PC{0,12}".prop_map(String::into_bytes),
    ]
}

/// A pair of junk, each of a category of issue 6.
fn junk_pair() -> impl Strategy<Value = Pair> {
    let name = || select(NAMES);
    prop_oneof![
        3 => proptest::collection::vec(any::<u8>(), 0..48).prop_map(|b| Pair::raw("random bytes", b)),
        2 => ("\\PC{0,16}", "\\PC{0,16}").prop_map(|(n, v)| Pair::raw("unicode", format!("{n}={v}"))),
        3 => (name(), hostile_value()).prop_map(|(n, v)| Pair::raw("known name, hostile value", [n.as_bytes(), b"=", &v].concat())),
        2 => (name(), proptest::collection::vec(hostile_value(), 2..5)).prop_map(|(n, values)| {
            let pairs: Vec<Vec<u8>> = values.iter().map(|v| [n.as_bytes(), b"=", v].concat()).collect();
            Pair::raw("duplicated name", pairs.join(&b'&'))
        }),
        1 => (select(ODD_ESCAPES), select(ODD_ESCAPES)).prop_map(|(n, v)| Pair::raw("odd escapes", format!("x{n}={v}"))),
        1 => (1usize..5_000, select(vec![Nesting::Named, Nesting::Open, Nesting::Encoded, Nesting::Append, Nesting::Stray]))
            .prop_map(|(depth, style)| Pair::Nested(depth, style)),
        1 => (0usize..60).prop_map(|n| {
            let pairs: Vec<String> = (0..n).map(|i| format!("metadata[k{i}]=v")).collect();
            Pair::raw("metadata keys", pairs.join("&"))
        }),
        1 => "(expand\\[\\]|expand\\[0\\]|expand)=[a-z_.]{0,60}".prop_map(|p| Pair::raw("expand", p)),
    ]
}

/// A pair the form decoder must refuse wherever it stands.
fn bad_pair() -> impl Strategy<Value = Pair> {
    prop_oneof![
        (
            (MAX_DEPTH + 1)..5_000,
            select(vec![Nesting::Named, Nesting::Open, Nesting::Encoded, Nesting::Append])
        )
            .prop_map(|(depth, style)| Pair::Nested(depth, style)),
        (select(BAD_ESCAPES), any::<bool>()).prop_map(|(e, in_name)| {
            let pair = if in_name {
                format!("x{e}=1")
            } else {
                format!("description={e}")
            };
            Pair::raw("bad escape", pair)
        }),
        (select(BAD_UTF8), any::<bool>()).prop_map(|(b, in_name)| {
            let pair = if in_name {
                [b"x", b, b"=1"].concat()
            } else {
                [b"description=", b].concat()
            };
            Pair::raw("invalid UTF-8", pair)
        }),
        prop_oneof![4 => (MAX_NAME + 1)..200_000, 1 => Just(1_000_000)].prop_map(Pair::LongName),
        ((MAX_VALUE + 1)..200_000).prop_map(Pair::LongValue),
    ]
}

/// A key that is not a valid test key, in some header shape.
fn bad_key() -> impl Strategy<Value = Auth> {
    let prefixes = vec![
        "sk_test_", "rk_test_", "sk_live_", "rk_live_", "pk_test_", "pk_live_", "SK_TEST_", "", "acct_",
    ];
    let spoilers: Vec<&[u8]> = vec![b"-", b".", b"!", b"~", b" ", b"\xff", b"\xc3\xa9", b"/"];
    let key = (
        select(prefixes),
        "[A-Za-z0-9_]{0,300}",
        any::<Index>(),
        select(spoilers),
    )
        .prop_map(|(prefix, body, at, spoiler)| {
            let valid_shape = matches!(prefix, "sk_test_" | "rk_test_") && (1..=247).contains(&body.len());
            let mut key = format!("{prefix}{body}").into_bytes();
            if valid_shape {
                // Spoil it: a byte no key holds, somewhere in its body.
                let at = prefix.len() + at.index(body.len() + 1);
                key.splice(at..at, spoiler.iter().copied());
            }
            key
        });
    prop_oneof![
        4 => (key, 0..5u8).prop_map(|(key, scheme)| {
            let value = match scheme {
                0 => [b"Bearer ".as_slice(), &key].concat(),
                1 => {
                    let encoded = base64::engine::general_purpose::STANDARD.encode([key.as_slice(), b":"].concat());
                    format!("Basic {encoded}").into_bytes()
                }
                2 => [b"bearer   ".as_slice(), &key].concat(),
                3 => [b"Token ".as_slice(), &key].concat(),
                _ => key,
            };
            Auth::Values(vec![value])
        }),
        1 => Just(Auth::Values(Vec::new())),
        1 => Just(Auth::Values(vec![Vec::new()])),
        1 => Just(Auth::Twice),
        1 => header_value(300).prop_map(|v| Auth::Values(vec![[b"Basic ".as_slice(), &v].concat()])),
    ]
}

/// `Stripe-Account` values that name no account connected to the platform.
fn foreign_account(ids: &Ids) -> impl Strategy<Value = Vec<Vec<u8>>> + use<> {
    let named = vec![
        ids.foreign_account.clone(),
        "acct_1Nobody00000000".into(),
        "acct_".into(),
        "ACCT_1SimExpressUS001".into(),
        "acct_1SimExpressUS00".into(),
        "acct_1SimExpressUS0011".into(),
        "cus_123".into(),
        "../../etc/passwd".into(),
        format!("acct_{}", "A".repeat(65)),
    ];
    prop_oneof![
        3 => select(named).prop_map(|a| vec![a.into_bytes()]),
        2 => header_value(80).prop_map(|v| vec![[b"x".as_slice(), &v].concat()]),
        1 => "acct_[A-Za-z0-9]{1,24}".prop_map(|a| vec![a.into_bytes()]),
        1 => Just(vec![EXPRESS_US.as_bytes().to_vec(), CUSTOM_US_NO_BANK.as_bytes().to_vec()]),
    ]
}

/// Whether the server reads a body with this `Content-Type` as a form (its rule: the part
/// before `;`, trimmed, in any case).
fn is_form_type(content_type: &[u8]) -> bool {
    let text = String::from_utf8_lossy(content_type);
    let essence = text.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence == "application/x-www-form-urlencoded"
}

/// A `Content-Type` that is not a form.
fn other_content_type() -> impl Strategy<Value = Vec<u8>> {
    let named = vec![
        "application/json",
        "application/json; charset=utf-8",
        "multipart/form-data; boundary=xyz",
        "text/plain",
        "text/html",
        "application/xml",
        "application/octet-stream",
        "application/x-www-form-urlencodedx",
        "application/x-www-form",
        "x-www-form-urlencoded",
        "*/*",
        "",
        ";application/x-www-form-urlencoded",
    ];
    prop_oneof![
        3 => select(named).prop_map(|c| c.as_bytes().to_vec()),
        1 => header_value(60).prop_map(|v| if is_form_type(&v) { [v.as_slice(), b"x"].concat() } else { v }),
    ]
}

/// A `Content-Type` a form may arrive with.
fn form_content_type() -> impl Strategy<Value = Option<Vec<u8>>> {
    prop_oneof![
        Just(None),
        Just(Some(b"application/x-www-form-urlencoded".to_vec())),
        Just(Some(b"application/x-www-form-urlencoded; charset=utf-8".to_vec())),
        Just(Some(b"APPLICATION/X-WWW-FORM-URLENCODED ; junk=\xff".to_vec())),
    ]
}

/// Chunked encoding (with some chunk size) or `Content-Length`.
fn framing() -> impl Strategy<Value = Option<usize>> {
    prop_oneof![3 => Just(None), 1 => (1usize..70_000).prop_map(Some)]
}

/// A JSON body of known names and hostile values.
fn json_body() -> impl Strategy<Value = Vec<u8>> {
    let leaf = prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "\\PC{0,12}".prop_map(Value::from),
        Just(Value::Null),
        Just(Value::Bool(true)),
    ];
    let value = leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            proptest::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    });
    proptest::collection::vec((select(NAMES), value), 0..6).prop_map(|entries| {
        let object: serde_json::Map<String, Value> = entries.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        serde_json::to_vec(&Value::Object(object)).expect("JSON")
    })
}

/// A body for a POST of the random kind: a form of known and junk pairs, or something else.
fn body(target: &Target) -> impl Strategy<Value = (Body, Option<Vec<u8>>)> + use<> {
    let pairs = (
        proptest::collection::vec(select(target.known.clone()), 0..6),
        proptest::collection::vec(junk_pair(), 0..6),
        any::<u64>(),
    )
        .prop_map(|(known, junk, shuffle)| {
            let mut pairs: Vec<Pair> = known.into_iter().map(|k| Pair::raw("known", k)).collect();
            pairs.extend(junk);
            // A fixed interleaving: known and junk pairs mixed, deterministically.
            let n = pairs.len().max(1);
            pairs.rotate_left((shuffle as usize) % n);
            pairs
        });
    let multipart = "\\PC{0,40}".prop_map(|text| {
        format!("--xyz\r\nContent-Disposition: form-data; name=\"amount\"\r\n\r\n{text}\r\n--xyz--\r\n").into_bytes()
    });
    prop_oneof![
        4 => (pairs, form_content_type()).prop_map(|(p, c)| (Body::Form(p), c)),
        1 => Just((Body::Empty, None)),
        1 => (json_body(), prop_oneof![Just(b"application/json".to_vec()), Just(b"application/x-www-form-urlencoded".to_vec())])
            .prop_map(|(j, c)| (Body::Bytes("JSON body", j), Some(c))),
        1 => (json_body(), Just(None)).prop_map(|(j, c)| (Body::Bytes("JSON body", j), c)),
        1 => multipart.prop_map(|m| (Body::Bytes("multipart body", m), Some(b"multipart/form-data; boundary=xyz".to_vec()))),
        1 => "\\PC{1,60}".prop_map(|t| (Body::Bytes("text body", t.into_bytes()), Some(b"text/plain".to_vec()))),
        2 => (proptest::collection::vec(any::<u8>(), 1..400), prop::option::of(header_value(40)))
            .prop_map(|(b, c)| (Body::Bytes("random bytes", b), c)),
    ]
}

/// A request to any endpoint with known and junk parameters, valid keys, junk headers.
fn random_request(target: &Target) -> impl Strategy<Value = Request> + use<> {
    let query = proptest::collection::vec(
        prop_oneof![
            select(target.known.clone()).prop_map(|k| Pair::raw("known", k)),
            junk_pair().prop_map(Pair::for_query),
        ],
        0..5,
    );
    let auth = prop_oneof![3 => Just(Auth::Secret), 1 => Just(Auth::Basic), 1 => Just(Auth::Restricted)];
    let account = select(vec![
        None,
        Some(EXPRESS_US),
        Some(CUSTOM_US_NO_BANK),
        Some(STANDARD_US),
        Some(PLATFORM),
    ]);
    (
        route(&target.ids),
        query,
        auth,
        account,
        body(target),
        junk_headers(),
        framing(),
    )
        .prop_map(
            |((method, path), query, auth, account, (body, content_type), headers, chunk)| {
                let body = if method == "GET" && matches!(body, Body::Form(_)) {
                    Body::Empty
                } else {
                    body
                };
                Request {
                    method,
                    path,
                    query,
                    auth,
                    account: account.map(|a| vec![a.as_bytes().to_vec()]).unwrap_or_default(),
                    content_type,
                    headers,
                    body,
                    chunk,
                }
            },
        )
}

/// A money call, valid or with its number replaced, with valid keys and junk headers.
fn money_request(target: &Target, number: BoxedStrategy<Option<String>>) -> impl Strategy<Value = Request> + use<> {
    let calls = target.calls.clone();
    let auth = prop_oneof![Just(Auth::Secret), Just(Auth::Basic)];
    (
        select(calls),
        number,
        any::<bool>(),
        auth,
        form_content_type(),
        junk_headers(),
        framing(),
    )
        .prop_map(|(call, number, duplicate, auth, content_type, headers, chunk)| {
            let mut pairs: Vec<Pair> = Vec::new();
            if duplicate {
                // The same name earlier with a valid value: the last value is the one read.
                pairs.push(Pair::raw("duplicated name", format!("{}={}", call.number, call.valid)));
            }
            let kind = if number.is_some() {
                "hostile number"
            } else {
                "valid money call"
            };
            let value = match number {
                // The clock may move by zero seconds (and so moves nothing): not a defect there.
                Some(n) if call.path.starts_with("/_sim/") && is_zero(&n) => format!("{n}.0"),
                Some(n) => n,
                None => call.valid.to_owned(),
            };
            pairs.push(Pair::raw(kind, call.body(&value)));
            Request {
                method: "POST".into(),
                path: call.path.clone(),
                query: Vec::new(),
                auth,
                account: call.account.map(|a| vec![a.as_bytes().to_vec()]).unwrap_or_default(),
                content_type,
                headers,
                body: Body::Form(pairs),
                chunk,
            }
        })
}

/// Any request a defect can be put on: mostly random ones, often a valid money call.
fn any_request(target: &Target) -> BoxedStrategy<Request> {
    prop_oneof![
        3 => random_request(target),
        2 => money_request(target, Just(None).boxed()),
    ]
    .boxed()
}

/// Where a defect goes among the pairs.
fn place() -> impl Strategy<Value = (Index, bool)> {
    (any::<Index>(), any::<bool>())
}

/// Every generated case: a request and the one defect it must be refused for.
fn cases(target: &Target) -> impl Strategy<Value = Case> + use<> {
    let t = target;
    let unknown = (any_request(t), "hostile_[a-z0-9]{1,8}", 0..3u8, place()).prop_map(
        |(mut request, name, spelling, (at, in_query))| {
            let pair = match spelling {
                0 => format!("{name}=1"),
                1 => format!("{name}[a][b]=1"),
                _ => format!("%68{}=1", &name[1..]),
            };
            request.insert(Pair::raw("unknown parameter", pair), at, in_query);
            Case {
                defect: "unknown parameter",
                request,
            }
        },
    );
    let number =
        (money_request(t, bad_number().prop_map(Some).boxed()), any::<bool>()).prop_map(|(mut request, raw)| {
            // Percent-encoded, as clients send it, or its bytes raw (a `+` is then a space).
            if let Body::Form(pairs) = &mut request.body
                && let Some(Pair::Raw(kind, bytes)) = pairs.last_mut()
            {
                let text = String::from_utf8_lossy(bytes).into_owned();
                let (head, number) = text.rsplit_once('=').expect("name=number");
                let number = if raw {
                    number.replace('&', "%26")
                } else {
                    encode(number)
                };
                *bytes = format!("{head}={number}").into_bytes();
                *kind = "hostile number";
            }
            Case {
                defect: "bad number",
                request,
            }
        });
    let bad_key = (any_request(t), bad_key()).prop_map(|(mut request, auth)| {
        request.auth = auth;
        Case {
            defect: "invalid key",
            request,
        }
    });
    let read_only = money_request(t, Just(None).boxed()).prop_map(|mut request| {
        request.auth = Auth::Restricted;
        Case {
            defect: "restricted key writing",
            request,
        }
    });
    let foreign = (any_request(t), foreign_account(&t.ids)).prop_map(|(mut request, account)| {
        request.account = account;
        Case {
            defect: "foreign Stripe-Account",
            request,
        }
    });
    let content_type = (any_request(t), other_content_type()).prop_map(|(mut request, content_type)| {
        request.content_type = Some(content_type);
        if request.body.bytes().is_empty() {
            request.body = Body::Bytes("random bytes", b"amount=100&currency=usd".to_vec());
        }
        Case {
            defect: "content type not a form",
            request,
        }
    });
    let pair = (any_request(t), bad_pair(), place()).prop_map(|(mut request, pair, (at, in_query))| {
        request.insert(pair, at, in_query);
        Case {
            defect: "pair the decoder refuses",
            request,
        }
    });
    let many = (any_request(t), (MAX_PAIRS + 1)..3_000, place()).prop_map(|(mut request, n, (at, in_query))| {
        request.insert(Pair::Many(n), at, in_query);
        Case {
            defect: "too many pairs",
            request,
        }
    });
    let large = (any_request(t), (MAX_BODY + 1)..3_500_000, any::<bool>(), framing()).prop_map(
        |(mut request, len, one_name, chunk)| {
            request.method = "POST".into();
            request.body = Body::Large { len, one_name };
            request.content_type = None;
            request.chunk = chunk.map(|size| size.max(16 * 1024));
            Case {
                defect: "body over 1 MiB",
                request,
            }
        },
    );
    let floods = prop_oneof![
        // Over the pipeline's cap yet under the parser's, leaving room for the request's own
        // headers (at most 8 junk ones and the framing).
        ((MAX_HEADERS + 1)..(TRANSPORT_MAX_HEADERS - 16), header_value(40))
            .prop_map(|(n, v)| (0..n).map(|i| (format!("X-Flood-{i}"), v.clone())).collect::<Vec<_>>()),
        ((MAX_HEADER_BYTES + 1)..60_000).prop_map(|len| vec![("X-Big".to_owned(), vec![b'a'; len])]),
    ];
    let flood = (any_request(t), floods).prop_map(|(mut request, flood)| {
        request.headers.extend(flood);
        Case {
            defect: "headers over the limits",
            request,
        }
    });
    let methods = vec![
        "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "HEAD", "FOO", "get", "Post",
    ];
    let detour = (any_request(t), 0..8u8, select(methods)).prop_map(|(mut request, how, method)| {
        match how {
            0 => request.path.push_str("/zz_nothing"),
            1 => request.path.push('/'),
            2 => {
                request.path = request
                    .path
                    .replacen("/v1/", "/v2/", 1)
                    .replacen("/_sim/", "/_sim2/", 1)
            }
            3 => request.path = format!("/{}", request.path),
            4 => request.path = request.path.to_uppercase(),
            _ => request.method = method.to_owned(),
        }
        Case {
            defect: "no such endpoint",
            request,
        }
    });
    proptest::strategy::Union::new_weighted(vec![
        (4, unknown.boxed()),
        (4, number.boxed()),
        (2, bad_key.boxed()),
        (1, read_only.boxed()),
        (2, foreign.boxed()),
        (2, content_type.boxed()),
        (3, pair.boxed()),
        (1, many.boxed()),
        (1, large.boxed()),
        (1, flood.boxed()),
        (2, detour.boxed()),
    ])
}

/// The property's configuration: a fixed seed, so CI is reproducible; `PROPTEST_RNG_SEED`
/// and `PROPTEST_CASES` explore further.
fn config() -> Config {
    let env = |name: &str| std::env::var(name).ok().and_then(|s| s.parse().ok());
    Config {
        cases: env("PROPTEST_CASES").map_or(DEFAULT_CASES, |n: u64| n as u32),
        rng_seed: RngSeed::Fixed(env("PROPTEST_RNG_SEED").unwrap_or(0x6057_11e5)),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        source_file: Some(file!()),
        // Every shrinking step is a request; a failure shows a small case soon enough.
        max_shrink_iters: 300,
        ..Config::default()
    }
}

/// Connections that stop halfway, held open while the property runs: none may hold up
/// anyone else. Four of each kind: in the request line, in the headers, and (on the world's
/// own key) in a body, one of them chunked and carrying an idempotency key.
fn stall(key: &str) -> Vec<TcpStream> {
    let partial = [
        "G".to_owned(),
        "GET /v1/balance HTTP/1.1\r\nHost: x\r\n".to_owned(),
        format!(
            "POST /v1/charges HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\nContent-Length: 100\r\n\r\namount="
        ),
        format!(
            "POST /v1/transfers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\nStripe-Account: {EXPRESS_US}\r\n\
             Idempotency-Key: stalled\r\nTransfer-Encoding: chunked\r\n\r\n9\r\namount=10"
        ),
    ];
    let mut held = Vec::new();
    for text in partial.iter().cycle().take(16) {
        let mut stream = connect();
        stream.write_all(text.as_bytes()).expect("a partial request");
        held.push(stream);
    }
    held
}

/// A tally of what the run tried.
#[derive(Default)]
struct Tally {
    requests: usize,
    bytes: usize,
    defects: BTreeMap<&'static str, usize>,
    categories: BTreeMap<&'static str, usize>,
}

#[test]
fn hostile_requests_are_refused_in_stripes_shape_and_move_no_money() {
    let platform = Client::fresh("hostile");
    let target = Target::new(prepare(&platform));
    let before = snapshot(&platform);
    // The mark as the previous case left it: a case is blamed only for what it moved, so
    // shrinking after a failure converges on the request that moved money.
    let marked = Mutex::new(mark(&platform));
    let stalled = stall(&platform.key);
    let tally = Mutex::new(Tally::default());

    let mut runner = TestRunner::new(config());
    let result = runner.run(&cases(&target), |case| {
        let bytes = case.request.to_bytes(&platform.key);
        let head = case.request.method == "HEAD";
        {
            let mut tally = tally.lock().unwrap();
            tally.requests += 1;
            tally.bytes += bytes.len();
            *tally.defects.entry(case.defect).or_default() += 1;
            for category in case.request.categories() {
                *tally.categories.entry(category).or_default() += 1;
            }
        }
        let answered = exchange(&bytes, head).map_err(|e| e.to_string()).and_then(|answer| {
            check_refusal(&answer, head)
                .map_err(|e| format!("{e}: {} {:.300}", answer.status, String::from_utf8_lossy(&answer.body)))
        });
        let now = mark(&platform);
        let before = std::mem::replace(&mut *marked.lock().unwrap(), now.clone());
        answered.map_err(|e| TestCaseError::fail(format!("{}: {e}", case.defect)))?;
        prop_assert_eq!(now, before, "{}: money moved", case.defect);
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }

    // Every case compared with the one before; the whole world with how it started.
    assert_eq!(snapshot(&platform), before, "the world is as it was");
    assert_eq!(
        platform.get("/_sim/audit").ok()["ok"],
        true,
        "the ledger's invariants hold"
    );
    drop(stalled);
    let tally = tally.into_inner().unwrap();
    eprintln!(
        "hostile: {} requests ({:.1} MB) sent, every one refused with Stripe's 4xx, no money moved",
        tally.requests,
        tally.bytes as f64 / 1e6
    );
    eprintln!("hostile: by defect {:?}", tally.defects);
    eprintln!("hostile: by category {:?}", tally.categories);
}

#[test]
fn the_generated_money_calls_move_money_when_their_numbers_are_valid() {
    // The control for the property above: every call it sends with a hostile number, sent
    // with a valid one, succeeds and changes the world, so a server that accepted a hostile
    // number would fail the property's money check.
    let platform = Client::fresh("hostile_control");
    let ids = prepare(&platform);
    for call in money_calls(&ids) {
        let before = mark(&platform);
        let client = match call.account {
            Some(account) => platform.acting_as(account),
            None => platform.clone(),
        };
        let reply = client.post(&call.path, &call.body(call.valid));
        assert_eq!(reply.status, 200, "{call:?}: {}", reply.json);
        assert_ne!(mark(&platform), before, "{call:?} left its mark");
    }
}

// ---- Tables ----

impl Request {
    /// A POST of `body` (form-encoded) to `path`, with the world's secret key.
    fn post(path: &str, body: Body) -> Request {
        Request {
            method: "POST".into(),
            path: path.into(),
            query: Vec::new(),
            auth: Auth::Secret,
            account: Vec::new(),
            content_type: Some(b"application/x-www-form-urlencoded".to_vec()),
            headers: Vec::new(),
            body,
            chunk: None,
        }
    }

    /// A debit of the express account by charge, with these raw form bytes.
    fn debit(form: &str) -> Request {
        Request::post("/v1/charges", Body::Form(vec![Pair::raw("table", form)]))
    }

    fn with_type(mut self, content_type: &[u8]) -> Request {
        self.content_type = Some(content_type.to_vec());
        self
    }

    fn with_headers(mut self, headers: &[(&str, &[u8])]) -> Request {
        self.headers = headers.iter().map(|(n, v)| ((*n).to_owned(), v.to_vec())).collect();
        self
    }

    fn chunked(mut self, size: usize) -> Request {
        self.chunk = Some(size);
        self
    }
}

/// A debit body with `amount` as given (raw form bytes).
fn debit_with(amount: &str) -> String {
    format!("amount={amount}&currency=usd&source={EXPRESS_US}")
}

/// What a table row expects: the status, and for an error its code and param.
type Want = (u16, Option<&'static str>, Option<&'static str>);

const INVALID_AMOUNT: Want = (400, Some("parameter_invalid_integer"), Some("amount"));
const BAD_REQUEST: Want = (400, None, None);

#[test]
fn edge_cases_of_every_category_get_stripes_error() {
    let platform = Client::fresh("hostile_edges");
    let before = snapshot(&platform);
    let deep = |depth, style| Body::Form(vec![Pair::raw("table", debit_with("100")), Pair::Nested(depth, style)]);
    // Read as a form, the whole object is one name no endpoint knows.
    const JSON: &str = r#"{"amount": 100, "currency": "usd", "source": "acct_1SimExpressUS001"}"#;
    let json = JSON.as_bytes();
    // Junk in every header but the key: the answer is decided by the first that matters.
    let junk: &[(&str, &[u8])] = &[
        ("Idempotency-Key", b"\xff\xfe junk \x80"),
        ("Stripe-Version", b"\xc3\x28 not a version"),
        ("Accept", b"\x80\x81"),
        ("User-Agent", b"\xff"),
        ("X-Stripe-Client-User-Agent", b"{\"bindings_version\": \xff}"),
        ("Host", b"\xfe.\xff"),
        ("Connection", b"\xff, keep-alive"),
        ("Cookie", b"a=\xff"),
        ("Expect", b"\xffcontinue"),
    ];
    let junk_account: Vec<(&str, &[u8])> = [junk, &[("Stripe-Account", b"acct_\xff\xfe")]].concat();
    #[rustfmt::skip]
    let cases: Vec<(&str, Request, Want)> = vec![
        // Nesting: a name of 100,000 levels is far over the name limit; 9 levels, within it,
        // over the depth limit.
        ("brackets nested 100,000 deep", Request::post("/v1/charges", deep(100_000, Nesting::Named)), BAD_REQUEST),
        ("brackets opened 100,000 deep", Request::post("/v1/charges", deep(100_000, Nesting::Open)), BAD_REQUEST),
        ("encoded brackets 100,000 deep", Request::post("/v1/charges", deep(100_000, Nesting::Encoded)), BAD_REQUEST),
        ("brackets nested 9 deep", Request::post("/v1/charges", deep(MAX_DEPTH + 1, Nesting::Named)), BAD_REQUEST),
        // Sizes.
        ("a 5 MB body", Request::post("/v1/charges", Body::Large { len: 5_000_000, one_name: false }), (413, None, None)),
        ("a 5 MB body, chunked", Request::post("/v1/charges", Body::Large { len: 5_000_000, one_name: false }).chunked(64 * 1024), (413, None, None)),
        ("a 5 MB name", Request::post("/v1/charges", Body::Large { len: 5_000_000, one_name: true }), (413, None, None)),
        ("a body of 1 MiB + 1", Request::post("/v1/charges", Body::Large { len: MAX_BODY + 1, one_name: false }), (413, None, None)),
        ("a body of exactly 1 MiB", Request::post("/v1/charges", Body::Form(vec![Pair::LongValue(MAX_BODY - "description=".len())])), (400, None, Some("description"))),
        ("a 1 MB name", Request::post("/v1/charges", Body::Form(vec![Pair::LongName(1_000_000)])), BAD_REQUEST),
        ("1,001 pairs", Request::post("/v1/charges", Body::Form(vec![Pair::Many(MAX_PAIRS + 1)])), BAD_REQUEST),
        // Numbers: none is a positive integer, and each would debit if it were read as one.
        ("amount=1e3", Request::debit(&debit_with("1e3")), INVALID_AMOUNT),
        ("amount=-0", Request::debit(&debit_with("-0")), INVALID_AMOUNT),
        ("amount=9223372036854775808", Request::debit(&debit_with("9223372036854775808")), INVALID_AMOUNT),
        ("amount=0x10", Request::debit(&debit_with("0x10")), INVALID_AMOUNT),
        ("amount=1.5", Request::debit(&debit_with("1.5")), INVALID_AMOUNT),
        ("amount=１２ (full-width)", Request::debit(&debit_with("%EF%BC%91%EF%BC%92")), INVALID_AMOUNT),
        ("amount=+12 (a space, raw)", Request::debit(&debit_with("+12")), INVALID_AMOUNT),
        ("amount=%2B12", Request::debit(&debit_with("%2B12")), INVALID_AMOUNT),
        ("amount=-5", Request::debit(&debit_with("-5")), INVALID_AMOUNT),
        ("duplicate amounts, the last bad", Request::debit(&format!("{}&amount=1e3", debit_with("100"))), INVALID_AMOUNT),
        // Escapes and encodings.
        ("amount=%", Request::debit(&debit_with("%")), (400, None, Some("amount"))),
        ("amount=%G1", Request::debit(&debit_with("%G1")), (400, None, Some("amount"))),
        ("amount=%C0%80 (overlong UTF-8)", Request::debit(&debit_with("%C0%80")), (400, Some("parameter_invalid_string"), Some("amount"))),
        ("a name of %C0%80", Request::debit(&format!("{}&%C0%80=1", debit_with("100"))), (400, Some("parameter_invalid_string"), Some("\u{fffd}\u{fffd}"))),
        ("raw invalid UTF-8", Request::post("/v1/charges", Body::Bytes("table", [debit_with("100").as_bytes(), b"&description=\xff"].concat())), (400, Some("parameter_invalid_string"), Some("description"))),
        // Content types.
        ("a JSON body", Request::post("/v1/charges", Body::Bytes("table", json.to_vec())).with_type(b"application/json"), BAD_REQUEST),
        ("a JSON body sent as a form", Request::post("/v1/charges", Body::Bytes("table", json.to_vec())), (400, Some("parameter_unknown"), Some(JSON))),
        ("multipart/form-data", Request::post("/v1/charges", Body::Bytes("table", b"--x\r\nContent-Disposition: form-data; name=\"amount\"\r\n\r\n100\r\n--x--\r\n".to_vec())).with_type(b"multipart/form-data; boundary=x"), BAD_REQUEST),
        ("text/plain", Request::debit(&debit_with("100")).with_type(b"text/plain"), BAD_REQUEST),
        ("an obs-text content type", Request::debit(&debit_with("100")).with_type(b"\xff\xfe"), BAD_REQUEST),
        // Junk in every header.
        ("junk in every header, the key too", Request { auth: Auth::Values(vec![b"\xff\xfe sk_test_\x80".to_vec()]), ..Request::debit(&debit_with("100")).with_headers(&junk_account) }, (401, None, None)),
        ("junk in every header but the key", Request::debit(&debit_with("100")).with_headers(&junk_account), (403, Some("account_invalid"), None)),
        ("junk in every header but the key and the account", Request::debit(&debit_with("100")).with_headers(junk), BAD_REQUEST),
    ];
    for (name, request, (status, code, param)) in &cases {
        let answer = exchange(&request.to_bytes(&platform.key), false).unwrap_or_else(|e| panic!("{name}: {e}"));
        check_refusal(&answer, false).unwrap_or_else(|e| panic!("{name}: {e}"));
        let error = answer.json()["error"].clone();
        assert_eq!(
            (answer.status, error["code"].as_str(), error["param"].as_str()),
            (*status, *code, *param),
            "{name}: {error}"
        );
    }
    // The junk that decides nothing is ignored on a valid request; a Stripe-Version that is
    // not an API version is refused.
    let read = Request {
        method: "GET".into(),
        ..Request::post("/v1/balance", Body::Empty)
    };
    let harmless: Vec<(&str, &[u8])> = junk
        .iter()
        .copied()
        .filter(|(name, _)| *name != "Stripe-Version")
        .collect();
    let answer = exchange(&read.clone().with_headers(&harmless).to_bytes(&platform.key), false).expect("an answer");
    assert_eq!(
        (answer.status, answer.json()["object"].as_str()),
        (200, Some("balance"))
    );
    let answer = exchange(&read.with_headers(junk).to_bytes(&platform.key), false).expect("an answer");
    check_refusal(&answer, false).unwrap();
    assert_eq!(answer.status, 400);
    assert!(
        answer.json()["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("Invalid Stripe API version")
    );
    assert_eq!(snapshot(&platform), before, "no edge case moved money");
}

/// How a connection that sent bytes that are not HTTP ends.
#[derive(Debug, PartialEq, Eq)]
enum Ending {
    /// Answered with this status (hyper's bare answer, or Stripe's JSON), then closed.
    Refused(u16),
    /// Closed without an answer.
    Closed,
}

#[test]
fn bytes_that_are_not_http_are_refused_and_the_connection_closed_without_affecting_others() {
    let client = Client::fresh("not_http");
    let key = &client.key;
    let auth = format!("Authorization: Bearer {key}\r\n");
    let post = |rest: &str| format!("POST /v1/charges HTTP/1.1\r\nHost: x\r\n{auth}{rest}").into_bytes();
    #[rustfmt::skip]
    let cases: Vec<(&str, Vec<u8>, Ending)> = vec![
        ("every byte value", (0..=255u8).collect(), Ending::Refused(400)),
        ("a control character in a header", format!("GET /v1/balance HTTP/1.1\r\n{auth}X-Junk: a\x01b\r\n\r\n").into_bytes(), Ending::Refused(400)),
        ("a request line without a target", b"GET\r\n\r\n".to_vec(), Ending::Refused(400)),
        ("an unknown HTTP version", format!("GET /v1/balance HTTP/9.9\r\n{auth}\r\n").into_bytes(), Ending::Refused(400)),
        ("a header without a colon", format!("GET /v1/balance HTTP/1.1\r\n{auth}Junk\r\n\r\n").into_bytes(), Ending::Refused(400)),
        ("a folded header", format!("GET /v1/balance HTTP/1.1\r\n{auth}X-Junk: a\r\n b\r\n\r\n").into_bytes(), Ending::Refused(400)),
        ("1,001 headers", format!("GET /v1/balance HTTP/1.1\r\n{auth}{}\r\n", (0..1001).map(|i| format!("X-{i}: v\r\n")).collect::<String>()).into_bytes(), Ending::Refused(431)),
        ("a request target over 64 KiB", format!("GET /v1/balance?a={} HTTP/1.1\r\n{auth}\r\n", "a".repeat(70_000)).into_bytes(), Ending::Refused(414)),
        ("two different Content-Lengths", post("Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"), Ending::Refused(400)),
        ("a negative Content-Length", post("Content-Length: -1\r\n\r\n"), Ending::Refused(400)),
        ("a Content-Length over u64", post("Content-Length: 99999999999999999999999\r\n\r\n"), Ending::Refused(400)),
        ("an unknown transfer coding", post("Transfer-Encoding: gzip\r\n\r\nabc"), Ending::Refused(400)),
        ("a chunk size that is not hex", post("Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"), Ending::Refused(400)),
        ("the HTTP/2 preface", b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".to_vec(), Ending::Closed),
        ("a TLS ClientHello", [b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03".as_slice(), &[0u8; 40]].concat(), Ending::Refused(400)),
    ];
    for (name, bytes, want) in cases {
        let mut stream = connect();
        stream.write_all(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        // Others are served meanwhile.
        assert_eq!(client.get("/v1/balance").status, 200, "{name}: others are served");
        let ending = match read_answer(&stream, false) {
            Ok(answer) => Ending::Refused(answer.status),
            Err(NoAnswer::Closed(received)) if received.is_empty() => Ending::Closed,
            Err(e) => panic!("{name}: {e}"),
        };
        assert_eq!(ending, want, "{name}");
        assert!(closes(stream), "{name}: the connection is closed");
    }
}
