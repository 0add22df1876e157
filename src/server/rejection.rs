//! The one place a ledger [`Rejection`] becomes Stripe's error: status, type, code, param.

use axum::http::StatusCode;

use super::error::ApiError;
use crate::ledger::Rejection;

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
        R::InvalidParameter { .. }
        | R::Unsupported { .. }
        | R::PaymentNotRefundable { .. }
        | R::ChargeNotRefundable { .. }
        | R::TransferAlreadyReversed { .. }
        | R::NoExternalAccount { .. }
        | R::AutomaticPayoutsEnabled { .. }
        | R::NotUpdatable { .. } => (StatusCode::BAD_REQUEST, None),
    };
    ApiError::invalid_request(
        status,
        code,
        rejection.param().map(str::to_owned),
        rejection.to_string(),
    )
}

/// Whether Stripe would keep this refusal for an idempotent retry: it does once the endpoint
/// has started executing, not when the parameters failed validation.
pub fn is_stored(rejection: &Rejection) -> bool {
    !matches!(
        rejection,
        Rejection::AccountInvalid { .. }
            | Rejection::NotFound { .. }
            | Rejection::ParameterMissing { .. }
            | Rejection::InvalidInteger { .. }
            | Rejection::UnsupportedCurrency { .. }
            | Rejection::InvalidParameter { .. }
            | Rejection::Unsupported { .. }
            | Rejection::AmountTooSmall { .. }
            | Rejection::CurrencyConversion { .. }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{Amount, Currency, Noun};

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
                    noun: Noun::Charge,
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
}
