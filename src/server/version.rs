//! Stripe API versions, as the `Stripe-Version` header and a webhook endpoint's
//! `api_version` name them.

/// Whether a `Stripe-Version` header names an API version: a date (`2024-04-10`), since
/// 2024-09 followed by the release's name (`2026-10-28.endive`). Any such version is
/// accepted: the simulator renders one shape whatever the version.
pub fn is_api_version(value: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(value) else {
        return false;
    };
    let (date, release) = match text.split_once('.') {
        Some((date, release)) => (date, Some(release)),
        None => (text, None),
    };
    let release_ok =
        release.is_none_or(|r| !r.is_empty() && r.len() <= 32 && r.bytes().all(|b| b.is_ascii_lowercase()));
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [year, month, day] => {
            let (Some(year), Some(month), Some(day)) = (number(year, 4), number(month, 2), number(day, 2)) else {
                return false;
            };
            release_ok && (2011..=2100).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day)
        }
        _ => false,
    }
}
