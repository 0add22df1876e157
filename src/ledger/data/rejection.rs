//! Why the ledger refused an operation: one variant per rule, carrying the parameter and the
//! values involved, so the HTTP layer can answer exactly as Stripe would. The ledger says
//! nothing in words: every sentence, status and code is the HTTP layer's
//! (`server::error`).
//!
//! A rejected operation changes nothing at all: no object, no balance transaction, no event,
//! no id consumed. The variants of debit-rules §7 are checked in the contract's order; each
//! one's row, parameter, status and words are the server's refusal table
//! (`server::refusals`).

use super::card::Decline;
use super::country::Country;
use super::dispute::DisputeStatus;
use super::kinds::Kind;
use super::money::{Amount, Currency};
use super::payment_intent::IntentStatus;
use super::payout::PayoutStatus;
use super::setup_intent::SetupStatus;
use super::time::Timestamp;
use super::transfer::DebitFlow;

/// A request parameter as the caller supplied it.
///
/// The contract checks "missing" (§7 row 4) before "not a positive integer" (row 5), so a
/// malformed amount must reach the ledger as such rather than fail earlier.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Input<T> {
    #[default]
    Missing,
    Given(T),
    /// The raw text, which is not a value of this type (`"55.00"` for an integer).
    Malformed(String),
}

impl<T> Input<T> {
    pub fn is_missing(&self) -> bool {
        matches!(self, Input::Missing)
    }
}

impl From<i64> for Input<i64> {
    fn from(value: i64) -> Self {
        Input::Given(value)
    }
}

impl Input<i64> {
    /// Reads a form value as an integer the way Stripe does: optional sign, decimal digits,
    /// nothing else (`"1e3"`, `"55.00"`, `" 5"` and values beyond `i64` are malformed).
    pub fn parse_integer(text: Option<&str>) -> Input<i64> {
        match text {
            None => Input::Missing,
            Some(text) => {
                let digits = text.strip_prefix('-').unwrap_or(text);
                if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                    text.parse()
                        .map_or_else(|_| Input::Malformed(text.to_owned()), Input::Given)
                } else {
                    Input::Malformed(text.to_owned())
                }
            }
        }
    }
}

/// What a "No such …" refusal could not find: an object of some kind, or what a parameter
/// was meant to name (a token, a source, a destination, an external account).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Object(Kind),
    Destination,
    ExternalAccount,
    Source,
    Token,
    /// A capability name in a path (`/v1/accounts/{id}/capabilities/{name}`).
    Capability,
}

/// A real Stripe feature the simulator does not model, which a request asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feature {
    CustomerBalanceRefunds,
    FraudReports,
    LegacyDestinationCharges,
    PaymentMethods,
    Radar,
    RefundInstructions,
    /// File uploads (dispute evidence documents).
    FileUploads,
    /// Payment method types other than cards.
    PaymentMethodTypes,
    /// Several partial captures of one authorisation (`final_capture=false`).
    MultipleCaptures,
    /// Issuing cards (an ephemeral key's `issuing_card` or `nonce`).
    IssuingCards,
    /// Identity verification (an ephemeral key's `verification_session`).
    IdentityVerification,
    /// Bank accounts as a customer's sources (only cards are simulated).
    BankAccountSources,
}

/// What a request tried to do to a PaymentIntent in a status that does not allow it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntentAction {
    Confirm,
    Update,
    Capture,
    Cancel,
}

/// A refused operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    /// §7 row 2: the `Stripe-Account` the caller acts as is not connected to this platform.
    AccountInvalid {
        account: String,
    },
    /// §7 row 4 (and any other required parameter).
    ParameterMissing {
        param: &'static str,
    },
    /// §7 row 5: `amount` (or another integer) is not a positive integer.
    InvalidInteger {
        param: &'static str,
        value: String,
    },
    /// §7 row 6.
    UnsupportedCurrency {
        param: &'static str,
        value: String,
    },
    /// §7 rows 7 and 12, and unknown ids in body parameters: 400 `resource_missing`.
    NoSuchObject {
        noun: Noun,
        id: String,
        param: &'static str,
    },
    /// §7 row 8: acting as a connected account, the destination is not its platform.
    DestinationNotPlatform {
        destination: String,
        platform: String,
    },
    /// §7 row 9: a charge with `source=acct_…` on an account where Stripe carries the risk.
    ChargeDebitOnStripeManagedAccount {
        account: String,
    },
    /// §7 row 11: `reference_transaction[type]` is neither `charge` nor `payout`.
    InvalidReferenceType {
        value: String,
    },
    /// §7 row 13.
    CrossRegion {
        platform: String,
        platform_country: Country,
        account: String,
        account_country: Country,
    },
    /// §7 row 14.
    CurrencyNotDefault {
        currency: Currency,
        account: String,
        default_currency: Currency,
    },
    /// §7 row 15 (and transfers or payouts beyond the available balance).
    BalanceInsufficient {
        account: String,
        currency: Currency,
        available: Amount,
        amount: Amount,
        /// What the money was for: only a debit may take a balance below zero (§6).
        spending: Spending,
    },

    // Beyond the table: the rest of what Stripe refuses on these endpoints.
    /// An id in the URL path that names nothing this account can see: 404.
    NotFound {
        noun: Noun,
        id: String,
    },
    /// Below Stripe's minimum charge for the currency.
    AmountTooSmall {
        param: &'static str,
        minimum: Amount,
        currency: Currency,
    },
    /// Above Stripe's maximum, or so large the ledger's arithmetic would overflow.
    AmountTooLarge {
        param: &'static str,
        amount: Amount,
    },
    /// Not one of the values the parameter takes.
    InvalidChoice {
        param: String,
        value: String,
        choices: &'static [&'static str],
    },
    /// An integer outside the range the parameter takes (or the one word it also takes).
    OutOfRange {
        param: &'static str,
        value: String,
        min: i64,
        max: i64,
        also: Option<&'static str>,
    },
    /// Not a country Stripe accounts can be opened in.
    InvalidCountry {
        param: &'static str,
        value: String,
    },
    /// A bank account number that cannot be one.
    InvalidAccountNumber {
        param: &'static str,
        value: String,
    },
    /// Metadata that would hold more keys than Stripe allows (`count` is how many).
    TooManyMetadataKeys {
        count: usize,
    },
    /// A name the endpoint does not take, inside a hash the ledger reads by field name.
    UnknownParameter {
        param: String,
    },
    /// A capability Stripe does not offer.
    UnknownCapability {
        /// `capabilities[name]`.
        param: String,
        name: String,
    },
    /// Fixtures only: an account id that is not one.
    InvalidAccountId {
        id: String,
    },
    /// Fixtures only: an account id already taken.
    DuplicateAccountId {
        id: String,
    },
    /// A setting of the platform, given for a connected account.
    PlatformOnlySetting {
        param: &'static str,
    },
    /// The platform itself is not updated through the API.
    PlatformNotUpdatable,
    /// `transfer_data[amount]` more than the charge.
    TransferDataExceedsCharge {
        share: Amount,
        amount: Amount,
    },
    /// `transfer_data` on a charge whose source is a connected account.
    TransferDataWithAccountSource,
    /// A payout to a bank account in another currency than the payout's.
    BankAccountCurrency {
        bank: String,
        bank_currency: Currency,
        currency: Currency,
    },
    /// `reverse_transfer` on a charge that is not a destination charge.
    ReverseTransferWithoutDestination,
    /// `reference_transaction` on a transfer that is not an account debit.
    ReferenceOutsideDebit,
    /// `source_transaction` on an account debit.
    SourceTransactionOnDebit,
    /// `source_transaction` names a charge that did not succeed.
    SourceTransactionFailed {
        charge: String,
    },
    /// A transfer in another currency than its `source_transaction`'s.
    SourceTransactionCurrency {
        currency: Currency,
    },
    /// `reference_transaction[charge|payout]` given with the other `type`.
    ReferenceMismatch {
        param: &'static str,
        kind: &'static str,
    },
    /// A real Stripe feature the simulator does not model.
    Unsimulated {
        param: &'static str,
        feature: Feature,
    },
    /// A customer's `invoice_prefix` that is not 3 to 12 uppercase letters or digits.
    InvalidInvoicePrefix {
        value: String,
    },
    /// `method=instant` to an external account that does not take Instant Payouts (a bank
    /// account, or a debit card that is not eligible).
    InstantPayoutsUnsupported {
        destination: String,
    },
    /// A transfer in a currency the destination neither defaults to nor has a bank account
    /// in, between two currencies the world's exchange rates do not both have.
    CurrencyConversion {
        account: String,
        currency: Currency,
        default_currency: Currency,
    },
    /// The destination account lacks the `transfers` capability.
    InsufficientCapabilities {
        account: String,
    },
    /// An account cannot transfer to or debit itself.
    TransferToSelf {
        param: &'static str,
        account: String,
    },
    /// A refund beyond what is left to refund, or of a charge already refunded.
    ChargeAlreadyRefunded {
        charge: String,
    },
    RefundTooLarge {
        charge: String,
        amount: Amount,
        refundable: Amount,
    },
    /// Payments that transfers created are returned by reversing the transfer.
    PaymentNotRefundable {
        charge: String,
        transfer: String,
    },
    ChargeNotRefundable {
        charge: String,
    },
    /// A reversal beyond what is left of the transfer.
    TransferAlreadyReversed {
        transfer: String,
    },
    ReversalTooLarge {
        transfer: String,
        amount: Amount,
        reversible: Amount,
    },
    /// A transfer with `source_transaction` beyond what the charge has left to transfer.
    SourceTransactionInsufficient {
        charge: String,
        amount: Amount,
        remaining: Amount,
    },
    /// A payout needs a bank account in its currency.
    NoExternalAccount {
        currency: Currency,
    },
    /// Manual payouts are refused while the account pays out on a schedule.
    AutomaticPayoutsEnabled {
        account: String,
    },

    // The life of an account (issue 13): bank accounts, onboarding, links, reject, delete,
    // payout cancel and reverse.
    /// A `return_url` or `refresh_url` that is not an absolute http(s) URL.
    InvalidUrl {
        param: &'static str,
        value: String,
    },
    /// An e-mail address that is not one (`receipt_email`, `email`, `individual[email]`).
    InvalidEmail {
        param: String,
        value: String,
    },
    /// A date of birth that is not one (or is given in part).
    InvalidDob {
        param: String,
        value: String,
    },
    /// `ssn_last_4` that is not four digits.
    InvalidSsnLast4 {
        param: String,
    },
    /// Only accounts whose losses the platform carries can be rejected.
    RejectStripeManaged {
        account: String,
    },
    AccountAlreadyRejected {
        account: String,
    },
    /// The platform cannot delete itself.
    PlatformNotDeletable,
    /// An account is deleted only with every balance at zero.
    AccountBalanceNotZero {
        account: String,
        currency: Currency,
        available: Amount,
        pending: Amount,
    },
    /// An account is deleted only once no payout of it is on its way.
    AccountPayoutInTransit {
        account: String,
        payout: String,
    },
    /// `account_update` links and login links need an onboarded account.
    AccountNotOnboarded {
        account: String,
    },
    /// Login links are for accounts that use the Express Dashboard.
    NotExpressDashboard {
        account: String,
    },
    /// An account link that expired (`expired`) or was used already.
    LinkNotUsable {
        expired: bool,
    },
    /// `default_for_currency=false` on the default bank account of a currency.
    DefaultBankAccountRequired {
        bank: String,
        currency: Currency,
    },
    /// Deleting the default bank account of a currency while others exist in it.
    DefaultBankAccountNotDeletable {
        bank: String,
        currency: Currency,
    },
    /// Deleting the default bank account of the account's own default currency (Stripe
    /// never allows it, even for the last one).
    DefaultCurrencyBankAccountNotDeletable {
        bank: String,
        currency: Currency,
    },
    /// Adding, changing or deleting an external account of an account whose requirements
    /// Stripe collects (`controller.requirement_collection=stripe`: Express, Standard).
    ExternalAccountsNotManaged {
        account: String,
    },
    /// Only pending payouts can be canceled.
    PayoutNotCancelable {
        payout: String,
        status: PayoutStatus,
    },
    /// Stripe's automatic payouts cannot be canceled.
    AutomaticPayoutNotCancelable {
        payout: String,
    },
    /// A payout to a debit card (an Instant Payout, or a standard one) is neither canceled
    /// nor reversed: Stripe allows neither.
    CardPayoutFinal {
        payout: String,
    },
    /// A pending manual payout is canceled, not reversed.
    PayoutCancelInstead {
        payout: String,
    },
    /// Only paid payouts can be reversed.
    PayoutNotReversible {
        payout: String,
        status: PayoutStatus,
    },
    /// A bank debit (a negative payout, or a reversal) cannot be reversed.
    PayoutIsADebit {
        payout: String,
    },
    PayoutAlreadyReversed {
        payout: String,
        reversed_by: String,
    },
    /// Payout reversal is for connected accounts' payouts.
    PayoutReversePlatform {
        payout: String,
    },
    /// Payout reversal is for payouts to US bank accounts.
    PayoutReverseNotUs {
        payout: String,
        country: Country,
    },
    /// A card charge on an account that cannot take charges (onboarding not finished, or
    /// rejected).
    ChargesNotEnabled {
        account: String,
    },
    /// A payout of an account whose payouts are not enabled.
    PayoutsNotEnabled {
        account: String,
    },
    /// Money cannot be taken back from a deleted account.
    AccountDeleted {
        account: String,
    },
    // Money in: PaymentIntents, captures, application fees, disputes (docs/behaviour.md
    // §10–§14).
    /// `application_fee_amount` on a payment that is neither direct (on a connected account)
    /// nor a destination payment.
    ApplicationFeeNotAllowed,
    /// `application_fee_amount` together with `transfer_data[amount]`.
    ApplicationFeeWithTransferAmount,
    /// An application fee larger than the payment (or than what is captured).
    ApplicationFeeTooLarge {
        fee: Amount,
        amount: Amount,
    },
    /// `on_behalf_of` is not the destination of a destination payment.
    OnBehalfOfNotDestination {
        on_behalf_of: String,
        destination: String,
    },
    /// A charge, card payment or debit parameter that a debit by charge does not take.
    NotForAccountDebits {
        param: &'static str,
    },
    ChargeAlreadyCaptured {
        charge: String,
    },
    /// A charge's customer is set once.
    ChargeCustomerSet {
        charge: String,
    },
    /// A failed charge, or an authorisation already released, has nothing to capture.
    ChargeNotCapturable {
        charge: String,
    },
    /// A PaymentIntent's charge is captured, or released, through the PaymentIntent.
    ChargeOfPaymentIntent {
        charge: String,
        intent: String,
    },
    CaptureTooLarge {
        param: &'static str,
        amount: Amount,
        capturable: Amount,
    },
    /// `transfer_data[amount]` on a payment that is not a destination payment.
    TransferDataWithoutDestination,
    /// A PaymentIntent in a status that does not allow the action.
    IntentUnexpectedState {
        intent: String,
        status: IntentStatus,
        action: IntentAction,
    },
    /// `client_secret` is not the PaymentIntent's.
    ClientSecretMismatch {
        intent: String,
    },
    /// A refund names both `charge` and `payment_intent`.
    RefundChargeAndIntent,
    /// A refund of a PaymentIntent that has no captured payment to refund.
    IntentNotRefundable {
        intent: String,
        status: IntentStatus,
    },
    /// A charge with an open or lost chargeback cannot be refunded.
    ChargeDisputed {
        charge: String,
    },
    /// An authorisation is released whole, never in part.
    PartialRelease {
        charge: String,
        amount: Amount,
        authorised: Amount,
    },
    ApplicationFeeAlreadyRefunded {
        fee: String,
    },
    FeeRefundTooLarge {
        fee: String,
        amount: Amount,
        refundable: Amount,
    },
    /// Evidence given, submitted, or a close asked, while the dispute no longer waits for
    /// a response.
    DisputeNotOpen {
        dispute: String,
        status: DisputeStatus,
    },
    /// Webhook endpoints are the platform's; a connected account has none.
    WebhookEndpointsPlatformOnly,
    /// The world already has as many live webhook endpoints as Stripe allows.
    TooManyWebhookEndpoints {
        max: usize,
    },
    /// Balance settings of a connected account with the full Stripe Dashboard (a Standard
    /// account), which manages its own payouts.
    BalanceSettingsNotManaged {
        account: String,
    },
    /// Payout days given for another interval than theirs (`weekly_payout_days` on a
    /// monthly schedule).
    PayoutDaysNotApplicable {
        param: &'static str,
        interval: &'static str,
    },
    /// Event destinations are the platform's; a connected account has none.
    EventDestinationsPlatformOnly,
    /// The world already has as many live event destinations as Stripe allows.
    TooManyEventDestinations {
        max: usize,
    },
    /// `POST /v2/core/accounts/{id}/close` named configurations other than all those the
    /// account has.
    CloseConfigurations {
        account: String,
        applied: Vec<super::account::Configuration>,
    },

    // Saved cards (docs/behaviour.md §19): payment methods, card sources, SetupIntents and
    // ephemeral keys.
    /// Attaching a payment method that is attached to a customer already.
    PaymentMethodAttached {
        method: String,
    },
    /// Detaching a payment method attached to nobody.
    PaymentMethodNotAttached {
        method: String,
    },
    /// Using, attaching or updating a payment method that was detached from its customer.
    PaymentMethodDetached {
        method: String,
        param: &'static str,
    },
    /// Updating a payment method that is saved to no customer.
    PaymentMethodNotSaved {
        method: String,
    },
    /// A payment method attached to a customer, used for another customer (`customer`) or
    /// for none.
    PaymentMethodOfAnotherCustomer {
        method: String,
        customer: Option<String>,
        param: &'static str,
    },
    /// A customer's default payment method or source that is not one of its own (`customer`
    /// `None`: a customer being created, which has none but the one it is made with).
    NotTheCustomers {
        method: String,
        customer: Option<String>,
        param: &'static str,
    },
    /// A card number that is not one of Stripe's test card numbers (a `card_error`).
    IncorrectCardNumber,
    /// A card's expiry month (`month`) or year that cannot be (a `card_error`).
    InvalidExpiry {
        month: bool,
    },
    /// Saving a card its issuer declines when it is checked (a `card_error`).
    CardDeclinedOnSave {
        decline: Decline,
    },
    /// `payment_method` and `payment_method_data` together.
    PaymentMethodAndData,
    /// A SetupIntent in a status that does not allow the action.
    SetupIntentUnexpectedState {
        intent: String,
        status: SetupStatus,
        action: IntentAction,
    },
    /// `client_secret` is not the SetupIntent's.
    SetupClientSecretMismatch {
        intent: String,
    },
    /// A card token used once already.
    TokenUsed {
        token: String,
        param: &'static str,
    },
    /// Test clocks are the platform's: Stripe refuses them to a connected account
    /// (`Stripe-Account`).
    TestClocksPlatformOnly,
    /// An advance to a frozen time not after the clock's own: a clock never goes back.
    TestClockNotForward {
        clock: String,
        frozen_time: Timestamp,
        current: Timestamp,
    },
    /// An advance beyond Stripe's limit for a clock without subscriptions (two years past
    /// its frozen time).
    TestClockTooFar {
        clock: String,
        frozen_time: Timestamp,
        latest: Timestamp,
    },
    /// An advance that would move the world's clock further in one step than debitsim
    /// runs it (the limit of `/_sim/clock/advance`).
    WorldClockTooFar {
        param: &'static str,
        max_days: i64,
    },
    /// A customer attached to a clock at its creation is already on another clock.
    CustomerHasTestClock {
        customer: String,
        clock: String,
    },
    /// Only a refund waiting on the customer (`requires_action`) can be expired; a card
    /// refund succeeds at once.
    RefundNotExpirable {
        refund: String,
        status: &'static str,
    },
}

/// What a payment out of a balance is for, which decides whether it may go below zero and
/// how a refusal names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spending {
    /// A transfer from the platform to a connected account.
    Transfer,
    /// A payout to a bank account.
    Payout,
    /// An account debit, by charge or by transfer (§4–§6).
    Debit(DebitFlow),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_are_read_as_stripe_reads_them() {
        let cases: [(Option<&str>, Input<i64>); 9] = [
            (None, Input::Missing),
            (Some("1500"), Input::Given(1500)),
            (Some("-5"), Input::Given(-5)),
            (Some("0"), Input::Given(0)),
            (Some("55.00"), Input::Malformed("55.00".into())),
            (Some("1e3"), Input::Malformed("1e3".into())),
            (Some(""), Input::Malformed(String::new())),
            (Some("-"), Input::Malformed("-".into())),
            (
                Some("99999999999999999999"),
                Input::Malformed("99999999999999999999".into()),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(Input::parse_integer(text), expected, "{text:?}");
        }
    }
}
