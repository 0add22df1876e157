//! The rules shared by every operation for reading what a request gives: amounts, currencies,
//! choices, text and metadata, as Stripe reads them (debit-rules §7 rows 4–6 among them).

use super::data::wire::Spelled;
use super::data::*;

/// A positive amount (§7 row 5), refusing zero, negatives and malformed text.
pub fn positive_amount(param: &'static str, input: &Input<i64>) -> Result<Option<Amount>, Rejection> {
    match input {
        Input::Missing => Ok(None),
        Input::Given(value) if *value > 0 => Ok(Some(Amount::new(*value))),
        Input::Given(value) => Err(Rejection::InvalidInteger {
            param,
            value: value.to_string(),
        }),
        Input::Malformed(text) => Err(Rejection::InvalidInteger {
            param,
            value: text.clone(),
        }),
    }
}

/// One of a parameter's `choices`, if given: `parse` reads it, and anything else is
/// `InvalidChoice` listing them.
pub fn parse_enum<T>(
    param: &str,
    value: Option<&str>,
    parse: impl Fn(&str) -> Option<T>,
    choices: &'static [&'static str],
) -> Result<Option<T>, Rejection> {
    match value {
        None => Ok(None),
        Some(text) => parse(text).map(Some).ok_or_else(|| Rejection::InvalidChoice {
            param: param.to_owned(),
            value: text.to_owned(),
            choices,
        }),
    }
}

pub fn parse_currency(param: &'static str, value: &str) -> Result<Currency, Rejection> {
    Currency::parse(value).ok_or_else(|| Rejection::UnsupportedCurrency {
        param,
        value: value.to_owned(),
    })
}

pub fn new_metadata(update: Option<&MetadataUpdate>) -> Result<Metadata, Rejection> {
    Ok(metadata_after(&Metadata::default(), update)?.unwrap_or_default())
}

/// A text parameter as stored: an empty string means "none", as on Stripe.
pub fn non_empty(text: Option<String>) -> Option<Box<str>> {
    text.filter(|t| !t.is_empty()).map(String::into_boxed_str)
}

/// A text field updated as Stripe updates one: unchanged when not given, cleared by an
/// empty string.
pub fn replace_text(field: &mut Option<Box<str>>, value: Option<&str>) {
    if let Some(value) = value {
        *field = (!value.is_empty()).then(|| value.into());
    }
}

/// §7 rows 4–6 for a request that moves money: `amount`, `currency` and the counterparty
/// parameter (`destination`, `source`; none for a payout) present, in the table's order;
/// then the amount a positive integer and the currency one Stripe supports.
pub fn money_params<'a>(
    amount: &Input<i64>,
    currency: Option<&str>,
    party: Option<(&'static str, Option<&'a str>)>,
) -> Result<(Amount, Currency, &'a str), Rejection> {
    if amount.is_missing() {
        return Err(Rejection::ParameterMissing { param: "amount" });
    }
    let Some(currency) = currency else {
        return Err(Rejection::ParameterMissing { param: "currency" });
    };
    let party = match party {
        None => "",
        Some((param, None)) => return Err(Rejection::ParameterMissing { param }),
        Some((_, Some(value))) => value,
    };
    let amount = positive_amount("amount", amount)?.expect("an amount checked present above");
    Ok((amount, parse_currency("currency", currency)?, party))
}

/// The metadata an optional `update` leaves (`None` when there is none), refused when it
/// would hold more than [`METADATA_MAX_KEYS`].
pub fn metadata_after(current: &Metadata, update: Option<&MetadataUpdate>) -> Result<Option<Metadata>, Rejection> {
    update
        .map(|update| {
            current
                .updated(update)
                .map_err(|count| Rejection::TooManyMetadataKeys { count })
        })
        .transpose()
}

/// A spelled value (`wire_enum!`), if given: anything else is `InvalidChoice` listing the
/// spellings Stripe accepts.
pub fn parse_choice<T: Spelled>(param: &str, value: Option<&str>) -> Result<Option<T>, Rejection> {
    parse_enum(param, value, T::parse, T::CHOICES)
}

/// An e-mail address as Stripe accepts one (an empty string, which clears a field, is
/// fine): one `@`, something before it, a domain with a dot after it, and no spaces.
pub fn check_email(param: &str, value: Option<&str>) -> Result<(), Rejection> {
    let Some(value) = value.filter(|v| !v.is_empty()) else {
        return Ok(());
    };
    let well_formed = match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !value.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    };
    if well_formed {
        Ok(())
    } else {
        Err(Rejection::InvalidEmail {
            param: param.to_owned(),
            value: value.to_owned(),
        })
    }
}
