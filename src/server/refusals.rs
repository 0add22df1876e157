//! The one place a ledger [`Rejection`] becomes Stripe's error: one row per refusal
//! ([`refusal`]) with its status, code, param, §7 row, whether a retry replays it, and its
//! sentence. The ledger carries values; the words are here.
//!
//! Where Stripe published its wording (`No such charge: 'ch_1'`, `Missing required param:
//! amount.`) it is Stripe's; elsewhere the sentence is ours, in Stripe's style: it names the
//! rule and the values involved, and for what the simulator does not model it says
//! "debitsim" so a user knows whose limit it is.

use axum::http::StatusCode;

use crate::ledger::{DebitFlow, Decline, Feature, IntentAction, Noun, Rejection, Spending};
use crate::server::error::{ApiError, ECHO_MAX_CHARS, decline_message, echo};
use crate::server::render::shape;

/// Every refusal of the ledger, one row each: its status and code, the parameter at fault,
/// the row of debit-rules §7 it implements (if any), whether Stripe would keep it for an
/// idempotent retry, and its sentence.
pub fn refusal(rejection: &Rejection) -> Refusal {
    use Rejection as R;
    let e = |text: &str| echo(text, ECHO_MAX_CHARS);
    match rejection {
        R::AccountInvalid { account } => says(format!(
            "The account '{}' is not connected to this platform (or that account does not exist).",
            e(account)
        )).status(StatusCode::FORBIDDEN).code("account_invalid").row(2).unkept(),
        R::ParameterMissing { param } => says(format!("Missing required param: {param}."))
            .code("parameter_missing")
            .param(param)
            .row(reference_row(param, 10, 11).unwrap_or(4))
            .unkept(),
        R::InvalidInteger { param, value } => says({
            if *param == "amount" && value.bytes().all(|b| b.is_ascii_digit() || b == b'-') && !value.is_empty() {
                format!("Invalid positive integer: {}", e(value))
            } else {
                format!("Invalid integer: {}", e(value))
            }
        }).code("parameter_invalid_integer").param(param).row(5).unkept(),
        R::UnsupportedCurrency { value, param } => says(format!(
            "Invalid currency: {}. It is not a currency Stripe supports.",
            e(&value.to_lowercase())
        )).param(param).row(6).unkept(),
        R::NoSuchObject { noun: n, id, param } => says(format!("No such {}: '{}'", noun(*n), e(id)))
            .code("resource_missing")
            .param(param)
            .row(reference_row(param, 12, 12).unwrap_or(7)),
        R::DestinationNotPlatform { destination, platform } => says(format!(
            "A connected account can only transfer to its platform ({platform}); '{destination}' is \
             not this account's platform."
        )).code("transfers_not_allowed").param("destination").row(8),
        R::ChargeDebitOnStripeManagedAccount { account } => says(format!(
            "You cannot debit {account} with a charge: Stripe is responsible for its negative \
             balances (controller.losses.payments = stripe). Create a transfer from the account with \
             reference_transaction instead, or bill it with Stripe Billing."
        )).code("transfers_not_allowed").param("source").row(9),
        R::InvalidReferenceType { value } => says(format!(
            "Invalid reference_transaction[type]: must be one of charge or payout (received '{}').",
            e(value)
        )).code("parameter_invalid_string").param("reference_transaction[type]").row(11),
        R::CrossRegion { platform_country, account, account_country, .. } => says(format!(
            "Account debits are only supported when the platform and the connected account are in the \
             same region; the platform is in {platform_country} and {account} is in \
             {account_country}."
        )).code("transfers_not_allowed").row(13),
        R::CurrencyNotDefault { currency, account, default_currency } => says(format!(
            "The currency of an account debit must match the default currency of the connected \
             account: {account} has default currency {default_currency}, not {currency}."
        )).param("currency").row(14),
        R::BalanceInsufficient { account, currency, available, amount, spending } => says({
            let what = match spending {
                Spending::Transfer | Spending::Debit(DebitFlow::Transfer) => "transfer",
                Spending::Payout => "payout",
                Spending::Debit(DebitFlow::Charge) => "debit",
            };
            let mut text = format!(
                "You have insufficient funds in your Stripe account for this {what}: {account} has \
                 {available} {currency} available and the {what} needs {amount} {currency}."
            );
            if let Spending::Debit(_) = spending {
                text.push_str(&format!(
                    "A debit may take {account} below zero only if the platform has Connect reserves \
                     enabled and {account} has a bank account in {currency}."
                ));
            }
            text
        }).code("balance_insufficient").row(15),
        R::NotFound { noun: n, id } => says(format!("No such {}: '{}'", noun(*n), e(id)))
            .status(StatusCode::NOT_FOUND)
            .code("resource_missing")
            .param("id")
            .unkept(),
        R::AmountTooSmall { minimum, currency, param } => says({
            format!("Amount must be at least {minimum} {currency} (in minor units).")
        }).code("amount_too_small").param(param).unkept(),
        R::AmountTooLarge { amount, param } => says({
            format!("Amount {amount} is greater than the maximum amount allowed, or would overflow a balance.")
        }).code("amount_too_large").param(param),
        R::InvalidChoice { param, value, choices } => {
            let words = ApiError::invalid_choice(param.as_str(), value, choices).message;
            says(words).param(param).unkept()
        }
        R::OutOfRange { param, value, min, max, also } => says({
            let name = param.rsplit('[').next().unwrap_or(param).trim_end_matches(']');
            let or = also.map(|word| format!(", or {word}")).unwrap_or_default();
            format!(
                "Invalid {name}: must be an integer between {min} and {max}{or} (received '{}').",
                e(value)
            )
        }).param(param).unkept(),
        R::InvalidCountry { value, param } => says(format!(
            "Country '{}' is unknown. Try using a 2-character alphanumeric country code instead, such \
             as 'US', 'EG', or 'GB'.",
            e(value)
        )).param(param).unkept(),
        R::InvalidAccountNumber { value, param } => says(format!("Invalid account number: '{}'.", e(value)))
            .param(param)
            .unkept(),
        R::TooManyMetadataKeys { count } => says(format!(
            "Metadata can have up to {} keys, but you've set {count}.",
            crate::ledger::METADATA_MAX_KEYS
        )).param("metadata").unkept(),
        R::UnknownParameter { param } => says(format!("Received unknown parameter: {}", e(param)))
            .code("parameter_unknown")
            .param(param)
            .unkept(),
        R::UnknownCapability { name, param } => says({
            format!("Invalid capability: {} is not a capability Stripe offers.", e(name))
        }).param(param).unkept(),
        R::InvalidAccountId { id } => says({
            format!("Invalid account id '{}': use acct_ followed by letters and digits.", e(id))
        }).param("id").unkept(),
        R::DuplicateAccountId { id } => says(format!("An account with id '{}' already exists.", e(id)))
            .param("id")
            .unkept(),
        R::PlatformOnlySetting { param } => says({
            format!("{param} is a setting of the platform, not of a connected account.")
        }).param(param).unkept(),
        R::PlatformNotUpdatable => says({
            "The platform account cannot be updated through the API; only its connected accounts can.".to_owned()
        }).param("id").unkept(),
        R::TransferDataExceedsCharge { share, amount } => says(format!(
            "transfer_data[amount] ({share}) must be less than or equal to the charge amount ({amount})."
        )).param("transfer_data[amount]").unkept(),
        R::TransferDataWithAccountSource => says({
            "transfer_data cannot be used when the source is a connected account.".to_owned()
        }).param("transfer_data").unkept(),
        R::BankAccountCurrency { bank, bank_currency, currency } => says(format!(
            "The bank account {} is in {bank_currency}, but the payout is in {currency}.",
            e(bank)
        )).param("destination").unkept(),
        R::ReverseTransferWithoutDestination => says("reverse_transfer can only be used when refunding a destination charge (one created with transfer_data[destination]).".to_owned())
            .param("reverse_transfer")
            .unkept(),
        R::ReferenceOutsideDebit => says("reference_transaction is only for account debits: transfers from a connected account (Stripe-Account header) to its platform.".to_owned())
            .param("reference_transaction")
            .unkept(),
        R::SourceTransactionOnDebit => says({
            "source_transaction cannot be used on a transfer from a connected account to its platform.".to_owned()
        }).param("source_transaction").unkept(),
        R::SourceTransactionFailed { charge } => says(format!("The source transaction {charge} did not succeed."))
            .param("source_transaction")
            .unkept(),
        R::SourceTransactionCurrency { currency } => says(format!(
            "The currency of a transfer with source_transaction must match the charge's currency \
             ({currency})."
        )).param("currency").unkept(),
        R::ReferenceMismatch { param, kind } => says({
            format!("{param} cannot be given when reference_transaction[type] is {kind}.")
        }).param(param).unkept(),
        R::Unsimulated { param, feature: f } => says({
            format!("debitsim does not simulate {} (parameter {param}).", feature(*f))
        }).param(param).unkept(),
        R::CurrencyConversion { account, currency, default_currency } => says(format!(
            "debitsim has no exchange rate from {currency} to {default_currency}: {account} settles \
             in {default_currency} and has no {currency} bank account, so this {currency} transfer \
             would be converted to {default_currency}. Add both currencies to the fixtures' \
             exchange_rates, transfer in {default_currency}, or add a {currency} bank account to \
             {account} first."
        )).param("currency").unkept(),
        R::InvalidInvoicePrefix { value } => says(format!(
            "Invalid invoice_prefix: '{}'. An invoice prefix is 3 to 12 uppercase letters or numbers.",
            e(value)
        )).param("invoice_prefix").unkept(),
        R::InstantPayoutsUnsupported { destination } => says(format!(
            "{destination} is not eligible for Instant Payouts: they go to a debit card that \
             supports them (in test mode, tok_visa_debit or tok_mastercard_debit). Use \
             method=standard, or add such a card as an external account."
        )).code("instant_payouts_unsupported").param("destination"),
        R::CardPayoutFinal { payout } => says(format!(
            "Payout {payout} went to a debit card: payouts to debit cards, Instant Payouts among \
             them, cannot be canceled or reversed."
        )),
        R::InsufficientCapabilities { account } => says(format!(
            "Your destination account needs to have at least one of the following capabilities \
             enabled: transfers, crypto_transfers, legacy_payments ({account})."
        )).code("insufficient_capabilities_for_transfer").param("destination"),
        R::TransferToSelf { account, param } => says(format!("An account cannot transfer to or debit itself ({account})."))
            .code("transfers_not_allowed")
            .param(param),
        R::ChargeAlreadyRefunded { charge } => says(format!("Charge {charge} has already been refunded."))
            .code("charge_already_refunded")
            .param("charge"),
        R::RefundTooLarge { charge, amount, refundable } => says(format!(
            "Refund amount ({amount}) is greater than unrefunded amount on charge ({refundable}) for \
             {charge}."
        )).code("amount_too_large").param("amount"),
        R::PaymentNotRefundable { charge, transfer } => says(format!(
            "{charge} was created by transfer {transfer}; reverse the transfer instead of refunding \
             the payment."
        )).param("charge"),
        R::ChargeNotRefundable { charge } => says({
            format!("Charge {charge} did not succeed, so there is nothing to refund.")
        }).param("charge"),
        R::TransferAlreadyReversed { transfer } => says(format!("Transfer {transfer} has already been fully reversed.")),
        R::ReversalTooLarge { transfer, amount, reversible } => says(format!(
            "Reversal amount ({amount}) is greater than the amount of transfer {transfer} left to \
             reverse ({reversible})."
        )).code("amount_too_large").param("amount"),
        R::SourceTransactionInsufficient { charge, amount, remaining } => says(format!(
            "The transfer amount ({amount}) exceeds what is left of source transaction {charge} to \
             transfer ({remaining})."
        )).code("balance_insufficient").param("amount"),
        R::NoExternalAccount { currency } => says({
            format!("You don't have any external accounts in that currency ({currency}).")
        }).param("currency"),
        R::AutomaticPayoutsEnabled { account } => says(format!(
            "You cannot create manual payouts for {account} while its payout schedule is automatic; \
             set settings[payouts][schedule][interval]=manual first."
        )),
        R::InvalidUrl { param, value } => says(format!(
            "Invalid {param}: '{}' is not an absolute http or https URL.",
            e(value)
        )).code("url_invalid").param(param).unkept(),
        R::InvalidEmail { value, param } => says(format!("Invalid email address: {}", e(value)))
            .code("email_invalid")
            .param(param)
            .unkept(),
        R::InvalidDob { param, value } => says(format!("Invalid {param}: '{}' is not a valid date of birth part.", e(value)))
            .param(param)
            .unkept(),
        R::InvalidSsnLast4 { param } => says(format!("Invalid {param}: the last 4 digits of an SSN are 4 digits."))
            .param(param)
            .unkept(),
        R::RejectStripeManaged { account } => says(format!(
            "You can only reject accounts whose negative balances your platform is liable for; Stripe \
             is liable for {account}'s (controller.losses.payments = stripe)."
        )),
        R::AccountAlreadyRejected { account } => says(format!("The account {account} has already been rejected.")),
        R::PlatformNotDeletable => says("You cannot delete your own platform account through the API.".to_owned()),
        R::AccountBalanceNotZero { account, currency, available, pending } => says(format!(
            "You cannot delete {account} while its balance is not zero: it has {available} {currency} \
             available and {pending} {currency} pending. Pay it out or transfer it back to the \
             platform first."
        )),
        R::AccountPayoutInTransit { account, payout } => says(format!(
            "You cannot delete {account} while its payout {payout} is on its way to the bank; cancel \
             it or wait until it arrives."
        )),
        R::AccountNotOnboarded { account } => says(format!(
            "The account {account} has not completed onboarding yet; create an account link of type \
             account_onboarding first."
        )),
        R::NotExpressDashboard { account } => says(format!(
            "Login links can only be created for accounts that use the Express Dashboard; {account} does not."
        )),
        R::LinkNotUsable { .. } => says({
            "This account link has already been used; create a new one with POST /v1/account_links.".to_owned()
        }),
        R::DefaultBankAccountRequired { bank, currency } => says(format!(
            "{bank} is the default bank account for {currency}; make another {currency} bank account \
             the default (default_for_currency=true) instead."
        )).param("default_for_currency"),
        R::DefaultBankAccountNotDeletable { bank, currency } => says(format!(
            "You cannot delete the default external account for {currency} ({bank}) while the account \
             has other {currency} external accounts. Make another one the default using the \
             `default_for_currency` param, and then delete this one."
        )),
        R::DefaultCurrencyBankAccountNotDeletable { bank, currency } => says(format!(
            "You cannot delete the default external account for your default currency ({currency}, \
             {bank}). Make another {currency} external account the default using the \
             `default_for_currency` param, and then delete this one."
        )),
        R::ExternalAccountsNotManaged { account } => says(format!(
            "You cannot manage the external accounts of {account}: Stripe collects its requirements \
             (controller.requirement_collection is `stripe`), so it manages them itself. A platform \
             manages external accounts only where controller.requirement_collection is `application`."
        )),
        R::PayoutNotCancelable { payout, status } => says(format!(
            "Payout {payout} cannot be canceled: only pending payouts can be, and it is {}.",
            status.as_str()
        )),
        R::AutomaticPayoutNotCancelable { payout } => says({
            format!("Payout {payout} was made by the payout schedule; automatic payouts cannot be canceled.")
        }),
        R::PayoutCancelInstead { payout } => says(format!(
            "Payout {payout} is still pending: cancel it with POST /v1/payouts/{payout}/cancel \
             instead of reversing it."
        )),
        R::PayoutNotReversible { payout, status } => says(format!(
            "Payout {payout} cannot be reversed: only paid payouts can be, and it is {}.",
            status.as_str()
        )),
        R::PayoutIsADebit { payout } => says({
            format!("Payout {payout} debits the bank account; only payouts that pay money out can be reversed or canceled.")
        }),
        R::PayoutAlreadyReversed { payout, reversed_by } => says({
            format!("Payout {payout} has already been reversed by {reversed_by}.")
        }),
        R::PayoutReversePlatform { payout } => says({
            format!("Payout {payout} is the platform's own; only payouts of connected accounts can be reversed.")
        }),
        R::PayoutReverseNotUs { payout, country } => says(format!(
            "Payout {payout} went to a bank account in {country}; only payouts to US bank accounts \
             can be reversed."
        )),
        R::ChargesNotEnabled { account } => says(format!(
            "The account {account} cannot take charges yet: its card_payments capability is not \
             active (finish onboarding, or the account was rejected)."
        )),
        R::PayoutsNotEnabled { account } => says(format!(
            "Payouts have been disabled on the connected account {account}: it has not finished \
             onboarding, or it was rejected."
        )).code("payouts_not_allowed"),
        R::AccountDeleted { account } => says({
            format!("The account {account} has been deleted; no money can be taken back from it.")
        }),
        R::ApplicationFeeNotAllowed => says("Can only apply an application_fee_amount when the payment is a direct payment (made with the Stripe-Account header) or a destination payment (with transfer_data[destination]).".to_owned())
            .param("application_fee_amount")
            .unkept(),
        R::ApplicationFeeWithTransferAmount => says({
            "application_fee_amount cannot be used together with transfer_data[amount]: the destination gets transfer_data[amount] and the platform keeps the rest, or the destination gets everything and pays the application fee.".to_owned()
        }).param("application_fee_amount").unkept(),
        R::ApplicationFeeTooLarge { fee, amount } => says(format!(
            "The application_fee_amount ({fee}) must be less than or equal to the payment amount ({amount})."
        )).param("application_fee_amount").unkept(),
        R::OnBehalfOfNotDestination { on_behalf_of, destination } => says(format!(
            "on_behalf_of ({}) must be the same account as transfer_data[destination] ({destination}).",
            e(on_behalf_of)
        )).param("on_behalf_of").unkept(),
        R::NotForAccountDebits { param } => says(format!(
            "{param} applies to card payments; it cannot be used when the source is a connected \
             account (an account debit)."
        )).param(param).unkept(),
        R::ChargeAlreadyCaptured { charge } => says(format!("Charge {charge} has already been captured."))
            .code("charge_already_captured"),
        R::ChargeCustomerSet { charge } => says(format!(
            "Charge {charge} already has a customer; a charge's customer can only be set when it has none."
        )).param("customer"),
        R::ChargeNotCapturable { charge } => says(format!(
            "Charge {charge} cannot be captured: it did not succeed, or its authorization was released."
        )),
        R::ChargeOfPaymentIntent { charge, intent } => says(format!(
            "Charge {charge} belongs to PaymentIntent {intent}; capture or cancel the PaymentIntent instead."
        )),
        R::CaptureTooLarge { param, amount, capturable } => says(format!(
            "The {param} ({amount}) must be less than or equal to the amount that can be captured \
             ({capturable})."
        )).code("amount_too_large").param(param),
        R::TransferDataWithoutDestination => says({
            "transfer_data[amount] can only be used on a destination payment (one with transfer_data[destination]).".to_owned()
        }).param("transfer_data[amount]").unkept(),
        R::IntentUnexpectedState { intent, status, action } => says(format!(
            "You cannot {} this PaymentIntent ({intent}) because it has a status of {}. Only a \
             PaymentIntent with one of the following statuses may be {}: {}.",
            intent_action(*action),
            status.as_str(),
            match action {
                IntentAction::Confirm => "confirmed",
                IntentAction::Update => "updated this way",
                IntentAction::Capture => "captured",
                IntentAction::Cancel => "canceled",
            },
            intent_allowed(*action)
        )).code("payment_intent_unexpected_state"),
        R::ClientSecretMismatch { intent } => says(format!(
            "The client_secret provided does not match the client_secret associated with the \
             PaymentIntent {intent}."
        )).param("client_secret").unkept(),
        R::RefundChargeAndIntent => says("Give either charge or payment_intent, not both.".to_owned())
            .param("payment_intent")
            .unkept(),
        R::IntentNotRefundable { intent, status } => says(format!(
            "PaymentIntent {} has a status of {} and no captured payment to refund.",
            e(intent),
            status.as_str()
        )).param("payment_intent"),
        R::ChargeDisputed { charge } => says({
            format!("Charge {charge} has been charged back; cannot issue a refund.")
        }).code("charge_disputed").param("charge"),
        R::PartialRelease { charge, amount, authorised } => says(format!(
            "Charge {charge} is not captured: refunding it releases the whole authorization \
             ({authorised}), not {amount}."
        )).param("amount"),
        R::ApplicationFeeAlreadyRefunded { fee } => says(format!("Application fee {fee} has already been refunded.")),
        R::FeeRefundTooLarge { fee, amount, refundable } => says(format!(
            "Refund amount ({amount}) is greater than the amount of application fee {fee} left to \
             refund ({refundable})."
        )).param("amount"),
        R::DisputeNotOpen { dispute, status } => says(format!(
            "Dispute {dispute} has a status of {}: evidence can be given, submitted or the dispute \
             closed only while its status is needs_response or warning_needs_response.",
            status.as_str()
        )),
        R::WebhookEndpointsPlatformOnly => says(
            "debitsim keeps webhook endpoints on the platform only: drop the Stripe-Account header, \
             and create the endpoint with connect=true to receive your connected accounts' events."
                .to_owned(),
        )
        .unkept(),
        R::TooManyWebhookEndpoints { max } => says({
            format!("You have reached the maximum of {max} test webhook endpoints. Delete one before adding another.")
        }).param("url").unkept(),
        R::BalanceSettingsNotManaged { account } => says(format!(
            "You cannot update the balance settings of {account}: it has access to the full Stripe Dashboard and \
             manages its own payouts. Balance settings can be updated only for accounts whose dashboard is express \
             or none."
        )),
        R::PayoutDaysNotApplicable { param, interval } => says(format!(
            "{param} cannot be set when the payout schedule's interval is {interval}: weekly_payout_days applies \
             only to a weekly schedule, and monthly_payout_days only to a monthly one."
        )).param(param).unkept(),
        R::EventDestinationsPlatformOnly => says("debitsim keeps event destinations on the platform only: drop the \
                                              Stripe-Account header, and create the destination with events_from \
                                              [\"@accounts\"] to receive your connected accounts' events."
            .to_owned()).unkept(),
        R::TooManyEventDestinations { max } => says({
            format!("You have reached the maximum of {max} event destinations. Delete one before adding another.")
        }).param("webhook_endpoint.url").unkept(),
        R::CloseConfigurations { account, applied } => says({
            let names: Vec<&str> = applied.iter().map(|c| c.as_str()).collect();
            format!(
                "All configurations on the Account must be passed in applied_configurations to close \
                 it: {account} has {}.",
                if names.is_empty() { "none".to_owned() } else { crate::server::error::one_of(&names).replace(" or ", " and ") }
            )
        }).param("applied_configurations"),

        // Saved cards (docs/behaviour.md §19).
        R::PaymentMethodAttached { .. } => says({
            "The payment method you provided has already been attached to a customer.".to_owned()
        }),
        R::PaymentMethodNotAttached { .. } => says({
            "The payment method you provided is not attached to a customer so detachment is impossible.".to_owned()
        }),
        R::PaymentMethodDetached { method, param } => says(format!(
            "The provided PaymentMethod ({method}) was detached from a Customer. It may not be used again. To \
             use a PaymentMethod multiple times, you must attach it to a Customer first."
        )).param(param),
        R::PaymentMethodNotSaved { .. } => says({
            "You must save this PaymentMethod to a customer before you can update it.".to_owned()
        }),
        R::PaymentMethodOfAnotherCustomer { method, customer, param } => says(match customer {
            Some(customer) => {
                format!("The PaymentMethod {method} does not belong to the Customer you supplied {customer}.")
            }
            None => format!(
                "The PaymentMethod {method} is attached to a Customer: give that Customer (customer=cus_…) to \
                 use it."
            ),
        }).param(param),
        R::NotTheCustomers { method, customer, param } => says(match customer {
            Some(customer) => format!(
                "The customer {customer} does not have a payment method with the ID {}. The payment method \
                 must be attached to the customer.",
                e(method)
            ),
            None => format!(
                "A new customer has no payment method {} to make its default: give it as payment_method to \
                 attach it at creation.",
                e(method)
            ),
        }).param(param),
        R::IncorrectCardNumber => says("Your card number is incorrect.".to_owned())
            .card("incorrect_number")
            .param("number")
            .unkept(),
        R::InvalidExpiry { month: true } => says("Your card's expiration month is invalid.".to_owned())
            .card("invalid_expiry_month")
            .param("exp_month")
            .unkept(),
        R::InvalidExpiry { month: false } => says("Your card's expiration year is invalid.".to_owned())
            .card("invalid_expiry_year")
            .param("exp_year")
            .unkept(),
        R::CardDeclinedOnSave { decline } => says(decline_message(*decline).to_owned()).declined(*decline),
        R::PaymentMethodAndData => says({
            "You cannot give both payment_method and payment_method_data: name a payment method, or \
             describe a new one."
                .to_owned()
        }).param("payment_method_data").unkept(),
        R::SetupIntentUnexpectedState { intent, status, action } => says({
            let (verb, done) = match action {
                IntentAction::Confirm => ("confirm", "confirmed"),
                IntentAction::Update => ("update the payment method or customer of", "updated this way"),
                IntentAction::Capture | IntentAction::Cancel => ("cancel", "canceled"),
            };
            format!(
                "You cannot {verb} this SetupIntent ({intent}) because it has a status of {}. Only a \
                 SetupIntent with one of the following statuses may be {done}: requires_payment_method, \
                 requires_confirmation, requires_action.",
                status.as_str()
            )
        }).code("setup_intent_unexpected_state"),
        R::SetupClientSecretMismatch { intent } => says(format!(
            "The client_secret provided does not match the client_secret associated with the SetupIntent \
             {intent}."
        )).param("client_secret").unkept(),
        R::TokenUsed { token, param } => says(format!("You cannot use a Stripe token more than once: {token}."))
            .param(param),

        // Test clocks (docs/behaviour.md §21).
        R::TestClocksPlatformOnly => {
            says("Connected account impersonation is not allowed on this endpoint.".to_owned()).unkept()
        }
        R::TestClockNotForward { clock, frozen_time, current } => says(format!(
            "The frozen_time ({frozen_time}) must be after the test clock's current frozen time ({current}): test \
             clock {clock} can only move forward."
        )).param("frozen_time"),
        R::TestClockTooFar { clock, frozen_time, latest } => says(format!(
            "The frozen_time ({frozen_time}) cannot be more than two years after the current frozen time of test \
             clock {clock}: advance it to {latest} at the latest."
        )).param("frozen_time"),
        R::WorldClockTooFar { param, max_days } => says(format!(
            "debitsim moves a world's clock at most {max_days} days in one call: advance the test clock in steps."
        )).param(param),
        R::CustomerHasTestClock { customer, clock } => says(format!(
            "Customer {customer} is already attached to test clock {clock}, and cannot be moved to another."
        )).param("customer"),
        R::RefundNotExpirable { refund, status } => says(format!(
            "Refund {refund} has a status of {status}: only a refund with a status of requires_action can be expired."
        )),
    }
}

/// A ledger refusal as the server answers it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub status: StatusCode,
    pub code: Option<&'static str>,
    /// The request parameter at fault, as Stripe names it (`reference_transaction[charge]`).
    pub param: Option<String>,
    /// The row of debit-rules §7 the refusal implements, if it is one of them.
    pub row: Option<u8>,
    /// Whether Stripe would keep the refusal for an idempotent retry: it does once the
    /// endpoint has started executing, not when the parameters failed validation.
    pub kept: bool,
    pub message: String,
    /// A card's refusal (402 `card_error`) rather than an invalid request.
    pub card: Option<CardRefusal>,
}

/// What a card refusal says besides its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardRefusal {
    /// The card's details are not a card's (`incorrect_number`, `invalid_expiry_month`).
    Invalid,
    /// Its issuer declined it.
    Declined(Decline),
}

/// A refusal that says `message`: a 400 with no code, parameter or row, kept for retries,
/// until its row says more.
fn says(message: String) -> Refusal {
    Refusal {
        status: StatusCode::BAD_REQUEST,
        code: None,
        param: None,
        row: None,
        kept: true,
        message,
        card: None,
    }
}

/// The §7 row of a refusal naming `param`: `exact` for `reference_transaction` itself,
/// `within` for one of its fields, and `None` for any other parameter.
fn reference_row(param: &str, exact: u8, within: u8) -> Option<u8> {
    match param.strip_prefix("reference_transaction") {
        Some("") => Some(exact),
        Some(_) => Some(within),
        None => None,
    }
}

impl Refusal {
    fn status(mut self, status: StatusCode) -> Refusal {
        self.status = status;
        self
    }

    fn code(mut self, code: &'static str) -> Refusal {
        self.code = Some(code);
        self
    }

    fn param(mut self, param: &str) -> Refusal {
        self.param = Some(param.to_owned());
        self
    }

    fn row(mut self, row: u8) -> Refusal {
        self.row = Some(row);
        self
    }

    /// Not kept for retries: the parameters failed validation before the endpoint ran.
    fn unkept(mut self) -> Refusal {
        self.kept = false;
        self
    }

    /// A card error (402) whose details are not a card's, with its code.
    fn card(mut self, code: &'static str) -> Refusal {
        self.status = StatusCode::PAYMENT_REQUIRED;
        self.code = Some(code);
        self.card = Some(CardRefusal::Invalid);
        self
    }

    /// A card error (402) for a card its issuer declined: its code and parameter are the
    /// decline's.
    fn declined(mut self, decline: Decline) -> Refusal {
        self.status = StatusCode::PAYMENT_REQUIRED;
        self.code = Some(decline.code());
        self.card = Some(CardRefusal::Declined(decline));
        self
    }
}

/// Stripe's error for a rejection.
pub fn api_error(rejection: &Rejection) -> ApiError {
    let Refusal {
        status,
        code,
        param,
        message,
        card,
        ..
    } = refusal(rejection);
    match (card, code, param) {
        (Some(CardRefusal::Declined(decline)), ..) => ApiError::card_declined(decline, None),
        (Some(CardRefusal::Invalid), Some(code), Some(param)) => ApiError::card_invalid(code, &param, message),
        (_, code, param) => ApiError::invalid_request(status, code, param, message),
    }
}

/// Whether Stripe would keep this refusal for an idempotent retry.
pub fn is_stored(rejection: &Rejection) -> bool {
    refusal(rejection).kept
}

/// The sentence for a rejection.
pub fn message(rejection: &Rejection) -> String {
    refusal(rejection).message
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
        Feature::IssuingCards => "Issuing cards",
        Feature::IdentityVerification => "Identity verification sessions",
        Feature::BankAccountSources => "bank accounts as customer sources (only cards are simulated)",
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
