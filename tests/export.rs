//! The report exports, checked through the programs that read them: Markdown through a
//! Markdown parser (pulldown-cmark), the Word document through LibreOffice (converted to text
//! with `soffice --headless`), plain text as it is. The golden test holds the rapporteur's
//! report of GFMD 2016 session 4.1 (`seeds/002_…`) against the export of the example session
//! `sessions/examples/gfmd-2016-csd-4.1-report.json`: every piece of the seed's content, in the
//! form's order, under the right heading.
//!
//! LibreOffice is required: a missing `soffice` fails these tests (run them through `.ci/test`,
//! which installs it). Its start-up is the slow part, so each test converts all its documents
//! in one run.

mod common;
use common::bin::{self, Ran};
use common::mount::{loud_skip, read_only_over};
use common::session::{self, example};
use common::{clock, files_in};

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use breakout::export::{Format, export};
use breakout::model::{Attribution, ItemId, NewItem, Session};
use breakout::storage::{atomic, load};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

// ---------------------------------------------------------------------------------------------
// Helpers: files, sessions, formats

fn bytes(session: &Session, format: Format) -> Vec<u8> {
    export(session, format, None).unwrap_or_else(|e| panic!("export {format:?}: {e}"))
}

fn text(session: &Session, format: Format) -> String {
    String::from_utf8(bytes(session, format)).expect("UTF-8 export")
}

/// Whitespace runs (line breaks, wrapping, indentation, LibreOffice's paragraph splits)
/// collapsed to one space.
fn norm(s: &str) -> String {
    s.replace('\u{feff}', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The three report formats as a reader sees them: Markdown as parsed, plain text as is, the
/// Word document as LibreOffice reads it. All `.docx` files go through one LibreOffice run.
fn rendered(sessions: &[&Session]) -> Vec<[(&'static str, String); 3]> {
    let docs: Vec<Vec<u8>> = sessions.iter().map(|s| bytes(s, Format::Docx)).collect();
    let docx = docx_texts(&docs);
    sessions
        .iter()
        .zip(docx)
        .map(|(s, d)| {
            [
                ("md", markdown_text(&text(s, Format::Markdown))),
                ("txt", text(s, Format::Text)),
                ("docx", d),
            ]
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Helpers: LibreOffice

const NO_SOFFICE: &str = "soffice (LibreOffice) was not found. The .docx export is checked by \
    converting it with LibreOffice, and this test never skips: run the tests through .ci/test, \
    which installs it (Debian package libreoffice-writer-nogui), or install it yourself.";

/// Each document converted to text by `soffice --headless --convert-to txt:Text…`, in one run,
/// with a private profile so that tests running at the same time do not share one.
fn docx_texts(docs: &[Vec<u8>]) -> Vec<String> {
    let dir = tempfile::tempdir().expect("temp dir");
    let inputs: Vec<PathBuf> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let p = dir.path().join(format!("doc{i}.docx"));
            std::fs::write(&p, d).expect("write docx");
            p
        })
        .collect();
    let out_dir = dir.path().join("out");
    let ran = bin::program("soffice")
        .if_missing(NO_SOFFICE)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.path().join("profile").display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            // UTF-8 whatever the locale: plain "txt:Text" transliterates to ASCII under LANG=C.
            "txt:Text (encoded):UTF8",
            "--outdir",
        ])
        .arg(&out_dir)
        .args(&inputs)
        .dir(dir.path())
        .time_limit(Duration::from_secs(180))
        .run();
    let logs = || format!("stdout: {}\nstderr: {}", ran.out(), ran.err());
    assert!(
        ran.success(),
        "soffice failed ({}):\n{}",
        ran.status,
        logs()
    );
    (0..docs.len())
        .map(|i| {
            let p = out_dir.join(format!("doc{i}.txt"));
            let t = std::fs::read_to_string(&p).unwrap_or_else(|e| {
                panic!(
                    "LibreOffice did not convert doc{i}.docx ({}: {e}):\n{}",
                    p.display(),
                    logs()
                )
            });
            t.replace('\u{feff}', "")
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Helpers: Markdown

/// Markdown as GitHub and most readers take it: with tables.
fn parser(md: &str) -> Parser<'_> {
    Parser::new_ext(md, Options::ENABLE_TABLES)
}

/// The text of a Markdown document as a reader sees it: list items keep their number ("1. ")
/// or a "- ", line breaks stay line breaks, emphasis marks are gone, a table's cells are
/// apart and its rows lines of their own; raw HTML is kept as is.
fn markdown_text(md: &str) -> String {
    let mut out = String::new();
    let mut lists: Vec<Option<u64>> = Vec::new();
    for event in parser(md) {
        match event {
            Event::Start(Tag::List(start)) => lists.push(start),
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                out.push('\n');
                match lists.last_mut() {
                    Some(Some(n)) => {
                        out.push_str(&format!("{n}. "));
                        *n += 1;
                    }
                    _ => out.push_str("- "),
                }
            }
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => out.push('\n'),
            Event::End(TagEnd::TableCell) => out.push(' '),
            Event::End(
                TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock,
            ) => out.push('\n'),
            _ => {}
        }
    }
    out
}

/// Every heading: (level, text).
fn markdown_headings(md: &str) -> Vec<(u8, String)> {
    let mut out = Vec::new();
    let mut current: Option<(u8, String)> = None;
    for event in parser(md) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let n = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    HeadingLevel::H4 => 4,
                    HeadingLevel::H5 => 5,
                    HeadingLevel::H6 => 6,
                };
                current = Some((n, String::new()));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, s)) = current.as_mut() {
                    s.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => out.extend(current.take()),
            _ => {}
        }
    }
    out
}

fn markdown_html(md: &str) -> Vec<String> {
    parser(md)
        .filter_map(|e| match e {
            Event::Html(h) | Event::InlineHtml(h) => Some(h.into_string()),
            _ => None,
        })
        .collect()
}

/// The text of each list item (nested items included in their parent's), line breaks kept.
fn markdown_items(md: &str) -> Vec<String> {
    let mut open: Vec<String> = Vec::new();
    let mut done = Vec::new();
    for event in parser(md) {
        match event {
            Event::Start(Tag::Item) => open.push(String::new()),
            Event::End(TagEnd::Item) => {
                let item = open.pop().expect("item");
                if let Some(parent) = open.last_mut() {
                    parent.push('\n');
                    parent.push_str(&item);
                }
                done.push(item);
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(s) = open.last_mut() {
                    s.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph) => {
                if let Some(s) = open.last_mut() {
                    s.push('\n');
                }
            }
            _ => {}
        }
    }
    done
}

// ---------------------------------------------------------------------------------------------
// Helpers: finding text in order

/// Something to find: content is matched exactly; a heading or caption ignores ASCII case
/// (the plain-text layout capitalises headings).
struct Needle {
    text: String,
    heading: bool,
}

fn h(s: &str) -> Needle {
    Needle {
        text: s.to_owned(),
        heading: true,
    }
}

fn c(s: &str) -> Needle {
    Needle {
        text: s.to_owned(),
        heading: false,
    }
}

/// Finds every needle in `doc` (whitespace normalised), each after the one before; returns
/// their positions in the normalised text, or says which one is missing or out of order.
fn find_in_order(doc: &str, needles: &[Needle]) -> Result<Vec<usize>, String> {
    let doc = norm(doc);
    // ASCII lowercasing keeps every byte offset, so positions agree between the two.
    let folded = doc.to_ascii_lowercase();
    let mut at = 0;
    let mut found = Vec::new();
    for (k, n) in needles.iter().enumerate() {
        let want = norm(&n.text);
        let hit = if n.heading {
            folded[at..].find(&want.to_ascii_lowercase())
        } else {
            doc[at..].find(&want)
        };
        match hit {
            Some(p) => {
                found.push(at + p);
                at += p + want.len();
            }
            None => {
                let anywhere = if n.heading {
                    folded.contains(&want.to_ascii_lowercase())
                } else {
                    doc.contains(&want)
                };
                let after = k
                    .checked_sub(1)
                    .map_or("the start".to_owned(), |p| format!("{:?}", needles[p].text));
                let context: String = doc[at..].chars().take(300).collect();
                return Err(format!(
                    "{:?} {} after {after}.\nWhat follows there: {context:?}",
                    want,
                    if anywhere {
                        "appears, but not in order"
                    } else {
                        "is missing"
                    }
                ));
            }
        }
    }
    Ok(found)
}

fn assert_in_order(what: &str, doc: &str, needles: &[Needle]) -> Vec<usize> {
    find_in_order(doc, needles).unwrap_or_else(|e| panic!("{what}: {e}\n\nwhole text:\n{doc}"))
}

/// How often `needle` occurs in `doc`, ignoring ASCII case and whitespace differences.
fn count_folded(doc: &str, needle: &str) -> usize {
    norm(doc)
        .to_ascii_lowercase()
        .matches(&norm(needle).to_ascii_lowercase())
        .count()
}

// ---------------------------------------------------------------------------------------------
// 1. Golden: the seed's report, from the example session

const SECTIONS: [&str; 8] = [
    "1. Progress: inspiring practices, partnerships and tools",
    "2. Four recommendations, with related actions and indicators for change in policies and \
     practices",
    "3. Governance mechanisms and the Global Compact for safe, orderly and regular migration",
    "4. Implementing related targets of the 2030 Sustainable Development Agenda",
    "5. Recommendations and actions for women / children",
    "6. Priority messages to convey to governments by the CSD Chair on 10 December",
    "7. Inspiring quotes",
    "8. Other information",
];

const REC_1: &str = "Embed Rights Framework into clear implementation plan of Global Compact \
    starting during the negotiations process";
const REC_2: &str = "IOM should embrace the rights framework, transparency and collaboration with \
    civil society in both principle and operations at all levels";
const REC_3: &str = "Leverage new Global Compact to promote policy coherence and implementation \
    for rights based migration governance";
const REC_4: &str =
    "Increased transparency and accountability of migration governance at all levels";
const REC_4_INDICATOR_LINES: [&str; 5] = [
    "a. Gender based violence",
    "b. Children in migration- unaccompanied minors, children migrating with families; \
     children deported or sent to country of parents origin",
    "c. Ending discriminatory policies against migrants",
    "d. Labor migration",
    "e. Youth engagement in migration, development and forced work",
];
const MESSAGE_1: &str = "In global compact process, draw on multistakeholder processes building \
    from the local level up: Civil society & local authorities have already been working \
    together on strategies to make protection of human rights of all migrants regardless of \
    status a reality on the ground through use of firewalls enabling access to basic \
    services. In some cases they have already been able to change national policy.";
const MESSAGE_2: &str = "The compact must have practical effects on the ground, improving the \
    lives, opportunities and respect for the rights of migrants and families; it is therefore \
    critical that the compact focus on policy coherence within a broad framework protecting \
    migrant rights and mobility opportunities, as well as having goals, targets and indicators \
    to facilitate implementation of that framework.";

fn actions_caption() -> Needle {
    h("Action(s) for this recommendation (up to two maximum).")
}

fn indicators_caption() -> Needle {
    h("Indicator(s) of change or success on this recommendation (up to two maximum)")
}

/// The seed's report (`seeds/002_…`), piece by piece, in the form's order. Line breaks, double
/// spaces and stray bullets of the text extraction are layout noise; the words are the
/// rapporteur's.
fn seed_report() -> Vec<Needle> {
    let mut v = vec![
        h("Session rapporteur report"),
        h("Name of rapporteur(s)"),
        c("Amy Shannon"),
        h("Session # and theme"),
        c(
            "4.1: Multilateral cooperation and governance of migration and development: \
             institutions and legal framework",
        ),
        // 1
        h(SECTIONS[0]),
        c(
            "Describe, as concretely as possible, up to four examples identified during the \
             session where progress has been made in the past years in terms of policies, \
             practices or state-civil society partnerships",
        ),
        c(
            "1. Build from local civil society and government partnerships -Asylum/ Refuge \
             cities in Europe; Sanctuary cities in US. Local people when they have the \
             opportunity to discuss come to a different conclusion than national policy: \
             AMSTERDAM – safe reporting system for reporting crimes to the police; used the \
             combo of legislative mandate from the EU + local dialogue.",
        ),
        c(
            "2. Leverage Regional Policy for Firewalls – Facilitate implementation of legal \
             frameworks for protecting rights of undocumented migrants. EU Directive – Victims \
             of Crime (2012) – applies to 27 members. Came into effect one year ago. “All \
             victims of crime are entitled to justice and support services, regardless of \
             status” Great to have it on paper BUT doesn’t provide clear guidance. Working now \
             with victims rights organizations (who had no idea that migrants were excluded \
             from these basic rights) women's shelters (many get funding from the government \
             so don’t attend to undocumented). New Campaign: Step Up! Trying to get women’s \
             shelters to pledge to provide safe spaces for undocumented women",
        ),
        c(
            "3. On Global compact - The new language of “migrants regardless of status” is a \
             big step forward. Especially compared to SDGs negotiated 1 year prior when this \
             language was stripped. Challenge is to make this real through changes in laws \
             and practices (see previous example)",
        ),
        // The form's fourth line, left blank.
        c("4."),
        // 2
        h(SECTIONS[1]),
        c(
            "Recommendations: Describe, as concretely as possible, up to four recommendations \
             where changes are needed in policies and practices—either national, regional or \
             global. Also indicate at whom this recommendation is targeted (e.g., states, \
             civil society actors, international agencies, etc.)",
        ),
        c(
            "Actions: for each recommendation, what does civil society need to do to get these \
             recommendations heard and implemented, either at national, regional or global \
             level?",
        ),
        c(
            "Indicator(s) of change or success: What specific event(s), or what specific \
             number(s), e will demonstrate progress or success on this recommendation?",
        ),
        h("Recommendation 1 and who targeted to"),
        c("From Asia Group"),
        c(REC_1),
        h("Target:"),
        actions_caption(),
        c(
            "(Asia) Development assistance providers to Asia (Swiss, Canada and Australia) to \
             support CSO regional consultations with governments. Should include capacity \
             building.",
        ),
        c(
            "(Asia) National level networks engage with champion countries to approach \
             regional consultative processes (Colombo process, Abu Dhabi Dialogue, ASEAN and \
             SAARC) to push forward elements of the compact in these regional spaces",
        ),
        c(
            "Compact negotiations specify Sending country obligations – consular services, \
             re-integration.",
        ),
        indicators_caption(),
        c(
            "Implementation measures of rights-based commitments (with benchmarks) \
             incorporated in the compact as it is negotiated.",
        ),
        h("Recommendation 2 and who targeted to"),
        c("From Latin America Group"),
        c(REC_2),
        h("Target:"),
        actions_caption(),
        c(
            "Open up IOM contracts and MOUs with governments to public scrutiny and oversight \
             as well as stakeholder input",
        ),
        c(
            "Ensure that IOM operational and project activity is consistent with its \
             leadership in the compact, rooted in what civil society is doing, complementary \
             and supporting not competing with local civil society.",
        ),
        indicators_caption(),
        c("Public disclosures of terms of operational relations with states"),
        h("Recommendation 3 and who targeted to"),
        c("From Europe and Mediterranean Group"),
        c(REC_3),
        h("Target:"),
        c("Countries negotiating Global Compact"),
        actions_caption(),
        c(
            "Civil society: Monitor existing mechanisms for protecting migrants rights via a \
             Platform for sharing information across regions and shared action",
        ),
        c("Connect parliamentarians with each other across regions"),
        indicators_caption(),
        c(
            "Elimination of 1 or more existing policy incoherence in at least one country or \
             region:: For example, in West Africa, governmental dialogue on remittances could \
             be linked with migrant rights",
        ),
        h("Recommendation 4 and who targeted to"),
        c(REC_4),
        h("Target:"),
        c("national governments; Migration Compact"),
        actions_caption(),
        c("Civil society monitoring, consultation and use of feedback mechanisms"),
        c("Engage parliamentarians"),
        indicators_caption(),
        c(
            "Authentic regional consultations for the Migration Compact that guarantee the \
             presence of the key stakeholders (civil society, including the front-line \
             defenders, migrants, families of migrants). These consultations should include:",
        ),
    ];
    v.extend(REC_4_INDICATOR_LINES.map(c));
    v.extend([
        // 3
        h(SECTIONS[2]),
        c(
            "Did your session suggest anything about (1) global or regional governance \
             mechanisms that need to be improved/changed; and (2) elements that need to be \
             included in the Global Compact for safe, orderly and regular Migration (or where \
             relevant also the Global Compact on Refugees)",
        ),
        h("1. Governance mechanisms:"),
        c(
            "Make the global compact a truly multilateral framework that fosters policy \
             coherence and rights based governance of migration, avoiding the failures caused \
             by multiple bilateral agreements and MOUs",
        ),
        h("2. Global Compact:"),
        c("Ending Detention for Immigration related violations- Detention never appropriate for children"),
        c(
            "Ensuring firewalls between immigration enforcement and law enforcement and \
             between immigration enforcement and social services",
        ),
        c("Transparency and Accountability in labor agreements"),
        c(
            "Re-thinking the primacy of temporary migration—incorporate fair and ethical labor \
             standards and visa portability",
        ),
        c(
            "Safe, regular and orderly migration must be linked to channels for \
             regularization otherwise it becomes a mechanism for detention and deportation.",
        ),
        // 4
        h(SECTIONS[3]),
        c(
            "One year after the adoption of the 2030 Agenda, are there any lessons we can \
             already draw from implementing its targets related to your session’s theme \
             specifically on the local/national level, and what (more) should civil society \
             do?",
        ),
        c("SDG s (16 – identity and access to justice, , 3 health, 4 Education, 5 gender)"),
        c(
            "- SDGs Need to take into consideration specifically the needs of children who \
             have been returned with parents (Access to identity is a key right that triggers \
             the ability to get education, health, etc.)",
        ),
        // 5
        h(SECTIONS[4]),
        c(
            "Do any of the recommendations or action steps of your session specifically \
             relate to women or children and how? [if you have addressed this in the \
             recommendations itself just simply refer to the recommendation no.]",
        ),
        h("Women"),
        c(
            "Gender based violence during migration was named as a concern that must be \
             addressed in both the Global Compact and the SDGs. This includes violence against \
             women and LGBT communities",
        ),
        h("Children"),
        c(
            "In Central America corridor- Children are the target of violence and youth are \
             at most risk, from gang and narco violence as well as being criminalized by the \
             state (and therefore vulnerable to state violence). Children are also being \
             deprived of rights when returned to parent’s country of origin. In Africa – \
             youth need to be incorporated into policy discussions about migration, \
             development and decent work.",
        ),
        // 6
        h(SECTIONS[5]),
        c(
            "If your session could choose only two key messages to be conveyed by the civil \
             society CSD Chair in his report to states on the 10th of December, which would \
             these be? (feel free to just refer back to any point written out above)",
        ),
        c(&format!("1. {MESSAGE_1}")),
        c(&format!("2. {MESSAGE_2}")),
        // 7
        h(SECTIONS[6]),
        c(
            "If you like, please provide one or two quotes that you heard during the session \
             that you found inspiring. The sessions follow Chatham House rules, so please \
             either ask for approval to name the speaker/organization or put “anonymous”.",
        ),
        c(
            "This moment requires new alliances, new paradigms, new kinds of economies that \
             include migration as a choice. As migrants’ rights advocates, we need to connect \
             with other sectors, such as peasant movements and others who are working on this \
             from another angle.",
        ),
        c("anonymous"),
        c(
            "Current migration regime of management and deterrence contributes to \
             criminalization and feeds racism and xenophobia.",
        ),
        c("anonymous"),
        // 8
        h(SECTIONS[7]),
        c("Provide here any other information you think relevant"),
        c(
            "This session (4.1) was introduced as a plenary with two discussion starters, and \
             then broke into three groups each discussing key issues in the context of a \
             specific regional migration corridor—Europe-Mediterranean-Africa; Central \
             America- N. American corridor; and Asia, with a focus on South and Southeast \
             Asian migration to the GCC countries. Each regional group reported back its \
             responses on the guiding questions.",
        ),
    ]);
    v
}

/// The seed's content in order, and what order alone does not show: each section heading once,
/// the recommendations' origins (the plenary's not attributed).
fn check_golden(format: &str, doc: &str) {
    assert_in_order(format, doc, &seed_report());
    for s in SECTIONS {
        assert_eq!(
            count_folded(doc, s),
            1,
            "{format}: the heading {s:?} appears once"
        );
    }
    for n in 1..=4 {
        let caption = format!("Recommendation {n} and who targeted to");
        assert_eq!(count_folded(doc, &caption), 1, "{format}: {caption:?} once");
    }
    let flat = norm(doc);
    let folded = flat.to_ascii_lowercase();
    let rec4 = folded
        .find("recommendation 4 and who targeted to")
        .expect("recommendation 4");
    let next = folded[rec4..]
        .find(&SECTIONS[2].to_ascii_lowercase())
        .expect("section 3")
        + rec4;
    assert!(
        !flat[rec4..next].contains("From "),
        "{format}: recommendation 4 comes from the plenary, which is not attributed: {:?}",
        &flat[rec4..next]
    );
    assert_eq!(
        flat.matches("From ").count(),
        3,
        "{format}: three recommendations name their table of origin, nothing else does"
    );
    assert!(
        !flat.contains("Plenary"),
        "{format}: the plenary is never named"
    );
}

#[test]
fn golden_markdown_holds_the_seed_report_in_order() {
    check_golden("md", &markdown_text(&text(&example(), Format::Markdown)));
}

#[test]
fn golden_text_holds_the_seed_report_in_order() {
    check_golden("txt", &text(&example(), Format::Text));
}

#[test]
fn golden_docx_read_by_libreoffice_holds_the_seed_report_in_order() {
    let docx = docx_texts(&[bytes(&example(), Format::Docx)]);
    check_golden("docx", &docx[0]);
}

#[test]
fn any_script_and_pasted_control_characters_still_make_a_document_word_can_open() {
    let mut s = example();
    let t = clock::now();
    let scripts = "বাংলা অভিবাসী অধিকার — العمال المهاجرون — 移民工人 — 🙂👍🏽";
    s.add(
        NewItem::point(Some("plenary"), None, scripts).in_slot("other"),
        t,
    )
    .unwrap();
    // Text pasted from slides: vertical tabs, form feeds, a bell, Windows line ends.
    let pasted = "pasted\u{0B}from slides\u{0C}with a\u{07} bell\r\nand CRLF";
    s.add(
        NewItem::point(Some("plenary"), None, pasted).in_slot("other"),
        t,
    )
    .unwrap();
    let rec = rec_ids(&s)[0];
    s.update(rec, t, |i| {
        i.fields
            .insert("target".into(), "Global Compact\u{0B}negotiators".into());
    })
    .unwrap();
    let docx = docx_texts(&[bytes(&s, Format::Docx)]).remove(0);
    let want = [
        c("Global Compact"),
        c("negotiators"),
        h(SECTIONS[7]),
        c(scripts),
        c("pasted"),
        c("from slides"),
        c("with a bell"),
        c("and CRLF"),
    ];
    assert_in_order("docx", &docx, &want);
    assert!(
        !docx.chars().any(|c| c.is_control() && !c.is_whitespace()),
        "no control characters: {docx:?}"
    );
    for format in [Format::Markdown, Format::Text] {
        assert!(text(&s, format).contains(scripts), "{format:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Markdown structure

#[test]
fn markdown_has_the_forms_heading_structure_and_no_raw_html() {
    let md = text(&example(), Format::Markdown);
    let mut want: Vec<(u8, String)> = vec![(1, "Session rapporteur report".into())];
    for (k, s) in SECTIONS.iter().enumerate() {
        want.push((2, s.to_string()));
        match k {
            1 => {
                want.extend((1..=4).map(|n| (3, format!("Recommendation {n} and who targeted to"))))
            }
            // Section 3 is a table (its captions are in the rows), as on the form.
            4 => want.extend([(3, "Women".into()), (3, "Children".into())]),
            _ => {}
        }
    }
    let got: Vec<(u8, String)> = markdown_headings(&md)
        .into_iter()
        .map(|(l, t)| (l, norm(&t)))
        .collect();
    let want: Vec<(u8, String)> = want.into_iter().map(|(l, t)| (l, norm(&t))).collect();
    assert_eq!(got, want, "Markdown headings:\n{md}");
    assert_eq!(markdown_html(&md), Vec::<String>::new(), "no raw HTML");
}

#[test]
fn markdown_keeps_the_lettered_lines_of_recommendation_4s_indicator() {
    let md = text(&example(), Format::Markdown);
    let items = markdown_items(&md);
    let item = items
        .iter()
        .find(|i| i.starts_with("Authentic regional consultations"))
        .unwrap_or_else(|| panic!("the indicator is a list item: {items:#?}"));
    let lines: Vec<String> = item.lines().map(norm).collect();
    let mut at = 0;
    for want in REC_4_INDICATOR_LINES {
        let found = lines[at..].iter().position(|l| *l == norm(want));
        let found = found.unwrap_or_else(|| {
            panic!("{want:?} is a line of its own, in order, within the indicator: {lines:#?}")
        });
        at += found + 1;
    }
}

// ---------------------------------------------------------------------------------------------
// 2b. Word output like the form, as LibreOffice reads it

/// The lines of `doc` from the heading `from` up to the heading `to`, trimmed, blank ones left
/// out.
fn lines_between<'a>(doc: &'a str, from: &str, to: &str) -> Vec<&'a str> {
    let start = doc
        .find(from)
        .unwrap_or_else(|| panic!("{from:?} in:\n{doc}"));
    let end = doc[start..]
        .find(to)
        .unwrap_or_else(|| panic!("{to:?} after {from:?} in:\n{doc}"))
        + start;
    doc[start + from.len()..end]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn word_lists_the_table_section_and_the_forms_blanks_come_out_through_libreoffice() {
    let arabic = "يجب حماية حقوق العمال المهاجرين، بغض النظر عن وضعهم القانوني.";
    let hebrew = "זכויות מהגרים הן זכויות אדם.";
    let mut full = example();
    let t = clock::now();
    s_add(&mut full, "other", arabic, t);
    s_add(&mut full, "sdg-lesson", hebrew, t);
    let empty = session::new();
    let docs = docx_texts(&[bytes(&full, Format::Docx), bytes(&empty, Format::Docx)]);
    let (full_doc, empty_doc) = (&docs[0], &docs[1]);

    // Word's own numbers come out, and start again for each slot.
    assert_in_order(
        "docx",
        full_doc,
        &[
            h(SECTIONS[4]),
            h("Women"),
            c("1. Gender based violence"),
            h("Children"),
            c("1. In Central America corridor"),
            h(SECTIONS[5]),
            c("1. In global compact process"),
            c("2. The compact must have"),
            h(SECTIONS[7]),
            c("1. This session (4.1)"),
            c(&format!("2. {arabic}")),
        ],
    );
    // Three examples of the form's four: the fourth line is there, numbered and blank.
    let s1 = lines_between(full_doc, SECTIONS[0], SECTIONS[1]);
    assert_eq!(s1.last(), Some(&"4."), "{s1:#?}");
    assert!(
        s1[s1.len() - 2].starts_with("3. On Global compact"),
        "{s1:#?}"
    );
    let s4 = lines_between(full_doc, SECTIONS[3], SECTIONS[4]);
    assert!(s4.iter().any(|l| *l == format!("2. {hebrew}")), "{s4:#?}");
    // Section 3 is one table: each numbered caption, then its entries, as on the form.
    let s3 = lines_between(full_doc, SECTIONS[2], SECTIONS[3]);
    let caption = |c: &str| s3.iter().position(|l| *l == c);
    let (g, gc) = (
        caption("1. Governance mechanisms:").unwrap_or_else(|| panic!("{s3:#?}")),
        caption("2. Global Compact:").unwrap_or_else(|| panic!("{s3:#?}")),
    );
    assert!(s3[g + 1].starts_with("Make the global compact"), "{s3:#?}");
    assert!(
        gc > g + 1 && s3[gc + 1].starts_with("Ending Detention"),
        "{s3:#?}"
    );
    assert!(
        s3.last().unwrap().starts_with("Safe, regular and orderly"),
        "{s3:#?}"
    );

    // The empty form: numbered blanks where the form has them, instead of "Nothing captured.".
    let s1 = lines_between(empty_doc, SECTIONS[0], SECTIONS[1]);
    assert_eq!(&s1[s1.len() - 4..], ["1.", "2.", "3.", "4."], "{s1:#?}");
    assert!(!s1.contains(&"Nothing captured."), "{s1:#?}");
    let s4 = lines_between(empty_doc, SECTIONS[3], SECTIONS[4]);
    assert_eq!(s4.last(), Some(&"1."), "{s4:#?}");
    let s3 = lines_between(empty_doc, SECTIONS[2], SECTIONS[3]);
    assert_eq!(
        &s3[s3.len() - 4..],
        [
            "1. Governance mechanisms:",
            "Nothing captured.",
            "2. Global Compact:",
            "Nothing captured."
        ],
        "{s3:#?}"
    );

    // The same in Markdown (a table, and the numbered blanks) and plain text.
    let md = text(&empty, Format::Markdown);
    let md_text = markdown_text(&md);
    assert!(
        md.contains("| 1. Governance mechanisms: | _Nothing captured._ |"),
        "{md}"
    );
    let s1 = lines_between(&md_text, SECTIONS[0], SECTIONS[1]);
    assert_eq!(&s1[s1.len() - 4..], ["1.", "2.", "3.", "4."], "{md}");
    let txt = text(&empty, Format::Text);
    let s1 = lines_between(
        &txt,
        &SECTIONS[0].to_uppercase(),
        &SECTIONS[1][..20].to_uppercase(),
    );
    assert_eq!(&s1[s1.len() - 4..], ["1.", "2.", "3.", "4."], "{txt}");
    let s3: Vec<String> = lines_between(&txt, "GLOBAL COMPACT FOR SAFE", "4. IMPLEMENTING")
        .into_iter()
        .map(norm)
        .collect();
    assert!(
        s3.contains(&"1. Governance mechanisms: Nothing captured.".to_owned()),
        "{txt}"
    );
}

fn s_add(s: &mut Session, slot: &str, text: &str, t: chrono::DateTime<chrono::Utc>) {
    s.add(NewItem::point(Some("plenary"), None, text).in_slot(slot), t)
        .unwrap();
}

// ---------------------------------------------------------------------------------------------
// 3. The second template

fn workshop_session() -> Session {
    let t = clock::now();
    let mut s = session::on(session::workshop_plan());
    s.set_header("rapporteur", "Rosa Quispe", t).unwrap();
    let add = session::add;
    let p = |table: Option<&str>, q: Option<&str>, text: &str| NewItem::point(table, q, text);
    add(
        &mut s,
        p(None, None, "Dr Amara Okafor")
            .in_slot("speaker")
            .with_field("affiliation", "Riverside Advice Centre"),
    );
    add(
        &mut s,
        p(None, None, "Tom Reilly")
            .in_slot("speaker")
            .with_field("affiliation", "Communities and Inclusion Team"),
    );
    add(
        &mut s,
        p(
            Some("housing-health"),
            Some("q2"),
            "Proof of address is demanded for GP registration although it is not required.",
        )
        .in_slot("key-issue"),
    );
    add(
        &mut s,
        p(
            Some("work-language"),
            Some("q4"),
            "English classes have a five-month waiting list.",
        )
        .in_slot("key-issue"),
    );
    add(
        &mut s,
        p(
            None,
            None,
            "The 2024 newcomer survey: six in ten did not know they could see a GP without \
             proof of address.",
        )
        .in_slot("presentation-summary")
        .with_field("presenter", "Tom Reilly"),
    );
    add(
        &mut s,
        p(
            Some("housing-health"),
            Some("q5"),
            "People fear that their data reaches enforcement; nobody could say where it goes.",
        )
        .in_slot("discussion"),
    );
    add(
        &mut s,
        p(
            Some("work-language"),
            Some("q3"),
            "Volunteer conversation clubs at the library work well.",
        )
        .in_slot("discussion"),
    );
    add(
        &mut s,
        p(
            None,
            Some("q6"),
            "Publish a one-page guide to services in the six main languages.",
        )
        .in_slot("next-step")
        .with_field("owner", "Communities and Inclusion Team")
        .with_field("by-when", "end of June"),
    );
    s
}

fn workshop_report() -> Vec<Needle> {
    vec![
        h("Workshop report"),
        c(
            "Please complete this report within one week of the workshop and send it to the \
           organisers. Keep it short: bullet-length entries are fine.",
        ),
        h("Workshop title"),
        c("Making local services work for newcomers"),
        h("Date"),
        // The event's day, written out in the report's language.
        c("14 March 2025"),
        h("Venue"),
        c("Riverside Civic Centre, Room 2"),
        h("Rapporteur"),
        c("Rosa Quispe"),
        h("1. Speakers"),
        c(
            "List everyone who presented or spoke as an invited contributor, with their \
           organisation or role.",
        ),
        h("Speaker 1"),
        c("Dr Amara Okafor"),
        h("Affiliation"),
        c("Riverside Advice Centre"),
        h("Speaker 2"),
        c("Tom Reilly"),
        h("Affiliation"),
        c("Communities and Inclusion Team"),
        h("2. Key issues raised"),
        c(
            "Up to five issues that came up most strongly in the workshop, most important \
           first. Say which table raised each one.",
        ),
        c("From Housing and Health Table"),
        c("Proof of address is demanded for GP registration although it is not required."),
        c("From Work and Language Table"),
        c("English classes have a five-month waiting list."),
        h("3. Summary of each presentation"),
        h("Presentation summary 1"),
        c(
            "The 2024 newcomer survey: six in ten did not know they could see a GP without \
           proof of address.",
        ),
        h("Presenter"),
        c("Tom Reilly"),
        h("4. Discussion"),
        c("From Housing and Health Table"),
        c("People fear that their data reaches enforcement; nobody could say where it goes."),
        c("From Work and Language Table"),
        c("Volunteer conversation clubs at the library work well."),
        h("5. Suggested next steps"),
        h("Next step 1"),
        c("Publish a one-page guide to services in the six main languages."),
        h("Owner"),
        c("Communities and Inclusion Team"),
        h("By when"),
        c("end of June"),
    ]
}

#[test]
fn the_workshop_template_exports_in_every_format_with_no_gfmd_wording() {
    let s = workshop_session();
    let json: Session = serde_json::from_slice(&bytes(&s, Format::Json)).expect("JSON parses");
    assert_eq!(json, s, "the JSON export is the session itself");

    let md = text(&s, Format::Markdown);
    let want: Vec<(u8, String)> = [
        (1, "Workshop report"),
        (2, "1. Speakers"),
        (3, "Speaker 1"),
        (3, "Speaker 2"),
        (2, "2. Key issues raised"),
        (2, "3. Summary of each presentation"),
        (3, "Presentation summary 1"),
        (2, "4. Discussion"),
        (2, "5. Suggested next steps"),
        (3, "Next step 1"),
    ]
    .into_iter()
    .map(|(l, t)| (l, t.to_owned()))
    .collect();
    assert_eq!(markdown_headings(&md), want, "Markdown headings:\n{md}");
    assert_eq!(markdown_html(&md), Vec::<String>::new(), "no raw HTML");

    for (format, doc) in rendered(&[&s]).remove(0) {
        assert_in_order(format, &doc, &workshop_report());
        let flat = norm(&doc).to_lowercase();
        for gfmd in [
            "gfmd",
            "civil society days",
            "global compact",
            "csd",
            "recommendation",
            "chatham",
            "anonymous",
            "session #",
            "inspiring",
            "priority message",
            "migration",
            "rapporteur(s)",
        ] {
            assert!(
                !flat.contains(gfmd),
                "{format}: {gfmd:?} leaks into the workshop report:\n{doc}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Chatham House

#[derive(Debug, Clone)]
struct QuoteCase {
    text: String,
    attribution: Option<Attribution>,
}

impl QuoteCase {
    /// Whether the report may name the speaker.
    fn named(&self) -> bool {
        self.attribution
            .as_ref()
            .is_some_and(|a| a.approved && !a.speaker.trim().is_empty())
    }
}

fn text_marker(i: usize) -> String {
    format!("QTXT{i}Z")
}

fn speaker_marker(i: usize) -> String {
    format!("QSPK{i}Z")
}

fn org_marker(i: usize) -> String {
    format!("QORG{i}Z")
}

/// Up to five quotes; speakers and organisations are absent, blank, or a name in any script
/// carrying a marker unique to the quote.
fn quote_cases() -> impl Strategy<Value = Vec<QuoteCase>> {
    let name = prop_oneof![
        1 => Just(None),
        1 => "[ \t]{0,3}".prop_map(|s| Some((s, false))),
        4 => "[\\p{L}][\\p{L}'. -]{0,10}".prop_map(|s| Some((s, true))),
    ];
    let one = (
        "[a-z]{1,8}( [a-z]{1,8}){0,8}",
        proptest::option::weighted(0.85, (name.clone(), name, any::<bool>())),
    );
    proptest::collection::vec(one, 1..=5).prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(|(i, (words, who))| {
                let mark = |n: Option<(String, bool)>, m: String| match n {
                    None => String::new(),
                    Some((s, false)) => s,
                    Some((s, true)) => format!("{s}{m}"),
                };
                QuoteCase {
                    text: format!("{} {words}", text_marker(i)),
                    attribution: who.map(|(sp, org, approved)| Attribution {
                        speaker: mark(sp, speaker_marker(i)),
                        organisation: mark(org, org_marker(i)),
                        approved,
                    }),
                }
            })
            .collect()
    })
}

fn quotes_session(cases: &[QuoteCase]) -> Session {
    let mut s = session::new();
    for q in cases {
        let mut n = NewItem::point(Some("plenary"), None, q.text.clone()).in_slot("quote");
        n.attribution = q.attribution.clone();
        session::add(&mut s, n);
    }
    s
}

/// In `doc`, each quote is followed (before the next quote, or section 8) by its speaker and
/// organisation when approval is recorded, else by "anonymous"; an unapproved name appears
/// nowhere.
fn check_quotes(format: &str, doc: &str, cases: &[QuoteCase]) -> Result<(), String> {
    let flat = norm(doc);
    let end = flat
        .to_ascii_lowercase()
        .find("8. other information")
        .ok_or(format!("{format}: no section 8:\n{doc}"))?;
    let starts: Vec<usize> = (0..cases.len())
        .map(|i| {
            let m = text_marker(i);
            match flat.matches(&m).count() {
                1 => Ok(flat.find(&m).unwrap_or_default()),
                n => Err(format!("{format}: quote {m} appears {n} times:\n{doc}")),
            }
        })
        .collect::<Result<_, _>>()?;
    for (i, q) in cases.iter().enumerate() {
        let seg = &flat[starts[i]..starts.get(i + 1).copied().unwrap_or(end)];
        let a = q.attribution.clone().unwrap_or_default();
        if q.named() {
            let mut who = vec![norm(&a.speaker)];
            if !a.organisation.trim().is_empty() {
                who.push(norm(&a.organisation));
            }
            for w in who {
                if !seg.contains(&w) {
                    return Err(format!("{format}: quote {i} ({q:?}) lacks {w:?}: {seg:?}"));
                }
            }
            if seg.contains("anonymous") {
                return Err(format!(
                    "{format}: approved quote {i} is anonymous: {seg:?}"
                ));
            }
        } else {
            if !seg.contains("anonymous") {
                return Err(format!(
                    "{format}: quote {i} ({q:?}) is not anonymous: {seg:?}"
                ));
            }
            for m in [speaker_marker(i), org_marker(i)] {
                if flat.contains(&m) {
                    return Err(format!(
                        "{format}: quote {i} ({q:?}) has no approval, yet {m} is printed:\n{doc}"
                    ));
                }
            }
        }
    }
    Ok(())
}

#[test]
fn chatham_house_names_a_speaker_only_with_approval_in_every_format() {
    let mut runner = TestRunner::new(Config {
        cases: 40,
        failure_persistence: None,
        ..Config::default()
    });
    // The .docx files are checked after the run, all in one LibreOffice conversion.
    let docx: Mutex<Vec<(Vec<QuoteCase>, Vec<u8>)>> = Mutex::new(Vec::new());
    let result = runner.run(&quote_cases(), |cases| {
        let s = quotes_session(&cases);
        let md = markdown_text(&text(&s, Format::Markdown));
        check_quotes("md", &md, &cases).map_err(TestCaseError::fail)?;
        check_quotes("txt", &text(&s, Format::Text), &cases).map_err(TestCaseError::fail)?;
        let mut d = docx.lock().expect("lock");
        if d.len() < 40 {
            d.push((cases, bytes(&s, Format::Docx)));
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let docx = docx.into_inner().expect("lock");
    let texts = docx_texts(&docx.iter().map(|(_, b)| b.clone()).collect::<Vec<_>>());
    for ((cases, _), t) in docx.iter().zip(texts) {
        if let Err(e) = check_quotes("docx", &t, cases) {
            panic!("{e}\ncases: {cases:#?}");
        }
    }
}

#[test]
fn chatham_house_the_edge_cases_by_hand() {
    let who = |speaker: &str, organisation: &str, approved| {
        Some(Attribution {
            speaker: speaker.into(),
            organisation: organisation.into(),
            approved,
        })
    };
    let cases = vec![
        QuoteCase {
            text: format!("{} approved", text_marker(0)),
            attribution: who("Fatima QSPK0Z", "Caritas QORG0Z", true),
        },
        QuoteCase {
            text: format!("{} not approved", text_marker(1)),
            attribution: who("Rahim QSPK1Z", "QORG1Z", false),
        },
        QuoteCase {
            text: format!("{} approved, no speaker", text_marker(2)),
            attribution: who("  ", "Union QORG2Z", true),
        },
        QuoteCase {
            text: format!("{} nobody recorded", text_marker(3)),
            attribution: None,
        },
    ];
    let s = quotes_session(&cases);
    for (format, doc) in [
        ("md", markdown_text(&text(&s, Format::Markdown))),
        ("txt", text(&s, Format::Text)),
    ] {
        check_quotes(format, &doc, &cases).unwrap_or_else(|e| panic!("{e}"));
    }
}

// ---------------------------------------------------------------------------------------------
// 5. Picks

fn rec_ids(s: &Session) -> Vec<ItemId> {
    s.picks["recommendation"].items.clone()
}

#[test]
fn picks_decide_which_recommendations_go_in_and_in_what_order() {
    let base = example();
    let ids = rec_ids(&base);
    assert_eq!(ids.len(), 4);

    // The rapporteur drops the second recommendation.
    let mut unpicked = base.clone();
    unpicked
        .set_picked(ids[1], false, clock::now())
        .expect("leave out");

    // … or reverses the order, of the recommendations and of the priority messages.
    let mut reordered = base.clone();
    reordered
        .picks
        .get_mut("recommendation")
        .unwrap()
        .items
        .reverse();
    reordered
        .picks
        .get_mut("priority-message")
        .unwrap()
        .items
        .reverse();

    // … or deletes it while the pick list still names it, along with an id never seen.
    let mut deleted = base.clone();
    deleted.delete(ids[1], clock::now()).expect("delete");
    deleted
        .picks
        .get_mut("recommendation")
        .unwrap()
        .items
        .insert(0, ItemId::new());
    assert!(
        rec_ids(&deleted).contains(&ids[1]),
        "still named by the picks"
    );

    let without_second = || {
        vec![
            h("Recommendation 1 and who targeted to"),
            c("From Asia Group"),
            c(REC_1),
            h("Recommendation 2 and who targeted to"),
            c("From Europe and Mediterranean Group"),
            c(REC_3),
            c("Connect parliamentarians with each other across regions"),
            h("Recommendation 3 and who targeted to"),
            c(REC_4),
            c("Engage parliamentarians"),
            h(SECTIONS[2]),
        ]
    };
    let reversed = vec![
        h("Recommendation 1 and who targeted to"),
        c(REC_4),
        c("Engage parliamentarians"),
        h("Recommendation 2 and who targeted to"),
        c("From Europe and Mediterranean Group"),
        c(REC_3),
        c("Connect parliamentarians with each other across regions"),
        h("Recommendation 3 and who targeted to"),
        c("From Latin America Group"),
        c(REC_2),
        c("Open up IOM contracts"),
        h("Recommendation 4 and who targeted to"),
        c("From Asia Group"),
        c(REC_1),
        c("Compact negotiations specify Sending country obligations"),
        h(SECTIONS[2]),
        h(SECTIONS[5]),
        c(&format!("1. {MESSAGE_2}")),
        c(&format!("2. {MESSAGE_1}")),
        h(SECTIONS[6]),
    ];
    let docs = rendered(&[&unpicked, &reordered, &deleted]);
    for (variant, (doc, want, second_gone)) in [
        ("unpicked", (&docs[0], without_second(), true)),
        ("reordered", (&docs[1], reversed, false)),
        ("deleted", (&docs[2], without_second(), true)),
    ] {
        for (format, t) in doc {
            let what = format!("{variant} {format}");
            assert_in_order(&what, t, &want);
            if second_gone {
                let flat = norm(t);
                for gone in [
                    "IOM should embrace",
                    "Open up IOM contracts",
                    "Public disclosures of terms",
                    "From Latin America Group",
                ] {
                    assert!(!flat.contains(gone), "{what}: {gone:?} is gone:\n{t}");
                }
                assert_eq!(
                    count_folded(t, "Recommendation 4 and who targeted to"),
                    0,
                    "{what}: three recommendations, renumbered"
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 6. Errors, through the command line

fn breakout(args: &[&std::ffi::OsStr], dir: &Path) -> Ran {
    bin::run(dir, args)
}

macro_rules! args {
    ($($a:expr),* $(,)?) => {
        &[$(std::ffi::OsStr::new(&$a)),*]
    };
}

/// A folder with a copy of the example session in it.
fn session_dir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = session::copy_example(dir.path(), "session.json");
    (dir, path)
}

/// Exports in every format to `out_dir`, which cannot be written: exit 1, a message naming the
/// output, nothing on stdout, nothing written.
fn export_fails_into(session: &Path, out_dir: &Path, reason: &[&str], cwd: &Path) {
    for ext in ["md", "txt", "docx", "json"] {
        let out = out_dir.join(format!("report.{ext}"));
        let o = breakout(args!["export", session, "--format", ext, "-o", out], cwd);
        let err = o.err();
        assert_eq!(o.status.code(), Some(1), "{ext}: exit 1; stderr: {err}");
        assert!(o.stdout.is_empty(), "{ext}: nothing on stdout");
        assert!(
            err.contains(&format!("report.{ext}")),
            "{ext}: the message names the output: {err}"
        );
        assert!(
            reason.iter().any(|r| err.contains(r)),
            "{ext}: the message says why ({reason:?}): {err}"
        );
        assert!(
            err.starts_with("breakout: ") || err.contains("\nbreakout: "),
            "{err}"
        );
    }
}

#[test]
fn exporting_to_a_folder_that_cannot_be_written_fails_and_writes_nothing() {
    let (dir, session) = session_dir();
    let before = std::fs::read(&session).unwrap();

    // A folder that does not exist: always possible.
    let missing = dir.path().join("no-such-folder");
    export_fails_into(
        &session,
        &missing,
        &["No such file or directory", "does not exist", "not found"],
        dir.path(),
    );
    assert!(!missing.exists(), "the folder is not created");
    assert_eq!(files_in(dir.path()), ["session.json"]);

    // A read-only folder, for real, where mounting is allowed.
    let ro = tempfile::tempdir().expect("temp dir");
    match read_only_over(ro.path()) {
        Ok(guard) => {
            export_fails_into(
                &session,
                ro.path(),
                &["Read-only file system", "read-only", "cannot write"],
                dir.path(),
            );
            drop(guard);
            assert_eq!(files_in(ro.path()), Vec::<String>::new(), "nothing written");
        }
        Err(why) => loud_skip(
            "exporting into a read-only folder (bind mount)",
            &why,
            "Only the missing-folder case ran.",
        ),
    }
    assert_eq!(
        std::fs::read(&session).unwrap(),
        before,
        "session unchanged"
    );
}

#[test]
fn a_layout_that_does_not_parse_fails_with_its_line_and_writes_nothing() {
    let (dir, session) = session_dir();
    let layout = dir.path().join("bad.md.j2");
    std::fs::write(
        &layout,
        "# {{ report.title }}\n\n{% for x in %}\n{% endfor %}\n",
    )
    .unwrap();
    for format in ["md", "txt"] {
        let out = dir.path().join(format!("out.{format}"));
        let o = breakout(
            args![
                "export", session, "--format", format, "--layout", layout, "-o", out
            ],
            dir.path(),
        );
        let err = o.err();
        assert_eq!(o.status.code(), Some(1), "{format}: exit 1; stderr: {err}");
        assert!(err.contains("line 3"), "{format}: names the line: {err}");
        assert!(err.contains("syntax error"), "{format}: says what: {err}");
        assert!(!out.exists(), "{format}: no output file");
        // To standard output: nothing printed either.
        let o = breakout(
            args!["export", session, "--format", format, "--layout", layout],
            dir.path(),
        );
        assert_eq!(o.status.code(), Some(1));
        assert!(o.stdout.is_empty(), "{format}: nothing on stdout");
    }
    assert_eq!(files_in(dir.path()), ["bad.md.j2", "session.json"]);
}

#[test]
fn the_session_file_itself_is_never_an_output() {
    let (dir, session) = session_dir();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let before = std::fs::read(&session).unwrap();
    for out in ["session.json", "./sub/../session.json"] {
        let abs = dir.path().join(out);
        for o_arg in [std::ffi::OsString::from(out), abs.into_os_string()] {
            for format in ["json", "md", "docx"] {
                let o = breakout(
                    args!["export", "session.json", "--format", format, "-o", o_arg],
                    dir.path(),
                );
                let err = o.err();
                assert_eq!(o.status.code(), Some(1), "{o_arg:?} {format}: {err}");
                assert!(err.contains("session file"), "says why: {err}");
                assert_eq!(std::fs::read(&session).unwrap(), before, "unchanged");
            }
        }
    }
    assert_eq!(files_in(dir.path()), ["session.json", "sub"]);
}

#[test]
fn a_users_own_layout_is_used() {
    let (dir, session) = session_dir();
    let layout = dir.path().join("mine.j2");
    std::fs::write(
        &layout,
        "Report: {{ report.title }}\n{% for s in report.sections %}\
         [{{ s.number }}] {{ s.heading }} ({{ s.slots[0].entries | length }})\n{% endfor %}",
    )
    .unwrap();
    let s = example();
    let mut want = format!("Report: {}\n", s.template.title);
    let counts = [3, 4, 1, 1, 1, 2, 2, 1];
    for (sec, n) in s.template.sections.iter().zip(counts) {
        want.push_str(&format!("[{}] {} ({n})\n", sec.number, sec.heading));
    }
    let out = dir.path().join("mine.md");
    let o = breakout(
        args![
            "export", session, "--format", "md", "--layout", layout, "-o", out
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", o.err());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), want);
    // Plain text too, to standard output.
    let o = breakout(
        args!["export", session, "--format", "txt", "--layout", layout],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", o.err());
    assert_eq!(String::from_utf8(o.stdout).unwrap(), want);
}

// ---------------------------------------------------------------------------------------------
// 7. The app's export: the three files beside the session

/// What the app's export key does: the report files, written atomically.
fn write_reports(s: &Session, path: &Path) -> Vec<PathBuf> {
    let report = breakout::export::report_files(s, path).expect("report files");
    atomic::write_files(&report.files).expect("write reports")
}

#[test]
fn write_reports_puts_the_three_exports_beside_the_session() {
    let (dir, path) = session_dir();
    let s = load::read_session(&path).unwrap();
    let written = write_reports(&s, &path);
    let names = [
        "session.report.md",
        "session.report.txt",
        "session.report.docx",
    ];
    assert_eq!(
        written,
        names.map(|n| dir.path().join(n)).to_vec(),
        "the paths written, in order"
    );
    for (p, format) in written
        .iter()
        .zip([Format::Markdown, Format::Text, Format::Docx])
    {
        assert_eq!(
            std::fs::read(p).unwrap(),
            bytes(&s, format),
            "{} is what export() produces",
            p.display()
        );
    }
    let mut want: Vec<String> = names.iter().map(|n| n.to_string()).collect();
    want.push("session.json".into());
    want.sort();
    assert_eq!(
        files_in(dir.path()),
        want,
        "nothing else, no temporary files"
    );
    // Again: replaced in place.
    write_reports(&s, &path);
    assert_eq!(files_in(dir.path()), want);
}

// ---------------------------------------------------------------------------------------------
// The report's own words, in the template's language

/// A session of the default plan whose template says `language`: one recommendation from the
/// Asia table without actions, every other slot empty.
fn session_in(language: Option<&str>) -> Session {
    let mut s = session::new();
    std::sync::Arc::make_mut(&mut s.template).language = language.map(str::to_owned);
    session::add(
        &mut s,
        NewItem::point(
            Some("asia"),
            None,
            "Protect the rights of children on the move",
        )
        .in_slot("recommendation"),
    );
    s
}

#[test]
fn a_template_in_french_gives_the_report_french_words_in_every_format() {
    let fr = session_in(Some("fr"));
    let en = session_in(None);
    let reports = rendered(&[&fr, &en]);
    for (format, text) in &reports[0] {
        let text = norm(text);
        for words in [
            "Rien n'a été saisi.",
            "Aucun élément saisi.",
            "Origine : Asia Group",
        ] {
            assert!(text.contains(words), "{format}: no {words:?} in {text}");
        }
        for english in ["Nothing captured", "None captured", "From Asia Group"] {
            assert!(!text.contains(english), "{format}: {english:?} in {text}");
        }
    }
    for (format, text) in &reports[1] {
        let text = norm(text);
        for words in ["Nothing captured.", "None captured.", "From Asia Group"] {
            assert!(text.contains(words), "{format}: no {words:?} in {text}");
        }
    }
    // The interface's language (English here) does not change the report's.
    let fr_in_spanish =
        breakout::i18n::scoped(breakout::i18n::Lang::find("es").expect("es"), || {
            text(&fr, Format::Markdown)
        });
    assert_eq!(fr_in_spanish, text(&fr, Format::Markdown));
}

#[test]
fn a_language_without_a_catalog_writes_english_words() {
    let de = session_in(Some("de-AT"));
    assert!(de.validate().is_ok(), "a well-formed code is valid");
    let report = breakout::export::report::build(&de);
    assert_eq!(report.language, "en");
    assert_eq!(report.unknown_language.as_deref(), Some("de-AT"));
    assert!(norm(&text(&de, Format::Text)).contains("Nothing captured."));

    let es = breakout::export::report::build(&session_in(Some("es-MX")));
    assert_eq!((es.language.as_str(), es.unknown_language), ("es", None));
    assert_eq!(es.words.nothing_captured, "No se capturó nada.");
}

#[test]
fn a_custom_layout_gets_the_words() {
    let fr = session_in(Some("fr"));
    let out = export(
        &fr,
        Format::Markdown,
        Some(
            "{{ report.language }}: {{ words.nothing_captured }} / {{ report.words.none_chosen }}",
        ),
    )
    .expect("renders");
    assert_eq!(
        String::from_utf8(out).expect("utf-8"),
        "fr: Rien n'a été saisi. / Rien n'a encore été retenu pour le rapport.\n"
    );
}
