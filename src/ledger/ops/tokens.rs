//! Card tokens (`POST /v1/tokens`): a card a publishable key's client sends as a test card
//! number, kept as a `tok_…` the server uses once — as a charge's `source`, a payment
//! method's `card[token]` or a customer's source — and what every card read from a request
//! shares: its expiry checked against the world's clock, its holder's details kept as data
//! (docs/behaviour.md §20).

use crate::ledger::data::*;
use crate::ledger::ops::requirements::{AddressParams, apply_address};
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::*;

/// `billing_details[...]` (or a token's `card[name]` and `card[address_…]`): each given field
/// replaces the one kept (an empty string clears it); `address` given as an empty string
/// clears the whole address.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BillingDetailsParams {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<Option<AddressParams>>,
}

/// The parameters of `POST /v1/tokens` for a card.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TokenParams {
    pub number: Option<String>,
    pub exp_month: Input<i64>,
    pub exp_year: Input<i64>,
    /// `card[name]` and `card[address_…]`.
    pub holder: BillingDetailsParams,
}

/// A card a request names by token: one of Stripe's test tokens (`tok_visa`), or a token of
/// the account not yet used (`token`, to be marked used once the operation can no longer be
/// refused).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Tokenized {
    pub card: Card,
    pub expiry: Expiry,
    pub holder: BillingDetails,
    pub token: Option<TokenId>,
}

/// The calendar year of `t` (UTC), for checking a card's expiry against the world's clock.
fn year_of(t: Timestamp) -> i64 {
    // Howard Hinnant's civil-from-days, years only.
    let days = t.div_euclid(DAY) + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    year_of_era + era * 400 + i64::from(month_index >= 10)
}

/// Stripe's two-digit years are this century's.
fn full_year(year: i64) -> i64 {
    if (0..100).contains(&year) { 2000 + year } else { year }
}

/// `billing_details` after `given`.
pub(crate) fn apply_billing_details(details: &mut BillingDetails, given: &BillingDetailsParams) {
    replace_text(&mut details.name, given.name.as_deref());
    replace_text(&mut details.email, given.email.as_deref());
    replace_text(&mut details.phone, given.phone.as_deref());
    match &given.address {
        None => {}
        Some(None) => details.address = Address::default(),
        Some(Some(address)) => apply_address(&mut details.address, address),
    }
}

impl Ledger {
    /// A card's expiry: the month 1–12, the year (two digits or four) this year or one of
    /// the next fifty; `current` fills in what is not given.
    pub(crate) fn check_expiry(
        &self,
        month: &Input<i64>,
        year: &Input<i64>,
        current: Expiry,
    ) -> Result<Expiry, Rejection> {
        let month = match month {
            Input::Missing => i64::from(current.month),
            Input::Given(m) if (1..=12).contains(m) => *m,
            Input::Given(_) | Input::Malformed(_) => return Err(Rejection::InvalidExpiry { month: true }),
        };
        let this_year = year_of(self.now);
        let year = match year {
            Input::Missing => i64::from(current.year),
            Input::Given(y) => full_year(*y),
            Input::Malformed(_) => return Err(Rejection::InvalidExpiry { month: false }),
        };
        if !(this_year..=this_year + 50).contains(&year) {
            return Err(Rejection::InvalidExpiry { month: false });
        }
        Ok(Expiry {
            month: month as u8,
            year: year as u16,
        })
    }

    /// `POST /v1/tokens` for a card, acting as `actor`.
    ///
    /// Preconditions, in order (docs/behaviour.md §20): `card[number]` given and one of
    /// Stripe's test card numbers; its expiry given and possible. Stripe records no event.
    pub fn create_token(&mut self, actor: AccountId, params: TokenParams) -> Result<Applied<TokenId>, Rejection> {
        let number = params
            .number
            .ok_or(Rejection::ParameterMissing { param: "card[number]" })?;
        let card = card_for_number(&number).ok_or(Rejection::IncorrectCardNumber)?;
        if params.exp_month.is_missing() {
            return Err(Rejection::ParameterMissing {
                param: "card[exp_month]",
            });
        }
        if params.exp_year.is_missing() {
            return Err(Rejection::ParameterMissing {
                param: "card[exp_year]",
            });
        }
        let expiry = self.check_expiry(&params.exp_month, &params.exp_year, TEST_CARD_EXPIRY)?;
        let mut holder = BillingDetails::default();
        apply_billing_details(&mut holder, &params.holder);
        let id = self.store(Token {
            account: actor,
            card,
            expiry,
            holder,
            created: self.now,
            used: false,
        });
        Ok(Applied {
            value: id,
            events: Vec::new(),
        })
    }

    /// The card `text` names as a token for `actor`: one of the test table's (callers that
    /// take only the `tok_` spellings check that first), or one of the account's tokens not
    /// used yet. `None` when it names none; a used token is refused (as `param`).
    pub(crate) fn tokenized(
        &self,
        actor: AccountId,
        text: &str,
        param: &'static str,
    ) -> Result<Option<Tokenized>, Rejection> {
        if let Some(card) = card_for_token(text) {
            return Ok(Some(Tokenized {
                card,
                expiry: TEST_CARD_EXPIRY,
                holder: BillingDetails::default(),
                token: None,
            }));
        }
        let Some(id) = self.find::<Token>(actor, text) else {
            return Ok(None);
        };
        let token = &self.tokens[id.0];
        if token.used {
            return Err(Rejection::TokenUsed {
                token: text.to_owned(),
                param,
            });
        }
        Ok(Some(Tokenized {
            card: token.card,
            expiry: token.expiry,
            holder: token.holder.clone(),
            token: Some(id),
        }))
    }

    /// Marks a token used, if the card came from one (once the operation using it can no
    /// longer be refused).
    pub(crate) fn use_token(&mut self, tokenized: Option<TokenId>) {
        if let Some(id) = tokenized {
            self.change::<Token, _>(id, |token| token.used = true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_of_timestamps() {
        let cases = [
            (0, 1970),
            (951_782_400, 2000),   // 2000-02-29
            (1_798_761_599, 2026), // 2026-12-31 23:59:59
            (1_798_761_600, 2027), // 2027-01-01
            (-1, 1969),
        ];
        for (t, year) in cases {
            assert_eq!(year_of(t), year, "{t}");
        }
        assert_eq!((full_year(34), full_year(2034)), (2034, 2034));
    }
}
