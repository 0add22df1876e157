//! Time as the world keeps it: seconds since the Unix epoch, in the world's simulated time,
//! and the calendar rules Stripe's dates follow (midnights UTC, business days).

/// Seconds since the Unix epoch, in the world's simulated time.
pub type Timestamp = i64;

pub const DAY: Timestamp = 86_400;

/// The first midnight (UTC) strictly after `t`.
pub fn next_midnight(t: Timestamp) -> Timestamp {
    (t.div_euclid(DAY) + 1) * DAY
}

/// Midnight (UTC) at the start of `t`'s day: Stripe's `available_on` and `arrival_date`
/// are always such a midnight.
pub fn start_of_day(t: Timestamp) -> Timestamp {
    t.div_euclid(DAY) * DAY
}

/// Midnight (UTC) of the `n`th business day (Monday to Friday) after `t`'s day: a payout
/// made on a Friday with two days in transit arrives on Tuesday.
pub fn business_days_after(t: Timestamp, n: u32) -> Timestamp {
    let mut day = t.div_euclid(DAY);
    let mut left = n;
    while left > 0 {
        day += 1;
        // 1970-01-01 was a Thursday (weekday 3, Monday = 0).
        if (day + 3).rem_euclid(7) < 5 {
            left -= 1;
        }
    }
    day * DAY
}

/// Days since 1970-01-01 as a civil (proleptic Gregorian) date, (year, month, day): Howard
/// Hinnant's `civil_from_days`, exact for every `i64` day a timestamp can name.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn business_days() {
        // 2026-11-20 was a Friday, 2026-11-22 a Sunday.
        let friday = 20_777 * DAY + 15 * 3600;
        let cases = [
            (friday, 2, 20_781), // Tuesday
            (friday, 1, 20_780), // Monday
            (friday + DAY, 2, 20_781),
            (friday + 2 * DAY, 2, 20_781),
            (friday + 3 * DAY, 2, 20_782), // Monday → Wednesday
            (friday - DAY, 2, 20_780),     // Thursday → Monday
        ];
        for (t, n, day) in cases {
            assert_eq!(business_days_after(t, n), day * DAY, "{t} + {n}");
        }
        assert_eq!(start_of_day(friday), 20_777 * DAY);
        assert_eq!(start_of_day(-1), -DAY);
    }

    #[test]
    fn midnights() {
        assert_eq!(next_midnight(0), DAY);
        assert_eq!(next_midnight(DAY - 1), DAY);
        assert_eq!(next_midnight(DAY), 2 * DAY);
        assert_eq!(next_midnight(-1), 0);
    }

    #[test]
    fn calendar() {
        let cases = [
            (0, (1970, 1, 1)),
            (19_782, (2024, 2, 29)),
            (20_779, (2026, 11, 22)),
            (-1, (1969, 12, 31)),
        ];
        for (days, date) in cases {
            assert_eq!(civil_from_days(days), date, "{days}");
        }
    }
}
