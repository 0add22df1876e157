//! The objects of money coming in, as plain data: PaymentIntents and the payment methods
//! they pay with, customers, application fees and their refunds, and disputes.
//!
//! Like the objects of [`objects`](super::objects), they live in arenas on the ledger, refer
//! to each other by typed index, and change only through the ledger's operations.

use super::money::{Amount, Currency};
use super::objects::{
    AccountId, ApplicationFeeId, Card, ChargeId, CustomerId, Decline, DisputeId, FeeRefundId, Metadata,
    PaymentIntentId, PaymentMethodId, Timestamp, TxnId,
};

/// `capture_method`: when an authorised payment's funds are taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaptureMethod {
    Automatic,
    /// Stripe's default since API version 2024-04-10. The simulator captures it at once,
    /// like `automatic` (docs/behaviour.md §12).
    AutomaticAsync,
    /// Authorised at confirmation, captured by `POST /v1/payment_intents/{id}/capture`.
    Manual,
}

impl CaptureMethod {
    pub const NAMES: &'static [&'static str] = &["automatic", "automatic_async", "manual"];

    pub fn as_str(self) -> &'static str {
        match self {
            CaptureMethod::Automatic => "automatic",
            CaptureMethod::AutomaticAsync => "automatic_async",
            CaptureMethod::Manual => "manual",
        }
    }

    pub fn parse(text: &str) -> Option<CaptureMethod> {
        Some(match text {
            "automatic" => CaptureMethod::Automatic,
            "automatic_async" => CaptureMethod::AutomaticAsync,
            "manual" => CaptureMethod::Manual,
            _ => return None,
        })
    }
}

/// `confirmation_method`: kept and shown; every confirmation here is a server-side call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfirmationMethod {
    Automatic,
    Manual,
}

impl ConfirmationMethod {
    pub const NAMES: &'static [&'static str] = &["automatic", "manual"];

    pub fn as_str(self) -> &'static str {
        match self {
            ConfirmationMethod::Automatic => "automatic",
            ConfirmationMethod::Manual => "manual",
        }
    }

    pub fn parse(text: &str) -> Option<ConfirmationMethod> {
        Some(match text {
            "automatic" => ConfirmationMethod::Automatic,
            "manual" => ConfirmationMethod::Manual,
            _ => return None,
        })
    }
}

/// A PaymentIntent's `status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntentStatus {
    RequiresPaymentMethod,
    RequiresConfirmation,
    RequiresAction,
    RequiresCapture,
    Canceled,
    Succeeded,
}

impl IntentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            IntentStatus::RequiresPaymentMethod => "requires_payment_method",
            IntentStatus::RequiresConfirmation => "requires_confirmation",
            IntentStatus::RequiresAction => "requires_action",
            IntentStatus::RequiresCapture => "requires_capture",
            IntentStatus::Canceled => "canceled",
            IntentStatus::Succeeded => "succeeded",
        }
    }

    /// Whether a payment can still be attempted: the statuses confirmation and updates of
    /// the payment's terms are allowed in.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            IntentStatus::RequiresPaymentMethod | IntentStatus::RequiresConfirmation | IntentStatus::RequiresAction
        )
    }
}

/// `cancellation_reason`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CancellationReason {
    Duplicate,
    Fraudulent,
    RequestedByCustomer,
    Abandoned,
}

impl CancellationReason {
    /// The reasons a request may give.
    pub const NAMES: &'static [&'static str] = &["duplicate", "fraudulent", "requested_by_customer", "abandoned"];

    pub fn as_str(self) -> &'static str {
        match self {
            CancellationReason::Duplicate => "duplicate",
            CancellationReason::Fraudulent => "fraudulent",
            CancellationReason::RequestedByCustomer => "requested_by_customer",
            CancellationReason::Abandoned => "abandoned",
        }
    }

    pub fn parse(text: &str) -> Option<CancellationReason> {
        Some(match text {
            "duplicate" => CancellationReason::Duplicate,
            "fraudulent" => CancellationReason::Fraudulent,
            "requested_by_customer" => CancellationReason::RequestedByCustomer,
            "abandoned" => CancellationReason::Abandoned,
            _ => return None,
        })
    }
}

/// `automatic_payment_methods`: whether it was enabled, and whether redirects are allowed.
/// Only cards are simulated, so it changes nothing but what the object shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AutomaticPaymentMethods {
    Disabled,
    Enabled,
    /// `allow_redirects=never`.
    EnabledWithoutRedirects,
}

/// `transfer_data` of a destination PaymentIntent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntentTransfer {
    pub destination: AccountId,
    /// `transfer_data[amount]`: the platform keeps the rest.
    pub amount: Option<Amount>,
}

/// The last failed payment attempt: what `last_payment_error` shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PaymentError {
    pub decline: Decline,
    /// The failed charge.
    pub charge: ChargeId,
    pub payment_method: PaymentMethodId,
}

/// A PaymentIntent (`pi_…`), on the account that created it (the platform, or with
/// `Stripe-Account` a connected account: a direct PaymentIntent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentIntent {
    pub account: AccountId,
    pub amount: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    pub status: IntentStatus,
    pub capture_method: CaptureMethod,
    pub confirmation_method: ConfirmationMethod,
    pub automatic_payment_methods: AutomaticPaymentMethods,
    pub payment_method: Option<PaymentMethodId>,
    pub customer: Option<CustomerId>,
    pub description: Option<Box<str>>,
    pub receipt_email: Option<Box<str>>,
    pub statement_descriptor: Option<Box<str>>,
    pub statement_descriptor_suffix: Option<Box<str>>,
    pub metadata: Metadata,
    pub transfer_group: Option<Box<str>>,
    pub transfer_data: Option<IntentTransfer>,
    pub application_fee_amount: Option<Amount>,
    pub on_behalf_of: Option<AccountId>,
    /// The charge of the latest payment attempt.
    pub latest_charge: Option<ChargeId>,
    pub amount_capturable: Amount,
    pub amount_received: Amount,
    pub last_payment_error: Option<PaymentError>,
    pub canceled_at: Option<Timestamp>,
    pub cancellation_reason: Option<CancellationReason>,
}

/// A payment method (`pm_…`): one of Stripe's test cards, made when a PaymentIntent is given
/// `pm_card_visa` and its kin, and reusable by its id on the same account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentMethod {
    pub account: AccountId,
    pub card: Card,
    pub created: Timestamp,
    /// The customer it was used for, when the PaymentIntent had one.
    pub customer: Option<CustomerId>,
}

/// A customer (`cus_…`), as far as payments need one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Customer {
    pub account: AccountId,
    pub created: Timestamp,
    pub email: Option<Box<str>>,
    pub name: Option<Box<str>>,
    pub description: Option<Box<str>>,
    pub phone: Option<Box<str>>,
    pub metadata: Metadata,
    /// Deleted customers are kept (events and payments name them) but cannot be used.
    pub deleted: bool,
}

/// An application fee (`fee_…`): what the platform took from a charge on, or a destination
/// payment to, a connected account. Always the platform's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApplicationFee {
    /// The account the fee was taken from.
    pub account: AccountId,
    pub amount: Amount,
    pub amount_refunded: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    /// The charge the fee was taken from: the direct charge, or the destination payment.
    pub charge: ChargeId,
    /// For a destination charge, the platform's charge that made the payment.
    pub originating_transaction: Option<ChargeId>,
    /// The platform's `application_fee` balance transaction.
    pub balance_transaction: TxnId,
    pub refunds: Vec<FeeRefundId>,
}

impl ApplicationFee {
    /// What is left to refund.
    pub fn refundable(&self) -> Amount {
        self.amount.checked_sub(self.amount_refunded).unwrap_or(Amount::ZERO)
    }

    pub fn refunded(&self) -> bool {
        self.amount_refunded == self.amount
    }
}

/// A (partial) refund of an application fee (`fr_…`): from the platform back to the account
/// that paid it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeeRefund {
    pub fee: ApplicationFeeId,
    pub amount: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    /// The platform's `application_fee_refund` balance transaction (negative).
    pub balance_transaction: TxnId,
    /// The paying account's `application_fee_refund` balance transaction (positive).
    pub account_balance_transaction: TxnId,
    pub metadata: Metadata,
}

/// Why a card's holder disputed a charge (`reason`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisputeReason {
    Fraudulent,
    ProductNotReceived,
    General,
}

impl DisputeReason {
    pub fn as_str(self) -> &'static str {
        match self {
            DisputeReason::Fraudulent => "fraudulent",
            DisputeReason::ProductNotReceived => "product_not_received",
            DisputeReason::General => "general",
        }
    }
}

/// A dispute's `status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisputeStatus {
    /// An inquiry, waiting for evidence: nothing has been withdrawn.
    WarningNeedsResponse,
    WarningUnderReview,
    WarningClosed,
    /// A chargeback, waiting for evidence: the amount and the fee have been withdrawn.
    NeedsResponse,
    UnderReview,
    Won,
    Lost,
}

impl DisputeStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DisputeStatus::WarningNeedsResponse => "warning_needs_response",
            DisputeStatus::WarningUnderReview => "warning_under_review",
            DisputeStatus::WarningClosed => "warning_closed",
            DisputeStatus::NeedsResponse => "needs_response",
            DisputeStatus::UnderReview => "under_review",
            DisputeStatus::Won => "won",
            DisputeStatus::Lost => "lost",
        }
    }

    /// Still waiting for the merchant's evidence.
    pub fn needs_response(self) -> bool {
        matches!(self, DisputeStatus::NeedsResponse | DisputeStatus::WarningNeedsResponse)
    }

    pub fn is_closed(self) -> bool {
        matches!(
            self,
            DisputeStatus::WarningClosed | DisputeStatus::Won | DisputeStatus::Lost
        )
    }

    /// An inquiry (a `warning_…` status) rather than a chargeback.
    pub fn is_inquiry(self) -> bool {
        matches!(
            self,
            DisputeStatus::WarningNeedsResponse | DisputeStatus::WarningUnderReview | DisputeStatus::WarningClosed
        )
    }
}

/// What the test-mode evidence `evidence[uncategorized_text]` decides once submitted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisputeOutcome {
    /// `winning_evidence`.
    Win,
    /// `losing_evidence`.
    Lose,
    /// `escalate_inquiry_evidence`: an inquiry becomes a chargeback.
    Escalate,
}

impl DisputeOutcome {
    /// The outcome Stripe's magic evidence text names, if it is one.
    pub fn from_evidence(text: &str) -> Option<DisputeOutcome> {
        Some(match text {
            "winning_evidence" => DisputeOutcome::Win,
            "losing_evidence" => DisputeOutcome::Lose,
            "escalate_inquiry_evidence" => DisputeOutcome::Escalate,
            _ => return None,
        })
    }
}

/// The money a chargeback moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DisputeFunds {
    /// The disputed account's `adjustment`: the amount, and the dispute fee when it pays it.
    pub withdrawal: TxnId,
    /// The platform's `adjustment` for the dispute fee, when the platform pays the
    /// connected account's fees (`controller.fees.payer = application`).
    pub platform_fee: Option<TxnId>,
    /// The disputed account's `adjustment` returning the amount and fee, once won.
    pub reinstatement: Option<TxnId>,
    /// The platform's `adjustment` returning the fee it paid, once won.
    pub platform_fee_reinstatement: Option<TxnId>,
}

/// The text fields of `evidence[...]` the simulator keeps. File fields (receipts,
/// documentation) name uploads, which are not simulated.
pub const EVIDENCE_FIELDS: [&str; 18] = [
    "access_activity_log",
    "billing_address",
    "cancellation_policy_disclosure",
    "cancellation_rebuttal",
    "customer_email_address",
    "customer_name",
    "customer_purchase_ip",
    "duplicate_charge_explanation",
    "duplicate_charge_id",
    "product_description",
    "refund_policy_disclosure",
    "refund_refusal_explanation",
    "service_date",
    "shipping_address",
    "shipping_carrier",
    "shipping_date",
    "shipping_tracking_number",
    "uncategorized_text",
];

/// The evidence given so far, by field name, in [`EVIDENCE_FIELDS`] order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evidence(pub Vec<(&'static str, Box<str>)>);

impl Evidence {
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, v)| &**v)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The evidence with `changes` applied (an empty value removes a field).
    pub fn updated(&self, changes: &[(&'static str, String)]) -> Evidence {
        let mut fields = self.0.clone();
        for (field, value) in changes {
            fields.retain(|(f, _)| f != field);
            if !value.is_empty() {
                fields.push((field, value.as_str().into()));
            }
        }
        let rank = |f: &str| EVIDENCE_FIELDS.iter().position(|known| *known == f);
        fields.sort_by_key(|(f, _)| rank(f));
        Evidence(fields)
    }
}

/// A dispute (`dp_…`) of a charge, owned with the charge by the account that bears it: the
/// connected account for a direct charge, the platform for its own and destination charges.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dispute {
    pub account: AccountId,
    pub charge: ChargeId,
    pub amount: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    pub reason: DisputeReason,
    pub status: DisputeStatus,
    /// `None` while nothing was withdrawn (an inquiry).
    pub funds: Option<DisputeFunds>,
    pub evidence: Evidence,
    /// The end of the day (23:59:59 UTC) by which evidence is due; the clock closes the
    /// dispute then if none was submitted.
    pub due_by: Timestamp,
    pub submission_count: u32,
    /// When evidence was last submitted (`submit=true`).
    pub submitted_at: Option<Timestamp>,
    /// Whether the last submission came after `due_by` (Stripe's `past_due`).
    pub past_due: bool,
    /// What the submitted evidence decides; the clock applies it.
    pub outcome: Option<DisputeOutcome>,
    pub metadata: Metadata,
}

impl Dispute {
    /// When the clock next acts on this dispute, if it will: the moment evidence with a
    /// decision was submitted, or the deadline of one still waiting for evidence.
    pub fn next_step(&self) -> Option<Timestamp> {
        if self.status.is_closed() {
            None
        } else if self.status.needs_response() {
            Some(self.due_by)
        } else {
            self.outcome.and(self.submitted_at)
        }
    }
}

/// A money-in invariant [`Ledger::audit`](super::Ledger::audit) found broken, by its values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoneyInAudit {
    /// A fee's `amount_refunded` is not the sum of its refunds (or exceeds the fee).
    FeeNotItsRefunds {
        fee: ApplicationFeeId,
        amount: Amount,
        amount_refunded: Amount,
        refunds: i128,
    },
    /// A fee's or a fee refund's balance transactions do not carry its amount.
    FeeTransaction { fee: ApplicationFeeId },
    /// A captured charge's balance transaction is missing or not what was captured, or an
    /// uncaptured one has one.
    ChargeCapture { charge: ChargeId },
    /// A dispute's withdrawal and reinstatement are not its amount and fee, or disagree with
    /// its status.
    DisputeFunds { dispute: DisputeId },
    /// A dispute is not scheduled exactly when the clock should next act on it.
    DisputeSchedule { dispute: DisputeId },
    /// A PaymentIntent's amounts or latest charge disagree with its status.
    IntentState { intent: PaymentIntentId },
}
