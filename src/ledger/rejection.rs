//! Why the ledger refused an operation: one variant per rule, carrying the parameter and the
//! values involved, so the HTTP layer can answer exactly as Stripe would.
//!
//! A rejected operation changes nothing at all: no object, no balance transaction, no event,
//! no id consumed. The variants of debit-rules §7 are checked in the contract's order; see
//! [`Rejection::precondition`] for each one's row.

use std::fmt;

use super::country::Country;
use super::money::{Amount, Currency};
use super::objects::DebitFlow;

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

/// The noun Stripe uses in "No such …" messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Account,
    BankAccount,
    BalanceTransaction,
    Charge,
    Destination,
    Event,
    ExternalAccount,
    Payout,
    Refund,
    Source,
    Token,
    Transfer,
    TransferReversal,
}

impl Noun {
    pub fn as_str(self) -> &'static str {
        match self {
            Noun::Account => "account",
            Noun::BankAccount => "bank account",
            Noun::BalanceTransaction => "balance transaction",
            Noun::Charge => "charge",
            Noun::Destination => "destination",
            Noun::Event => "event",
            Noun::ExternalAccount => "external account",
            Noun::Payout => "payout",
            Noun::Refund => "refund",
            Noun::Source => "source",
            Noun::Token => "token",
            Noun::Transfer => "transfer",
            Noun::TransferReversal => "transfer reversal",
        }
    }
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
    /// A parameter whose value is not one the endpoint accepts (enums, shapes, combinations).
    InvalidParameter {
        param: String,
        message: String,
    },
    /// A real Stripe parameter or feature this simulator does not model.
    Unsupported {
        param: &'static str,
        what: &'static str,
    },
    /// A transfer in a currency the destination neither defaults to nor has a bank account
    /// in: Stripe would convert it, which the simulator does not model.
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
    /// Updating something that belongs to Stripe or to the platform itself.
    NotUpdatable {
        param: &'static str,
        message: String,
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

impl Rejection {
    /// The row of debit-rules §7 this rejection implements, if it is one of them.
    pub fn precondition(&self) -> Option<u8> {
        let reference = self.param().is_some_and(|p| p.starts_with("reference_transaction"));
        Some(match self {
            Rejection::AccountInvalid { .. } => 2,
            Rejection::ParameterMissing {
                param: "reference_transaction",
            } => 10,
            Rejection::ParameterMissing { .. } if reference => 11,
            Rejection::NoSuchObject { .. } if reference => 12,
            Rejection::ParameterMissing { .. } => 4,
            Rejection::InvalidInteger { .. } => 5,
            Rejection::UnsupportedCurrency { .. } => 6,
            Rejection::NoSuchObject { .. } => 7,
            Rejection::DestinationNotPlatform { .. } => 8,
            Rejection::ChargeDebitOnStripeManagedAccount { .. } => 9,
            Rejection::InvalidReferenceType { .. } => 11,
            Rejection::CrossRegion { .. } => 13,
            Rejection::CurrencyNotDefault { .. } => 14,
            Rejection::BalanceInsufficient { .. } => 15,
            _ => return None,
        })
    }

    /// The request parameter at fault, as Stripe names it (`reference_transaction[charge]`).
    pub fn param(&self) -> Option<&str> {
        match self {
            Rejection::ParameterMissing { param }
            | Rejection::InvalidInteger { param, .. }
            | Rejection::UnsupportedCurrency { param, .. }
            | Rejection::NoSuchObject { param, .. }
            | Rejection::AmountTooSmall { param, .. }
            | Rejection::AmountTooLarge { param, .. }
            | Rejection::Unsupported { param, .. }
            | Rejection::TransferToSelf { param, .. }
            | Rejection::NotUpdatable { param, .. } => Some(param),
            Rejection::InvalidParameter { param, .. } => Some(param),
            Rejection::DestinationNotPlatform { .. } => Some("destination"),
            Rejection::ChargeDebitOnStripeManagedAccount { .. } => Some("source"),
            Rejection::InvalidReferenceType { .. } => Some("reference_transaction[type]"),
            Rejection::CurrencyNotDefault { .. } | Rejection::CurrencyConversion { .. } => Some("currency"),
            Rejection::RefundTooLarge { .. } | Rejection::ReversalTooLarge { .. } => Some("amount"),
            Rejection::SourceTransactionInsufficient { .. } => Some("amount"),
            Rejection::NoExternalAccount { .. } => Some("currency"),
            Rejection::PaymentNotRefundable { .. } | Rejection::ChargeNotRefundable { .. } => Some("charge"),
            Rejection::ChargeAlreadyRefunded { .. } => Some("charge"),
            Rejection::InsufficientCapabilities { .. } => Some("destination"),
            Rejection::NotFound { .. } => Some("id"),
            Rejection::AccountInvalid { .. }
            | Rejection::CrossRegion { .. }
            | Rejection::BalanceInsufficient { .. }
            | Rejection::TransferAlreadyReversed { .. }
            | Rejection::AutomaticPayoutsEnabled { .. } => None,
        }
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejection::AccountInvalid { account } => write!(
                f,
                "The account '{account}' is not connected to this platform (or that account does not exist)."
            ),
            Rejection::ParameterMissing { param } => write!(f, "Missing required param: {param}."),
            Rejection::InvalidInteger { param, value } => {
                if *param == "amount" && value.bytes().all(|b| b.is_ascii_digit() || b == b'-') && !value.is_empty() {
                    write!(f, "Invalid positive integer: {value}")
                } else {
                    write!(f, "Invalid integer: {value}")
                }
            }
            Rejection::UnsupportedCurrency { value, .. } => write!(
                f,
                "Invalid currency: {}. It is not a currency Stripe supports.",
                value.to_lowercase()
            ),
            Rejection::NoSuchObject { noun, id, .. } => write!(f, "No such {}: '{id}'", noun.as_str()),
            Rejection::DestinationNotPlatform { destination, platform } => write!(
                f,
                "A connected account can only transfer to its platform ({platform}); '{destination}' is not this account's platform."
            ),
            Rejection::ChargeDebitOnStripeManagedAccount { account } => write!(
                f,
                "You cannot debit {account} with a charge: Stripe is responsible for its negative balances (controller.losses.payments = stripe). Create a transfer from the account with reference_transaction instead, or bill it with Stripe Billing."
            ),
            Rejection::InvalidReferenceType { value } => write!(
                f,
                "Invalid reference_transaction[type]: must be one of charge or payout (received '{value}')."
            ),
            Rejection::CrossRegion {
                platform_country,
                account,
                account_country,
                ..
            } => write!(
                f,
                "Account debits are only supported when the platform and the connected account are in the same region; the platform is in {platform_country} and {account} is in {account_country}."
            ),
            Rejection::CurrencyNotDefault {
                currency,
                account,
                default_currency,
            } => write!(
                f,
                "The currency of an account debit must match the default currency of the connected account: {account} has default currency {default_currency}, not {currency}."
            ),
            Rejection::BalanceInsufficient {
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
                write!(
                    f,
                    "You have insufficient funds in your Stripe account for this {what}: {account} has {available} {currency} available and the {what} needs {amount} {currency}."
                )?;
                if let Spending::Debit(_) = spending {
                    write!(
                        f,
                        " A debit may take {account} below zero only if the platform has Connect reserves enabled and {account} has a bank account in {currency}."
                    )?;
                }
                Ok(())
            }
            Rejection::NotFound { noun, id } => write!(f, "No such {}: '{id}'", noun.as_str()),
            Rejection::AmountTooSmall { minimum, currency, .. } => {
                write!(f, "Amount must be at least {minimum} {currency} (in minor units).")
            }
            Rejection::AmountTooLarge { amount, .. } => write!(
                f,
                "Amount {amount} is greater than the maximum amount allowed, or would overflow a balance."
            ),
            Rejection::InvalidParameter { message, .. } => f.write_str(message),
            Rejection::Unsupported { param, what } => {
                write!(f, "debitsim does not simulate {what} (parameter {param}).")
            }
            Rejection::CurrencyConversion {
                account,
                currency,
                default_currency,
            } => write!(
                f,
                "debitsim does not simulate currency conversion: {account} settles in {default_currency} and has no {currency} bank account, so Stripe would convert this {currency} transfer to {default_currency}. Transfer in {default_currency}, or add a {currency} bank account to {account} first."
            ),
            Rejection::InsufficientCapabilities { account } => write!(
                f,
                "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments ({account})."
            ),
            Rejection::TransferToSelf { account, .. } => {
                write!(f, "An account cannot transfer to or debit itself ({account}).")
            }
            Rejection::ChargeAlreadyRefunded { charge } => write!(f, "Charge {charge} has already been refunded."),
            Rejection::RefundTooLarge {
                charge,
                amount,
                refundable,
            } => write!(
                f,
                "Refund amount ({amount}) is greater than unrefunded amount on charge ({refundable}) for {charge}."
            ),
            Rejection::PaymentNotRefundable { charge, transfer } => write!(
                f,
                "{charge} was created by transfer {transfer}; reverse the transfer instead of refunding the payment."
            ),
            Rejection::ChargeNotRefundable { charge } => {
                write!(f, "Charge {charge} did not succeed, so there is nothing to refund.")
            }
            Rejection::TransferAlreadyReversed { transfer } => {
                write!(f, "Transfer {transfer} has already been fully reversed.")
            }
            Rejection::ReversalTooLarge {
                transfer,
                amount,
                reversible,
            } => write!(
                f,
                "Reversal amount ({amount}) is greater than the amount of transfer {transfer} left to reverse ({reversible})."
            ),
            Rejection::SourceTransactionInsufficient {
                charge,
                amount,
                remaining,
            } => write!(
                f,
                "The transfer amount ({amount}) exceeds what is left of source transaction {charge} to transfer ({remaining})."
            ),
            Rejection::NoExternalAccount { currency } => {
                write!(f, "You don't have any external accounts in that currency ({currency}).")
            }
            Rejection::AutomaticPayoutsEnabled { account } => write!(
                f,
                "You cannot create manual payouts for {account} while its payout schedule is automatic; set settings[payouts][schedule][interval]=manual first."
            ),
            Rejection::NotUpdatable { message, .. } => f.write_str(message),
        }
    }
}

impl std::error::Error for Rejection {}

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

    #[test]
    fn messages_name_the_values() {
        let r = Rejection::NoSuchObject {
            noun: Noun::Charge,
            id: "ch_123".into(),
            param: "reference_transaction[charge]",
        };
        assert_eq!(r.to_string(), "No such charge: 'ch_123'");
        assert_eq!(r.param(), Some("reference_transaction[charge]"));
        assert_eq!(
            Rejection::ParameterMissing { param: "amount" }.to_string(),
            "Missing required param: amount."
        );
    }
}
