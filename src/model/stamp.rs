//! Reading entry timestamps quickly. A 10,000-entry session holds 20,000 of them and chrono's
//! general RFC 3339 parser spent a third of the load time on them. Every timestamp this
//! program writes has one shape, `2016-12-08T10:15:00.123456789Z`; that shape is read
//! directly, and anything else (an offset, a space, a leap second) goes to chrono, so the
//! result is always what chrono would give.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::Deserializer;
use serde::de::{Error, Visitor};

/// Parses an RFC 3339 timestamp as chrono's `Deserialize` for `DateTime<Utc>` does.
pub fn parse(s: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
    match fast(s.as_bytes()) {
        Some(t) => Ok(t),
        None => s
            .parse::<DateTime<FixedOffset>>()
            .map(|t| t.with_timezone(&Utc)),
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z`, or None for anything else.
fn fast(b: &[u8]) -> Option<DateTime<Utc>> {
    let (head, tail) = b.split_first_chunk::<19>()?;
    let (b'Z', frac) = tail.split_last()? else {
        return None;
    };
    if head[4] != b'-' || head[7] != b'-' || head[10] != b'T' {
        return None;
    }
    if head[13] != b':' || head[16] != b':' {
        return None;
    }
    // Digits checked at once, then read in place: a general number parser per field cost
    // more than the rest of an entry's fields together.
    let d = head.map(|c| c.wrapping_sub(b'0'));
    let largest = [
        d[1], d[2], d[3], d[5], d[6], d[8], d[9], d[11], d[12], d[14], d[15],
    ]
    .into_iter()
    .fold(d[0].max(d[17]).max(d[18]), u8::max);
    if largest > 9 {
        return None;
    }
    let digit = |i: usize| u32::from(d[i]);
    let two = |i: usize| digit(i) * 10 + digit(i + 1);
    let year = two(0) * 100 + two(2);
    let (month, day) = (two(5), two(8));
    let (hour, minute, second) = (two(11), two(14), two(17));
    let nanos = match frac {
        [] => 0,
        [b'.', digits @ ..] if (1..=9).contains(&digits.len()) => {
            let mut n = 0;
            for &c in digits {
                let d = u32::from(c.wrapping_sub(b'0'));
                if d > 9 {
                    return None;
                }
                n = n * 10 + d;
            }
            n * 10u32.pow(9 - digits.len() as u32)
        }
        _ => return None,
    };
    // Leap seconds and out-of-range fields are chrono's to judge.
    if second > 59 {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?
        .and_hms_nano_opt(hour, minute, second, nanos)
        .map(|t| t.and_utc())
}

/// For `#[serde(deserialize_with)]` on `DateTime<Utc>` fields.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    d.deserialize_str(StampVisitor)
}

/// For `#[serde(deserialize_with)]` on `Option<DateTime<Utc>>` fields.
pub fn deserialize_option<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    d.deserialize_option(OptionVisitor)
}

struct StampVisitor;

impl Visitor<'_> for StampVisitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an RFC 3339 formatted date and time string")
    }

    fn visit_str<E: Error>(self, s: &str) -> Result<Self::Value, E> {
        parse(s).map_err(E::custom)
    }
}

struct OptionVisitor;

impl<'de> Visitor<'de> for OptionVisitor {
    type Value = Option<DateTime<Utc>>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an RFC 3339 formatted date and time string, or null")
    }

    fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        deserialize(d).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{SecondsFormat, TimeZone};
    use proptest::prelude::*;

    fn chrono_says(s: &str) -> Option<DateTime<Utc>> {
        s.parse::<DateTime<FixedOffset>>()
            .ok()
            .map(|t| t.with_timezone(&Utc))
    }

    #[test]
    fn reads_what_we_write_and_leaves_the_rest_to_chrono() {
        for s in [
            "2016-12-08T10:15:00Z",
            "2016-12-08T10:15:00.5Z",
            "2016-12-08T10:15:00.123456789Z",
            "2016-12-08T10:15:00+01:00",
            "2016-12-08 10:15:00Z",
            "2016-12-08t10:15:00z",
            "2016-12-31T23:59:60Z",
            "2016-02-30T10:15:00Z",
            "2016-12-08T24:15:00Z",
            "2016-12-08T10:15:00.Z",
            "2016-12-08T10:15:00.1234567890Z",
            "+2016-12-08T10:15:00Z",
            "2016-12-08T10:15:00",
            "",
        ] {
            assert_eq!(parse(s).ok(), chrono_says(s), "{s}");
        }
    }

    proptest! {
        #[test]
        fn agrees_with_chrono_on_any_instant(secs in 0i64..253_402_300_799, nanos in 0u32..1_000_000_000) {
            let t = Utc.timestamp_opt(secs, nanos).single().expect("in range");
            for format in [SecondsFormat::AutoSi, SecondsFormat::Secs, SecondsFormat::Millis, SecondsFormat::Nanos] {
                let s = t.to_rfc3339_opts(format, true);
                prop_assert_eq!(parse(&s).ok(), chrono_says(&s));
            }
            let json = serde_json::to_string(&t).expect("json");
            prop_assert_eq!(parse(json.trim_matches('"')).ok(), Some(t));
        }

        #[test]
        fn agrees_with_chrono_on_damaged_stamps(at in 0usize..30, c in "[0-9T:.Z+ a-]") {
            let mut s = "2016-12-08T10:15:00.123456789Z".to_owned();
            s.replace_range(at..=at, &c);
            prop_assert_eq!(parse(&s).ok(), chrono_says(&s));
        }

        #[test]
        fn agrees_with_chrono_on_any_text(s in "[0-9T:.Z+ -]{0,32}") {
            prop_assert_eq!(parse(&s).ok(), chrono_says(&s));
        }
    }
}
