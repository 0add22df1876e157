//! The one place a ledger [`Rejection`] becomes Stripe's error: its status, type, code,
//! param and sentence. The ledger carries values; the words are here.
//!
//! Where Stripe published its wording (`No such charge: 'ch_1'`, `Missing required param:
//! amount.`) it is Stripe's; elsewhere the sentence is ours, in Stripe's style: it names the
//! rule and the values involved, and for what the simulator does not model it says
//! "debitsim" so a user knows whose limit it is.

use axum::http::StatusCode;

use crate::ledger::{DebitFlow, Feature, IntentAction, Noun, Rejection, Spending};
use crate::server::error::{ApiError, ECHO_MAX_CHARS, echo};
use crate::server::render::shape;

/// Stripe's error for a rejection (debit-rules §7 gives the status, code and param of each
/// row; the rest follow Stripe's error codes).
pub fn api_error(rejection: &Rejection) -> ApiError {
    use Rejection as R;
    let (status, code) = match rejection {
        R::AccountInvalid { .. } => (StatusCode::FORBIDDEN, Some("account_invalid")),
        R::ParameterMissing { .. } => (StatusCode::BAD_REQUEST, Some("parameter_missing")),
        R::InvalidInteger { .. } => (StatusCode::BAD_REQUEST, Some("parameter_invalid_integer")),
        R::UnsupportedCurrency { .. } => (StatusCode::BAD_REQUEST, None),
        R::NoSuchObject { .. } => (StatusCode::BAD_REQUEST, Some("resource_missing")),
        R::DestinationNotPlatform { .. }
        | R::ChargeDebitOnStripeManagedAccount { .. }
        | R::CrossRegion { .. }
        | R::TransferToSelf { .. } => (StatusCode::BAD_REQUEST, Some("transfers_not_allowed")),
        R::InvalidReferenceType { .. } => (StatusCode::BAD_REQUEST, Some("parameter_invalid_string")),
        R::CurrencyNotDefault { .. } | R::CurrencyConversion { .. } => (StatusCode::BAD_REQUEST, None),
        R::InstantPayoutsUnsupported { .. } => (StatusCode::BAD_REQUEST, Some("instant_payouts_unsupported")),
        R::InvalidInvoicePrefix { .. } => (StatusCode::BAD_REQUEST, None),
        R::BalanceInsufficient { .. } | R::SourceTransactionInsufficient { .. } => {
            (StatusCode::BAD_REQUEST, Some("balance_insufficient"))
        }
        R::NotFound { .. } => (StatusCode::NOT_FOUND, Some("resource_missing")),
        R::AmountTooSmall { .. } => (StatusCode::BAD_REQUEST, Some("amount_too_small")),
        R::AmountTooLarge { .. } | R::RefundTooLarge { .. } | R::ReversalTooLarge { .. } => {
            (StatusCode::BAD_REQUEST, Some("amount_too_large"))
        }
        R::InsufficientCapabilities { .. } => (StatusCode::BAD_REQUEST, Some("insufficient_capabilities_for_transfer")),
        R::ChargeAlreadyRefunded { .. } => (StatusCode::BAD_REQUEST, Some("charge_already_refunded")),
        R::UnknownParameter { .. } => (StatusCode::BAD_REQUEST, Some("parameter_unknown")),
        R::InvalidChoice { .. }
        | R::OutOfRange { .. }
        | R::InvalidCountry { .. }
        | R::InvalidAccountNumber { .. }
        | R::TooManyMetadataKeys { .. }
        | R::UnknownCapability { .. }
        | R::InvalidAccountId { .. }
        | R::DuplicateAccountId { .. }
        | R::PlatformOnlySetting { .. }
        | R::PlatformNotUpdatable
        | R::TransferDataExceedsCharge { .. }
        | R::TransferDataWithAccountSource
        | R::BankAccountCurrency { .. }
        | R::ReverseTransferWithoutDestination
        | R::ReferenceOutsideDebit
        | R::SourceTransactionOnDebit
        | R::SourceTransactionFailed { .. }
        | R::SourceTransactionCurrency { .. }
        | R::ReferenceMismatch { .. }
        | R::Unsimulated { .. }
        | R::PaymentNotRefundable { .. }
        | R::ChargeNotRefundable { .. }
        | R::TransferAlreadyReversed { .. }
        | R::NoExternalAccount { .. }
        | R::AutomaticPayoutsEnabled { .. } => (StatusCode::BAD_REQUEST, None),
        R::InvalidUrl { .. } => (StatusCode::BAD_REQUEST, Some("url_invalid")),
        R::InvalidEmail { .. } => (StatusCode::BAD_REQUEST, Some("email_invalid")),
        R::PayoutsNotEnabled { .. } => (StatusCode::BAD_REQUEST, Some("payouts_not_allowed")),
        R::InvalidDob { .. }
        | R::InvalidSsnLast4 { .. }
        | R::RejectStripeManaged { .. }
        | R::AccountAlreadyRejected { .. }
        | R::PlatformNotDeletable
        | R::AccountBalanceNotZero { .. }
        | R::AccountPayoutInTransit { .. }
        | R::AccountNotOnboarded { .. }
        | R::NotExpressDashboard { .. }
        | R::LinkNotUsable { .. }
        | R::DefaultBankAccountRequired { .. }
        | R::DefaultBankAccountNotDeletable { .. }
        | R::DefaultCurrencyBankAccountNotDeletable { .. }
        | R::ExternalAccountsNotManaged { .. }
        | R::PayoutNotCancelable { .. }
        | R::AutomaticPayoutNotCancelable { .. }
        | R::CardPayoutFinal { .. }
        | R::PayoutCancelInstead { .. }
        | R::PayoutNotReversible { .. }
        | R::PayoutIsADebit { .. }
        | R::PayoutAlreadyReversed { .. }
        | R::PayoutReversePlatform { .. }
        | R::PayoutReverseNotUs { .. }
        | R::ChargesNotEnabled { .. }
        | R::AccountDeleted { .. } => (StatusCode::BAD_REQUEST, None),
        R::ChargeAlreadyCaptured { .. } => (StatusCode::BAD_REQUEST, Some("charge_already_captured")),
        R::CaptureTooLarge { .. } => (StatusCode::BAD_REQUEST, Some("amount_too_large")),
        R::IntentUnexpectedState { .. } => (StatusCode::BAD_REQUEST, Some("payment_intent_unexpected_state")),
        R::ChargeDisputed { .. } => (StatusCode::BAD_REQUEST, Some("charge_disputed")),
        R::ApplicationFeeNotAllowed
        | R::ApplicationFeeWithTransferAmount
        | R::ApplicationFeeTooLarge { .. }
        | R::OnBehalfOfNotDestination { .. }
        | R::NotForAccountDebits { .. }
        | R::ChargeCustomerSet { .. }
        | R::ChargeNotCapturable { .. }
        | R::ChargeOfPaymentIntent { .. }
        | R::TransferDataWithoutDestination
        | R::ClientSecretMismatch { .. }
        | R::RefundChargeAndIntent
        | R::IntentNotRefundable { .. }
        | R::PartialRelease { .. }
        | R::ApplicationFeeAlreadyRefunded { .. }
        | R::FeeRefundTooLarge { .. }
        | R::DisputeNotOpen { .. }
        | R::WebhookEndpointsPlatformOnly
        | R::TooManyWebhookEndpoints { .. }
        | R::BalanceSettingsNotManaged { .. }
        | R::PayoutDaysNotApplicable { .. } => (StatusCode::BAD_REQUEST, None),
    };
    ApiError::invalid_request(status, code, rejection.param().map(str::to_owned), message(rejection))
}

/// Whether Stripe would keep this refusal for an idempotent retry: it does once the endpoint
/// has started executing, not when the parameters failed validation.
pub fn is_stored(rejection: &Rejection) -> bool {
    use Rejection as R;
    !matches!(
        rejection,
        R::AccountInvalid { .. }
            | R::NotFound { .. }
            | R::ParameterMissing { .. }
            | R::InvalidInteger { .. }
            | R::UnsupportedCurrency { .. }
            | R::InvalidChoice { .. }
            | R::OutOfRange { .. }
            | R::InvalidCountry { .. }
            | R::InvalidAccountNumber { .. }
            | R::TooManyMetadataKeys { .. }
            | R::UnknownParameter { .. }
            | R::UnknownCapability { .. }
            | R::InvalidAccountId { .. }
            | R::DuplicateAccountId { .. }
            | R::PlatformOnlySetting { .. }
            | R::PlatformNotUpdatable
            | R::TransferDataExceedsCharge { .. }
            | R::TransferDataWithAccountSource
            | R::BankAccountCurrency { .. }
            | R::ReverseTransferWithoutDestination
            | R::ReferenceOutsideDebit
            | R::SourceTransactionOnDebit
            | R::SourceTransactionFailed { .. }
            | R::SourceTransactionCurrency { .. }
            | R::ReferenceMismatch { .. }
            | R::Unsimulated { .. }
            | R::AmountTooSmall { .. }
            | R::CurrencyConversion { .. }
            | R::InvalidInvoicePrefix { .. }
            | R::InvalidUrl { .. }
            | R::InvalidEmail { .. }
            | R::InvalidDob { .. }
            | R::InvalidSsnLast4 { .. }
            | R::ApplicationFeeNotAllowed
            | R::ApplicationFeeWithTransferAmount
            | R::ApplicationFeeTooLarge { .. }
            | R::OnBehalfOfNotDestination { .. }
            | R::NotForAccountDebits { .. }
            | R::TransferDataWithoutDestination
            | R::ClientSecretMismatch { .. }
            | R::RefundChargeAndIntent
            | R::WebhookEndpointsPlatformOnly
            | R::TooManyWebhookEndpoints { .. }
            | R::PayoutDaysNotApplicable { .. }
    )
}

/// What a "No such …" refusal calls the thing it could not find.
pub fn noun(noun: Noun) -> &'static str {
    match noun {
        Noun::Object(kind) => shape(kind).noun,
        Noun::Destination => "destination",
        Noun::ExternalAccount => "external account",
        Noun::Source => "source",
        Noun::Token => "token",
        Noun::Capability => "capability",
    }
}

/// How the sentences name a feature the simulator does not model.
pub fn feature(feature: Feature) -> &'static str {
    match feature {
        Feature::CustomerBalanceRefunds => "customer balance refunds",
        Feature::FraudReports => "fraud reports",
        Feature::LegacyDestinationCharges => "legacy destination charges (use transfer_data[destination])",
        Feature::PaymentMethods => "payment methods on the Charges API (use a PaymentIntent, or a tok_ source)",
        Feature::Radar => "Radar",
        Feature::RefundInstructions => "refund instructions",
        Feature::FileUploads => "file uploads (dispute evidence documents; give the text fields)",
        Feature::PaymentMethodTypes => "payment method types other than card",
        Feature::MultipleCaptures => "multiple partial captures (final_capture=false)",
    }
}

/// How the sentences name what was tried on a PaymentIntent.
fn intent_action(action: IntentAction) -> &'static str {
    match action {
        IntentAction::Confirm => "confirm",
        IntentAction::Update => "update the amount, currency or payment details of",
        IntentAction::Capture => "capture",
        IntentAction::Cancel => "cancel",
    }
}

/// The statuses a PaymentIntent must have for an action.
fn intent_allowed(action: IntentAction) -> &'static str {
    match action {
        IntentAction::Confirm | IntentAction::Update => {
            "requires_payment_method, requires_confirmation, requires_action"
        }
        IntentAction::Capture => "requires_capture",
        IntentAction::Cancel => {
            "requires_payment_method, requires_capture, requires_confirmation, requires_action, processing"
        }
    }
}

/// The sentence for a rejection.
pub fn message(rejection: &Rejection) -> String {
    use Rejection as R;
    let e = |text: &str| echo(text, ECHO_MAX_CHARS);
    match rejection {
        R::AccountInvalid { account } => format!(
            "The account '{}' is not connected to this platform (or that account does not exist).",
            e(account)
        ),
        R::ParameterMissing { param } => format!("Missing required param: {param}."),
        R::InvalidInteger { param, value } => {
            if *param == "amount" && value.bytes().all(|b| b.is_ascii_digit() || b == b'-') && !value.is_empty() {
                format!("Invalid positive integer: {}", e(value))
            } else {
                format!("Invalid integer: {}", e(value))
            }
        }
        R::UnsupportedCurrency { value, .. } => format!(
            "Invalid currency: {}. It is not a currency Stripe supports.",
            e(&value.to_lowercase())
        ),
        R::NoSuchObject { noun: n, id, .. } | R::NotFound { noun: n, id } => format!("No such {}: '{}'", noun(*n), e(id)),
        R::DestinationNotPlatform { destination, platform } => format!(
            "A connected account can only transfer to its platform ({platform}); '{destination}' is not this account's platform."
        ),
        R::ChargeDebitOnStripeManagedAccount { account } => format!(
            "You cannot debit {account} with a charge: Stripe is responsible for its negative balances (controller.losses.payments = stripe). Create a transfer from the account with reference_transaction instead, or bill it with Stripe Billing."
        ),
        R::InvalidReferenceType { value } => format!(
            "Invalid reference_transaction[type]: must be one of charge or payout (received '{}').",
            e(value)
        ),
        R::CrossRegion {
            platform_country,
            account,
            account_country,
            ..
        } => format!(
            "Account debits are only supported when the platform and the connected account are in the same region; the platform is in {platform_country} and {account} is in {account_country}."
        ),
        R::CurrencyNotDefault {
            currency,
            account,
            default_currency,
        } => format!(
            "The currency of an account debit must match the default currency of the connected account: {account} has default currency {default_currency}, not {currency}."
        ),
        R::BalanceInsufficient {
            account,
            currency,
            available,
            amount,
            spending,
        } => {
            let what = match spending {
                Spending::Transfer | Spending::Debit(DebitFlow::Transfer) => "transfer",
                Spending::Payout => "payout",
                Spending::Debit(DebitFlow::Charge) => "debit",
            };
            let mut text = format!(
                "You have insufficient funds in your Stripe account for this {what}: {account} has {available} {currency} available and the {what} needs {amount} {currency}."
            );
            if let Spending::Debit(_) = spending {
                text.push_str(&format!(
                    " A debit may take {account} below zero only if the platform has Connect reserves enabled and {account} has a bank account in {currency}."
                ));
            }
            text
        }
        R::AmountTooSmall { minimum, currency, .. } => {
            format!("Amount must be at least {minimum} {currency} (in minor units).")
        }
        R::AmountTooLarge { amount, .. } => {
            format!("Amount {amount} is greater than the maximum amount allowed, or would overflow a balance.")
        }
        R::InvalidChoice { param, value, choices } => ApiError::invalid_choice(param.as_str(), value, choices).message,
        R::OutOfRange {
            param,
            value,
            min,
            max,
            also,
        } => {
            let name = param.rsplit('[').next().unwrap_or(param).trim_end_matches(']');
            let or = also.map(|word| format!(", or {word}")).unwrap_or_default();
            format!(
                "Invalid {name}: must be an integer between {min} and {max}{or} (received '{}').",
                e(value)
            )
        }
        R::InvalidCountry { value, .. } => format!(
            "Country '{}' is unknown. Try using a 2-character alphanumeric country code instead, such as 'US', 'EG', or 'GB'.",
            e(value)
        ),
        R::InvalidAccountNumber { value, .. } => format!("Invalid account number: '{}'.", e(value)),
        R::TooManyMetadataKeys { count } => format!(
            "Metadata can have up to {} keys, but you've set {count}.",
            crate::ledger::METADATA_MAX_KEYS
        ),
        R::UnknownParameter { param } => format!("Received unknown parameter: {}", e(param)),
        R::UnknownCapability { name, .. } => {
            format!("Invalid capability: {} is not a capability Stripe offers.", e(name))
        }
        R::InvalidAccountId { id } => {
            format!("Invalid account id '{}': use acct_ followed by letters and digits.", e(id))
        }
        R::DuplicateAccountId { id } => format!("An account with id '{}' already exists.", e(id)),
        R::PlatformOnlySetting { param } => {
            format!("{param} is a setting of the platform, not of a connected account.")
        }
        R::PlatformNotUpdatable => {
            "The platform account cannot be updated through the API; only its connected accounts can.".to_owned()
        }
        R::TransferDataExceedsCharge { share, amount } => format!(
            "transfer_data[amount] ({share}) must be less than or equal to the charge amount ({amount})."
        ),
        R::TransferDataWithAccountSource => {
            "transfer_data cannot be used when the source is a connected account.".to_owned()
        }
        R::BankAccountCurrency {
            bank,
            bank_currency,
            currency,
        } => format!(
            "The bank account {} is in {bank_currency}, but the payout is in {currency}.",
            e(bank)
        ),
        R::ReverseTransferWithoutDestination => "reverse_transfer can only be used when refunding a destination charge (one created with transfer_data[destination]).".to_owned(),
        R::ReferenceOutsideDebit => "reference_transaction is only for account debits: transfers from a connected account (Stripe-Account header) to its platform.".to_owned(),
        R::SourceTransactionOnDebit => {
            "source_transaction cannot be used on a transfer from a connected account to its platform.".to_owned()
        }
        R::SourceTransactionFailed { charge } => format!("The source transaction {charge} did not succeed."),
        R::SourceTransactionCurrency { currency } => format!(
            "The currency of a transfer with source_transaction must match the charge's currency ({currency})."
        ),
        R::ReferenceMismatch { param, kind } => {
            format!("{param} cannot be given when reference_transaction[type] is {kind}.")
        }
        R::Unsimulated { param, feature: f } => {
            format!("debitsim does not simulate {} (parameter {param}).", feature(*f))
        }
        R::InvalidInvoicePrefix { value } => format!(
            "Invalid invoice_prefix: '{value}'. An invoice prefix is 3 to 12 uppercase letters or numbers."
        ),
        R::InstantPayoutsUnsupported { destination } => format!(
            "{destination} is not eligible for Instant Payouts: they go to a debit card that supports them (in test mode, tok_visa_debit or tok_mastercard_debit). Use method=standard, or add such a card as an external account."
        ),
        R::CurrencyConversion {
            account,
            currency,
            default_currency,
        } => format!(
            "debitsim has no exchange rate from {currency} to {default_currency}: {account} settles in {default_currency} and has no {currency} bank account, so this {currency} transfer would be converted to {default_currency}. Add both currencies to the fixtures' exchange_rates, transfer in {default_currency}, or add a {currency} bank account to {account} first."
        ),
        R::InsufficientCapabilities { account } => format!(
            "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments ({account})."
        ),
        R::TransferToSelf { account, .. } => format!("An account cannot transfer to or debit itself ({account})."),
        R::ChargeAlreadyRefunded { charge } => format!("Charge {charge} has already been refunded."),
        R::RefundTooLarge {
            charge,
            amount,
            refundable,
        } => format!(
            "Refund amount ({amount}) is greater than unrefunded amount on charge ({refundable}) for {charge}."
        ),
        R::PaymentNotRefundable { charge, transfer } => format!(
            "{charge} was created by transfer {transfer}; reverse the transfer instead of refunding the payment."
        ),
        R::ChargeNotRefundable { charge } => {
            format!("Charge {charge} did not succeed, so there is nothing to refund.")
        }
        R::TransferAlreadyReversed { transfer } => format!("Transfer {transfer} has already been fully reversed."),
        R::ReversalTooLarge {
            transfer,
            amount,
            reversible,
        } => format!(
            "Reversal amount ({amount}) is greater than the amount of transfer {transfer} left to reverse ({reversible})."
        ),
        R::SourceTransactionInsufficient {
            charge,
            amount,
            remaining,
        } => format!(
            "The transfer amount ({amount}) exceeds what is left of source transaction {charge} to transfer ({remaining})."
        ),
        R::NoExternalAccount { currency } => {
            format!("You don't have any external accounts in that currency ({currency}).")
        }
        R::AutomaticPayoutsEnabled { account } => format!(
            "You cannot create manual payouts for {account} while its payout schedule is automatic; set settings[payouts][schedule][interval]=manual first."
        ),
        R::InvalidEmail { value, .. } => format!("Invalid email address: {}", e(value)),
        R::InvalidUrl { param, value } => format!(
            "Invalid {param}: '{}' is not an absolute http or https URL.",
            e(value)
        ),
        R::InvalidDob { param, value } if value.is_empty() => {
            format!("Missing required param: {param}. A date of birth needs its day, month and year.")
        }
        R::InvalidDob { param, value } => format!("Invalid {param}: '{}' is not a valid date of birth part.", e(value)),
        R::InvalidSsnLast4 { param } => format!("Invalid {param}: the last 4 digits of an SSN are 4 digits."),
        R::RejectStripeManaged { account } => format!(
            "You can only reject accounts whose negative balances your platform is liable for; Stripe is liable for {account}'s (controller.losses.payments = stripe)."
        ),
        R::AccountAlreadyRejected { account } => format!("The account {account} has already been rejected."),
        R::PlatformNotDeletable => "You cannot delete your own platform account through the API.".to_owned(),
        R::AccountBalanceNotZero {
            account,
            currency,
            available,
            pending,
        } => format!(
            "You cannot delete {account} while its balance is not zero: it has {available} {currency} available and {pending} {currency} pending. Pay it out or transfer it back to the platform first."
        ),
        R::AccountPayoutInTransit { account, payout } => format!(
            "You cannot delete {account} while its payout {payout} is on its way to the bank; cancel it or wait until it arrives."
        ),
        R::AccountNotOnboarded { account } => format!(
            "The account {account} has not completed onboarding yet; create an account link of type account_onboarding first."
        ),
        R::NotExpressDashboard { account } => format!(
            "Login links can only be created for accounts that use the Express Dashboard; {account} does not."
        ),
        R::LinkNotUsable { expired: true } => {
            "This account link has expired; create a new one with POST /v1/account_links.".to_owned()
        }
        R::LinkNotUsable { expired: false } => {
            "This account link has already been used; create a new one with POST /v1/account_links.".to_owned()
        }
        R::DefaultBankAccountRequired { bank, currency } => format!(
            "{bank} is the default bank account for {currency}; make another {currency} bank account the default (default_for_currency=true) instead."
        ),
        R::DefaultBankAccountNotDeletable { bank, currency } => format!(
            "You cannot delete the default external account for {currency} ({bank}) while the account has other {currency} external accounts. Make another one the default using the `default_for_currency` param, and then delete this one."
        ),
        R::DefaultCurrencyBankAccountNotDeletable { bank, currency } => format!(
            "You cannot delete the default external account for your default currency ({currency}, {bank}). Make another {currency} external account the default using the `default_for_currency` param, and then delete this one."
        ),
        R::ExternalAccountsNotManaged { account } => format!(
            "You cannot manage the external accounts of {account}: Stripe collects its requirements (controller.requirement_collection is `stripe`), so it manages them itself. A platform manages external accounts only where controller.requirement_collection is `application`."
        ),
        R::PayoutNotCancelable { payout, status } => format!(
            "Payout {payout} cannot be canceled: only pending payouts can be, and it is {}.",
            status.as_str()
        ),
        R::CardPayoutFinal { payout } => format!(
            "Payout {payout} went to a debit card: payouts to debit cards, Instant Payouts among them, cannot be canceled or reversed."
        ),
        R::AutomaticPayoutNotCancelable { payout } => {
            format!("Payout {payout} was made by the payout schedule; automatic payouts cannot be canceled.")
        }
        R::PayoutCancelInstead { payout } => format!(
            "Payout {payout} is still pending: cancel it with POST /v1/payouts/{payout}/cancel instead of reversing it."
        ),
        R::PayoutNotReversible { payout, status } => format!(
            "Payout {payout} cannot be reversed: only paid payouts can be, and it is {}.",
            status.as_str()
        ),
        R::PayoutIsADebit { payout } => {
            format!("Payout {payout} debits the bank account; only payouts that pay money out can be reversed or canceled.")
        }
        R::PayoutAlreadyReversed { payout, reversed_by } => {
            format!("Payout {payout} has already been reversed by {reversed_by}.")
        }
        R::PayoutReversePlatform { payout } => {
            format!("Payout {payout} is the platform's own; only payouts of connected accounts can be reversed.")
        }
        R::PayoutReverseNotUs { payout, country } => format!(
            "Payout {payout} went to a bank account in {country}; only payouts to US bank accounts can be reversed."
        ),
        R::ChargesNotEnabled { account } => format!(
            "The account {account} cannot take charges yet: its card_payments capability is not active (finish onboarding, or the account was rejected)."
        ),
        R::PayoutsNotEnabled { account } => format!(
            "Payouts have been disabled on the connected account {account}: it has not finished onboarding, or it was rejected."
        ),
        R::AccountDeleted { account } => {
            format!("The account {account} has been deleted; no money can be taken back from it.")
        }
        R::ApplicationFeeNotAllowed => "Can only apply an application_fee_amount when the payment is a direct payment (made with the Stripe-Account header) or a destination payment (with transfer_data[destination]).".to_owned(),
        R::ApplicationFeeWithTransferAmount => {
            "application_fee_amount cannot be used together with transfer_data[amount]: the destination gets transfer_data[amount] and the platform keeps the rest, or the destination gets everything and pays the application fee.".to_owned()
        }
        R::ApplicationFeeTooLarge { fee, amount } => format!(
            "The application_fee_amount ({fee}) must be less than or equal to the payment amount ({amount})."
        ),
        R::OnBehalfOfNotDestination {
            on_behalf_of,
            destination,
        } => format!(
            "on_behalf_of ({}) must be the same account as transfer_data[destination] ({destination}).",
            e(on_behalf_of)
        ),
        R::NotForAccountDebits { param } => format!(
            "{param} applies to card payments; it cannot be used when the source is a connected account (an account debit)."
        ),
        R::ChargeAlreadyCaptured { charge } => format!("Charge {charge} has already been captured."),
        R::ChargeCustomerSet { charge } => format!(
            "Charge {charge} already has a customer; a charge's customer can only be set when it has none."
        ),
        R::ChargeNotCapturable { charge } => format!(
            "Charge {charge} cannot be captured: it did not succeed, or its authorization was released."
        ),
        R::ChargeOfPaymentIntent { charge, intent } => format!(
            "Charge {charge} belongs to PaymentIntent {intent}; capture or cancel the PaymentIntent instead."
        ),
        R::CaptureTooLarge {
            param,
            amount,
            capturable,
        } => format!(
            "The {param} ({amount}) must be less than or equal to the amount that can be captured ({capturable})."
        ),
        R::TransferDataWithoutDestination => {
            "transfer_data[amount] can only be used on a destination payment (one with transfer_data[destination]).".to_owned()
        }
        R::IntentUnexpectedState { intent, status, action } => format!(
            "You cannot {} this PaymentIntent ({intent}) because it has a status of {}. Only a PaymentIntent with one of the following statuses may be {}: {}.",
            intent_action(*action),
            status.as_str(),
            match action {
                IntentAction::Confirm => "confirmed",
                IntentAction::Update => "updated this way",
                IntentAction::Capture => "captured",
                IntentAction::Cancel => "canceled",
            },
            intent_allowed(*action)
        ),
        R::ClientSecretMismatch { intent } => format!(
            "The client_secret provided does not match the client_secret associated with the PaymentIntent {intent}."
        ),
        R::RefundChargeAndIntent => "Give either charge or payment_intent, not both.".to_owned(),
        R::IntentNotRefundable { intent, status } => format!(
            "PaymentIntent {} has a status of {} and no captured payment to refund.",
            e(intent),
            status.as_str()
        ),
        R::ChargeDisputed { charge } => {
            format!("Charge {charge} has been charged back; cannot issue a refund.")
        }
        R::PartialRelease {
            charge,
            amount,
            authorised,
        } => format!(
            "Charge {charge} is not captured: refunding it releases the whole authorization ({authorised}), not {amount}."
        ),
        R::ApplicationFeeAlreadyRefunded { fee } => format!("Application fee {fee} has already been refunded."),
        R::FeeRefundTooLarge {
            fee,
            amount,
            refundable,
        } => format!(
            "Refund amount ({amount}) is greater than the amount of application fee {fee} left to refund ({refundable})."
        ),
        R::DisputeNotOpen { dispute, status } => format!(
            "Dispute {dispute} has a status of {}: evidence can be given, submitted or the dispute closed only while its status is needs_response or warning_needs_response.",
            status.as_str()
        ),
        R::WebhookEndpointsPlatformOnly => "debitsim keeps webhook endpoints on the platform only: drop the Stripe-Account \
                                             header, and create the endpoint with connect=true to receive your connected \
                                             accounts' events."
            .to_owned(),
        R::TooManyWebhookEndpoints { max } => {
            format!("You have reached the maximum of {max} test webhook endpoints. Delete one before adding another.")
        }
        R::BalanceSettingsNotManaged { account } => format!(
            "You cannot update the balance settings of {account}: it has access to the full Stripe Dashboard and \
             manages its own payouts. Balance settings can be updated only for accounts whose dashboard is express \
             or none."
        ),
        R::PayoutDaysNotApplicable { param, interval } => format!(
            "{param} cannot be set when the payout schedule's interval is {interval}: weekly_payout_days applies \
             only to a weekly schedule, and monthly_payout_days only to a monthly one."
        ),
    }
}

/// What is wrong with a fixture file, in words (`debitsim: invalid fixtures: …`).
pub fn fixture_problem(error: &crate::fixtures::FixtureError) -> String {
    use crate::fixtures::FixtureError;
    match error {
        FixtureError::Json(e) => format!("invalid fixture JSON: {e}"),
        FixtureError::Setting { name, value } => format!("{name} must be \"instant\" or \"required\", not {value:?}"),
        FixtureError::Refused { what, rejection } => format!("{what}: {}", message(rejection)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{Amount, Currency, Kind, Noun};

    /// Each row of debit-rules §7 the ledger owns, as Stripe's error: (status, type, code, param).
    #[test]
    fn precondition_rows_map_to_the_contracts_errors() {
        let cases: Vec<(Rejection, u16, Option<&str>, Option<&str>)> = vec![
            (
                Rejection::ParameterMissing { param: "amount" },
                400,
                Some("parameter_missing"),
                Some("amount"),
            ),
            (
                Rejection::InvalidInteger {
                    param: "amount",
                    value: "1.5".into(),
                },
                400,
                Some("parameter_invalid_integer"),
                Some("amount"),
            ),
            (
                Rejection::UnsupportedCurrency {
                    param: "currency",
                    value: "xyz".into(),
                },
                400,
                None,
                Some("currency"),
            ),
            (
                Rejection::NoSuchObject {
                    noun: Noun::Destination,
                    id: "acct_x".into(),
                    param: "destination",
                },
                400,
                Some("resource_missing"),
                Some("destination"),
            ),
            (
                Rejection::DestinationNotPlatform {
                    destination: "acct_a".into(),
                    platform: "acct_p".into(),
                },
                400,
                Some("transfers_not_allowed"),
                Some("destination"),
            ),
            (
                Rejection::ChargeDebitOnStripeManagedAccount {
                    account: "acct_s".into(),
                },
                400,
                Some("transfers_not_allowed"),
                Some("source"),
            ),
            (
                Rejection::InvalidReferenceType { value: "refund".into() },
                400,
                Some("parameter_invalid_string"),
                Some("reference_transaction[type]"),
            ),
            (
                Rejection::CrossRegion {
                    platform: "acct_p".into(),
                    platform_country: crate::ledger::Country::US,
                    account: "acct_a".into(),
                    account_country: crate::ledger::Country::GB,
                },
                400,
                Some("transfers_not_allowed"),
                None,
            ),
            (
                Rejection::CurrencyNotDefault {
                    currency: Currency::EUR,
                    account: "acct_a".into(),
                    default_currency: Currency::USD,
                },
                400,
                None,
                Some("currency"),
            ),
            (
                Rejection::BalanceInsufficient {
                    account: "acct_a".into(),
                    currency: Currency::USD,
                    available: Amount::ZERO,
                    amount: Amount::new(5),
                    spending: crate::ledger::Spending::Payout,
                },
                400,
                Some("balance_insufficient"),
                None,
            ),
            (
                Rejection::NotFound {
                    noun: Noun::Object(Kind::Charge),
                    id: "ch_x".into(),
                },
                404,
                Some("resource_missing"),
                Some("id"),
            ),
        ];
        for (rejection, status, code, param) in cases {
            let error = api_error(&rejection);
            assert_eq!(error.status.as_u16(), status, "{rejection:?}");
            assert_eq!(error.code, code, "{rejection:?}");
            assert_eq!(error.param.as_deref(), param, "{rejection:?}");
            assert_eq!(error.error_type.as_str(), "invalid_request_error", "{rejection:?}");
        }
    }

    #[test]
    fn bad_fixtures_are_reported_in_words() {
        let cases = [
            ("{", "invalid fixture JSON"),
            (r#"{"platform": {"id": "acct_1", "country": "ZZ"}}"#, "platform"),
            (
                r#"{"platform": {"id": "acct_1", "country": "US"}, "setup": [{"transfer": {"amount": 5, "currency": "usd", "destination": "acct_nope"}}]}"#,
                "setup step 0",
            ),
            (
                r#"{"platform": {"id": "acct_1", "country": "US", "colour": "red"}}"#,
                "unknown field",
            ),
        ];
        for (json, expected) in cases {
            let error = fixture_problem(&crate::fixtures::Fixtures::parse(json).unwrap_err());
            assert!(error.contains(expected), "{json}: {error}");
        }
    }
}
