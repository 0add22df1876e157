//! Stripe's error JSON as one Rust type: every refusal the server sends is an [`ApiError`].
//!
//! The wire shape is `{"error":{...}}` with Stripe's field names. Fields that do not apply
//! are *absent*, not `null`, because that is what Stripe sends (a 401 carries only
//! `message` and `type`) and what the SDKs' error classes expect. Keys are written in
//! alphabetical order, as in Stripe's recorded responses, so bodies are byte-stable across releases.
//!
//! Constructors carry Stripe's documented wording where it is known (its API reference and
//! the messages its API returns); where Stripe never published a message, the sentence is
//! ours, in Stripe's style: it names the rule and the values involved.
//! Anything echoed back from the request is cut to a sane length first, so a hostile
//! request cannot make an error body large.

use std::fmt;

use axum::http::StatusCode;
use serde::Serialize;

use crate::ledger::Decline;

mod v2;

/// The `type` of a Stripe error: which exception class an SDK raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorType {
    /// `invalid_request_error`: the request is wrong (parameters, key, URL).
    InvalidRequest,
    /// `api_error`: our fault; the only 500.
    Api,
    /// `card_error`: the card was declined (402).
    Card,
    /// `idempotency_error`: an `Idempotency-Key` was reused with other parameters.
    Idempotency,
}

impl ErrorType {
    /// The wire spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorType::InvalidRequest => "invalid_request_error",
            ErrorType::Api => "api_error",
            ErrorType::Card => "card_error",
            ErrorType::Idempotency => "idempotency_error",
        }
    }
}

/// What only a card error carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardDetails {
    /// Why the issuer declined, e.g. `insufficient_funds`.
    pub decline_code: &'static str,
    /// The id of the failed charge, which Stripe still creates.
    pub charge: Option<String>,
    /// For a PaymentIntent's decline: the intent and the declined payment method, as their
    /// JSON.
    pub payment: Option<(String, String)>,
    /// Whether `payment`'s intent is a SetupIntent (sent as `setup_intent`).
    pub setup: bool,
}

/// What was sent where a string was expected (see [`ApiError::invalid_string`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotAString {
    /// `name[key]=value`: a hash.
    Hash,
    /// `name[]=value` or `name[0]=value`: an array.
    Array,
    /// A value whose percent-decoded bytes are not UTF-8.
    InvalidUtf8Value,
    /// A parameter name whose percent-decoded bytes are not UTF-8.
    InvalidUtf8Name,
}

/// One Stripe error response: the status, the `error` object, and the retry hint.
///
/// Build it with a named constructor; the fields are public so a caller can adjust one
/// (say, `should_retry`) without a builder for every field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    /// The HTTP status. SDKs pick their exception class from it and the `type` (401
    /// authentication, 402 card, 403 permission, 429 rate limit, …), so it must be
    /// Stripe's.
    pub status: StatusCode,
    /// The error's `type`.
    pub error_type: ErrorType,
    /// Stripe's machine-readable `code`, e.g. `parameter_unknown`; also gives `doc_url`.
    pub code: Option<&'static str>,
    /// The parameter at fault, with its full bracket path (`transfer_data[destination]`).
    pub param: Option<String>,
    /// A sentence for a person.
    pub message: String,
    /// For card errors: the decline code, the failed charge, and for a PaymentIntent the
    /// intent and the declined payment method (boxed: few errors carry them, and every
    /// error is passed by value).
    pub card: Option<Box<CardDetails>>,
    /// Sent as the `Stripe-Should-Retry` header when set. The SDKs obey it over their own
    /// rules (stripe-node retries 409 and 5xx unless told `false`).
    pub should_retry: Option<bool>,
}

/// How much of a request-supplied value an error message repeats.
pub(crate) const ECHO_MAX_CHARS: usize = 100;

/// `text`, cut to `max` characters with `…` appended when anything was cut, and with
/// control characters shown as `?` so an echoed value cannot break a log line.
pub(crate) fn echo(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max * 4 + 3));
    for (i, c) in text.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        out.push(if c.is_control() { '?' } else { c });
    }
    out
}

/// What `/_sim/audit` says of a broken invariant.
pub fn audit_problem(error: &crate::ledger::AuditError) -> String {
    use crate::ledger::AuditError as A;
    match error {
        A::BalanceNotItsTransactions {
            account,
            currency,
            balance,
            transactions,
        } => format!(
            "account #{} {currency}: the balance (available {}, pending {}, connect_reserved {}) is not the sum of its balance transactions (available {}, pending {}, connect_reserved {})",
            account.index(),
            balance.available,
            balance.pending,
            balance.connect_reserved,
            transactions.available,
            transactions.pending,
            transactions.connect_reserved
        ),
        A::ReserveNotLiability {
            account,
            currency,
            held,
            liable,
        } => format!(
            "account #{} {currency}: the platform holds {held} in reserve but is liable for {liable}",
            account.index()
        ),
        A::ConnectReservedNotLiabilities {
            currency,
            reserved,
            liabilities,
        } => format!("platform connect_reserved {currency} = {reserved} but liabilities sum to {liabilities}"),
        A::MoneyNotConserved {
            currency,
            balances,
            entered,
            tracked,
        } => format!(
            "conservation broken in {currency}: balances sum to {balances}, money entered from outside {entered} (tracked {tracked})"
        ),
        A::MaturingQueue { txn, pending, queued } => format!(
            "balance transaction #{} is {} but {} queued to mature",
            txn.index(),
            if *pending { "pending" } else { "available" },
            if *queued { "is" } else { "is not" }
        ),
        A::MoneyIn(broken) => money_in_problem(broken),
    }
}

/// What `/_sim/audit` says of a broken money-in invariant.
fn money_in_problem(broken: &crate::ledger::MoneyInAudit) -> String {
    use crate::ledger::MoneyInAudit as M;
    match broken {
        M::FeeNotItsRefunds {
            fee,
            amount,
            amount_refunded,
            refunds,
        } => format!(
            "application fee #{} of {amount} shows {amount_refunded} refunded, but its refunds sum to {refunds}",
            fee.index()
        ),
        M::FeeTransaction { fee } => format!(
            "application fee #{}: its balance transactions (or its refunds') do not carry its amounts",
            fee.index()
        ),
        M::ChargeCapture { charge } => format!(
            "charge #{}: its balance transaction is not what it captured (or an uncaptured charge has one)",
            charge.index()
        ),
        M::DisputeFunds { dispute } => format!(
            "dispute #{}: its withdrawal and reinstatement are not its amount and fee, or disagree with its status",
            dispute.index()
        ),
        M::DisputeSchedule { dispute } => format!(
            "dispute #{}: the clock does not hold it exactly once while it is open",
            dispute.index()
        ),
        M::IntentState { intent } => format!(
            "PaymentIntent #{}: what it received or holds disagrees with its status and latest charge",
            intent.index()
        ),
        M::SavedCard { method } => format!(
            "payment method #{}: saved while detached, a source of no customer or another account's, or a customer's default that is not its own card",
            method.index()
        ),
    }
}

/// Stripe's sentence for a declined test card (also a failed charge's `failure_message`).
pub fn decline_message(decline: Decline) -> &'static str {
    match decline {
        Decline::Generic | Decline::LostCard | Decline::StolenCard => "Your card was declined.",
        Decline::InsufficientFunds => "Your card has insufficient funds.",
        Decline::ExpiredCard => "Your card has expired.",
        Decline::IncorrectCvc => "Your card's security code is incorrect.",
        Decline::ProcessingError => "An error occurred while processing your card. Try again in a little bit.",
        Decline::AuthenticationRequired => "Your card was declined. This transaction requires authentication.",
    }
}

/// The card field Stripe names in a decline's `param`, when it names one.
fn decline_param(decline: Decline) -> Option<&'static str> {
    match decline {
        Decline::ExpiredCard => Some("exp_month"),
        Decline::IncorrectCvc => Some("cvc"),
        _ => None,
    }
}

/// `a`, `a or b`, `a, b, or c`: the values a parameter takes, as a sentence lists them.
pub(crate) fn one_of(choices: &[&str]) -> String {
    match choices {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [first, second] => format!("{first} or {second}"),
        [rest @ .., last] => format!("{}, or {last}", rest.join(", ")),
    }
}

/// Stripe's closing sentence on errors about the request's shape.
const HELP: &str = "Please see https://stripe.com/docs or we can help at https://support.stripe.com/.";

impl ApiError {
    /// The general constructor for an `invalid_request_error` that has no named one.
    pub fn invalid_request(
        status: StatusCode,
        code: Option<&'static str>,
        param: Option<String>,
        message: impl Into<String>,
    ) -> ApiError {
        ApiError {
            status,
            error_type: ErrorType::InvalidRequest,
            code,
            param,
            message: message.into(),
            card: None,
            should_retry: None,
        }
    }

    /// A 400 `invalid_request_error` with a code and a parameter: the common case.
    fn bad_param(code: Option<&'static str>, param: impl Into<String>, message: String) -> ApiError {
        ApiError::invalid_request(StatusCode::BAD_REQUEST, code, Some(param.into()), message)
    }

    /// Sets the `Stripe-Should-Retry` hint.
    pub fn with_should_retry(mut self, retry: bool) -> ApiError {
        self.should_retry = Some(retry);
        self
    }

    // ---- Authentication (rule 1) and the Stripe-Account header (rule 2) ----

    /// 401: no `Authorization` header. Stripe's wording.
    pub fn missing_api_key() -> ApiError {
        ApiError::invalid_request(
            StatusCode::UNAUTHORIZED,
            None,
            None,
            "You did not provide an API key. You need to provide your API key in the \
             Authorization header, using Bearer auth (e.g. 'Authorization: Bearer \
             YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, \
             or we can help at https://support.stripe.com/.",
        )
    }

    /// 401: a key that is not a test-mode secret or restricted key. `masked` must already
    /// be masked (see [`super::auth::mask_key`]). Stripe's wording.
    pub fn invalid_api_key(masked: &str) -> ApiError {
        ApiError::invalid_request(
            StatusCode::UNAUTHORIZED,
            None,
            None,
            format!("Invalid API Key provided: {masked}"),
        )
    }

    /// 403 `account_invalid`: the `Stripe-Account` header names an account this key
    /// cannot act as (malformed, unknown, or not connected to its platform). Stripe's
    /// wording.
    pub fn account_invalid(masked_key: &str, account: &str) -> ApiError {
        ApiError::invalid_request(
            StatusCode::FORBIDDEN,
            Some("account_invalid"),
            None,
            format!(
                "The provided key '{masked_key}' does not have access to account '{}' (or \
                 that account does not exist). Application access may have been revoked.",
                echo(account, ECHO_MAX_CHARS)
            ),
        )
    }

    /// 403: a restricted key (`rk_test_`) tried to change something. Stripe's first
    /// sentence; the second states this simulator's convention, since Stripe would name
    /// the missing `rak_…` permission, which restricted keys here never have.
    pub fn permission_denied_restricted(masked_key: &str) -> ApiError {
        ApiError::invalid_request(
            StatusCode::FORBIDDEN,
            None,
            None,
            format!(
                "The provided key '{masked_key}' does not have the required permissions for \
                 this endpoint. Restricted keys are read-only in this simulator: use the \
                 matching secret key (sk_test_…) to make changes."
            ),
        )
    }

    /// 401: a publishable key (`pk_test_`) on an endpoint Stripe keeps for secret keys.
    /// Stripe's wording.
    pub fn publishable_key_not_allowed() -> ApiError {
        ApiError::invalid_request(
            StatusCode::UNAUTHORIZED,
            None,
            None,
            "This API call cannot be made with a publishable API key. Please use a secret API \
             key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.",
        )
    }

    /// 401: an ephemeral key (`ek_test_`) on an endpoint that is not about its customer's
    /// cards.
    pub fn ephemeral_key_not_allowed() -> ApiError {
        ApiError::invalid_request(
            StatusCode::UNAUTHORIZED,
            None,
            None,
            "This API call cannot be made with an ephemeral API key: it lets a mobile client \
             read and save its own customer's cards, nothing else. Please use a secret API key.",
        )
    }

    /// 403: an ephemeral key made for one customer, used for another.
    pub fn ephemeral_key_scope(own: &str, other: &str) -> ApiError {
        ApiError::invalid_request(
            StatusCode::FORBIDDEN,
            None,
            None,
            format!(
                "The provided ephemeral key was made for customer {own} and cannot act on {}.",
                echo(other, ECHO_MAX_CHARS)
            ),
        )
    }

    /// 400: `POST /v1/ephemeral_keys` without `Stripe-Version`, which Stripe requires so the
    /// key suits the mobile SDK that will use it.
    pub fn ephemeral_key_version_missing() -> ApiError {
        ApiError::invalid_request(
            StatusCode::BAD_REQUEST,
            None,
            None,
            "Stripe-Version header is required to create an ephemeral key: send the API version \
             of the mobile SDK that will use it (Stripe's libraries take it as an option of the \
             create call).",
        )
    }

    /// 400: card numbers sent with a secret key. Stripe's test-mode wording.
    pub fn raw_card_data() -> ApiError {
        ApiError::invalid_request(
            StatusCode::BAD_REQUEST,
            None,
            None,
            "Sending credit card numbers directly to the Stripe API is generally unsafe. We \
             suggest you use test tokens that map to the test card you are using, see \
             https://stripe.com/docs/testing. To enable raw card data APIs in test mode, see \
             https://support.stripe.com/questions/enabling-access-to-raw-card-data-apis.",
        )
    }

    // ---- Parameters (rules 3-5) ----

    /// 400 `parameter_unknown`. Stripe's wording (no closing period).
    pub fn parameter_unknown(param: impl Into<String>) -> ApiError {
        let param = param.into();
        let message = format!("Received unknown parameter: {}", echo(&param, ECHO_MAX_CHARS));
        ApiError::bad_param(Some("parameter_unknown"), param, message)
    }

    /// 400: a real Stripe parameter of this endpoint that debitsim does not model. No
    /// code: it is not Stripe's `parameter_unknown`, and the sentence says whose limit it is.
    pub fn not_simulated_parameter(param: impl Into<String>) -> ApiError {
        let param = param.into();
        let message = format!(
            "debitsim does not simulate the parameter {}: Stripe accepts it here, but the simulator does not model what it does.",
            echo(&param, ECHO_MAX_CHARS)
        );
        ApiError::bad_param(None, param, message)
    }

    /// 400: a string longer than Stripe's `maxLength` for it. The value is shown cut short.
    pub fn string_too_long(param: impl Into<String>, max: usize, value: &str) -> ApiError {
        let message = format!("Invalid string: {}; must be at most {max} characters", echo(value, 40));
        ApiError::bad_param(None, param, message)
    }

    /// 400 `parameter_missing`. Stripe's wording.
    pub fn parameter_missing(param: impl Into<String>) -> ApiError {
        let param = param.into();
        let message = format!("Missing required param: {param}.");
        ApiError::bad_param(Some("parameter_missing"), param, message)
    }

    /// 400 `parameter_invalid_integer`: "Invalid integer: 55.00". Stripe's wording.
    pub fn invalid_integer(param: impl Into<String>, value: &str) -> ApiError {
        let message = format!("Invalid integer: {}", echo(value, ECHO_MAX_CHARS));
        ApiError::bad_param(Some("parameter_invalid_integer"), param, message)
    }

    /// 400: a boolean that is not `true` or `false`. Wording in Stripe's "Invalid integer"
    /// pattern; no code, as Stripe gives none.
    pub fn invalid_boolean(param: impl Into<String>, value: &str) -> ApiError {
        let message = format!("Invalid boolean: {}", echo(value, ECHO_MAX_CHARS));
        ApiError::bad_param(None, param, message)
    }

    /// 400 `parameter_invalid_string`: a hash or array where a string was expected, or
    /// bytes that are not UTF-8. Wording chosen.
    pub fn invalid_string(param: impl Into<String>, found: NotAString) -> ApiError {
        let param = param.into();
        let shown = echo(&param, ECHO_MAX_CHARS);
        let message = match found {
            NotAString::Hash => {
                format!("Invalid string: {shown} must be a string, but a hash was given.")
            }
            NotAString::Array => {
                format!("Invalid string: {shown} must be a string, but an array was given.")
            }
            NotAString::InvalidUtf8Value => {
                format!("Invalid string: the value of {shown} is not valid UTF-8 once percent-decoded.")
            }
            NotAString::InvalidUtf8Name => format!(
                "Invalid string: the parameter name {shown} is not valid UTF-8 once \
                 percent-decoded."
            ),
        };
        ApiError::bad_param(Some("parameter_invalid_string"), param, message)
    }

    /// 400: something other than a list where a list was expected, or a list that mixes
    /// `name[]` with `name[0]`. Wording chosen; no code.
    pub fn invalid_array(param: impl Into<String>) -> ApiError {
        let param = param.into();
        let shown = echo(&param, ECHO_MAX_CHARS);
        let message = format!(
            "Invalid array: {shown} must be a list, sent as {shown}[0]=a&{shown}[1]=b or \
             {shown}[]=a&{shown}[]=b."
        );
        ApiError::bad_param(None, param, message)
    }

    /// 400: something other than a hash where a hash was expected. Wording chosen; no code.
    pub fn invalid_hash(param: impl Into<String>) -> ApiError {
        let param = param.into();
        let shown = echo(&param, ECHO_MAX_CHARS);
        let message = format!(
            "Invalid hash: {shown} must be a hash, sent as {shown}[key]=value, or an empty \
             string to unset it."
        );
        ApiError::bad_param(None, param, message)
    }

    /// 400: a value that is not one of those the parameter takes.
    pub fn invalid_choice(param: impl Into<String>, value: &str, choices: &[&str]) -> ApiError {
        let param = param.into();
        let name = param
            .rsplit('[')
            .next()
            .unwrap_or(&param)
            .trim_end_matches(']')
            .to_owned();
        let message = format!(
            "Invalid {name}: must be one of {} (received '{}').",
            one_of(choices),
            echo(value, ECHO_MAX_CHARS)
        );
        ApiError::bad_param(None, param, message)
    }

    /// 400 `parameter_invalid_integer`: `limit` outside 1–100. Stripe's rule, our wording.
    pub fn limit_out_of_range(value: i64) -> ApiError {
        let message = format!("Invalid limit: must be between 1 and 100 (received {value}).");
        ApiError::bad_param(Some("parameter_invalid_integer"), "limit", message)
    }

    /// 400: both paging cursors. Stripe's wording.
    pub fn cursors_exclusive() -> ApiError {
        let message = "You may only specify one of these parameters: starting_after, ending_before.".to_owned();
        ApiError::bad_param(None, "ending_before", message)
    }

    /// 400: a currency filter that is not a currency.
    pub fn invalid_currency_filter(value: &str) -> ApiError {
        let message = format!("Invalid currency: {}.", echo(&value.to_lowercase(), ECHO_MAX_CHARS));
        ApiError::bad_param(None, "currency", message)
    }

    /// 400: `balance_transactions?payout=` names a manual payout. Stripe's wording.
    pub fn payout_filter_manual() -> ApiError {
        let message = "Balance transaction history can only be filtered on automatic transfers, not manual.".to_owned();
        ApiError::bad_param(None, "payout", message)
    }

    /// 400: a `source_type` other than `card`: every fund here is card funds.
    pub fn source_type_not_card(value: &str) -> ApiError {
        let message = format!(
            "debitsim only holds card funds, so source_type must be card (received '{}').",
            echo(value, ECHO_MAX_CHARS)
        );
        ApiError::bad_param(None, "source_type", message)
    }

    /// 400: a connected account tried to create or update connected accounts.
    pub fn platform_only_endpoint() -> ApiError {
        ApiError::invalid_request(
            StatusCode::BAD_REQUEST,
            None,
            None,
            "Only the platform can create or update connected accounts; send this request without the Stripe-Account header.",
        )
    }

    /// 400: `expand` deeper than Stripe allows. Stripe's rule, our wording.
    pub fn expand_too_deep(path: &str, max: usize) -> ApiError {
        let message = format!(
            "You cannot expand more than {max} levels of a property (tried {}).",
            echo(path, ECHO_MAX_CHARS)
        );
        ApiError::bad_param(None, "expand", message)
    }

    /// 400: a path `expand` cannot take. Stripe's wording.
    pub fn cannot_expand(path: &str) -> ApiError {
        let message = format!("This property cannot be expanded ({}).", echo(path, ECHO_MAX_CHARS));
        ApiError::bad_param(None, "expand", message)
    }

    // ---- The form decoder's bounds (wording chosen) ----

    /// 400: more pairs than the decoder takes.
    pub fn too_many_parameters(max: usize) -> ApiError {
        let message = format!("The request has more than {max} parameters, the most this simulator accepts.");
        ApiError::invalid_request(StatusCode::BAD_REQUEST, None, None, message)
    }

    /// 400: a parameter name longer than the decoder takes.
    pub fn name_too_long(name: &str, bytes: usize, max: usize) -> ApiError {
        let message = format!(
            "The parameter name '{}' is {bytes} bytes long; this simulator accepts at most {max} bytes in a name.",
            echo(name, ECHO_MAX_CHARS)
        );
        ApiError::invalid_request(StatusCode::BAD_REQUEST, None, None, message)
    }

    /// 400: a value longer than the decoder takes.
    pub fn value_too_long(param: &str, bytes: usize, max: usize) -> ApiError {
        let message = format!(
            "The value of {} is {bytes} bytes long; this simulator accepts at most {max} bytes in a value.",
            echo(param, ECHO_MAX_CHARS)
        );
        ApiError::bad_param(None, param, message)
    }

    /// 400: a name nested deeper than the decoder takes.
    pub fn nested_too_deep(name: &str, depth: usize, max: usize) -> ApiError {
        let message = format!(
            "The parameter '{}' is nested {depth} levels deep; this simulator accepts at most {max}.",
            echo(name, ECHO_MAX_CHARS)
        );
        ApiError::invalid_request(StatusCode::BAD_REQUEST, None, None, message)
    }

    /// 400: a `%` not followed by two hex digits.
    pub fn bad_percent_encoding(param: Option<&str>, shown: &str) -> ApiError {
        let message = format!(
            "Invalid percent-encoding in '{}': every '%' must be followed by two hexadecimal digits (send a literal '%' as %25).",
            echo(shown, ECHO_MAX_CHARS)
        );
        ApiError::invalid_request(StatusCode::BAD_REQUEST, None, param.map(str::to_owned), message)
    }

    /// 400: a name sent both plain and with brackets.
    pub fn plain_and_bracketed(param: impl Into<String>) -> ApiError {
        let param = param.into();
        let message = format!(
            "Invalid parameter {0}: it was sent both as a single value and with brackets ({0}[...]); send it one way only.",
            echo(&param, ECHO_MAX_CHARS)
        );
        ApiError::bad_param(None, param, message)
    }

    // ---- The request's framing and headers ----

    /// 431: more headers, or header bytes, than the server reads.
    pub fn headers_too_large(max_headers: usize, max_bytes: usize) -> ApiError {
        ApiError::invalid_request(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            None,
            None,
            format!("Request headers are limited to {max_headers} headers and {max_bytes} bytes."),
        )
    }

    /// 408: the body did not arrive in time.
    pub fn body_timeout(seconds: u64) -> ApiError {
        ApiError::invalid_request(
            StatusCode::REQUEST_TIMEOUT,
            None,
            None,
            format!("The request body did not arrive within {seconds} seconds."),
        )
    }

    /// 400: an `Idempotency-Key` that is empty, too long or not visible ASCII.
    pub fn idempotency_key_invalid(max: usize) -> ApiError {
        ApiError::invalid_request(
            StatusCode::BAD_REQUEST,
            None,
            None,
            format!("Idempotency-Key must be 1 to {max} visible ASCII characters."),
        )
    }

    // ---- The simulator's own controls ----

    /// 400: a clock control that would move time back.
    pub fn clock_backwards(param: &str, asked: String) -> ApiError {
        ApiError::bad_param(None, param, format!("The clock only moves forward ({asked})."))
    }

    /// 400: a clock control that would move time further than one call may.
    pub fn clock_too_far(param: &str, max_seconds: i64) -> ApiError {
        let message = format!("The clock can move at most ten years ({max_seconds} seconds) at a time.");
        ApiError::bad_param(None, param, message)
    }

    /// 400: clock targets given together that do not go together.
    pub fn clock_one_target() -> ApiError {
        let message = "Give one of seconds and days (together or alone), to, or next.".to_owned();
        ApiError::bad_param(None, "to", message)
    }

    /// 400: `next=payout_arrival` or `next=funds_available` in a world where no such moment
    /// is coming (no payout in transit, no pending funds).
    pub fn clock_no_next(next: &str) -> ApiError {
        let missing = if next == "payout_arrival" {
            "no payout in transit"
        } else {
            "no pending funds"
        };
        let message = format!(
            "This world has {missing}, so debitsim has no moment for next={next} to reach; the clock did not move."
        );
        ApiError::bad_param(None, "next", message)
    }

    /// 400: a fault control's parameter out of its range or shape.
    pub fn fault_invalid(param: &str, rule: &str, value: &str) -> ApiError {
        let message = format!("{param} must be {rule} (received '{}').", echo(value, ECHO_MAX_CHARS));
        ApiError::bad_param(None, param, message)
    }

    /// 400: a fault with both or neither of its effects.
    pub fn fault_one_effect() -> ApiError {
        ApiError::bad_param(None, "status", "Give exactly one of status or delay_ms.".to_owned())
    }

    /// 400: more faults armed than a world keeps.
    pub fn too_many_faults(max: usize) -> ApiError {
        ApiError::bad_param(None, "count", format!("At most {max} faults can be armed at once."))
    }

    /// 400 `parameter_invalid_integer`: a balance history asked for too few or too many
    /// samples (the dashboard's `/_sim/balance_history?points=`).
    pub fn history_points_out_of_range(value: i64, min: usize, max: usize) -> ApiError {
        let message = format!("points must be between {min} and {max} (received {value}).");
        ApiError::bad_param(Some("parameter_invalid_integer"), "points", message)
    }

    /// 400: a list parameter with more elements than the endpoint reads at once.
    pub fn too_many_elements(param: &str, max: usize, count: usize) -> ApiError {
        let message = format!("{param} may list at most {max} ids (received {count}).");
        ApiError::bad_param(None, param, message)
    }

    // ---- Metadata (Stripe's limits) ----

    /// 400: more metadata keys than Stripe allows. Wording from real Stripe responses
    /// quoted by third parties. Also for the caller that merges an update into existing
    /// metadata and finds the total too large. `param` is `metadata` at the top level.
    pub fn metadata_too_many_keys(param: impl Into<String>, max: usize, count: usize) -> ApiError {
        let message = format!("Metadata can have up to {max} keys, but you've set {count}.");
        ApiError::bad_param(None, param, message)
    }

    /// 400: a metadata key longer than Stripe allows; `param` is `metadata[<key>]`.
    /// Stripe's wording.
    pub fn metadata_key_too_long(param: impl Into<String>, max: usize, key: &str) -> ApiError {
        let message = format!(
            "Metadata keys can have up to {max} characters, but you passed in a key that is \
             {} characters. Invalid key: {}",
            key.chars().count(),
            echo(key, ECHO_MAX_CHARS)
        );
        ApiError::bad_param(None, param, message)
    }

    /// 400: a metadata value longer than Stripe allows; `param` is `metadata[<key>]`.
    /// Stripe's wording, except that the echoed value is cut short.
    pub fn metadata_value_too_long(param: impl Into<String>, max: usize, value: &str) -> ApiError {
        let message = format!(
            "Metadata values can have up to {max} characters, but you passed in a value that \
             is {} characters. Invalid value: {}",
            value.chars().count(),
            echo(value, ECHO_MAX_CHARS)
        );
        ApiError::bad_param(None, param, message)
    }

    /// 400: a metadata key with a bracket in it (`metadata[a[b]=c`). Wording chosen.
    pub fn metadata_key_invalid(param: impl Into<String>) -> ApiError {
        let param = param.into();
        let message = format!(
            "Metadata keys cannot contain '[' or ']', but you passed in {}. Send each key \
             as metadata[key]=value.",
            echo(&param, ECHO_MAX_CHARS)
        );
        ApiError::bad_param(None, param, message)
    }

    // ---- Objects that do not exist ----

    /// 400 `resource_missing`: a body parameter names an object that does not exist,
    /// e.g. "No such charge: 'ch_123'". Stripe's wording.
    pub fn resource_missing(noun: &str, id: &str, param: impl Into<String>) -> ApiError {
        let message = format!("No such {noun}: '{}'", echo(id, ECHO_MAX_CHARS));
        ApiError::bad_param(Some("resource_missing"), param, message)
    }

    /// 404 `resource_missing` with `param: "id"`: the id in the URL path does not exist.
    /// Stripe's wording.
    pub fn not_found(noun: &str, id: &str) -> ApiError {
        ApiError {
            status: StatusCode::NOT_FOUND,
            ..ApiError::resource_missing(noun, id, "id")
        }
    }

    /// 404: no endpoint at this path. Stripe's wording.
    pub fn unrecognized_url(method: &str, path: &str) -> ApiError {
        ApiError::invalid_request(
            StatusCode::NOT_FOUND,
            None,
            None,
            format!(
                "Unrecognized request URL ({}: {}). {HELP}",
                echo(method, ECHO_MAX_CHARS),
                echo(path, 2 * ECHO_MAX_CHARS)
            ),
        )
    }

    /// 404: a real Stripe endpoint that debitsim does not serve, named with Stripe's path
    /// pattern, so a user knows it is the simulator's limit and not their base URL.
    pub fn not_simulated_endpoint(method: &str, pattern: &str) -> ApiError {
        ApiError::invalid_request(
            StatusCode::NOT_FOUND,
            None,
            None,
            format!(
                "debitsim does not simulate {method} {pattern}: it is one of Stripe's endpoints, but not one this simulator serves. docs/endpoints.md in debitsim's repository lists the endpoints it serves."
            ),
        )
    }

    /// 405: the path exists but not for this method. Stripe itself answers 404 with the
    /// "Unrecognized request URL" sentence; the status here says more, the sentence is
    /// kept so that code matching on it still works.
    pub fn method_not_allowed(method: &str, path: &str) -> ApiError {
        let method = echo(method, ECHO_MAX_CHARS);
        let path = echo(path, 2 * ECHO_MAX_CHARS);
        ApiError::invalid_request(
            StatusCode::METHOD_NOT_ALLOWED,
            None,
            None,
            format!(
                "Unrecognized request URL ({method}: {path}). {path} exists, but does not \
                 accept {method} requests. {HELP}"
            ),
        )
    }

    // ---- Webhook endpoints and deliveries ----

    /// 404: no such webhook endpoint in the path. Stripe's wording.
    pub fn no_such_webhook_endpoint(id: &str) -> ApiError {
        ApiError::not_found("webhook endpoint", id)
    }

    /// 400 `resource_missing`: `webhook_endpoint` names no endpoint. Stripe's wording.
    pub fn no_such_webhook_endpoint_param(id: &str) -> ApiError {
        ApiError::resource_missing("webhook endpoint", id, "webhook_endpoint")
    }

    /// 400 `url_invalid`: a URL that cannot be requested. Wording chosen.
    pub fn webhook_url_invalid(url: &str) -> ApiError {
        let message = format!(
            "Invalid URL: '{}'. A webhook endpoint's URL is an absolute http:// or https:// URL with a host.",
            echo(url, 2 * ECHO_MAX_CHARS)
        );
        ApiError::bad_param(Some("url_invalid"), "url", message)
    }

    /// 400: an event type Stripe does not have. Wording chosen.
    pub fn webhook_event_unknown(param: String, value: &str) -> ApiError {
        let message = format!(
            "Invalid {param}: '{}' is not an event type (see https://docs.stripe.com/api/events/types), \
             nor '*' for all of them.",
            echo(value, ECHO_MAX_CHARS)
        );
        ApiError::bad_param(None, param, message)
    }

    /// 400: `enabled_events` given empty. Wording chosen.
    pub fn webhook_events_empty() -> ApiError {
        let message = "Invalid enabled_events: give at least one event type, or '*' for all of them.".to_owned();
        ApiError::bad_param(None, "enabled_events", message)
    }

    /// 400: a world already has Stripe's most endpoints. Stripe's rule, our wording.
    pub fn too_many_webhook_endpoints(max: usize) -> ApiError {
        let message =
            format!("You have reached the maximum of {max} test webhook endpoints. Delete one before adding another.");
        ApiError::bad_param(None, "url", message)
    }

    /// 400: a webhook endpoint managed as a connected account.
    pub fn webhook_endpoints_platform_only() -> ApiError {
        ApiError::invalid_request(
            StatusCode::BAD_REQUEST,
            None,
            None,
            "debitsim keeps webhook endpoints on the platform only: drop the Stripe-Account header, \
             and create the endpoint with connect=true to receive your connected accounts' events.",
        )
    }

    /// 400: `POST /v1/events/{id}/retry` names no destination.
    pub fn event_retry_needs_destination() -> ApiError {
        ApiError::bad_param(
            None,
            "webhook_endpoint",
            "Give webhook_endpoint=we_… to resend the event to, or for_stripecli=true to resend it to \
             debitsim's --forward-to."
                .to_owned(),
        )
    }

    /// 400: `for_stripecli=true` on a server without `--forward-to`.
    pub fn event_retry_no_forwarding() -> ApiError {
        ApiError::bad_param(
            None,
            "for_stripecli",
            "debitsim forwards no events: start it with --forward-to URL to resend events there.".to_owned(),
        )
    }

    /// 400: the endpoint does not receive events of the event's account (a Connect endpoint
    /// and a platform event, or the other way round).
    pub fn event_retry_wrong_scope(endpoint: &str) -> ApiError {
        let message = format!(
            "The webhook endpoint {} does not receive events of this account: an endpoint with \
             connect=true receives connected accounts' events, one without receives the platform's.",
            echo(endpoint, ECHO_MAX_CHARS)
        );
        ApiError::bad_param(None, "webhook_endpoint", message)
    }

    // ---- Idempotency and protocol ----

    /// 400 `idempotency_error` (no code): the key was first used with other parameters.
    /// Stripe's exact sentence.
    pub fn idempotency_mismatch(key: &str) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            error_type: ErrorType::Idempotency,
            code: None,
            param: None,
            message: format!(
                "Keys for idempotent requests can only be used with the same parameters they \
                 were first used with. Try using a key other than '{}' if you meant to \
                 execute a different request.",
                echo(key, 255)
            ),
            card: None,
            should_retry: None,
        }
    }

    /// 409 `idempotency_key_in_use`: a request with this key is still running. Stripe's
    /// wording, as recorded from real responses.
    pub fn idempotency_key_in_use(key: &str) -> ApiError {
        ApiError::invalid_request(
            StatusCode::CONFLICT,
            Some("idempotency_key_in_use"),
            None,
            format!(
                "There is currently another in-progress request using this Idempotent Key \
                 (that probably means you submitted twice, and the other request is still \
                 going through): {}. Please try again later.",
                echo(key, 255)
            ),
        )
    }

    /// 429 `rate_limit`. Stripe's wording.
    pub fn rate_limited() -> ApiError {
        ApiError::invalid_request(
            StatusCode::TOO_MANY_REQUESTS,
            Some("rate_limit"),
            None,
            "Request rate limit exceeded. Learn more about rate limits here \
             https://stripe.com/docs/rate-limits.",
        )
    }

    /// 500 (or 502–504) `api_error` armed through `POST /_sim/faults`: says it was asked
    /// for, so nobody reports it as a bug.
    pub fn injected_fault(status: StatusCode) -> ApiError {
        ApiError {
            status,
            message: format!(
                "debitsim answered {} because a fault was armed for this request (POST /_sim/faults); \
                 nothing was changed. Retrying is safe.",
                status.as_u16()
            ),
            ..ApiError::api_error()
        }
    }

    /// 500: the change was made but could not be written to the `--state` journal; the
    /// server stops rather than acknowledge what it cannot keep.
    pub fn not_persisted() -> ApiError {
        ApiError {
            message: "debitsim could not write this change to its --state journal and is stopping; \
                      the change may or may not survive a restart."
                .to_owned(),
            ..ApiError::api_error()
        }
    }

    /// 400: a `Stripe-Version` header that is not an API version. Stripe's wording.
    pub fn invalid_api_version(version: &str) -> ApiError {
        ApiError::invalid_request(
            StatusCode::BAD_REQUEST,
            None,
            None,
            format!("Invalid Stripe API version: {}", echo(version, ECHO_MAX_CHARS)),
        )
    }

    /// 500 `api_error`: a bug in the simulator. Wording chosen.
    #[allow(
        clippy::self_named_constructors,
        reason = "named after Stripe's error type `api_error`, like its siblings"
    )]
    pub fn api_error() -> ApiError {
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            error_type: ErrorType::Api,
            code: None,
            param: None,
            message: "An unexpected error occurred in the simulator while handling this \
                      request. This is a bug in debitsim; please report it."
                .to_owned(),
            card: None,
            should_retry: None,
        }
    }

    /// 413: the body is over the router's limit. Wording chosen.
    pub fn body_too_large(limit: usize) -> ApiError {
        ApiError::invalid_request(
            StatusCode::PAYLOAD_TOO_LARGE,
            None,
            None,
            format!("The request body is larger than this simulator's limit of {limit} bytes."),
        )
    }

    /// 400: a body whose HTTP framing the client broke (a chunk size that is not hex, a
    /// connection closed before the declared length), with hyper's reason. Wording chosen.
    pub fn malformed_body(reason: &str) -> ApiError {
        ApiError::invalid_request(
            StatusCode::BAD_REQUEST,
            None,
            None,
            format!("The request body could not be read: {}.", echo(reason, ECHO_MAX_CHARS)),
        )
    }

    /// 400: a body that is not form-encoded. Wording after Stripe's "Invalid request: unsupported Content-Type …".
    pub fn unsupported_content_type(content_type: &str) -> ApiError {
        // Stripe answers a body it cannot read as parameters with a 400, which SDKs raise as
        // an invalid-request error.
        ApiError::invalid_request(
            StatusCode::BAD_REQUEST,
            None,
            None,
            format!(
                "Invalid request: unsupported Content-Type {}. Send parameters form-encoded \
                 (application/x-www-form-urlencoded), as Stripe's v1 API expects.",
                echo(content_type, ECHO_MAX_CHARS)
            ),
        )
    }

    // ---- Cards ----

    /// 402 `card_error` for a declined test card, naming the charge Stripe created for the
    /// attempt: its code (`card_declined`, or `expired_card`, `incorrect_cvc`,
    /// `processing_error`, `authentication_required`), decline code and Stripe's sentence.
    pub fn card_declined(decline: Decline, charge: Option<String>) -> ApiError {
        ApiError {
            status: StatusCode::PAYMENT_REQUIRED,
            error_type: ErrorType::Card,
            code: Some(decline.code()),
            param: decline_param(decline).map(str::to_owned),
            message: decline_message(decline).to_owned(),
            card: Some(Box::new(CardDetails {
                decline_code: decline.decline_code(),
                charge,
                payment: None,
                setup: false,
            })),
            should_retry: None,
        }
    }

    /// 402 `card_error` for card details that cannot be a card (a number that is not one of
    /// Stripe's test numbers, an expiry that cannot be): Stripe's code, the card field at
    /// fault, and its sentence. No charge is made, and no decline code is given.
    pub fn card_invalid(code: &'static str, param: &str, message: String) -> ApiError {
        ApiError {
            status: StatusCode::PAYMENT_REQUIRED,
            error_type: ErrorType::Card,
            code: Some(code),
            param: Some(param.to_owned()),
            message,
            card: None,
            should_retry: None,
        }
    }

    /// The same error carrying the SetupIntent and payment method it concerns, as Stripe
    /// sends them with a SetupIntent's decline.
    pub fn with_setup_intent(self, intent: Vec<u8>, method: Vec<u8>) -> ApiError {
        let mut error = self.with_payment_intent(intent, method);
        if let Some(card) = &mut error.card {
            card.setup = true;
        }
        error
    }

    /// The same error carrying the PaymentIntent and payment method it concerns, as Stripe
    /// sends them with a PaymentIntent's decline.
    pub fn with_payment_intent(mut self, intent: Vec<u8>, method: Vec<u8>) -> ApiError {
        if let Some(card) = &mut self.card {
            card.payment = Some((
                String::from_utf8(intent).unwrap_or_default(),
                String::from_utf8(method).unwrap_or_default(),
            ));
        }
        self
    }

    // ---- Rendering ----

    /// The `doc_url` Stripe derives from the code: `_` becomes `-`.
    pub fn doc_url(&self) -> Option<String> {
        self.code
            .map(|code| format!("https://stripe.com/docs/error-codes/{}", code.replace('_', "-")))
    }

    /// The response body, `{"error":{...}}`.
    pub fn to_json(&self) -> String {
        // Field order is the wire order: alphabetical, as Stripe writes it.
        #[derive(Serialize)]
        struct Body<'a> {
            error: Inner<'a>,
        }
        #[derive(Serialize)]
        struct Inner<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            charge: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            code: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            decline_code: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            doc_url: Option<String>,
            message: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            param: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            payment_intent: Option<&'a serde_json::value::RawValue>,
            #[serde(skip_serializing_if = "Option::is_none")]
            payment_method: Option<&'a serde_json::value::RawValue>,
            #[serde(skip_serializing_if = "Option::is_none")]
            setup_intent: Option<&'a serde_json::value::RawValue>,
            #[serde(rename = "type")]
            error_type: &'a str,
        }
        fn raw(json: Option<&str>) -> Option<&serde_json::value::RawValue> {
            json.and_then(|j| serde_json::from_str(j).ok())
        }
        let setup = self.card.as_ref().is_some_and(|c| c.setup);
        let intent = self
            .card
            .as_ref()
            .and_then(|c| c.payment.as_ref())
            .map(|p| p.0.as_str());
        let body = Body {
            error: Inner {
                charge: self.card.as_ref().and_then(|c| c.charge.as_deref()),
                code: self.code,
                decline_code: self.card.as_ref().map(|c| c.decline_code),
                doc_url: self.doc_url(),
                message: &self.message,
                param: self.param.as_deref(),
                payment_intent: raw(intent.filter(|_| !setup)),
                payment_method: raw(self
                    .card
                    .as_ref()
                    .and_then(|c| c.payment.as_ref())
                    .map(|p| p.1.as_str())),
                setup_intent: raw(intent.filter(|_| setup)),
                error_type: self.error_type.as_str(),
            },
        };
        // Serialising strings into a String cannot fail; the fallback keeps that promise
        // from becoming a panic if it ever could.
        serde_json::to_string(&body).unwrap_or_else(|_| {
            r#"{"error":{"message":"An unexpected error occurred.","type":"api_error"}}"#.to_owned()
        })
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}: {}",
            self.status.as_u16(),
            self.error_type.as_str(),
            self.message
        )
    }
}

impl std::error::Error for ApiError {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The exact body of each error, as a table.
    #[test]
    fn bodies_are_stripes() {
        let cases: &[(ApiError, u16, &str)] = &[
            (
                ApiError::missing_api_key(),
                401,
                r#"{"error":{"message":"You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.","type":"invalid_request_error"}}"#,
            ),
            (
                ApiError::invalid_api_key("sk_live_********1234"),
                401,
                r#"{"error":{"message":"Invalid API Key provided: sk_live_********1234","type":"invalid_request_error"}}"#,
            ),
            (
                ApiError::account_invalid("sk_test_****abcd", "acct_nope"),
                403,
                r#"{"error":{"code":"account_invalid","doc_url":"https://stripe.com/docs/error-codes/account-invalid","message":"The provided key 'sk_test_****abcd' does not have access to account 'acct_nope' (or that account does not exist). Application access may have been revoked.","type":"invalid_request_error"}}"#,
            ),
            (
                ApiError::parameter_unknown("transfer_data[foo]"),
                400,
                r#"{"error":{"code":"parameter_unknown","doc_url":"https://stripe.com/docs/error-codes/parameter-unknown","message":"Received unknown parameter: transfer_data[foo]","param":"transfer_data[foo]","type":"invalid_request_error"}}"#,
            ),
            (
                ApiError::parameter_missing("amount"),
                400,
                r#"{"error":{"code":"parameter_missing","doc_url":"https://stripe.com/docs/error-codes/parameter-missing","message":"Missing required param: amount.","param":"amount","type":"invalid_request_error"}}"#,
            ),
            (
                ApiError::invalid_integer("amount", "55.00"),
                400,
                r#"{"error":{"code":"parameter_invalid_integer","doc_url":"https://stripe.com/docs/error-codes/parameter-invalid-integer","message":"Invalid integer: 55.00","param":"amount","type":"invalid_request_error"}}"#,
            ),
            (
                ApiError::resource_missing("charge", "ch_123", "reference_transaction[charge]"),
                400,
                r#"{"error":{"code":"resource_missing","doc_url":"https://stripe.com/docs/error-codes/resource-missing","message":"No such charge: 'ch_123'","param":"reference_transaction[charge]","type":"invalid_request_error"}}"#,
            ),
            (
                ApiError::not_found("transfer", "tr_1"),
                404,
                r#"{"error":{"code":"resource_missing","doc_url":"https://stripe.com/docs/error-codes/resource-missing","message":"No such transfer: 'tr_1'","param":"id","type":"invalid_request_error"}}"#,
            ),
            (
                ApiError::unrecognized_url("GET", "/v1/foo"),
                404,
                r#"{"error":{"message":"Unrecognized request URL (GET: /v1/foo). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.","type":"invalid_request_error"}}"#,
            ),
            (
                ApiError::idempotency_mismatch("k1"),
                400,
                r#"{"error":{"message":"Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than 'k1' if you meant to execute a different request.","type":"idempotency_error"}}"#,
            ),
            (
                ApiError::idempotency_key_in_use("k1"),
                409,
                r#"{"error":{"code":"idempotency_key_in_use","doc_url":"https://stripe.com/docs/error-codes/idempotency-key-in-use","message":"There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): k1. Please try again later.","type":"invalid_request_error"}}"#,
            ),
            (
                ApiError::rate_limited(),
                429,
                r#"{"error":{"code":"rate_limit","doc_url":"https://stripe.com/docs/error-codes/rate-limit","message":"Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.","type":"invalid_request_error"}}"#,
            ),
            (
                ApiError::card_declined(Decline::InsufficientFunds, Some("ch_9".to_owned())),
                402,
                r#"{"error":{"charge":"ch_9","code":"card_declined","decline_code":"insufficient_funds","doc_url":"https://stripe.com/docs/error-codes/card-declined","message":"Your card has insufficient funds.","type":"card_error"}}"#,
            ),
        ];
        for (error, status, json) in cases {
            assert_eq!(error.status.as_u16(), *status, "{error}");
            assert_eq!(error.to_json(), *json);
        }
    }

    /// Every constructor gives a well-formed body: `type` and `message` present, no
    /// `null` anywhere, and `doc_url` exactly when there is a code.
    #[test]
    fn every_constructor_is_well_formed() {
        let all = [
            ApiError::missing_api_key(),
            ApiError::invalid_api_key("sk_test_****"),
            ApiError::account_invalid("sk_test_****", "x"),
            ApiError::permission_denied_restricted("rk_test_****"),
            ApiError::parameter_unknown("foo"),
            ApiError::parameter_missing("amount"),
            ApiError::invalid_integer("limit", "x"),
            ApiError::invalid_boolean("capture", "yes"),
            ApiError::invalid_string("description", NotAString::Hash),
            ApiError::invalid_string("description", NotAString::Array),
            ApiError::invalid_string("description", NotAString::InvalidUtf8Value),
            ApiError::invalid_string("descr\u{fffd}", NotAString::InvalidUtf8Name),
            ApiError::invalid_array("expand"),
            ApiError::invalid_hash("metadata"),
            ApiError::metadata_too_many_keys("metadata", 50, 51),
            ApiError::metadata_key_too_long("metadata[k]", 40, "k"),
            ApiError::metadata_value_too_long("metadata[k]", 500, "v"),
            ApiError::metadata_key_invalid("metadata[a[b]"),
            ApiError::resource_missing("charge", "ch_1", "charge"),
            ApiError::not_found("charge", "ch_1"),
            ApiError::unrecognized_url("GET", "/"),
            ApiError::method_not_allowed("DELETE", "/v1/charges"),
            ApiError::idempotency_mismatch("k"),
            ApiError::idempotency_key_in_use("k"),
            ApiError::rate_limited(),
            ApiError::api_error(),
            ApiError::body_too_large(1 << 20),
            ApiError::malformed_body("invalid chunk size line"),
            ApiError::unsupported_content_type("application/json"),
            ApiError::card_declined(Decline::Generic, None),
            ApiError::card_declined(Decline::ExpiredCard, None),
            ApiError::card_declined(Decline::AuthenticationRequired, None),
            ApiError::invalid_request(StatusCode::BAD_REQUEST, None, None, "x"),
        ];
        for error in all {
            let json: serde_json::Value = serde_json::from_str(&error.to_json()).unwrap();
            let inner = json["error"].as_object().unwrap();
            assert_eq!(inner["type"], error.error_type.as_str());
            assert!(!error.message.is_empty());
            assert!(inner.values().all(|v| !v.is_null()), "{json}");
            assert_eq!(inner.contains_key("doc_url"), error.code.is_some(), "{json}");
            assert!(error.status.is_client_error() || error.status.is_server_error());
        }
    }

    #[test]
    fn echoed_values_are_cut_and_cleaned() {
        let cases: &[(&str, usize, &str)] = &[
            ("short", 10, "short"),
            ("0123456789abc", 10, "0123456789…"),
            ("a\nb\u{0}c", 10, "a?b?c"),
            ("ééééé", 3, "ééé…"),
            ("", 3, ""),
        ];
        for (input, max, want) in cases {
            assert_eq!(echo(input, *max), *want, "{input:?}");
        }
        let long = "x".repeat(100_000);
        assert!(ApiError::invalid_integer("amount", &long).message.len() < 200);
        assert!(ApiError::unrecognized_url("GET", &long).message.len() < 400);
    }
}
