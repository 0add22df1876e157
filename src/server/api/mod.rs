//! The endpoints: which paths exist, how each reads its parameters, and what it does.
//!
//! A request is handled in two steps. [`Route::prepare`] reads and checks every parameter
//! (outside any lock: it needs nothing of the world) and returns a [`Prepared`] call. The
//! pipeline then locks the key's world, checks the acting account, handles idempotency, and
//! runs the call against the world. So the order of debit-rules §7 holds — the
//! `Stripe-Account` (row 2) before unknown parameters (row 3) before the ledger's rows — and
//! the lock is held only for the ledger operation and the rendering of its result.

mod accounts;
mod balance;
mod charges;
mod events;
mod payouts;
mod refunds;
mod sim;
mod transfers;

use axum::http::{Method, StatusCode};

use super::error::ApiError;
use super::expand::{Expand, Kind};
use super::form::{HashParam, Params};
use super::list::ListParams;
use super::rejection;
use super::render::{ListView, Obj, View};
use super::state::{AppState, World};
use crate::ledger::{AccountId, Ledger, Noun, Page, Rejection, Timestamp};

/// What a prepared call needs when it runs.
pub struct Ctx<'a> {
    pub world: &'a mut World,
    /// The account the request acts as: the platform, or its `Stripe-Account`.
    pub actor: AccountId,
    pub state: &'a AppState,
    pub world_key: &'a str,
    pub wall: Timestamp,
}

impl Ctx<'_> {
    pub fn ledger(&self) -> &Ledger {
        &self.world.ledger
    }
}

/// A response body with its status.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn ok(body: Vec<u8>) -> Reply {
        Reply {
            status: StatusCode::OK,
            body,
        }
    }
}

/// A refused call, and whether Stripe would keep the refusal for idempotent retries.
#[derive(Debug)]
pub struct Refusal {
    pub error: ApiError,
    pub stored: bool,
}

impl From<ApiError> for Refusal {
    fn from(error: ApiError) -> Refusal {
        Refusal { error, stored: false }
    }
}

impl From<Rejection> for Refusal {
    fn from(rejection: Rejection) -> Refusal {
        Refusal {
            error: rejection::api_error(&rejection),
            stored: rejection::is_stored(&rejection),
        }
    }
}

pub type Applied = Result<Reply, Refusal>;

/// A call whose parameters have been read, waiting for its world.
pub type Prepared = Box<dyn FnOnce(&mut Ctx<'_>) -> Applied + Send>;

/// The object `obj`, rendered with `expand`.
pub fn object(ledger: &Ledger, obj: Obj, expand: &Expand) -> Reply {
    Reply::ok(View::new(ledger, obj, expand).to_json())
}

/// 404 for an id in the path that names nothing this account can see.
pub fn not_found(noun: Noun, id: &str) -> Refusal {
    Rejection::NotFound {
        noun,
        id: id.to_owned(),
    }
    .into()
}

/// Renders one page of a list.
pub fn page_of<T: Copy>(
    ledger: &Ledger,
    url: &str,
    page: Page<T>,
    to_obj: impl Fn(T) -> Obj,
    expand: &Expand,
) -> Reply {
    let items: Vec<Obj> = page.items.into_iter().map(to_obj).collect();
    Reply::ok(
        ListView {
            ledger,
            url,
            items: &items,
            has_more: page.has_more,
            expand,
        }
        .to_json(),
    )
}

/// Takes a nested hash parameter (`transfer_data`, `settings[payouts]`); `None` if absent or
/// unset (`transfer_data=`).
pub fn hash(params: &mut Params, name: &str) -> Result<Option<Params>, ApiError> {
    Ok(match params.take_hash(name)? {
        Some(HashParam::Set(nested)) => Some(nested),
        Some(HashParam::Unset) | None => None,
    })
}

/// Takes `expand[]` for a response of kind `kind`.
pub fn take_expand(params: &mut Params, kind: Kind) -> Result<Expand, ApiError> {
    Expand::parse(&params.take_list("expand")?.unwrap_or_default(), kind)
}

/// Takes real Stripe parameters the simulator does not model, so they are not reported as
/// unknown; call [`Unsupported::check`] after `finish` to refuse them clearly.
pub struct Unsupported(Option<(&'static str, &'static str)>);

impl Unsupported {
    pub fn take(params: &mut Params, names: &[(&'static str, &'static str)]) -> Unsupported {
        let mut found = None;
        for (name, what) in names {
            if params.take(name).is_some() && found.is_none() {
                found = Some((*name, *what));
            }
        }
        Unsupported(found)
    }

    pub fn check(self) -> Result<(), ApiError> {
        match self.0 {
            None => Ok(()),
            Some((param, what)) => Err(rejection::api_error(&Rejection::Unsupported { param, what })),
        }
    }
}

/// Takes `source_type`: transfers and payouts move card funds here, so `card` is the only
/// source type there is (checked after `finish`, like [`Unsupported`]).
pub fn take_source_type(params: &mut Params) -> Result<SourceType, ApiError> {
    params.take_str("source_type").map(SourceType)
}

pub struct SourceType(Option<String>);

impl SourceType {
    pub fn check(self) -> Result<(), ApiError> {
        match self.0.filter(|t| t != "card") {
            None => Ok(()),
            Some(other) => Err(ApiError::invalid_request(
                StatusCode::BAD_REQUEST,
                None,
                Some("source_type".into()),
                format!("debitsim only holds card funds, so source_type must be card (received '{other}')."),
            )),
        }
    }
}

/// Takes a parameter Stripe accepts whose effect the simulator has no use for, checking it
/// is of the right form (a boolean, or one of a few strings).
pub fn take_ignored_bool(params: &mut Params, name: &str) -> Result<(), ApiError> {
    params.take_bool(name).map(|_| ())
}

/// The endpoints, with the ids their paths carry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    ListAccounts,
    CreateAccount,
    GetAccount(String),
    UpdateAccount(String),
    OwnAccount,
    ListExternalAccounts(String),
    ListCharges,
    CreateCharge,
    GetCharge(String),
    UpdateCharge(String),
    ListTransfers,
    CreateTransfer,
    GetTransfer(String),
    UpdateTransfer(String),
    ListReversals(String),
    CreateReversal(String),
    GetReversal(String, String),
    ListPayouts,
    CreatePayout,
    GetPayout(String),
    ListRefunds,
    CreateRefund,
    GetRefund(String),
    GetBalance,
    ListBalanceTransactions,
    GetBalanceTransaction(String),
    ListEvents,
    GetEvent(String),
    SimClock,
    SimAdvanceClock,
    SimReset,
    SimAudit,
    SimListFaults,
    SimArmFault,
    SimClearFaults,
}

impl Route {
    /// The endpoint `method` and `path` name, if any.
    pub fn find(method: &Method, path: &str) -> Option<Route> {
        let segments: Vec<&str> = path.strip_prefix('/')?.split('/').collect();
        if segments.iter().any(|s| s.is_empty()) {
            return None;
        }
        let (get, post) = (method == Method::GET, method == Method::POST);
        let id = |s: &str| s.to_owned();
        Some(match segments.as_slice() {
            ["v1", "accounts"] if get => Route::ListAccounts,
            ["v1", "accounts"] if post => Route::CreateAccount,
            ["v1", "accounts", a] if get => Route::GetAccount(id(a)),
            ["v1", "accounts", a] if post => Route::UpdateAccount(id(a)),
            ["v1", "accounts", a, "external_accounts"] if get => Route::ListExternalAccounts(id(a)),
            ["v1", "account"] if get => Route::OwnAccount,
            ["v1", "charges"] if get => Route::ListCharges,
            ["v1", "charges"] if post => Route::CreateCharge,
            ["v1", "charges", c] if get => Route::GetCharge(id(c)),
            ["v1", "charges", c] if post => Route::UpdateCharge(id(c)),
            ["v1", "transfers"] if get => Route::ListTransfers,
            ["v1", "transfers"] if post => Route::CreateTransfer,
            ["v1", "transfers", t] if get => Route::GetTransfer(id(t)),
            ["v1", "transfers", t] if post => Route::UpdateTransfer(id(t)),
            ["v1", "transfers", t, "reversals"] if get => Route::ListReversals(id(t)),
            ["v1", "transfers", t, "reversals"] if post => Route::CreateReversal(id(t)),
            ["v1", "transfers", t, "reversals", r] if get => Route::GetReversal(id(t), id(r)),
            ["v1", "payouts"] if get => Route::ListPayouts,
            ["v1", "payouts"] if post => Route::CreatePayout,
            ["v1", "payouts", p] if get => Route::GetPayout(id(p)),
            ["v1", "refunds"] if get => Route::ListRefunds,
            ["v1", "refunds"] if post => Route::CreateRefund,
            ["v1", "refunds", r] if get => Route::GetRefund(id(r)),
            ["v1", "balance"] if get => Route::GetBalance,
            ["v1", "balance_transactions"] if get => Route::ListBalanceTransactions,
            ["v1", "balance_transactions", t] if get => Route::GetBalanceTransaction(id(t)),
            ["v1", "events"] if get => Route::ListEvents,
            ["v1", "events", e] if get => Route::GetEvent(id(e)),
            ["_sim", "clock"] if get => Route::SimClock,
            ["_sim", "clock", "advance"] if post => Route::SimAdvanceClock,
            ["_sim", "reset"] if post => Route::SimReset,
            ["_sim", "audit"] if get => Route::SimAudit,
            ["_sim", "faults"] if get => Route::SimListFaults,
            ["_sim", "faults"] if post => Route::SimArmFault,
            ["_sim", "faults", "clear"] if post => Route::SimClearFaults,
            _ => return None,
        })
    }

    /// Whether the call changes the world (refused to read-only restricted keys, and the only
    /// calls idempotency keys apply to).
    pub fn writes(&self) -> bool {
        matches!(
            self,
            Route::CreateAccount
                | Route::UpdateAccount(_)
                | Route::CreateCharge
                | Route::UpdateCharge(_)
                | Route::CreateTransfer
                | Route::UpdateTransfer(_)
                | Route::CreateReversal(_)
                | Route::CreatePayout
                | Route::CreateRefund
                | Route::SimAdvanceClock
                | Route::SimReset
                | Route::SimArmFault
                | Route::SimClearFaults
        )
    }

    /// Whether this is one of Stripe's endpoints (not a simulator control).
    pub fn is_stripe(&self) -> bool {
        !matches!(
            self,
            Route::SimClock
                | Route::SimAdvanceClock
                | Route::SimReset
                | Route::SimAudit
                | Route::SimListFaults
                | Route::SimArmFault
                | Route::SimClearFaults
        )
    }

    /// Reads the call's parameters; unknown or malformed ones are refused here.
    pub fn prepare(self, params: Params) -> Result<Prepared, ApiError> {
        match self {
            Route::ListAccounts => accounts::list(params),
            Route::CreateAccount => accounts::create(params),
            Route::GetAccount(id) => accounts::get(params, id),
            Route::UpdateAccount(id) => accounts::update(params, id),
            Route::OwnAccount => accounts::own(params),
            Route::ListExternalAccounts(id) => accounts::external_accounts(params, id),
            Route::ListCharges => charges::list(params),
            Route::CreateCharge => charges::create(params),
            Route::GetCharge(id) => charges::get(params, id),
            Route::UpdateCharge(id) => charges::update(params, id),
            Route::ListTransfers => transfers::list(params),
            Route::CreateTransfer => transfers::create(params),
            Route::GetTransfer(id) => transfers::get(params, id),
            Route::UpdateTransfer(id) => transfers::update(params, id),
            Route::ListReversals(id) => transfers::list_reversals(params, id),
            Route::CreateReversal(id) => transfers::reverse(params, id),
            Route::GetReversal(id, reversal) => transfers::get_reversal(params, id, reversal),
            Route::ListPayouts => payouts::list(params),
            Route::CreatePayout => payouts::create(params),
            Route::GetPayout(id) => payouts::get(params, id),
            Route::ListRefunds => refunds::list(params),
            Route::CreateRefund => refunds::create(params),
            Route::GetRefund(id) => refunds::get(params, id),
            Route::GetBalance => balance::get(params),
            Route::ListBalanceTransactions => balance::list(params),
            Route::GetBalanceTransaction(id) => balance::get_transaction(params, id),
            Route::ListEvents => events::list(params),
            Route::GetEvent(id) => events::get(params, id),
            Route::SimClock => sim::clock(params),
            Route::SimAdvanceClock => sim::advance(params),
            Route::SimReset => sim::reset(params),
            Route::SimAudit => sim::audit(params),
            Route::SimListFaults => sim::list_faults(params),
            Route::SimArmFault => sim::arm_fault(params),
            Route::SimClearFaults => sim::clear_faults(params),
        }
    }
}

/// Reads a `GET /v1/<things>/{id}` call: only `expand`.
pub fn prepare_get(
    mut params: Params,
    kind: Kind,
    run: impl FnOnce(&mut Ctx<'_>, Expand) -> Applied + Send + 'static,
) -> Result<Prepared, ApiError> {
    let expand = take_expand(&mut params, kind)?;
    params.finish()?;
    Ok(Box::new(move |cx| run(cx, expand)))
}

/// Reads a list call with extra filters taken by `filters`.
pub fn prepare_list<F: Send + 'static>(
    mut params: Params,
    kind: Kind,
    filters: impl FnOnce(&mut Params) -> Result<F, ApiError>,
    run: impl FnOnce(&mut Ctx<'_>, ListParams, F) -> Applied + Send + 'static,
) -> Result<Prepared, ApiError> {
    let list = ListParams::take(&mut params, kind)?;
    let filters = filters(&mut params)?;
    params.finish()?;
    Ok(Box::new(move |cx| run(cx, list, filters)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        let cases = [
            (Method::POST, "/v1/charges", Some(Route::CreateCharge)),
            (Method::GET, "/v1/charges/ch_1", Some(Route::GetCharge("ch_1".into()))),
            (
                Method::POST,
                "/v1/transfers/tr_1/reversals",
                Some(Route::CreateReversal("tr_1".into())),
            ),
            (
                Method::GET,
                "/v1/transfers/tr_1/reversals/trr_2",
                Some(Route::GetReversal("tr_1".into(), "trr_2".into())),
            ),
            (Method::GET, "/v1/account", Some(Route::OwnAccount)),
            (Method::POST, "/_sim/clock/advance", Some(Route::SimAdvanceClock)),
            (Method::DELETE, "/v1/charges", None),
            (Method::GET, "/v1/charges/", None),
            (Method::GET, "/v1//charges", None),
            (Method::GET, "/v2/charges", None),
            (Method::GET, "", None),
            (Method::PUT, "/v1/balance", None),
        ];
        for (method, path, expected) in cases {
            assert_eq!(Route::find(&method, path), expected, "{method} {path}");
        }
    }
}
