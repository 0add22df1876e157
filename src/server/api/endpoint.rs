//! What every endpoint is made of: the call context ([`Ctx`]), replies and refusals, how a
//! request's parameters are read into a [`Prepared`] call ([`Endpoint`]), and the readers
//! several resources share (`expand`, `transfer_data`, lists).

use crate::ledger::Kind;
use crate::ledger::{
    AccountId, AddressParams, CustomerId, Feature, Input, Ledger, Noun, Obj as LedgerObj, Page, Rejection,
    ShippingInput, ShippingParams, Timestamp, TransferDataParams,
};
use crate::server::error::ApiError;
use crate::server::expand::Expand;
use crate::server::form::{FormLimits, HashParam, Params};
use crate::server::json::Fields;
use crate::server::list::ListParams;
use crate::server::refusals as rejection;
use crate::server::render::{ListView, Obj, View};
use crate::server::spec;
use crate::server::state::AppState;
use crate::server::version::ApiVersion;
use crate::server::world::{Cause, Mode, World};
use axum::http::{Method, StatusCode};

/// What a request's key lets it do, beyond which endpoints it may call (the pipeline holds
/// a key to the endpoints that allow it: [`Keys`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// A secret key (or a restricted one, for reads); also every call replayed from the
    /// journal, which the live server accepted already.
    Secret,
    /// A publishable key (`pk_test_…`), a browser's or a mobile app's: it names an intent
    /// only with its `client_secret`.
    Publishable,
    /// An ephemeral key (`ek_test_…`): one customer's cards, for its mobile client.
    Customer(CustomerId),
}

/// What a prepared call needs when it runs.
pub struct Ctx<'a> {
    pub world: &'a mut World,
    /// The account the request acts as: the platform, or its `Stripe-Account`.
    pub actor: AccountId,
    /// What the request's key may do.
    pub access: Access,
    pub state: &'a AppState,
    pub world_key: &'a str,
    pub wall: Timestamp,
    /// The request, as the events it causes record it.
    pub cause: Cause<'a>,
    /// Live, or replayed from the journal.
    pub mode: Mode,
    /// The API version the request pins (`Stripe-Version`), or the default: what its answer
    /// is rendered for (the pipeline runs the call inside `version::render_as`).
    pub version: ApiVersion,
}

impl Ctx<'_> {
    pub fn ledger(&self) -> &Ledger {
        self.world.ledger()
    }

    /// Changes the world's ledger through its commit point ([`World::apply`]).
    pub fn apply<T>(&mut self, change: impl FnOnce(&mut Ledger) -> T) -> T {
        self.world.apply(self.cause, self.mode, change)
    }

    /// A publishable key names an intent only with its `client_secret` (whether it matches
    /// is the intent's own check).
    pub fn needs_client_secret(&self, given: Option<&str>) -> Result<(), Refusal> {
        match (self.access, given) {
            (Access::Publishable, None) => Err(Rejection::ParameterMissing { param: "client_secret" }.into()),
            _ => Ok(()),
        }
    }

    /// An ephemeral key acts for its own customer only.
    pub fn may_act_for(&self, customer: CustomerId) -> Result<(), Refusal> {
        match self.access {
            Access::Customer(own) if own != customer => Err(ApiError::ephemeral_key_scope(
                self.ledger().id_of(LedgerObj::Customer(own)).as_str(),
                self.ledger().id_of(LedgerObj::Customer(customer)).as_str(),
            )
            .into()),
            _ => Ok(()),
        }
    }

    /// The customer an ephemeral key is for, if the request carries one.
    pub fn key_customer(&self) -> Option<CustomerId> {
        match self.access {
            Access::Customer(customer) => Some(customer),
            Access::Secret | Access::Publishable => None,
        }
    }

    /// Whether the request may send raw card numbers: only a publishable key's client does,
    /// as on Stripe (a replayed call was accepted live).
    pub fn may_send_card_numbers(&self) -> bool {
        self.access == Access::Publishable || self.mode == Mode::Replay
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
        id: crate::server::error::echo(id, crate::server::error::ECHO_MAX_CHARS),
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
            at: ledger.now_view(),
            facts: None,
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

/// Takes `transfer_data[destination]` and `transfer_data[amount]` of a destination charge or
/// PaymentIntent.
pub fn take_transfer_data(params: &mut Params) -> Result<Option<TransferDataParams>, ApiError> {
    let Some(mut data) = hash(params, "transfer_data")? else {
        return Ok(None);
    };
    let parsed = TransferDataParams {
        destination: data.take_str("destination")?,
        amount: data.take_amount("amount")?,
    };
    data.finish()?;
    Ok(Some(parsed))
}

/// `address[...]` inside a hash.
pub fn take_address(p: &mut Params, name: &str) -> Result<AddressParams, ApiError> {
    let Some(mut given) = hash(p, name)? else {
        return Ok(AddressParams::default());
    };
    let address = AddressParams {
        line1: given.take_str("line1")?,
        line2: given.take_str("line2")?,
        city: given.take_str("city")?,
        state: given.take_str("state")?,
        postal_code: given.take_str("postal_code")?,
        country: given.take_str("country")?,
    };
    given.finish()?;
    Ok(address)
}

/// Takes `shipping[...]` (PaymentIntents, charges, customers): `shipping=` clears it.
pub fn take_shipping(params: &mut Params) -> Result<Option<ShippingInput>, ApiError> {
    let mut given = match params.take_hash("shipping")? {
        None => return Ok(None),
        Some(HashParam::Unset) => return Ok(Some(ShippingInput::Clear)),
        Some(HashParam::Set(given)) => given,
    };
    let address = match given.get("address") {
        None => None,
        Some(_) => Some(take_address(&mut given, "address")?),
    };
    let shipping = ShippingParams {
        name: given.take_str("name")?,
        address,
        carrier: given.take_str("carrier")?,
        phone: given.take_str("phone")?,
        tracking_number: given.take_str("tracking_number")?,
    };
    given.finish()?;
    Ok(Some(ShippingInput::Set(Box::new(shipping))))
}

/// Takes `transfer_data[amount]` where it is the hash's only key (a capture, an update).
pub fn take_transfer_amount(params: &mut Params) -> Result<Input<i64>, ApiError> {
    let Some(mut data) = hash(params, "transfer_data")? else {
        return Ok(Input::Missing);
    };
    let amount = data.take_amount("amount")?;
    data.finish()?;
    Ok(amount)
}

/// Takes `expand[]` for a response of kind `kind`.
pub fn take_expand(params: &mut Params, kind: Kind) -> Result<Expand, ApiError> {
    Expand::parse(
        &params.take_list("expand")?.unwrap_or_default(),
        kind,
        crate::server::render::shape,
    )
}

/// Takes real Stripe parameters the simulator does not model, so they are not reported as
/// unknown; call [`Unsupported::check`] after `finish` to refuse them clearly.
pub struct Unsupported(Option<(&'static str, Feature)>);

impl Unsupported {
    pub fn take(params: &mut Params, names: &[(&'static str, Feature)]) -> Unsupported {
        let mut found = None;
        for (name, feature) in names {
            if params.take(name).is_some() && found.is_none() {
                found = Some((*name, *feature));
            }
        }
        Unsupported(found)
    }

    pub fn check(self) -> Result<(), ApiError> {
        match self.0 {
            None => Ok(()),
            Some((param, feature)) => Err(rejection::api_error(&Rejection::Unsimulated { param, feature })),
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
            Some(other) => Err(ApiError::source_type_not_card(&other)),
        }
    }
}

/// Takes a parameter Stripe accepts whose effect the simulator has no use for, checking it
/// is of the right form (a boolean, or one of a few strings).
pub fn take_ignored_bool(params: &mut Params, name: &str) -> Result<(), ApiError> {
    params.take_bool(name).map(|_| ())
}

/// The HTTP methods Stripe's API uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verb {
    Get,
    Post,
    Delete,
}

impl Verb {
    pub fn of(method: &Method) -> Option<Verb> {
        match *method {
            Method::GET => Some(Verb::Get),
            Method::POST => Some(Verb::Post),
            Method::DELETE => Some(Verb::Delete),
            _ => None,
        }
    }

    pub fn parse(text: &str) -> Option<Verb> {
        [Verb::Get, Verb::Post, Verb::Delete]
            .into_iter()
            .find(|v| v.as_str() == text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verb::Get => "GET",
            Verb::Post => "POST",
            Verb::Delete => "DELETE",
        }
    }
}

/// The ids a path carries, in order (`/v1/transfers/{transfer}/reversals/{id}` has two).
#[derive(Debug, Default)]
pub struct PathIds(pub(super) Vec<String>);

impl PathIds {
    /// The next id of the path.
    pub fn take(&mut self) -> String {
        if self.0.is_empty() {
            String::new()
        } else {
            self.0.remove(0)
        }
    }
}

/// Which of Stripe's two APIs an endpoint belongs to: how its request is read and its
/// errors kept (docs.stripe.com/api-v2-overview).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Api {
    /// `/v1` (and the simulator's `/_sim` controls): form-encoded parameters.
    V1,
    /// `/v2`: JSON bodies, `include` instead of `expand`, paging by URL, secret keys only,
    /// and an idempotency key that keeps only what succeeded.
    V2,
}

/// A v2 request's parameters: its query string (`include[]`, `limit`, `page`, filters, as
/// the SDKs send them on reads) and its JSON body (on writes).
#[derive(Debug)]
pub struct V2Request {
    pub query: Params,
    pub body: Fields,
}

impl V2Request {
    /// Ends reading: anything left in either is refused by name.
    pub fn finish(self) -> Result<(), ApiError> {
        self.query.finish()?;
        self.body.finish()
    }
}

/// A request's parameters, read as its API reads them.
#[derive(Debug)]
pub enum Parsed {
    Form(Params),
    Json(V2Request),
}

impl Parsed {
    /// The parameters, reading as of the API version the request pins (a parameter Stripe
    /// removed later is still read before its removal).
    pub fn pinning(self, version: ApiVersion) -> Parsed {
        match self {
            Parsed::Form(params) => Parsed::Form(params.pinning(version)),
            Parsed::Json(V2Request { query, body }) => Parsed::Json(V2Request {
                query: query.pinning(version),
                body,
            }),
        }
    }
}

/// How an endpoint reads its request.
#[derive(Debug, Clone, Copy)]
enum Read {
    Form(fn(Params, PathIds) -> Result<Prepared, ApiError>),
    Json(fn(V2Request, PathIds) -> Result<Prepared, ApiError>),
}

/// Which keys besides secret ones (and restricted ones, for reads) may call an endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Keys {
    /// `pk_test_…`: what Stripe lets a browser or a mobile app do.
    pub publishable: bool,
    /// `ek_test_…`: what a mobile client may do to its own customer's cards.
    pub ephemeral: bool,
}

impl Keys {
    const SECRET: Keys = Keys {
        publishable: false,
        ephemeral: false,
    };
}

/// One endpoint: its method, its path as Stripe spells it, and how it reads a request.
#[derive(Debug)]
pub struct Endpoint {
    pub verb: Verb,
    /// The path pattern, as Stripe's endpoint list spells it (`/v1/charges/{charge}`).
    pub path: &'static str,
    /// Whether a call that changed the world is kept in the `--state` journal. Only controls
    /// whose effect is deliberately not kept across restarts (armed faults) are not.
    pub kept: bool,
    /// The keys besides secret ones that may call it.
    pub keys: Keys,
    /// Whether a request must say its `Stripe-Version` (an ephemeral key's creation).
    pub version_required: bool,
    read: Read,
}

type FormReader = fn(Params, PathIds) -> Result<Prepared, ApiError>;
type JsonReader = fn(V2Request, PathIds) -> Result<Prepared, ApiError>;

impl Endpoint {
    pub const fn get(path: &'static str, read: FormReader) -> Endpoint {
        Endpoint {
            verb: Verb::Get,
            path,
            kept: false,
            keys: Keys::SECRET,
            version_required: false,
            read: Read::Form(read),
        }
    }

    pub const fn post(path: &'static str, read: FormReader) -> Endpoint {
        Endpoint {
            verb: Verb::Post,
            path,
            kept: true,
            keys: Keys::SECRET,
            version_required: false,
            read: Read::Form(read),
        }
    }

    /// A `DELETE`: it changes the world, so it is journaled like a `POST`.
    pub const fn delete(path: &'static str, read: FormReader) -> Endpoint {
        Endpoint {
            verb: Verb::Delete,
            path,
            kept: true,
            keys: Keys::SECRET,
            version_required: false,
            read: Read::Form(read),
        }
    }

    /// A `POST` whose effect is not kept across restarts, so not journaled.
    pub const fn post_unkept(path: &'static str, read: FormReader) -> Endpoint {
        Endpoint {
            verb: Verb::Post,
            path,
            kept: false,
            keys: Keys::SECRET,
            version_required: false,
            read: Read::Form(read),
        }
    }

    /// A v2 read (`GET /v2/…`): parameters in the query string.
    pub const fn v2_get(path: &'static str, read: JsonReader) -> Endpoint {
        Endpoint {
            verb: Verb::Get,
            path,
            kept: false,
            keys: Keys::SECRET,
            version_required: false,
            read: Read::Json(read),
        }
    }

    /// A v2 write (`POST /v2/…`): a JSON body.
    pub const fn v2_post(path: &'static str, read: JsonReader) -> Endpoint {
        Endpoint {
            verb: Verb::Post,
            path,
            kept: true,
            keys: Keys::SECRET,
            version_required: false,
            read: Read::Json(read),
        }
    }

    /// A v2 `DELETE`, journaled like a write.
    pub const fn v2_delete(path: &'static str, read: JsonReader) -> Endpoint {
        Endpoint {
            verb: Verb::Delete,
            path,
            kept: true,
            keys: Keys::SECRET,
            version_required: false,
            read: Read::Json(read),
        }
    }

    /// The API the endpoint belongs to.
    pub fn api(&self) -> Api {
        match self.read {
            Read::Form(_) => Api::V1,
            Read::Json(_) => Api::V2,
        }
    }

    /// The same endpoint, open to publishable keys too.
    pub const fn publishable(self) -> Endpoint {
        Endpoint {
            keys: Keys {
                publishable: true,
                ..self.keys
            },
            ..self
        }
    }

    /// The same endpoint, refusing a request without `Stripe-Version`.
    pub const fn requires_version(self) -> Endpoint {
        Endpoint {
            version_required: true,
            ..self
        }
    }

    /// The same endpoint, open to ephemeral keys too (each call holds the key to its
    /// customer: [`Ctx::may_act_for`]).
    pub const fn ephemeral(self) -> Endpoint {
        Endpoint {
            keys: Keys {
                ephemeral: true,
                ..self.keys
            },
            ..self
        }
    }

    /// Whether the call changes the world (refused to read-only restricted keys, and the only
    /// calls idempotency keys apply to).
    pub fn writes(&self) -> bool {
        self.verb != Verb::Get
    }

    /// Whether this is one of Stripe's endpoints (not a simulator control).
    pub fn is_stripe(&self) -> bool {
        self.path.starts_with("/v1/") || self.path.starts_with("/v2/")
    }

    /// Reads a request's query string and body as this endpoint's API reads them: a form
    /// (the query, then a write's body) for v1; the query and a JSON body for v2.
    pub fn parse(&self, method: &Method, query: &[u8], body: &[u8]) -> Result<Parsed, ApiError> {
        let limits = FormLimits::default();
        let reads = *method == Method::GET;
        match self.read {
            Read::Form(_) if reads || body.is_empty() => Ok(Parsed::Form(Params::parse(query, &limits)?)),
            Read::Form(_) if query.is_empty() => Ok(Parsed::Form(Params::parse(body, &limits)?)),
            Read::Form(_) => {
                let mut both = Vec::with_capacity(query.len() + 1 + body.len());
                both.extend_from_slice(query);
                both.push(b'&');
                both.extend_from_slice(body);
                Ok(Parsed::Form(Params::parse(&both, &limits)?))
            }
            Read::Json(_) => Ok(Parsed::Json(V2Request {
                query: Params::parse(query, &limits)?,
                body: if reads { Fields::default() } else { Fields::parse(body)? },
            })),
        }
    }

    /// Reads the call's parameters, given Stripe's for this endpoint (`spec`, if it has
    /// them): strings over Stripe's lengths, and unknown or malformed parameters, are refused
    /// here. The router keeps each endpoint's `spec` ([`router::Route`]).
    pub fn prepare_with(
        &self,
        spec: Option<&'static spec::Node>,
        input: Parsed,
        ids: PathIds,
    ) -> Result<Prepared, ApiError> {
        match (self.read, input) {
            (Read::Form(read), Parsed::Form(mut params)) => {
                if let Some(spec) = spec {
                    params.check_against(spec)?;
                }
                read(params, ids)
            }
            (Read::Json(read), Parsed::Json(request)) => read(request, ids),
            // `parse` gives each endpoint the input it reads.
            _ => Err(ApiError::api_error()),
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
