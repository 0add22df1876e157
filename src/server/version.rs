//! Stripe API versions, as the `Stripe-Version` header and a webhook endpoint's
//! `api_version` name them: what a version is ([`ApiVersion`]), the version a response is
//! being rendered for ([`rendering`], set for the span of a request or a delivery with
//! [`render_as`]), and the changes between versions that debitsim honours (the constants
//! below, each with the version that made it).
//!
//! Stripe's additive changes (a new field, a new enum value) reach every version; only its
//! breaking changes are tied to a version. So an object is rendered in one shape, and a
//! renderer asks [`rendering`] only where a breaking change made a field differ.

use std::cell::Cell;
use std::fmt;

/// An API version: its date, and since 2024-09 the name of its release
/// (`2026-10-28.endive`).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ApiVersion {
    /// `yyyymmdd`: versions are ordered by date.
    date: u32,
    /// The release name's bytes (`endive`), `len` of them.
    release: [u8; MAX_RELEASE],
    len: u8,
}

/// The longest release name accepted.
const MAX_RELEASE: usize = 32;

impl ApiVersion {
    /// The version a request renders for when it names none, and the version of the
    /// schemas debitsim was first written against (`vendor/stripe-openapi/subset.json`).
    pub const DEFAULT: ApiVersion = ApiVersion::on(2024, 4, 10);

    /// `2022-08-01`: login links no longer take `redirect_url` (stripe-node 10.0.0's
    /// changelog: "Remove `redirect_url` from `LoginLinks` definition").
    pub const LOGIN_LINK_REDIRECT_REMOVED: ApiVersion = ApiVersion::on(2022, 8, 1);

    /// `2025-03-31.basil`: `invoice` is gone from charges and PaymentIntents (Stripe's basil
    /// changelog; stripe-node 18.0.0: "Remove support for `invoice` on `Charge` and
    /// `PaymentIntent`").
    pub const INVOICE_REMOVED: ApiVersion = ApiVersion::on(2025, 3, 31);

    /// `2025-07-30.basil`: a capability's `status` is no longer `disabled` (stripe-node
    /// 18.4.0: "Remove support for value `disabled` from enum `Capability.status`"); a
    /// capability taken away shows `inactive`.
    pub const CAPABILITY_DISABLED_REMOVED: ApiVersion = ApiVersion::on(2025, 7, 30);

    /// `2025-09-30.clover`: payout schedules pay out on weekdays only (stripe-node 19.0.0:
    /// "Remove support for values `saturday` and `sunday` from enums
    /// `Account.settings.payouts.schedule.weekly_payout_days`"); balance settings are
    /// generally available from this release.
    pub const WEEKEND_PAYOUT_DAYS_REMOVED: ApiVersion = ApiVersion::on(2025, 9, 30);

    /// The newest version the official SDKs pin that debitsim knows of (stripe-node 23.2.0);
    /// later dates render as this one does.
    pub const NEWEST: ApiVersion = ApiVersion::named(2026, 11, 18, b"endive");

    const fn on(year: u32, month: u32, day: u32) -> ApiVersion {
        ApiVersion {
            date: year * 10_000 + month * 100 + day,
            release: [0; MAX_RELEASE],
            len: 0,
        }
    }

    const fn named(year: u32, month: u32, day: u32, name: &[u8]) -> ApiVersion {
        let mut release = [0; MAX_RELEASE];
        let mut i = 0;
        while i < name.len() {
            release[i] = name[i];
            i += 1;
        }
        ApiVersion {
            date: ApiVersion::on(year, month, day).date,
            release,
            len: name.len() as u8,
        }
    }

    /// Reads a version: a date (`2024-04-10`), since 2024-09 followed by its release's name
    /// (`2026-10-28.endive`). Any such version is accepted, known to debitsim or not: one
    /// it does not know renders as the closest earlier one it does.
    pub fn parse(value: &[u8]) -> Option<ApiVersion> {
        let text = std::str::from_utf8(value).ok()?;
        let (date, release) = match text.split_once('.') {
            Some((date, release)) => (date, Some(release)),
            None => (text, None),
        };
        let release = release.unwrap_or_default();
        let release_ok = release.len() <= MAX_RELEASE
            && (text.len() == date.len() || !release.is_empty())
            && release.bytes().all(|b| b.is_ascii_lowercase());
        if !release_ok {
            return None;
        }
        let number = |s: &str, len: usize| {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        let parts: Vec<&str> = date.split('-').collect();
        let [year, month, day] = parts.as_slice() else {
            return None;
        };
        let (year, month, day) = (number(year, 4)?, number(month, 2)?, number(day, 2)?);
        if !((2011..=2100).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day)) {
            return None;
        }
        let mut version = ApiVersion::on(year, month, day);
        version.release[..release.len()].copy_from_slice(release.as_bytes());
        version.len = release.len() as u8;
        Some(version)
    }

    /// Whether this version is `since` or later: a change made in `since` applies to it.
    pub fn at_least(self, since: ApiVersion) -> bool {
        self.date >= since.date
    }

    fn release(&self) -> &str {
        // Only ASCII lowercase letters are stored.
        std::str::from_utf8(&self.release[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = (self.date / 10_000, self.date / 100 % 100, self.date % 100);
        write!(f, "{year:04}-{month:02}-{day:02}")?;
        if self.len > 0 {
            write!(f, ".{}", self.release())?;
        }
        Ok(())
    }
}

impl fmt::Debug for ApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl serde::Serialize for ApiVersion {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Whether a `Stripe-Version` header names an API version.
pub fn is_api_version(value: &[u8]) -> bool {
    ApiVersion::parse(value).is_some()
}

/// Parameters Stripe removed in a version, accepted from requests that pin an earlier one:
/// the endpoint's path as Stripe spells it, the parameter, and the version that removed it.
pub const REMOVED_PARAMETERS: &[(&str, &str, ApiVersion)] = &[(
    "/v1/accounts/{account}/login_links",
    "redirect_url",
    ApiVersion::LOGIN_LINK_REDIRECT_REMOVED,
)];

/// Whether `param` of the endpoint at `path` is one Stripe removed after `version`, so a
/// request pinning `version` may still send it.
pub fn still_accepted(path: &str, param: &str, version: ApiVersion) -> bool {
    REMOVED_PARAMETERS
        .iter()
        .any(|(p, name, removed)| *p == path && *name == param && !version.at_least(*removed))
}

thread_local! {
    /// The version responses on this thread are being rendered for.
    static RENDERING: Cell<ApiVersion> = const { Cell::new(ApiVersion::DEFAULT) };
}

/// The version being rendered now: the request's, or the webhook endpoint's, while
/// [`render_as`] runs; [`ApiVersion::DEFAULT`] outside it.
///
/// A scope rather than a parameter of every renderer: rendering is synchronous, and every
/// object inside a response (expanded ones, embedded lists, an event's `data.object`) is
/// rendered for the version of the response that holds it.
pub fn rendering() -> ApiVersion {
    RENDERING.with(Cell::get)
}

/// Runs `f` with [`rendering`] answering `version`, and restores what it answered before
/// (also when `f` panics).
pub fn render_as<T>(version: ApiVersion, f: impl FnOnce() -> T) -> T {
    struct Restore(ApiVersion);
    impl Drop for Restore {
        fn drop(&mut self) {
            RENDERING.with(|r| r.set(self.0));
        }
    }
    let _restore = Restore(RENDERING.with(|r| r.replace(version)));
    f()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_read_ordered_and_shown_as_given() {
        let cases = [
            ("2024-04-10", true),
            ("2026-10-28.endive", true),
            ("2025-03-31.basil", true),
            ("2011-01-01", true),
            ("2024-04-10.", false),
            ("2024-4-10", false),
            ("2024-13-01", false),
            ("2024-04-10.Basil", false),
            ("latest", false),
            ("", false),
        ];
        for (text, ok) in cases {
            let parsed = ApiVersion::parse(text.as_bytes());
            assert_eq!(parsed.is_some(), ok, "{text}");
            if let Some(version) = parsed {
                assert_eq!(version.to_string(), text);
            }
        }
        let endive = ApiVersion::parse(b"2026-10-28.endive").unwrap();
        assert!(endive.at_least(ApiVersion::INVOICE_REMOVED));
        assert!(!ApiVersion::DEFAULT.at_least(ApiVersion::INVOICE_REMOVED));
        assert!(
            ApiVersion::parse(b"2025-03-31")
                .unwrap()
                .at_least(ApiVersion::INVOICE_REMOVED)
        );
        assert_eq!(ApiVersion::NEWEST.to_string(), "2026-11-18.endive");
    }

    #[test]
    fn a_removed_parameter_is_accepted_only_before_its_removal() {
        let path = "/v1/accounts/{account}/login_links";
        let old = ApiVersion::parse(b"2022-01-19").unwrap();
        assert!(still_accepted(path, "redirect_url", old));
        assert!(!still_accepted(path, "redirect_url", ApiVersion::DEFAULT));
        assert!(!still_accepted(path, "other", old));
        assert!(!still_accepted("/v1/charges", "redirect_url", old));
    }

    #[test]
    fn the_rendering_scope_nests_and_restores() {
        assert_eq!(rendering(), ApiVersion::DEFAULT);
        render_as(ApiVersion::NEWEST, || {
            assert_eq!(rendering(), ApiVersion::NEWEST);
            render_as(ApiVersion::INVOICE_REMOVED, || {
                assert_eq!(rendering(), ApiVersion::INVOICE_REMOVED)
            });
            assert_eq!(rendering(), ApiVersion::NEWEST);
        });
        assert_eq!(rendering(), ApiVersion::DEFAULT);
    }
}
