//! Dates as a report writes them: in the template's language, day, month name and year
//! ("8 December 2026", "8 décembre 2026", "8 de diciembre de 2026"). Month names and the order
//! of the parts come from the message catalog, so a language added there writes its dates too.

use chrono::{Datelike, NaiveDate};

use crate::i18n::Lang;

/// `date` written out in `lang`.
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    let month = crate::tr_in!(lang, "model-month", month = date.month());
    crate::tr_in!(
        lang,
        "model-date",
        day = date.day(),
        month = month,
        year = date.year().to_string()
    )
}

/// A date field's stored value written out in `lang`; a value that is not a date
/// (`YYYY-MM-DD`) is the rapporteur's words and stays as it is.
pub fn format_date_value(value: &str, lang: Lang) -> String {
    match super::parse_date(value) {
        Some(d) => format_date(d, lang),
        None => value.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a day")
    }

    #[test]
    fn dates_are_written_in_the_language_asked_for() {
        let lang = |code| Lang::find(code).expect(code);
        let d = day(2026, 12, 8);
        assert_eq!(format_date(d, lang("en")), "8 December 2026");
        assert_eq!(format_date(d, lang("fr")), "8 décembre 2026");
        assert_eq!(format_date(d, lang("es")), "8 de diciembre de 2026");
        // French writes the first of the month as an ordinal.
        assert_eq!(format_date(day(2027, 3, 1), lang("fr")), "1er mars 2027");
        assert_eq!(format_date(day(2027, 3, 1), lang("en")), "1 March 2027");
        let months: Vec<String> = (1..=12)
            .map(|m| format_date(day(2027, m, 15), lang("en")))
            .collect();
        assert_eq!(months[0], "15 January 2027");
        assert_eq!(months[8], "15 September 2027");
        assert_eq!(months[11], "15 December 2027");
    }

    #[test]
    fn the_session_and_event_dates_a_header_takes_from_the_plan_are_written_out() {
        use crate::model::{Prefill, prefill};
        let mut s = crate::model::test_support::session();
        let plan = std::sync::Arc::make_mut(&mut s.plan);
        plan.session.date = Some(day(2016, 12, 9));
        plan.session.room = Some("Room B".into());
        plan.event.end = Some(day(2016, 12, 10));
        let fr = Lang::find("fr").expect("fr");
        assert_eq!(
            prefill(&s.plan, Prefill::SessionDate, fr),
            "9 décembre 2016"
        );
        assert_eq!(
            prefill(&s.plan, Prefill::SessionDate, Lang::ENGLISH),
            "9 December 2016"
        );
        assert_eq!(
            prefill(&s.plan, Prefill::EventDates, Lang::ENGLISH),
            "8 December 2016 to 10 December 2016"
        );
        assert_eq!(
            prefill(&s.plan, Prefill::EventDates, lang_es()),
            "del 8 de diciembre de 2016 al 10 de diciembre de 2016"
        );
        assert_eq!(prefill(&s.plan, Prefill::SessionRoom, fr), "Room B");
        let plan = std::sync::Arc::make_mut(&mut s.plan);
        plan.session.date = None;
        plan.event.end = None;
        assert_eq!(prefill(&s.plan, Prefill::SessionDate, fr), "");
        assert_eq!(prefill(&s.plan, Prefill::EventDates, fr), "8 décembre 2016");
    }

    fn lang_es() -> Lang {
        Lang::find("es").expect("es")
    }

    #[test]
    fn a_value_that_is_not_a_date_stays_as_typed() {
        assert_eq!(
            format_date_value(" 2027-02-28 ", Lang::ENGLISH),
            "28 February 2027"
        );
        assert_eq!(
            format_date_value("end of June", Lang::ENGLISH),
            "end of June"
        );
        assert_eq!(format_date_value("", Lang::ENGLISH), "");
    }
}
