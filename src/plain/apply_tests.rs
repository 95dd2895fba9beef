//! Plain mode's commands applied to a session of the built-in plan, in English: what they
//! change, and what they answer.

use chrono::{DateTime, TimeDelta, TimeZone, Utc};

use super::*;
use crate::i18n::{Lang, scoped};
use crate::plain::command::parse;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2016, 12, 8, 9, 0, 0)
        .single()
        .expect("a time")
}

fn state() -> State {
    let resolved = crate::storage::catalog::default_plan().expect("the built-in plan");
    let session = Session::new(resolved.plan, resolved.template, t0());
    State::new(session, PathBuf::from("/tmp/s.json"), None)
}

/// Applies each line in English, a second apart; returns the last answer.
fn lines(state: &mut State, input: &[&str]) -> Reply {
    let mut last = Reply::default();
    for (n, line) in input.iter().enumerate() {
        let now = t0() + TimeDelta::seconds(n as i64 + 1);
        last = scoped(Lang::ENGLISH, || apply(state, parse(line), now));
    }
    last
}

fn say(state: &mut State, line: &str) -> String {
    lines(state, &[line]).text
}

fn live(state: &State) -> Vec<&Item> {
    let mut v: Vec<&Item> = state.session.live_items().collect();
    v.sort_by_key(|i| (i.rank, i.id));
    v
}

#[test]
fn a_line_is_a_point_at_the_current_table_and_question() {
    let mut s = state();
    let r = lines(
        &mut s,
        &["/table asia", "/question 2", "Visas take too long"],
    );
    assert_eq!(r.effects, vec![Effect::Save]);
    assert_eq!(r.text, "Point 1 added at Asia, Q2.");
    let items = live(&s);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].table.as_deref(), Some("asia"));
    assert_eq!(items[0].question.as_deref(), Some("q2"));
    assert_eq!(items[0].slot, None);
    assert_eq!(items[0].text, "Visas take too long");
}

#[test]
fn tables_are_found_by_number_id_or_name_and_a_wrong_one_is_named() {
    let mut s = state();
    assert!(say(&mut s, "/table 4").starts_with("Now at Asia: South"));
    assert_eq!(s.table, 3);
    say(&mut s, "/table central");
    assert_eq!(s.table_id().map(|t| t.as_str()), Some("central-america"));
    say(&mut s, "/table Plenary");
    assert_eq!(s.table, 0);
    assert_eq!(
        say(&mut s, "/table 9"),
        "There is no table 9; the plan has 4 tables."
    );
    assert_eq!(
        say(&mut s, "/table mars"),
        "No table is called mars; /tables lists them."
    );
    assert_eq!(s.table, 0, "a wrong table moves nothing");
    say(&mut s, "/next_table");
    assert_eq!(s.table, 1);
    say(&mut s, "/prev_table");
    say(&mut s, "/prev_table");
    assert_eq!(s.table, 3, "round the end");
    let tables = say(&mut s, "/tables");
    assert!(tables.starts_with("The plan has 4 tables; you are at Asia:"));
    assert!(tables.contains("\n4. Asia: South and Southeast Asia"));
    assert!(tables.contains("(asia), 0 entries"));
}

#[test]
fn questions_go_by_number_or_id_and_round_through_none() {
    let mut s = state();
    say(&mut s, "/question q3");
    assert_eq!(s.question, Some(2));
    say(&mut s, "/question none");
    assert_eq!(s.question, None);
    assert_eq!(describe::prompt(&s), "Plenary · no question> ");
    say(&mut s, "/next_question");
    assert_eq!(s.question, Some(0));
    say(&mut s, "/prev_question");
    assert_eq!(s.question, None);
    assert!(say(&mut s, "/question 7").starts_with("There is no question 7"));
    let qs = say(&mut s, "/questions");
    assert!(qs.starts_with("4 guiding questions; the current one is no question:"));
    assert!(qs.contains("\n2. Actors for success: "));
}

#[test]
fn the_prompt_names_table_and_question_briefly() {
    let mut s = state();
    lines(&mut s, &["/table asia", "/question 2"]);
    assert_eq!(describe::prompt(&s), "Asia · Q2 Actors for success> ");
    say(&mut s, "/question 1");
    // A long title is cut at a word.
    assert_eq!(describe::prompt(&s), "Asia · Q1 Recommendations for> ");
}

#[test]
fn recommendations_actions_and_indicators_go_where_the_live_screen_puts_them() {
    let mut s = state();
    let r = lines(
        &mut s,
        &[
            "/table asia",
            "A point first",
            "/rec Ratify the convention",
            "/action Draft a bill",
            "/indicator Bill tabled by June",
            "/recommendation Open legal pathways",
            "/entry a Pilot a visa scheme",
        ],
    );
    assert_eq!(r.text, "Action 6 added under entry 5.");
    let items = live(&s);
    let (rec1, rec2) = (&items[1], &items[4]);
    assert_eq!(rec1.slot.as_deref(), Some("recommendation"));
    assert_eq!(items[2].parent, Some(rec1.id));
    assert_eq!(items[2].slot.as_deref(), Some("action"));
    assert_eq!(items[3].parent, Some(rec1.id));
    assert_eq!(items[3].slot.as_deref(), Some("indicator"));
    assert_eq!(
        items[5].parent,
        Some(rec2.id),
        "under the latest recommendation"
    );
    assert!(items.iter().all(|i| i.table.as_deref() == Some("asia")));
    // Editing an earlier recommendation makes it the one new actions go under.
    let r = lines(
        &mut s,
        &["/edit 2 Ratify the 1990 convention", "/action Lobby"],
    );
    assert_eq!(r.text, "Action 7 added under entry 2.");
    let list = say(&mut s, "/list");
    assert!(list.starts_with("Asia has 7 entries:"), "{list}");
    assert!(list.contains("\n1. Point, Q1: A point first"), "{list}");
    assert!(
        list.contains("\n2. Recommendation, Q1: Ratify the 1990 convention"),
        "{list}"
    );
    assert!(
        list.contains("\n3. Action under 2, Q1: Draft a bill"),
        "{list}"
    );
    assert!(list.contains("\n7. Action under 2, Q1: Lobby"), "{list}");
}

#[test]
fn an_action_with_no_recommendation_at_the_table_is_refused_in_one_sentence() {
    let mut s = state();
    let r = lines(&mut s, &["/table asia", "/action Draft a bill"]);
    assert_eq!(
        r.text,
        "Add a recommendation first: action entries go under one."
    );
    assert!(r.effects.is_empty());
    assert_eq!(live(&s).len(), 0);
    // A recommendation at another table does not count.
    let r = lines(&mut s, &["/rec Here", "/table plenary", "/action There"]);
    assert!(r.text.starts_with("Add a recommendation first"));
}

#[test]
fn unknown_commands_and_missing_arguments_are_told_in_one_sentence() {
    let mut s = state();
    assert_eq!(
        say(&mut s, "/frobnicate now"),
        "There is no command /frobnicate; type /help for the list."
    );
    assert_eq!(
        say(&mut s, "/entry nonsense text"),
        "The report has no kind of entry called nonsense; /help lists the kinds."
    );
    assert!(say(&mut s, "/rec").starts_with("Type the text after the kind"));
    assert!(say(&mut s, "/edit 1 words").starts_with("Nothing is captured at Plenary"));
    say(&mut s, "A point");
    assert_eq!(
        say(&mut s, "/delete 5"),
        "There is no entry 5 here: /list shows 1 entry."
    );
    assert!(say(&mut s, "/delete two").starts_with("Give the entry's number"));
    assert!(say(&mut s, "/edit 1").starts_with("Give the number and the new text"));
    assert_eq!(say(&mut s, "   "), "");
    for line in [
        "/frobnicate",
        "/entry",
        "/timer soon",
        "/phase up",
        "/import",
    ] {
        let text = say(&mut s, line);
        assert_eq!(text.lines().count(), 1, "{line}: {text}");
        assert!(text.ends_with('.'), "{line}: {text}");
    }
}

#[test]
fn delete_undo_and_redo_go_through_the_model() {
    let mut s = state();
    lines(&mut s, &["/rec One", "/action Under one", "Two"]);
    assert_eq!(live(&s).len(), 3);
    let r = lines(&mut s, &["/delete 1"]);
    assert_eq!(
        r.text,
        "Deleted Recommendation 1, “One”, with the entry under it; /undo brings it back."
    );
    assert_eq!(live(&s).len(), 1);
    assert_eq!(
        say(&mut s, "/undo"),
        "Undid deleting Recommendation 1, “One”; 3 entries here now."
    );
    assert_eq!(live(&s).len(), 3);
    assert_eq!(
        say(&mut s, "/redo"),
        "Redid deleting Recommendation 1, “One”; 1 entry here now."
    );
    assert_eq!(say(&mut s, "/redo"), "Nothing to redo.");
    // Deleted entries stay as tombstones, so a merge does not bring them back.
    assert_eq!(s.session.all_items().count(), 3);
}

#[test]
fn read_only_refuses_every_change_in_one_sentence_and_still_lists() {
    let mut s = state();
    say(&mut s, "A point");
    s.read_only = Some("open in another breakout".into());
    for line in [
        "Another point",
        "/rec Something",
        "/edit 1 New",
        "/delete 1",
        "/undo",
        "/timer start",
        "/phase next",
        "/import x.json",
    ] {
        let r = lines(&mut s, &[line]);
        assert_eq!(
            r.text, "Not changed: this session is read-only (open in another breakout).",
            "{line}"
        );
        assert!(r.effects.is_empty(), "{line}");
    }
    assert_eq!(live(&s).len(), 1);
    assert!(say(&mut s, "/list").starts_with("Plenary has 1 entry:"));
    assert!(say(&mut s, "/info").contains("read-only: open in another breakout"));
}

#[test]
fn the_timer_and_phases_answer_with_where_the_agenda_is() {
    let mut s = state();
    let r = lines(&mut s, &["/timer start"]);
    assert!(
        r.text.starts_with("Timer running, phase 1 of 3, "),
        "{}",
        r.text
    );
    assert!(s.session.agenda.as_ref().is_some_and(|a| a.running()));
    assert!(say(&mut s, "/timer pause").starts_with("Timer paused, phase 1 of 3"));
    assert!(say(&mut s, "/phase next").starts_with("Timer paused, phase 2 of 3"));
    assert!(say(&mut s, "/phase prev").starts_with("Timer paused, phase 1 of 3"));
    assert!(say(&mut s, "/timer").starts_with("Timer running"));
    // As on the live screen, undo is for entries: the room's clock stays as it is.
    assert_eq!(say(&mut s, "/undo"), "Nothing to undo.");
    assert!(s.session.agenda.as_ref().is_some_and(|a| a.running()));
}

#[test]
fn export_import_and_quit_are_left_to_the_loop() {
    let mut s = state();
    assert_eq!(lines(&mut s, &["/export"]).effects, vec![Effect::Export]);
    assert_eq!(
        lines(&mut s, &["/import ../asia.json"]).effects,
        vec![Effect::Import(PathBuf::from("../asia.json"))]
    );
    assert_eq!(
        lines(&mut s, &["/quit"]).effects,
        vec![Effect::Quit { rescue: false }]
    );
}

#[test]
fn help_lists_every_command_and_the_template_s_kinds() {
    let s = state();
    let help = scoped(Lang::ENGLISH, || describe::help(&s.session));
    for (name, _) in super::super::command::NAMES {
        assert!(help.contains(&format!("\n/{name}")), "{name} in\n{help}");
    }
    assert!(help.contains("/go_to_table TABLE: go to a table"));
    assert!(help.contains("(also /table, /t)"));
    assert!(help.contains("\nrecommendation (key r): Recommendation"));
    assert!(help.contains("\naction (key a): Action, goes under the latest recommendation"));
    assert!(!help.contains("plain-help"), "every line has its message");
}

#[test]
fn files_from_other_laptops_merge_and_say_what_came() {
    let mut s = state();
    let mut other = s.session.clone();
    other
        .add(NewItem::point(Some("asia"), Some("q1"), "From Asia"), t0())
        .expect("add");
    let r = scoped(Lang::ENGLISH, || {
        arrived(&mut s, "asia.json", Ok(other.clone()))
    });
    assert_eq!(r.text, "Merged asia.json: 1 new, 0 updated, 0 deleted.");
    assert_eq!(r.effects, vec![Effect::Save]);
    let r = scoped(Lang::ENGLISH, || arrived(&mut s, "asia.json", Ok(other)));
    assert_eq!(r.text, "asia.json brought nothing new.");
    let r = scoped(Lang::ENGLISH, || {
        arrived(&mut s, "bad.json", Err("not a session".into()))
    });
    assert_eq!(r.text, "bad.json not merged: not a session.");
}

#[test]
fn answers_follow_the_language() {
    let mut s = state();
    let fr = Lang::find("fr").expect("French");
    let r = scoped(fr, || apply(&mut s, parse("Un point"), t0()));
    assert_eq!(r.text, "Point 1 ajouté à Plenary, Q1.");
    let es = Lang::find("es").expect("Spanish");
    let r = scoped(es, || apply(&mut s, parse("/nada"), t0()));
    assert_eq!(
        r.text,
        "No existe el comando /nada; escriba /help para ver la lista."
    );
}

#[test]
fn opening_again_comes_back_to_the_last_change() {
    let mut s = state();
    lines(&mut s, &["/table asia", "/question 3", "Last words"]);
    let again = State::new(s.session.clone(), s.path.clone(), None);
    assert_eq!(again.table_id().map(|t| t.as_str()), Some("asia"));
    assert_eq!(again.question, Some(2));
}

#[test]
fn undo_and_redo_name_what_they_undo() {
    let mut s = state();
    lines(
        &mut s,
        &[
            "/rec Open legal pathways for domestic workers now",
            "/edit 1 Open legal pathways",
        ],
    );
    assert_eq!(
        say(&mut s, "/undo"),
        "Undid editing Recommendation 1, “Open legal pathways for domestic…”; 1 entry here now."
    );
    assert_eq!(
        say(&mut s, "/undo"),
        "Undid adding Recommendation 1, “Open legal pathways for domestic…”; 0 entries here now."
    );
    assert_eq!(
        say(&mut s, "/redo"),
        "Redid adding Recommendation 1, “Open legal pathways for domestic…”; 1 entry here now."
    );
    lines(
        &mut s,
        &["/header rapporteurs Ana", "/header rapporteurs Ben"],
    );
    assert_eq!(
        say(&mut s, "/undo"),
        "Undid setting the header's Name of rapporteur(s); 1 entry here now."
    );
    assert_eq!(s.session.header_value("rapporteurs"), "Ana");
    // The very first value too (`Session::revert_to` alone keeps it).
    say(&mut s, "/undo");
    assert_eq!(s.session.header_value("rapporteurs"), "");
    assert_eq!(say(&mut s, "/redo").lines().count(), 1);
    assert_eq!(s.session.header_value("rapporteurs"), "Ana");
}

#[test]
fn fields_of_an_entry_are_set_by_id_or_label_and_listed() {
    let mut s = state();
    lines(
        &mut s,
        &[
            "/rec Ratify the convention",
            "/quote We need data",
            "A point",
        ],
    );
    let r = lines(&mut s, &["/field 1 target National governments"]);
    assert_eq!(
        r.text,
        "The Target of Recommendation 1, “Ratify the convention” is now “National governments”."
    );
    assert_eq!(r.effects, vec![Effect::Save]);
    assert_eq!(live(&s)[0].field("target"), "National governments");
    // By the beginning of the label, any case; a yes/no field in several languages.
    lines(
        &mut s,
        &[
            "/field 2 SPEAKER Ana López",
            "/field 2 org Migrant Forum",
            "/field 2 consent oui",
        ],
    );
    let a = live(&s)[1].attribution.clone().expect("attribution");
    assert_eq!(
        (a.speaker.as_str(), a.organisation.as_str(), a.approved),
        ("Ana López", "Migrant Forum", true)
    );
    assert_eq!(
        say(&mut s, "/field 2 consent no"),
        "Quote 2, “We need data”: no consent recorded, so the report says anonymous."
    );
    assert!(!live(&s)[1].attribution.as_ref().is_some_and(|a| a.approved));
    assert_eq!(
        say(&mut s, "/field 2 consent maybe"),
        "Say yes or no, for example /field 5 consent yes."
    );
    let fields = say(&mut s, "/fields 2");
    assert_eq!(
        fields,
        "Quote 2, “We need data” has 3 fields:\nSpeaker (speaker): Ana López\nOrganisation (organisation): Migrant Forum\nConsent to be named (consent): no"
    );
    assert_eq!(
        say(&mut s, "/field 2 colour red"),
        "Quote 2, “We need data” has no field colour; its fields are speaker, organisation, consent."
    );
    assert_eq!(
        say(&mut s, "/field 3 target x"),
        "Point 3, “A point” has no fields besides its text."
    );
    let list = say(&mut s, "/list");
    assert!(
        list.contains(
            "\n1. Recommendation, Q1: Ratify the convention (Target: National governments)"
        ),
        "{list}"
    );
    assert!(
        list.contains("(Speaker: Ana López; Organisation: Migrant Forum; Consent to be named: no)"),
        "{list}"
    );
    // `-` clears; undo names the field.
    say(&mut s, "/field 1 target -");
    assert_eq!(live(&s)[0].field("target"), "");
    assert!(
        say(&mut s, "/undo")
            .starts_with("Undid setting the Target of Recommendation 1, “Ratify the convention”;")
    );
    assert_eq!(live(&s)[0].field("target"), "National governments");
}

#[test]
fn the_report_header_is_listed_and_set() {
    let mut s = state();
    let header = say(&mut s, "/header");
    assert!(
        header.starts_with("The report header has 2 fields; set one with /header NAME VALUE:\n1. Name of rapporteur(s) (rapporteurs): (empty)\n2. Session # and theme (session): "),
        "{header}"
    );
    let r = lines(&mut s, &["/header rapporteurs Ana López and Ben Osei"]);
    assert_eq!(
        r.text,
        "Name of rapporteur(s) is now “Ana López and Ben Osei”."
    );
    assert_eq!(r.effects, vec![Effect::Save]);
    assert_eq!(
        s.session.header_value("rapporteurs"),
        "Ana López and Ben Osei"
    );
    say(&mut s, "/header name Ana López");
    assert_eq!(s.session.header_value("rapporteurs"), "Ana López");
    assert_eq!(
        say(&mut s, "/header 1"),
        "Name of rapporteur(s): Ana López."
    );
    assert_eq!(
        say(&mut s, "/header colour red"),
        "The report header has no field colour; its fields are rapporteurs, session."
    );
}

#[test]
fn picking_and_ordering_what_goes_into_the_report() {
    let mut s = state();
    lines(
        &mut s,
        &[
            "/rec One",
            "/rec Two",
            "/rec Three",
            "/action Under three",
            "A point",
        ],
    );
    let r = lines(&mut s, &["/unpick 2"]);
    assert_eq!(
        r.text,
        "Recommendation 2 is left out of the report; 2 going in."
    );
    assert_eq!(r.effects, vec![Effect::Save]);
    let slot = s
        .session
        .template
        .slot("recommendation")
        .expect("slot")
        .clone();
    let ids: Vec<ItemId> = live(&s).iter().map(|i| i.id).collect();
    assert_eq!(s.session.chosen(&slot), vec![ids[0], ids[2]]);
    // The first pick of a slot is undone too (`Session::revert_to` alone keeps it).
    assert!(
        say(&mut s, "/undo")
            .starts_with("Undid leaving Recommendation 2, “Two” out of the report;")
    );
    assert_eq!(s.session.chosen(&slot), vec![ids[0], ids[1], ids[2]]);
    say(&mut s, "/redo");
    assert_eq!(s.session.chosen(&slot), vec![ids[0], ids[2]]);
    assert_eq!(
        say(&mut s, "/pick 2"),
        "Recommendation 2 is now number 3 of 3 in the report (the form allows 4)."
    );
    assert_eq!(
        say(&mut s, "/move 2 1"),
        "Recommendation 2 is now number 1 of 3 in the report (the form allows 4)."
    );
    assert_eq!(s.session.chosen(&slot), vec![ids[1], ids[0], ids[2]]);
    assert_eq!(
        say(&mut s, "/move 2 9"),
        "Recommendation 2 is now number 3 of 3 in the report (the form allows 4)."
    );
    assert_eq!(s.session.chosen(&slot), vec![ids[0], ids[2], ids[1]]);
    assert!(
        say(&mut s, "/undo").starts_with("Undid moving Recommendation 2, “Two” in the report;")
    );
    assert_eq!(s.session.chosen(&slot), vec![ids[1], ids[0], ids[2]]);
    assert_eq!(
        say(&mut s, "/pick 5"),
        "Point 5, “A point” goes into the report by itself; only recommendations, actions, indicators, priority messages are picked."
    );
    assert!(say(&mut s, "/move 1 x").starts_with("Give the entry's number and its new position"));
    say(&mut s, "/unpick 3");
    assert_eq!(
        say(&mut s, "/move 3 1"),
        "Recommendation 3, “Three” is left out of the report; /pick 3 puts it in first."
    );
    let report = say(&mut s, "/report");
    assert!(
        report.starts_with("The report, kind by kind and in order"),
        "{report}"
    );
    assert!(
        report.contains(
            "\nRecommendations: 2 going in; the form allows 4. You choose them with /pick, /unpick and /move.\n1. entry 2, “Two”\n2. entry 1, “One”\nLeft out: entry 3, “Three”"
        ),
        "{report}"
    );
    // Entries of another table name it.
    say(&mut s, "/table asia");
    assert!(say(&mut s, "/report").contains("\n1. Plenary entry 2, “Two”"));
}
