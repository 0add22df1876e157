//! List parameters (`limit`, `starting_after`, `ending_before`, `created`, `expand`) and
//! pages rendered as Stripe lists.

use super::error::ApiError;
use super::expand::Expand;
use super::form::{HashParam, Params};
use super::refusals as rejection;
use crate::ledger::Kind;
use crate::ledger::{Cursor, ListQuery, Noun, Rejection, TimeRange};

/// A list request before its cursor is looked up in the world.
#[derive(Debug)]
pub struct ListParams {
    pub limit: usize,
    pub starting_after: Option<String>,
    pub ending_before: Option<String>,
    pub created: TimeRange,
    pub expand: Expand,
}

impl ListParams {
    /// Takes the paging parameters common to every list endpoint of items of `kind`.
    pub fn take(params: &mut Params, kind: Kind) -> Result<ListParams, ApiError> {
        let mut list = ListParams::take_paging(params)?;
        list.created = take_created(params)?;
        list.expand = Expand::parse_list(
            &params.take_list("expand")?.unwrap_or_default(),
            kind,
            super::render::shape,
        )?;
        Ok(list)
    }

    /// Takes only `limit`, `starting_after`, `ending_before` and an `expand[]` that must be
    /// empty: for lists of objects with nothing to expand and no `created` filter.
    pub fn take_plain(params: &mut Params) -> Result<ListParams, ApiError> {
        let list = ListParams::take_paging(params)?;
        ListParams::take_no_expand(params)?;
        Ok(list)
    }

    /// Takes an `expand[]` that must be empty: for objects with nothing to expand.
    pub fn take_no_expand(params: &mut Params) -> Result<(), ApiError> {
        match params.take_list("expand")?.unwrap_or_default().first() {
            Some(path) => Err(ApiError::cannot_expand(path)),
            None => Ok(()),
        }
    }

    /// Takes only `limit`, `starting_after` and `ending_before`: for lists that take nothing
    /// else (the dashboard's), where `expand` and `created` stay unknown parameters.
    pub fn take_paging(params: &mut Params) -> Result<ListParams, ApiError> {
        let limit = match params.take_i64("limit")? {
            None => 10,
            Some(limit @ 1..=100) => limit as usize,
            Some(other) => return Err(ApiError::limit_out_of_range(other)),
        };
        let starting_after = params.take_str("starting_after")?.filter(|s| !s.is_empty());
        let ending_before = params.take_str("ending_before")?.filter(|s| !s.is_empty());
        if starting_after.is_some() && ending_before.is_some() {
            return Err(ApiError::cursors_exclusive());
        }
        Ok(ListParams {
            limit,
            starting_after,
            ending_before,
            created: TimeRange::default(),
            expand: Expand::default(),
        })
    }

    /// The ledger's query, with the cursor resolved by `find` to a position in the list
    /// (`None` when the id is not in it: a 400 naming the parameter).
    pub fn query(&self, find: impl Fn(&str) -> Option<u32>, noun: Noun) -> Result<ListQuery, ApiError> {
        let resolve = |id: &str, param: &'static str| {
            find(id).ok_or_else(|| {
                rejection::api_error(&Rejection::NoSuchObject {
                    noun,
                    id: id.to_owned(),
                    param,
                })
            })
        };
        let cursor = match (&self.starting_after, &self.ending_before) {
            (Some(id), _) => Cursor::StartingAfter(resolve(id, "starting_after")?),
            (None, Some(id)) => Cursor::EndingBefore(resolve(id, "ending_before")?),
            (None, None) => Cursor::Newest,
        };
        Ok(ListQuery {
            limit: self.limit,
            cursor,
            created: self.created,
        })
    }
}

/// `created=T` or `created[gt|gte|lt|lte]=T`.
fn take_created(params: &mut Params) -> Result<TimeRange, ApiError> {
    let mut range = TimeRange::default();
    match params.get("created").map(|v| v.as_str().is_some()) {
        None => {}
        Some(true) => {
            let at = params.take_i64("created")?;
            range.gte = at;
            range.lte = at;
        }
        Some(false) => {
            if let Some(HashParam::Set(mut bounds)) = params.take_hash("created")? {
                range.gt = bounds.take_i64("gt")?;
                range.gte = bounds.take_i64("gte")?;
                range.lt = bounds.take_i64("lt")?;
                range.lte = bounds.take_i64("lte")?;
                bounds.finish()?;
            }
        }
    }
    Ok(range)
}
