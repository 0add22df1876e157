//! The objects the ledger stores, as plain data: accounts, bank accounts, charges and
//! payments, transfers and their reversals, payouts, refunds, balance transactions, events.
//!
//! Objects live in per-kind arenas on the [`Ledger`](super::Ledger) and refer to each other by
//! typed index. They are read through the ledger's accessors and only ever changed by its
//! operations. None of them knows JSON: the HTTP layer renders them.

use super::country::Country;
use super::kinds::Obj;
use super::money::{Amount, Currency};
use super::rejection::Rejection;

/// Seconds since the Unix epoch, in the world's simulated time.
pub type Timestamp = i64;

pub const DAY: Timestamp = 86_400;

macro_rules! typed_index {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub(crate) u32);

        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

typed_index!(
    /// An account of the world; `AccountId(0)` is always the platform.
    AccountId
);
typed_index!(BankAccountId);
typed_index!(
    /// A charge (`ch_…`) or a payment (`py_…`): both are charge objects.
    ChargeId
);
typed_index!(TransferId);
typed_index!(ReversalId);
typed_index!(PayoutId);
typed_index!(RefundId);
typed_index!(TxnId);
typed_index!(EventId);
typed_index!(
    /// A person (`person_…`) of an account: its representative, owners, directors.
    PersonId
);
typed_index!(PaymentIntentId);
typed_index!(PaymentMethodId);
typed_index!(CustomerId);
typed_index!(ApplicationFeeId);
typed_index!(FeeRefundId);
typed_index!(DisputeId);

impl AccountId {
    pub const PLATFORM: AccountId = AccountId(0);

    pub fn is_platform(self) -> bool {
        self == AccountId::PLATFORM
    }
}

/// Key-value metadata as Stripe keeps it: at most 50 keys, sorted by key here.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Metadata(Vec<(Box<str>, Box<str>)>);

/// A change to metadata, as a request expresses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MetadataUpdate {
    /// `metadata=`: remove every key.
    Clear,
    /// `metadata[k]=v` sets k; `metadata[k]=` (a `None` here) removes it.
    Set(Vec<(String, Option<String>)>),
}

/// Stripe's metadata limits: keys per object, characters per key, characters per value.
pub const METADATA_MAX_KEYS: usize = 50;
/// See [`METADATA_MAX_KEYS`].
pub const METADATA_MAX_KEY_CHARS: usize = 40;
/// See [`METADATA_MAX_KEYS`].
pub const METADATA_MAX_VALUE_CHARS: usize = 500;

impl Metadata {
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (&**k, &**v))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .binary_search_by(|(k, _)| (**k).cmp(key))
            .ok()
            .map(|i| &*self.0[i].1)
    }

    /// Metadata from pairs sorted by key, as an image holds them; `None` if they are not
    /// sorted, repeat a key, or are too many.
    pub fn from_sorted(pairs: Vec<(Box<str>, Box<str>)>) -> Option<Metadata> {
        let sorted = pairs.windows(2).all(|w| w[0].0 < w[1].0);
        (sorted && pairs.len() <= METADATA_MAX_KEYS).then_some(Metadata(pairs))
    }

    /// The metadata an optional `update` leaves (`None` when there is none), refused when it
    /// would hold more than [`METADATA_MAX_KEYS`].
    pub fn after(&self, update: Option<&MetadataUpdate>) -> Result<Option<Metadata>, Rejection> {
        update
            .map(|update| {
                self.updated(update)
                    .map_err(|count| Rejection::TooManyMetadataKeys { count })
            })
            .transpose()
    }

    /// The metadata after `update`, or how many keys it would hold if that is more than
    /// [`METADATA_MAX_KEYS`].
    pub fn updated(&self, update: &MetadataUpdate) -> Result<Metadata, usize> {
        let mut next = match update {
            MetadataUpdate::Clear => return Ok(Metadata::default()),
            MetadataUpdate::Set(_) => self.clone(),
        };
        if let MetadataUpdate::Set(entries) = update {
            for (key, value) in entries {
                let position = next.0.binary_search_by(|(k, _)| (**k).cmp(key.as_str()));
                match (position, value) {
                    (Ok(i), Some(v)) => next.0[i].1 = v.as_str().into(),
                    (Ok(i), None) => {
                        next.0.remove(i);
                    }
                    (Err(i), Some(v)) => next.0.insert(i, (key.as_str().into(), v.as_str().into())),
                    (Err(_), None) => {}
                }
            }
        }
        if next.0.len() <= METADATA_MAX_KEYS {
            Ok(next)
        } else {
            Err(next.0.len())
        }
    }
}

/// The legacy account type; `None` for accounts created with `controller` properties only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountType {
    Standard,
    Express,
    Custom,
    None,
}

impl AccountType {
    pub fn as_str(self) -> &'static str {
        match self {
            AccountType::Standard => "standard",
            AccountType::Express => "express",
            AccountType::Custom => "custom",
            AccountType::None => "none",
        }
    }

    pub fn parse(text: &str) -> Option<AccountType> {
        Some(match text {
            "standard" => AccountType::Standard,
            "express" => AccountType::Express,
            "custom" => AccountType::Custom,
            _ => return None,
        })
    }
}

/// Who is liable for the account's negative balances (`controller.losses.payments`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Liability {
    /// Platform-managed risk: the platform is liable.
    Application,
    /// Stripe-managed risk: Stripe is liable (except for what account debits made; §6).
    Stripe,
}

/// Who collects the account's requirements (`controller.requirement_collection`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequirementCollector {
    Application,
    Stripe,
}

/// Who pays Stripe's fees (`controller.fees.payer`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeePayer {
    Account,
    Application,
    ApplicationCustom,
    ApplicationExpress,
}

/// The Stripe Dashboard the account can use (`controller.stripe_dashboard.type`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dashboard {
    Express,
    Full,
    None,
}

/// The controller properties of a connected account (debit-rules §1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Controller {
    pub losses: Liability,
    pub requirement_collection: RequirementCollector,
    pub fees_payer: FeePayer,
    pub dashboard: Dashboard,
}

impl Controller {
    /// The defaults each legacy type maps to (debit-rules §1).
    pub fn for_type(account_type: AccountType) -> Controller {
        match account_type {
            AccountType::Standard | AccountType::None => Controller {
                losses: Liability::Stripe,
                requirement_collection: RequirementCollector::Stripe,
                fees_payer: FeePayer::Account,
                dashboard: Dashboard::Full,
            },
            AccountType::Express => Controller {
                losses: Liability::Application,
                requirement_collection: RequirementCollector::Stripe,
                fees_payer: FeePayer::ApplicationExpress,
                dashboard: Dashboard::Express,
            },
            AccountType::Custom => Controller {
                losses: Liability::Application,
                requirement_collection: RequirementCollector::Application,
                fees_payer: FeePayer::ApplicationCustom,
                dashboard: Dashboard::None,
            },
        }
    }
}

/// What an account is within its world.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Role {
    /// The platform: the account the world's API key belongs to.
    Platform {
        /// Whether Connect reserves are enabled; without them a platform-managed account
        /// may not be debited below zero (§6). On by default.
        connect_reserves_enabled: bool,
    },
    Connected {
        account_type: AccountType,
        controller: Controller,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CapabilityStatus {
    Active,
    Inactive,
    Pending,
    /// Asked for with `requested=false`: the account does not have it.
    Unrequested,
    /// Taken away: the account was rejected.
    Disabled,
}

impl CapabilityStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CapabilityStatus::Active => "active",
            CapabilityStatus::Inactive => "inactive",
            CapabilityStatus::Pending => "pending",
            CapabilityStatus::Unrequested => "unrequested",
            CapabilityStatus::Disabled => "disabled",
        }
    }
}

/// How often automatic payouts run (`settings.payouts.schedule.interval`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayoutInterval {
    Manual,
    Daily,
    /// On the given weekday, 0 = Monday … 6 = Sunday.
    Weekly(u8),
    /// On the given day of the month (1–31; the last day in shorter months).
    Monthly(u8),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PayoutSchedule {
    pub interval: PayoutInterval,
    /// Kept and reported as Stripe does; the simulator makes every card charge available
    /// after two days whatever this says (debit-rules §3).
    pub delay_days: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PayoutSettings {
    /// Whether Stripe may debit the account's bank to cover a negative balance (§6).
    pub debit_negative_balances: bool,
    pub schedule: PayoutSchedule,
    pub statement_descriptor: Option<Box<str>>,
}

/// The balances of one account in one currency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrencyBalance {
    pub currency: Currency,
    pub available: Amount,
    pub pending: Amount,
    /// On the platform only: funds held for connected accounts' negative balances (§6).
    pub connect_reserved: Amount,
    /// On a connected account: what the platform holds in reserve for this balance now.
    /// Always equals the platform's liability for it.
    pub reserve_held: Amount,
    /// On a Stripe-managed account: the part of its negative balance that account debits
    /// made and that is not yet recovered; the platform is liable for this much at most.
    pub debit_shortfall: Amount,
}

impl CurrencyBalance {
    pub fn new(currency: Currency) -> CurrencyBalance {
        CurrencyBalance {
            currency,
            available: Amount::ZERO,
            pending: Amount::ZERO,
            connect_reserved: Amount::ZERO,
            reserve_held: Amount::ZERO,
            debit_shortfall: Amount::ZERO,
        }
    }
}

/// Per-account indexes of what the account owns, each in creation order (so ascending by
/// index and by `created`), for paging newest first in time proportional to the page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountIndexes {
    pub charges: Vec<ChargeId>,
    pub transfers: Vec<TransferId>,
    pub payouts: Vec<PayoutId>,
    pub refunds: Vec<RefundId>,
    pub balance_transactions: Vec<TxnId>,
    pub events: Vec<EventId>,
    pub payment_intents: Vec<PaymentIntentId>,
    pub customers: Vec<CustomerId>,
    /// On the platform: the application fees it collected.
    pub application_fees: Vec<ApplicationFeeId>,
    pub disputes: Vec<DisputeId>,
}

/// An account's books: its balances and what it owns. Kept apart from the [`Account`]
/// itself, which is versioned (its history is copies of it), while these change with every
/// movement of money and are never shown as they were.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Books {
    /// One entry per currency the account has ever held, in first-use order.
    pub balances: Vec<CurrencyBalance>,
    pub indexes: AccountIndexes,
}

impl Books {
    pub fn balance(&self, currency: Currency) -> Option<&CurrencyBalance> {
        self.balances.iter().find(|b| b.currency == currency)
    }

    pub fn available(&self, currency: Currency) -> Amount {
        self.balance(currency).map_or(Amount::ZERO, |b| b.available)
    }
}

/// When and from where the account accepted Stripe's terms.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TosAcceptance {
    pub date: Option<Timestamp>,
    pub ip: Option<Box<str>>,
    pub user_agent: Option<Box<str>>,
}

/// The `business_profile[...]` fields the simulator keeps and shows.
pub const BUSINESS_PROFILE_FIELDS: [&str; 7] = [
    "name",
    "url",
    "mcc",
    "product_description",
    "support_email",
    "support_phone",
    "support_url",
];

/// A Stripe account: the platform or one of its connected accounts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub id: Box<str>,
    pub role: Role,
    pub country: Country,
    pub default_currency: Currency,
    pub email: Option<Box<str>>,
    /// `individual`, `company`, `non_profit` or `government_entity`.
    pub business_type: Option<Box<str>>,
    /// `business_profile[...]` fields that were given, by name (`name`, `url`, `mcc`, …).
    pub business_profile: Vec<(&'static str, Box<str>)>,
    /// `tos_acceptance[date|ip|user_agent]`, when given.
    pub tos_acceptance: TosAcceptance,
    pub created: Timestamp,
    /// Capability name → status, sorted by name.
    pub capabilities: Vec<(Box<str>, CapabilityStatus)>,
    pub bank_accounts: Vec<BankAccountId>,
    pub payouts: PayoutSettings,
    pub metadata: Metadata,
    /// What onboarding has collected, whether it is done, and whether the platform
    /// rejected the account (`super::onboarding`).
    pub onboarding: super::onboarding::Onboarding,
    /// Its persons (representative, owners, …), oldest first; deleted ones are removed.
    pub persons: Vec<PersonId>,
    /// `DELETE /v1/accounts/{id}`: the account is gone from the world; its objects stay
    /// in the arenas for the objects of others that refer to them.
    pub deleted: bool,
}

impl Account {
    /// `business_profile[name]`.
    pub fn business_name(&self) -> Option<&str> {
        self.business_profile("name")
    }

    pub fn business_profile(&self, field: &str) -> Option<&str> {
        self.business_profile
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, v)| &**v)
    }

    pub fn is_platform(&self) -> bool {
        matches!(self.role, Role::Platform { .. })
    }

    /// `controller.losses.payments` for a connected account; `None` for the platform.
    pub fn liability(&self) -> Option<Liability> {
        match self.role {
            Role::Connected { controller, .. } => Some(controller.losses),
            Role::Platform { .. } => None,
        }
    }

    pub fn capability(&self, name: &str) -> Option<CapabilityStatus> {
        self.capabilities
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, status)| *status)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BankAccountStatus {
    New,
    Validated,
    Verified,
    VerificationFailed,
    Errored,
}

impl BankAccountStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            BankAccountStatus::New => "new",
            BankAccountStatus::Validated => "validated",
            BankAccountStatus::Verified => "verified",
            BankAccountStatus::VerificationFailed => "verification_failed",
            BankAccountStatus::Errored => "errored",
        }
    }

    pub fn parse(text: &str) -> Option<BankAccountStatus> {
        Some(match text {
            "new" => BankAccountStatus::New,
            "validated" => BankAccountStatus::Validated,
            "verified" => BankAccountStatus::Verified,
            "verification_failed" => BankAccountStatus::VerificationFailed,
            "errored" => BankAccountStatus::Errored,
            _ => return None,
        })
    }
}

/// Why a payout to a bank account fails, from Stripe's test account numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayoutFailure {
    NoAccount,
    AccountClosed,
    InsufficientFunds,
    DebitNotAuthorized,
}

impl PayoutFailure {
    pub fn code(self) -> &'static str {
        match self {
            PayoutFailure::NoAccount => "no_account",
            PayoutFailure::AccountClosed => "account_closed",
            PayoutFailure::InsufficientFunds => "insufficient_funds",
            PayoutFailure::DebitNotAuthorized => "debit_not_authorized",
        }
    }

    pub fn message(self) -> &'static str {
        match self {
            PayoutFailure::NoAccount => {
                "The bank account details on file are probably incorrect. No bank account could be located with those details."
            }
            PayoutFailure::AccountClosed => "The bank account has been closed.",
            PayoutFailure::InsufficientFunds => {
                "Your bank notified us that the bank account holder tried to debit an account with insufficient funds."
            }
            PayoutFailure::DebitNotAuthorized => "Debits have not been authorized on this bank account.",
        }
    }
}

/// An external bank account of a connected account (or of the platform).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BankAccount {
    pub account: AccountId,
    pub country: Country,
    pub currency: Currency,
    pub status: BankAccountStatus,
    pub default_for_currency: bool,
    pub last4: Box<str>,
    pub routing_number: Option<Box<str>>,
    pub bank_name: Option<Box<str>>,
    pub account_holder_name: Option<Box<str>>,
    /// Set for Stripe's failing test account numbers: payouts to it fail on arrival.
    pub payout_failure: Option<PayoutFailure>,
    pub metadata: Metadata,
    /// Deleted from its account: no longer listed, found or paid out to.
    pub deleted: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardBrand {
    Visa,
    Mastercard,
    Amex,
}

impl CardBrand {
    pub fn as_str(self) -> &'static str {
        match self {
            CardBrand::Visa => "visa",
            CardBrand::Mastercard => "mastercard",
            CardBrand::Amex => "amex",
        }
    }
}

/// Why a test card is declined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decline {
    Generic,
    InsufficientFunds,
    LostCard,
    StolenCard,
    ExpiredCard,
    IncorrectCvc,
    ProcessingError,
    /// The card needs 3D Secure, and the payment was off-session or asked not to stop for it.
    AuthenticationRequired,
}

impl Decline {
    pub fn decline_code(self) -> &'static str {
        match self {
            Decline::Generic => "generic_decline",
            Decline::InsufficientFunds => "insufficient_funds",
            Decline::LostCard => "lost_card",
            Decline::StolenCard => "stolen_card",
            Decline::ExpiredCard => "expired_card",
            Decline::IncorrectCvc => "incorrect_cvc",
            Decline::ProcessingError => "processing_error",
            Decline::AuthenticationRequired => "authentication_required",
        }
    }

    /// Stripe's error `code` for the decline: most are `card_declined`; an expired card, a
    /// wrong CVC and a processing error have codes of their own.
    pub fn code(self) -> &'static str {
        match self {
            Decline::ExpiredCard => "expired_card",
            Decline::IncorrectCvc => "incorrect_cvc",
            Decline::ProcessingError => "processing_error",
            Decline::AuthenticationRequired => "authentication_required",
            Decline::Generic | Decline::InsufficientFunds | Decline::LostCard | Decline::StolenCard => "card_declined",
        }
    }
}

/// What a dispute test card does once its charge is captured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardDispute {
    /// `pm_card_createDispute`: a chargeback for fraud.
    Fraudulent,
    /// `pm_card_createDisputeProductNotReceived`.
    ProductNotReceived,
    /// `pm_card_createDisputeInquiry`: an inquiry, which withdraws nothing.
    Inquiry,
}

/// A test card, as a token names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Card {
    pub token: &'static str,
    pub brand: CardBrand,
    pub last4: &'static str,
    pub funding: &'static str,
    pub country: &'static str,
    /// `tok_bypassPending`: the funds skip the pending balance.
    pub bypass_pending: bool,
    pub decline: Option<Decline>,
    /// The charge succeeds and is then disputed.
    pub dispute: Option<CardDispute>,
    /// The card asks for 3D Secure: a PaymentIntent stops at `requires_action`.
    pub authentication_required: bool,
}

/// What paid for a charge object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChargeSource {
    /// A card charge (`ch_…`).
    Card(Card),
    /// A payment (`py_…`): funds another account sent with a transfer, including account
    /// debits, where the connected account pays its platform.
    Account { from: AccountId, transfer: TransferId },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChargeStatus {
    Succeeded,
    Failed,
}

/// `transfer_data` of a destination charge, and the transfer it made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DestinationTransfer {
    pub destination: AccountId,
    /// `transfer_data[amount]`, when the platform keeps part of the charge.
    pub amount: Option<Amount>,
    /// `None` until an authorised (uncaptured) charge is captured: the transfer is made then.
    pub transfer: Option<TransferId>,
}

/// What a card charge carries beyond its money: who paid, for whom, through which
/// PaymentIntent, what the platform took and whether it was disputed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PaymentLinks {
    pub customer: Option<CustomerId>,
    pub payment_intent: Option<PaymentIntentId>,
    /// The `pm_…` a PaymentIntent paid with (charges made with a token have none).
    pub payment_method: Option<PaymentMethodId>,
    pub on_behalf_of: Option<AccountId>,
    /// `application_fee_amount` as asked; the fee is taken when the charge is captured.
    pub application_fee_amount: Option<Amount>,
    pub application_fee: Option<ApplicationFeeId>,
    pub dispute: Option<DisputeId>,
}

/// A charge object: a card charge or a payment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Charge {
    /// The account whose balance the charge credits.
    pub account: AccountId,
    pub source: ChargeSource,
    pub amount: Amount,
    pub amount_refunded: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    pub status: ChargeStatus,
    /// `None` for a failed charge, which moves no money.
    pub balance_transaction: Option<TxnId>,
    pub description: Option<Box<str>>,
    pub statement_descriptor: Option<Box<str>>,
    pub statement_descriptor_suffix: Option<Box<str>>,
    pub receipt_email: Option<Box<str>>,
    pub metadata: Metadata,
    pub transfer_group: Option<Box<str>>,
    pub destination: Option<DestinationTransfer>,
    pub refunds: Vec<RefundId>,
    /// Transfers that named this charge as `source_transaction`, for the amount left.
    pub transferred: Amount,
    /// Whether the funds were taken. An authorisation (`capture=false`, or a PaymentIntent
    /// with `capture_method=manual`) holds them until it is captured or released.
    pub captured: bool,
    /// How much was captured; what a partial capture did not take counts as refunded.
    pub amount_captured: Amount,
    pub links: PaymentLinks,
}

impl Charge {
    pub fn is_payment(&self) -> bool {
        matches!(self.source, ChargeSource::Account { .. })
    }

    pub fn refunded(&self) -> bool {
        self.status == ChargeStatus::Succeeded && self.amount_refunded == self.amount
    }

    /// A card charge that succeeded and still holds its funds uncaptured.
    pub fn is_authorisation(&self) -> bool {
        self.status == ChargeStatus::Succeeded && !self.captured && self.amount_refunded < self.amount
    }
}

/// The object an account debit with `reference_transaction` names (§5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reference {
    Charge(ChargeId),
    Payout(PayoutId),
}

/// How a debit was requested (§4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DebitFlow {
    /// Flow A: the platform created a charge with `source=acct_…`.
    Charge,
    /// Flow B (and §5): the connected account created a transfer to its platform.
    Transfer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Debit {
    pub flow: DebitFlow,
    pub reference: Option<Reference>,
}

/// A transfer between the balances of two accounts of the world.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transfer {
    /// The account that sends the funds and owns the transfer.
    pub from: AccountId,
    pub to: AccountId,
    pub amount: Amount,
    pub amount_reversed: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    /// The sender's `transfer` balance transaction.
    pub balance_transaction: TxnId,
    /// The payment (`py_…`) it created on the destination.
    pub destination_payment: ChargeId,
    pub source_transaction: Option<ChargeId>,
    pub transfer_group: Option<Box<str>>,
    pub description: Option<Box<str>>,
    pub metadata: Metadata,
    pub reversals: Vec<ReversalId>,
    /// Set when the transfer is an account debit: a connected account paying its platform.
    pub debit: Option<Debit>,
}

impl Transfer {
    /// Whether the whole amount has been reversed.
    pub fn reversed(&self) -> bool {
        self.amount_reversed == self.amount
    }

    pub fn reversible(&self) -> Amount {
        // amount_reversed never exceeds amount, so this cannot underflow.
        Amount::new(self.amount.minor_units() - self.amount_reversed.minor_units())
    }
}

/// A (partial) reversal of a transfer: funds going back from the destination to the sender.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reversal {
    pub transfer: TransferId,
    pub amount: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    /// The sender's `transfer_refund` balance transaction.
    pub balance_transaction: TxnId,
    /// The destination's `payment_refund` balance transaction.
    pub destination_balance_transaction: TxnId,
    /// The refund of a destination charge that made this reversal, if any.
    pub source_refund: Option<RefundId>,
    pub description: Option<Box<str>>,
    pub metadata: Metadata,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayoutStatus {
    Pending,
    Paid,
    Failed,
    /// `POST /v1/payouts/{id}/cancel` before it arrived: its funds went back.
    Canceled,
}

impl PayoutStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PayoutStatus::Pending => "pending",
            PayoutStatus::Paid => "paid",
            PayoutStatus::Failed => "failed",
            PayoutStatus::Canceled => "canceled",
        }
    }
}

/// A payout from an account's available balance to its bank, or (negative amount) a debit of
/// its bank to cover a negative balance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payout {
    pub account: AccountId,
    pub amount: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    pub arrival_date: Timestamp,
    pub automatic: bool,
    pub status: PayoutStatus,
    pub destination: BankAccountId,
    pub balance_transaction: TxnId,
    /// The `payout_failure` balance transaction that returned the funds, if it failed.
    pub failure_balance_transaction: Option<TxnId>,
    pub failure: Option<PayoutFailure>,
    /// For an automatic payout, the time after which the balance transactions it paid out
    /// became available (the previous automatic payout's creation); `None` for manual ones.
    pub covers_since: Option<Timestamp>,
    pub description: Option<Box<str>>,
    pub statement_descriptor: Option<Box<str>>,
    pub metadata: Metadata,
    /// The payout that reversed this one (`POST /v1/payouts/{id}/reverse`).
    pub reversed_by: Option<PayoutId>,
    /// For a reversal, the payout it reversed.
    pub original_payout: Option<PayoutId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefundReason {
    Duplicate,
    Fraudulent,
    RequestedByCustomer,
}

impl RefundReason {
    pub fn as_str(self) -> &'static str {
        match self {
            RefundReason::Duplicate => "duplicate",
            RefundReason::Fraudulent => "fraudulent",
            RefundReason::RequestedByCustomer => "requested_by_customer",
        }
    }

    pub fn parse(text: &str) -> Option<RefundReason> {
        Some(match text {
            "duplicate" => RefundReason::Duplicate,
            "fraudulent" => RefundReason::Fraudulent,
            "requested_by_customer" => RefundReason::RequestedByCustomer,
            _ => return None,
        })
    }
}

/// A (partial) refund of a card charge to the cardholder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refund {
    pub charge: ChargeId,
    pub amount: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    /// `None` when the refund released an authorisation: no money had moved.
    pub balance_transaction: Option<TxnId>,
    pub reason: Option<RefundReason>,
    pub metadata: Metadata,
    /// The reversal of the destination charge's transfer, with `reverse_transfer=true`.
    pub transfer_reversal: Option<ReversalId>,
    /// The part of the charge's application fee returned with `refund_application_fee=true`.
    pub fee_refund: Option<FeeRefundId>,
}

/// Stripe's balance transaction `type`s that the simulator produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TxnType {
    /// A card charge.
    Charge,
    /// Funds received from another account: a transfer's or a debit's payment.
    Payment,
    /// A transfer sent (negative).
    Transfer,
    /// A transfer reversal, on the sender (positive).
    TransferRefund,
    /// A transfer reversal, on the destination (negative).
    PaymentRefund,
    Refund,
    Payout,
    PayoutFailure,
    /// Funds moved between the platform's available balance and `connect_reserved`.
    ReserveTransaction,
    /// A canceled payout's funds, back in the balance.
    PayoutCancel,
    /// An application fee, on the platform (positive).
    ApplicationFee,
    /// An application fee returned: negative on the platform, positive on the account
    /// that paid it.
    ApplicationFeeRefund,
    /// A dispute's withdrawal (negative, with the dispute fee) or reinstatement (positive).
    Adjustment,
}

impl TxnType {
    pub fn as_str(self) -> &'static str {
        match self {
            TxnType::Charge => "charge",
            TxnType::Payment => "payment",
            TxnType::Transfer => "transfer",
            TxnType::TransferRefund => "transfer_refund",
            TxnType::PaymentRefund => "payment_refund",
            TxnType::Refund => "refund",
            TxnType::Payout => "payout",
            TxnType::PayoutFailure => "payout_failure",
            TxnType::ReserveTransaction => "reserve_transaction",
            TxnType::PayoutCancel => "payout_cancel",
            TxnType::ApplicationFee => "application_fee",
            TxnType::ApplicationFeeRefund => "application_fee_refund",
            TxnType::Adjustment => "adjustment",
        }
    }

    pub fn parse(text: &str) -> Option<TxnType> {
        [
            TxnType::Charge,
            TxnType::Payment,
            TxnType::Transfer,
            TxnType::TransferRefund,
            TxnType::PaymentRefund,
            TxnType::Refund,
            TxnType::Payout,
            TxnType::PayoutFailure,
            TxnType::ReserveTransaction,
            TxnType::PayoutCancel,
            TxnType::ApplicationFee,
            TxnType::ApplicationFeeRefund,
            TxnType::Adjustment,
        ]
        .into_iter()
        .find(|t| t.as_str() == text)
    }

    /// Stripe's `reporting_category` for this type.
    pub fn reporting_category(self) -> &'static str {
        match self {
            TxnType::Charge | TxnType::Payment => "charge",
            TxnType::Transfer => "transfer",
            TxnType::TransferRefund => "transfer_reversal",
            TxnType::PaymentRefund | TxnType::Refund => "refund",
            TxnType::Payout => "payout",
            TxnType::PayoutFailure | TxnType::PayoutCancel => "payout_reversal",
            TxnType::ReserveTransaction => "connect_reserved_funds",
            TxnType::ApplicationFee => "platform_earning",
            TxnType::ApplicationFeeRefund => "platform_earning_refund",
            // A reinstatement is `dispute_reversal`: see `BalanceTransaction::reporting_category`.
            TxnType::Adjustment => "dispute",
        }
    }

    /// Whether money crosses the world's boundary (cards, banks) rather than moving
    /// between its balances; conservation counts these.
    pub fn is_external(self) -> bool {
        matches!(
            self,
            TxnType::Charge
                | TxnType::Refund
                | TxnType::Payout
                | TxnType::PayoutFailure
                | TxnType::PayoutCancel
                | TxnType::Adjustment
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TxnStatus {
    Pending,
    Available,
}

/// What caused a balance transaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TxnSource {
    /// The object that moved the money: its `source`.
    Object(Obj),
    /// A reserve movement on the platform for this connected account's balance; Stripe
    /// reports no source object for it.
    Reserve(AccountId),
}

/// One movement of one balance. Every balance is the sum of its balance transactions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BalanceTransaction {
    pub account: AccountId,
    pub currency: Currency,
    pub kind: TxnType,
    pub amount: Amount,
    /// The fees taken: Stripe's (2.9 % + 30 on card charges, a dispute's fee) and any
    /// application fee the platform took from this transaction.
    pub fee: Amount,
    pub status: TxnStatus,
    pub available_on: Timestamp,
    pub created: Timestamp,
    pub source: TxnSource,
    /// The part of `fee` that is an application fee: it goes to the platform (as its own
    /// `application_fee` transaction) rather than out of the world to Stripe.
    pub application_fee: Amount,
}

impl BalanceTransaction {
    /// `amount - fee`: what the transaction adds to its balance. It always fits, because the
    /// ledger checks it before recording the transaction.
    pub fn net(&self) -> Amount {
        self.amount.checked_sub(self.fee).unwrap_or(self.amount)
    }

    /// Stripe's fee alone: `fee` less any application fee.
    pub fn stripe_fee(&self) -> Amount {
        self.fee.checked_sub(self.application_fee).unwrap_or(self.fee)
    }

    /// What the transaction brings into the world from outside (for those that cross its
    /// boundary): its net, plus the application fee, which stays inside with the platform.
    pub fn external_net(&self) -> i128 {
        i128::from(self.amount.minor_units()) - i128::from(self.stripe_fee().minor_units())
    }

    /// Stripe's `reporting_category`: the type's, except that a dispute's reinstatement (a
    /// positive adjustment) is `dispute_reversal`.
    pub fn reporting_category(&self) -> &'static str {
        match self.kind {
            TxnType::Adjustment if self.amount.is_positive() => "dispute_reversal",
            kind => kind.reporting_category(),
        }
    }
}

/// The events the simulator emits, with Stripe's names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventType {
    AccountUpdated,
    AccountExternalAccountCreated,
    ChargeUpdated,
    BalanceAvailable,
    ChargeSucceeded,
    ChargeFailed,
    ChargeRefunded,
    RefundCreated,
    TransferCreated,
    TransferReversed,
    TransferUpdated,
    PayoutCreated,
    PayoutPaid,
    PayoutFailed,
    AccountExternalAccountUpdated,
    AccountExternalAccountDeleted,
    PayoutCanceled,
    PayoutUpdated,
    RefundUpdated,
    PersonCreated,
    PersonUpdated,
    PersonDeleted,
    PaymentIntentCreated,
    PaymentIntentSucceeded,
    PaymentIntentPaymentFailed,
    PaymentIntentRequiresAction,
    PaymentIntentAmountCapturableUpdated,
    PaymentIntentCanceled,
    ChargeCaptured,
    ApplicationFeeCreated,
    ApplicationFeeRefunded,
    ApplicationFeeRefundUpdated,
    ChargeDisputeCreated,
    ChargeDisputeUpdated,
    ChargeDisputeClosed,
    ChargeDisputeFundsWithdrawn,
    ChargeDisputeFundsReinstated,
    CustomerCreated,
    CustomerUpdated,
    CustomerDeleted,
}

impl EventType {
    pub const ALL: [EventType; 40] = [
        EventType::AccountUpdated,
        EventType::AccountExternalAccountCreated,
        EventType::ChargeUpdated,
        EventType::BalanceAvailable,
        EventType::ChargeSucceeded,
        EventType::ChargeFailed,
        EventType::ChargeRefunded,
        EventType::RefundCreated,
        EventType::TransferCreated,
        EventType::TransferReversed,
        EventType::TransferUpdated,
        EventType::PayoutCreated,
        EventType::PayoutPaid,
        EventType::PayoutFailed,
        EventType::AccountExternalAccountUpdated,
        EventType::AccountExternalAccountDeleted,
        EventType::PayoutCanceled,
        EventType::PayoutUpdated,
        EventType::RefundUpdated,
        EventType::PersonCreated,
        EventType::PersonUpdated,
        EventType::PersonDeleted,
        EventType::PaymentIntentCreated,
        EventType::PaymentIntentSucceeded,
        EventType::PaymentIntentPaymentFailed,
        EventType::PaymentIntentRequiresAction,
        EventType::PaymentIntentAmountCapturableUpdated,
        EventType::PaymentIntentCanceled,
        EventType::ChargeCaptured,
        EventType::ApplicationFeeCreated,
        EventType::ApplicationFeeRefunded,
        EventType::ApplicationFeeRefundUpdated,
        EventType::ChargeDisputeCreated,
        EventType::ChargeDisputeUpdated,
        EventType::ChargeDisputeClosed,
        EventType::ChargeDisputeFundsWithdrawn,
        EventType::ChargeDisputeFundsReinstated,
        EventType::CustomerCreated,
        EventType::CustomerUpdated,
        EventType::CustomerDeleted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventType::AccountUpdated => "account.updated",
            EventType::AccountExternalAccountCreated => "account.external_account.created",
            EventType::ChargeUpdated => "charge.updated",
            EventType::BalanceAvailable => "balance.available",
            EventType::ChargeSucceeded => "charge.succeeded",
            EventType::ChargeFailed => "charge.failed",
            EventType::ChargeRefunded => "charge.refunded",
            EventType::RefundCreated => "refund.created",
            EventType::TransferCreated => "transfer.created",
            EventType::TransferReversed => "transfer.reversed",
            EventType::TransferUpdated => "transfer.updated",
            EventType::PayoutCreated => "payout.created",
            EventType::PayoutPaid => "payout.paid",
            EventType::PayoutFailed => "payout.failed",
            EventType::AccountExternalAccountUpdated => "account.external_account.updated",
            EventType::AccountExternalAccountDeleted => "account.external_account.deleted",
            EventType::PayoutCanceled => "payout.canceled",
            EventType::PayoutUpdated => "payout.updated",
            EventType::RefundUpdated => "refund.updated",
            EventType::PersonCreated => "person.created",
            EventType::PersonUpdated => "person.updated",
            EventType::PersonDeleted => "person.deleted",
            EventType::PaymentIntentCreated => "payment_intent.created",
            EventType::PaymentIntentSucceeded => "payment_intent.succeeded",
            EventType::PaymentIntentPaymentFailed => "payment_intent.payment_failed",
            EventType::PaymentIntentRequiresAction => "payment_intent.requires_action",
            EventType::PaymentIntentAmountCapturableUpdated => "payment_intent.amount_capturable_updated",
            EventType::PaymentIntentCanceled => "payment_intent.canceled",
            EventType::ChargeCaptured => "charge.captured",
            EventType::ApplicationFeeCreated => "application_fee.created",
            EventType::ApplicationFeeRefunded => "application_fee.refunded",
            EventType::ApplicationFeeRefundUpdated => "application_fee.refund.updated",
            EventType::ChargeDisputeCreated => "charge.dispute.created",
            EventType::ChargeDisputeUpdated => "charge.dispute.updated",
            EventType::ChargeDisputeClosed => "charge.dispute.closed",
            EventType::ChargeDisputeFundsWithdrawn => "charge.dispute.funds_withdrawn",
            EventType::ChargeDisputeFundsReinstated => "charge.dispute.funds_reinstated",
            EventType::CustomerCreated => "customer.created",
            EventType::CustomerUpdated => "customer.updated",
            EventType::CustomerDeleted => "customer.deleted",
        }
    }
}

/// Something that happened, for the server to list and deliver.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub kind: EventType,
    /// The account the event happened on (the platform, or a connected account).
    pub account: AccountId,
    /// What it is about: its `data.object`, shown as it was at version `at`.
    pub object: Obj,
    pub created: Timestamp,
    /// The world version when it happened: `data.object` is the object as of this version.
    pub at: u64,
    /// For `*.updated` events, the version before the change: `previous_attributes` is
    /// what differs between the object then and at `at`.
    pub previous: Option<u64>,
    /// Whether time caused it (funds maturing, payouts arriving, the payout run) rather
    /// than a request: Stripe's `request.id` is then null.
    pub automatic: bool,
}
