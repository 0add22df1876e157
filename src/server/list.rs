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

/// The paging of a v2 list (docs.stripe.com/api-v2-overview, "List pagination"): `limit`,
/// and `page`, a token taken from a response's `next_page_url` or `previous_page_url`.
///
/// A token is the list position it continues from: `a` and an object's index ("after it")
/// or `b` and an index ("before it"). It names nothing outside its own list, and a token
/// that is not one is refused; the URL that carries it carries the list's other parameters
/// too, so following it needs nothing else (the SDKs request it as it is).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct V2Paging {
    pub limit: usize,
    pub cursor: Cursor,
}

impl V2Paging {
    /// Takes `limit` (1–100, 10 by default, as on v1) and `page`.
    pub fn take(params: &mut Params) -> Result<V2Paging, ApiError> {
        let limit = match params.take_i64("limit")? {
            None => 10,
            Some(limit @ 1..=100) => limit as usize,
            Some(other) => return Err(ApiError::limit_out_of_range(other)),
        };
        let cursor = match params.take_str("page")?.filter(|p| !p.is_empty()) {
            None => Cursor::Newest,
            Some(token) => {
                let parsed = token
                    .get(1..)
                    .filter(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|digits| digits.parse::<u32>().ok());
                match (token.as_bytes().first(), parsed) {
                    (Some(b'a'), Some(index)) => Cursor::StartingAfter(index),
                    (Some(b'b'), Some(index)) => Cursor::EndingBefore(index),
                    _ => return Err(ApiError::v2_page_invalid(&token)),
                }
            }
        };
        Ok(V2Paging { limit, cursor })
    }

    /// The ledger's query for this page.
    pub fn query(&self) -> ListQuery {
        ListQuery {
            limit: self.limit,
            cursor: self.cursor,
            created: TimeRange::default(),
        }
    }

    /// The page's `next_page_url` and `previous_page_url`: `path` with this list's
    /// parameters (`carried`, already encoded as `name=value`) and the token that continues
    /// past the page's last item, or back before its first. Each is `None` where the list
    /// ends.
    pub fn urls(
        &self,
        path: &str,
        carried: &[String],
        first: Option<u32>,
        last: Option<u32>,
        has_more: bool,
    ) -> (Option<String>, Option<String>) {
        let url = |token: String| {
            let mut url = format!("{path}?limit={}", self.limit);
            for pair in carried {
                url.push('&');
                url.push_str(pair);
            }
            url.push_str("&page=");
            url.push_str(&token);
            url
        };
        // Newer items come before; a page reached from a cursor has items on the side it
        // came from.
        let (more_after, more_before) = match self.cursor {
            Cursor::Newest => (has_more, false),
            Cursor::StartingAfter(_) => (has_more, first.is_some()),
            Cursor::EndingBefore(_) => (last.is_some(), has_more),
        };
        let next = last.filter(|_| more_after).map(|i| url(format!("a{i}")));
        let previous = first.filter(|_| more_before).map(|i| url(format!("b{i}")));
        (next, previous)
    }
}

/// `name=value` for a v2 page URL, percent-encoded.
pub fn url_pair(name: &str, value: &str) -> String {
    let mut out = String::with_capacity(name.len() + value.len() + 1);
    for (i, part) in [name, value].into_iter().enumerate() {
        if i == 1 {
            out.push('=');
        }
        for byte in part.bytes() {
            if byte.is_ascii_alphanumeric() || b"-._~[]".contains(&byte) {
                out.push(char::from(byte));
            } else {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::form::FormLimits;

    fn paging(query: &str) -> Result<V2Paging, ApiError> {
        let mut params = Params::parse(query.as_bytes(), &FormLimits::default()).unwrap();
        V2Paging::take(&mut params)
    }

    #[test]
    fn v2_page_tokens_are_read_and_refused() {
        assert_eq!(paging("").unwrap().cursor, Cursor::Newest);
        assert_eq!(
            paging("page=a7&limit=3").unwrap(),
            V2Paging {
                limit: 3,
                cursor: Cursor::StartingAfter(7)
            }
        );
        assert_eq!(paging("page=b0").unwrap().cursor, Cursor::EndingBefore(0));
        for bad in ["page=x1", "page=a", "page=a-1", "page=a1x", "page=b99999999999"] {
            let error = paging(bad).unwrap_err();
            assert_eq!(error.param.as_deref(), Some("page"), "{bad}: {error}");
        }
        assert!(paging("limit=0").is_err());
    }

    #[test]
    fn v2_page_urls_carry_the_list_and_end_where_it_does() {
        let carried = [url_pair("include[0]", "configuration.merchant")];
        let first = V2Paging {
            limit: 2,
            cursor: Cursor::Newest,
        };
        let (next, previous) = first.urls("/v2/core/accounts", &carried, Some(9), Some(8), true);
        assert_eq!(
            next.as_deref(),
            Some("/v2/core/accounts?limit=2&include[0]=configuration.merchant&page=a8")
        );
        assert_eq!(previous, None);
        assert_eq!(first.urls("/p", &[], Some(9), Some(8), false), (None, None));
        let later = V2Paging {
            limit: 2,
            cursor: Cursor::StartingAfter(8),
        };
        let (next, previous) = later.urls("/p", &[], Some(7), Some(6), false);
        assert_eq!((next, previous.as_deref()), (None, Some("/p?limit=2&page=b7")));
        let back = V2Paging {
            limit: 2,
            cursor: Cursor::EndingBefore(7),
        };
        let (next, previous) = back.urls("/p", &[], Some(9), Some(8), false);
        assert_eq!((next.as_deref(), previous), (Some("/p?limit=2&page=a8"), None));
        assert_eq!(url_pair("a b", "x&y=é"), "a%20b=x%26y%3D%C3%A9");
    }
}
