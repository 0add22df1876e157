//! `shipping[...]` as a request gives it, checked as Stripe checks it (a name and an address
//! are required), for PaymentIntents, charges and customers: data that is stored and shown.

use super::requirements::{AddressParams, apply_address};
use crate::ledger::data::*;
use crate::ledger::validate::non_empty;

/// `shipping[...]` as given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShippingParams {
    pub name: Option<String>,
    /// `None` when no `shipping[address]` was sent at all.
    pub address: Option<AddressParams>,
    pub carrier: Option<String>,
    pub phone: Option<String>,
    pub tracking_number: Option<String>,
}

/// What a request says of `shipping`: new details, or (`shipping=`) none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShippingInput {
    Set(Box<ShippingParams>),
    Clear,
}

/// The shipping details a request leaves, given what there was: `None` in the input keeps
/// `current`; new details replace it whole, as Stripe replaces the hash.
pub fn shipping_after(
    current: Option<&Shipping>,
    given: Option<&ShippingInput>,
) -> Result<Option<Shipping>, Rejection> {
    match given {
        None => Ok(current.cloned()),
        Some(ShippingInput::Clear) => Ok(None),
        Some(ShippingInput::Set(params)) => parse(params).map(Some),
    }
}

fn parse(params: &ShippingParams) -> Result<Shipping, Rejection> {
    let name = non_empty(params.name.clone()).ok_or(Rejection::ParameterMissing {
        param: "shipping[name]",
    })?;
    let Some(given) = &params.address else {
        return Err(Rejection::ParameterMissing {
            param: "shipping[address]",
        });
    };
    let mut address = Address::default();
    apply_address(&mut address, given);
    Ok(Shipping {
        name,
        address,
        carrier: non_empty(params.carrier.clone()),
        phone: non_empty(params.phone.clone()),
        tracking_number: non_empty(params.tracking_number.clone()),
    })
}
