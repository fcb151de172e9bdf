//! The plan as the young person sees it: what `<pep-young-person-view>` and
//! `<pep-my-views>` show, in their words.
//!
//! [`young_person_view`] turns a PEP into plain, second-person text: the
//! council's title for the plan ("My Education Review"), what is going well
//! (strengths first), each target as "what", "how you will know", "who is
//! helping" and "by when" with dates in words, progress per subject and term
//! as a level for a picture plus words for its text alternative, attendance
//! as a number and a sentence, what people said, and the date of the next
//! review in words. The widgets only lay it out.
//!
//! Every sentence of pepkit's own comes from the message catalogue under a
//! `yp-` key ([`EN_GB`]), written at a reading grade of 5 or below (tested in
//! `tests/language.rs`). The words adults wrote are shown as they wrote them;
//! the `language-*` rules are what help them write those words for the young
//! person. Sources: seed 004 ("write the PEP to the young person"), seed 000
//! (young people prefer "Education Review"), seed 002 (every PEP reflects the
//! child's voice), DOMAIN.md "Writing for the young person".

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::Serialize;

use crate::Config;
use crate::messages::message;
use crate::model::{Feeling, Kind, Pep, Progress, SubjectProgress, TermProgress};

/// The young person's wording, by key. Placeholders: `{name}`, `{review}`
/// (the plan's title without "My"), `{date}`, `{attendance}`, `{period}`,
/// `{number}`, `{who}`.
pub(crate) const EN_GB: &[(&str, &str)] = &[
    ("yp-hello", "Hi {name}."),
    ("yp-hello-no-name", "Hi."),
    (
        "yp-intro",
        "This is your plan for your learning. It was made for you. It says what is going well, what you are working on, and who is helping you.",
    ),
    ("yp-going-well", "What is going well"),
    ("yp-teachers-say", "Your teachers say"),
    ("yp-you-said", "You said"),
    ("yp-going-well-none", "Nothing is written here yet."),
    ("yp-working-on", "What you are working on"),
    ("yp-goal", "Goal {number}"),
    ("yp-goal-how-know", "How you will know"),
    ("yp-goal-steps", "What will happen"),
    ("yp-goal-who", "Who is helping you"),
    ("yp-goal-by", "By when"),
    (
        "yp-goals-none",
        "You do not have any goals written down yet.",
    ),
    ("yp-subjects", "How you are doing in each subject"),
    (
        "yp-subjects-intro",
        "The longer the bar, the better it is going. Each subject has a bar for each term.",
    ),
    (
        "yp-subjects-none",
        "Your subjects are not written down yet.",
    ),
    ("yp-subjects-table", "Your subjects, term by term"),
    ("yp-subject", "Subject name"),
    ("yp-autumn", "Autumn term"),
    ("yp-spring", "Spring term"),
    ("yp-summer", "Summer term"),
    ("yp-now", "Right now"),
    ("yp-eyfs-communication-and-language", "Talk and listen"),
    ("yp-eyfs-physical-development", "Moving and being active"),
    (
        "yp-eyfs-personal-social-and-emotional-development",
        "Feelings and friends",
    ),
    ("yp-eyfs-literacy", "Books and mark making"),
    ("yp-eyfs-mathematics", "Numbers and shapes"),
    ("yp-eyfs-understanding-the-world", "The world around you"),
    (
        "yp-eyfs-expressive-arts-and-design",
        "Art, music and making",
    ),
    ("yp-progress-more", "Going really well"),
    ("yp-progress-expected", "Going well"),
    ("yp-progress-less", "Needs more help"),
    ("yp-progress-none", "Not known yet"),
    ("yp-attendance", "How often you came in"),
    (
        "yp-attendance-words",
        "You came in on {attendance} out of every 100 days.",
    ),
    ("yp-attendance-period", "This is for {period}."),
    (
        "yp-attendance-none",
        "Your attendance is not written down yet.",
    ),
    ("yp-people-said", "What people said"),
    ("yp-people-none", "Nobody has added their views yet."),
    ("yp-next", "When we meet next"),
    (
        "yp-next-date",
        "Your next {review} is on {date}. We will see you then.",
    ),
    (
        "yp-next-none",
        "The date of your next {review} is not set yet. Someone will tell you soon.",
    ),
    // <pep-my-views>
    ("yp-my-views", "My views"),
    (
        "yp-my-views-intro",
        "This is your space to say what you think. Write as much or as little as you like. You can skip any question.",
    ),
    ("yp-feeling", "How is school going?"),
    ("yp-feeling-post16", "How is college or work going?"),
    ("yp-feeling-hint", "Pick the one that fits best."),
    ("yp-feeling-really-hard", "Really hard"),
    ("yp-feeling-hard", "Hard"),
    ("yp-feeling-ok", "OK"),
    ("yp-feeling-good", "Good"),
    ("yp-feeling-really-good", "Really good"),
    ("yp-ask-going-well", "What is going well?"),
    (
        "yp-ask-going-well-hint",
        "It could be a subject, a club, a friend or a teacher.",
    ),
    ("yp-ask-hard", "What is hard right now?"),
    ("yp-ask-hard-hint", "It can be big or small."),
    ("yp-ask-help", "What would help you?"),
    (
        "yp-ask-help-hint",
        "It could be help in class, a club, or something at home.",
    ),
    ("yp-ask-future", "What would you like to do in the future?"),
    (
        "yp-ask-future-hint",
        "A job, a course, or something you would love to try.",
    ),
    (
        "yp-ask-more-study",
        "Would you like to keep on learning when you are older? It could be at college or at uni.",
    ),
    ("yp-ask-else", "Is there anything else you want to say?"),
    ("yp-ask-helper", "Did someone help you write this?"),
    (
        "yp-ask-helper-hint",
        "You do not have to say. You could put their name, or who they are, like your carer.",
    ),
    ("yp-chars-left", "You can write {number} more letters."),
    (
        "yp-chars-over",
        "You have written {number} letters too many.",
    ),
];

/// What the young person is shown, ready to lay out.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct YoungPersonView {
    /// The plan's title: the council's `terminology.youngPersonTitle`.
    pub title: String,
    /// "Hi Jamie." with their preferred name.
    pub hello: String,
    /// What the page is.
    pub intro: String,
    /// What is going well: the school's words, then the young person's.
    pub going_well: Vec<Said>,
    /// The targets, in plain words.
    pub goals: Vec<Goal>,
    /// The progress columns: the terms ("Autumn term", "Spring term",
    /// "Summer term"), or "Right now" for an early years PEP's areas of
    /// learning.
    pub columns: Vec<String>,
    /// Progress per subject (or area of learning), a level per column.
    pub subjects: Vec<SubjectInWords>,
    /// Attendance, when recorded.
    pub attendance: Option<Attendance>,
    /// What the adults said, then what the young person said.
    pub people_said: Vec<Said>,
    /// "Your next Education Review is on Tuesday 3 February 2027."
    pub next_review: String,
    /// The name of the plan in a sentence: "Education Review".
    pub review: String,
}

/// Something someone said.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Said {
    /// Who said it ("Your teachers say", "Ms Shah, your social worker").
    pub who: String,
    /// What they said, as they wrote it.
    pub words: String,
}

/// One target as the young person reads it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Goal {
    /// "Goal 1".
    pub heading: String,
    /// What they are working towards.
    pub what: String,
    /// How they will know they have done it.
    pub how_know: Option<String>,
    /// What will happen: the actions.
    pub steps: Option<String>,
    /// Who is helping: the lead's name and role.
    pub who: Option<String>,
    /// The deadline in words.
    pub by: Option<String>,
}

/// One subject's progress across the terms.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SubjectInWords {
    /// The subject ("English").
    pub subject: String,
    /// One per column: autumn, spring and summer, or right now.
    pub terms: Vec<TermInWords>,
}

/// One term of one subject.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TermInWords {
    /// "Autumn".
    pub term: String,
    /// 1 (needs more help), 2 (going well), 3 (going really well), or 0
    /// when not known: the bar's height.
    pub level: u8,
    /// The level in words.
    pub words: String,
}

/// Attendance as a number and a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Attendance {
    /// The percentage, rounded to a whole number.
    pub percent: u8,
    /// "You came in on 94 out of every 100 days. This is for the autumn term."
    pub words: String,
}

/// A date in words: "Tuesday 3 February 2027".
pub fn date_in_words(date: Date) -> String {
    crate::schedule::long_date(date)
}

/// The plan's name in a sentence: the council's title without a leading
/// "My" ("My Education Review" is "your next Education Review").
pub fn review_name(config: &Config) -> String {
    let title = config.terminology.young_person_title.trim();
    match title.get(..3) {
        Some(my) if my.eq_ignore_ascii_case("my ") => title[3..].trim().to_owned(),
        _ => title.to_owned(),
    }
}

/// The young person's name: their preferred name, else their first name.
pub fn first_name(pep: &Pep) -> Option<&str> {
    let child = &pep.child;
    child
        .preferred_name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .or_else(|| child.name.as_deref()?.split_whitespace().next())
}

/// The words for one point of the "how is school going" scale.
pub fn feeling_words(config: &Config, feeling: Feeling) -> String {
    message(config, &format!("yp-feeling-{}", feeling.as_str()), &[])
}

/// The question for the "how is school going" scale, by kind of PEP.
pub fn feeling_question(config: &Config, kind: Kind) -> String {
    let key = match kind {
        Kind::Post16 => "yp-feeling-post16",
        Kind::EarlyYears | Kind::SchoolAge => "yp-feeling",
    };
    message(config, key, &[])
}

/// Builds what the young person sees.
pub fn young_person_view(pep: &Pep, config: &Config) -> YoungPersonView {
    let m = |key: &str, params: &[(&str, String)]| message(config, key, params);
    let review = review_name(config);
    let hello = match first_name(pep) {
        Some(name) => m("yp-hello", &[("name", name.to_owned())]),
        None => m("yp-hello-no-name", &[]),
    };

    let mut going_well = Vec::new();
    let teachers = m("yp-teachers-say", &[]);
    going_well.extend(text(&pep.attainment.strengths).map(|words| Said {
        who: teachers.clone(),
        words,
    }));
    let you_said = m("yp-you-said", &[]);
    going_well.extend(text(&pep.views.going_well).map(|words| Said {
        who: you_said.clone(),
        words,
    }));

    let goals = pep
        .targets
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            Some(Goal {
                heading: m("yp-goal", &[("number", (i + 1).to_string())]),
                what: text(&t.outcome)?,
                how_know: text(&t.success_measure),
                steps: text(&t.actions),
                who: t.lead.as_ref().and_then(|lead| {
                    let name = text(&lead.name)?;
                    Some(match text(&lead.role) {
                        Some(role) => format!("{name} ({role})"),
                        None => name,
                    })
                }),
                by: t.deadline.map(|d| date_in_words(d.civil())),
            })
        })
        .collect();

    let level_words = |level: u8, key: &str| {
        let words_key = [
            "yp-progress-none",
            "yp-progress-less",
            "yp-progress-expected",
            "yp-progress-more",
        ][usize::from(level)];
        TermInWords {
            term: m(key, &[]),
            level,
            words: m(words_key, &[]),
        }
    };
    let term_words = |term: &Option<TermProgress>, key: &str| {
        let level = match term.as_ref().and_then(|t| t.progress) {
            Some(Progress::LessThanExpected) => 1,
            Some(Progress::Expected) => 2,
            Some(Progress::MoreThanExpected) => 3,
            None => 0,
        };
        level_words(level, key)
    };
    let mut subjects: Vec<SubjectInWords> = pep
        .attainment
        .subjects
        .iter()
        .filter_map(|s: &SubjectProgress| {
            Some(SubjectInWords {
                subject: text(&s.subject)?,
                terms: vec![
                    term_words(&s.autumn, "yp-autumn"),
                    term_words(&s.spring, "yp-spring"),
                    term_words(&s.summer, "yp-summer"),
                ],
            })
        })
        .collect();
    let mut columns: Vec<String> = ["yp-autumn", "yp-spring", "yp-summer"]
        .iter()
        .map(|k| m(k, &[]))
        .collect();
    // Early years: the areas of learning, on track for their age or not.
    if subjects.is_empty()
        && pep.kind == Kind::EarlyYears
        && let Some(early) = &pep.early_years
    {
        subjects = early
            .eyfs
            .iter()
            .filter_map(|e| {
                let area = serde_json::to_value(e.area?).ok()?;
                let level = match e.on_track {
                    Some(true) => 2,
                    Some(false) => 1,
                    None => 0,
                };
                Some(SubjectInWords {
                    subject: m(&format!("yp-eyfs-{}", area.as_str()?), &[]),
                    terms: vec![level_words(level, "yp-now")],
                })
            })
            .collect();
        columns = vec![m("yp-now", &[])];
    }

    let attendance = pep.meeting.attendance_percent.map(|p| {
        let percent = p.clamp(0.0, 100.0).round() as u8;
        let mut words = m(
            "yp-attendance-words",
            &[("attendance", percent.to_string())],
        );
        if let Some(period) = text(&pep.meeting.attendance_period) {
            words.push(' ');
            words.push_str(&m("yp-attendance-period", &[("period", period)]));
        }
        Attendance { percent, words }
    });

    let mut people_said: Vec<Said> = pep
        .meeting
        .views
        .iter()
        .filter_map(|v| {
            let words = text(&v.view)?;
            let who = match (text(&v.name), text(&v.role)) {
                (Some(name), Some(role)) => format!("{name} ({role})"),
                (Some(name), None) => name,
                (None, Some(role)) => role,
                (None, None) => return None,
            };
            Some(Said { who, words })
        })
        .collect();
    let yours = [
        &pep.views.finding_hard,
        &pep.views.would_help,
        &pep.views.aspirations,
        &pep.views.higher_education,
        &pep.views.anything_else,
    ];
    people_said.extend(yours.into_iter().filter_map(text).map(|words| Said {
        who: you_said.clone(),
        words,
    }));

    let next_review = match pep.next_pep_date {
        Some(date) => m(
            "yp-next-date",
            &[
                ("review", review.clone()),
                ("date", date_in_words(date.civil())),
            ],
        ),
        None => m("yp-next-none", &[("review", review.clone())]),
    };

    YoungPersonView {
        title: config.terminology.young_person_title.clone(),
        hello,
        intro: m("yp-intro", &[]),
        going_well,
        goals,
        columns,
        subjects,
        attendance,
        people_said,
        next_review,
        review,
    }
}

/// A text that has something in it, trimmed.
fn text(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pep(json: serde_json::Value) -> Pep {
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn speaks_to_the_young_person_by_name_with_dates_in_words() {
        let view = young_person_view(
            &pep(serde_json::json!({
                "child": {"name": "Jamie Morgan"},
                "nextPepDate": "2027-02-02",
                "targets": [{"outcome": "Read a chapter a week", "deadline": "2027-01-29",
                             "lead": {"name": "Ms Patel", "role": "English teacher"}}],
            })),
            &Config::default(),
        );
        assert_eq!(view.title, "My Education Review");
        assert_eq!(view.hello, "Hi Jamie.");
        assert_eq!(
            view.next_review,
            "Your next Education Review is on Tuesday 2 February 2027. We will see you then."
        );
        assert_eq!(view.goals[0].by.as_deref(), Some("Friday 29 January 2027"));
        assert_eq!(
            view.goals[0].who.as_deref(),
            Some("Ms Patel (English teacher)")
        );
    }

    #[test]
    fn uses_the_councils_title() {
        let mut config = Config::default();
        config.terminology.young_person_title = "Learning Plan".into();
        let view = young_person_view(&Pep::default(), &config);
        assert_eq!(view.title, "Learning Plan");
        assert_eq!(view.review, "Learning Plan");
        assert!(
            view.next_review
                .contains("your next Learning Plan is not set")
        );
        assert_eq!(view.hello, "Hi.");
    }

    #[test]
    fn progress_becomes_levels_and_words() {
        let view = young_person_view(
            &pep(serde_json::json!({
                "attainment": {"subjects": [
                    {"subject": "Maths", "autumn": {"progress": "less-than-expected"},
                     "spring": {"progress": "more-than-expected"}},
                    {"level": "GCSE"}
                ]},
                "meeting": {"attendancePercent": 93.6, "attendancePeriod": "the autumn term"},
            })),
            &Config::default(),
        );
        assert_eq!(view.subjects.len(), 1, "a subject with no name is left out");
        let levels: Vec<u8> = view.subjects[0].terms.iter().map(|t| t.level).collect();
        assert_eq!(levels, [1, 3, 0]);
        assert_eq!(view.subjects[0].terms[2].words, "Not known yet");
        let attendance = view.attendance.unwrap();
        assert_eq!(attendance.percent, 94);
        assert_eq!(
            attendance.words,
            "You came in on 94 out of every 100 days. This is for the autumn term."
        );
    }

    #[test]
    fn early_years_shows_areas_of_learning_in_plain_words() {
        let view = young_person_view(
            &pep(serde_json::json!({
                "kind": "early-years",
                "earlyYears": {"eyfs": [
                    {"area": "communication-and-language", "onTrack": false},
                    {"area": "physical-development", "onTrack": true},
                ]},
            })),
            &Config::default(),
        );
        assert_eq!(view.columns, ["Right now"]);
        assert_eq!(view.subjects[0].subject, "Talk and listen");
        assert_eq!(view.subjects[0].terms[0].words, "Needs more help");
        assert_eq!(view.subjects[1].terms[0].level, 2);
    }

    #[test]
    fn strengths_come_first_then_the_young_persons_words() {
        let view = young_person_view(
            &pep(serde_json::json!({
                "attainment": {"strengths": "You are kind to others."},
                "views": {"goingWell": "Football club", "findingHard": "Maths tests"},
                "meeting": {"views": [{"name": "Sam", "role": "carer", "view": "You work hard."}]},
            })),
            &Config::default(),
        );
        assert_eq!(view.going_well[0].words, "You are kind to others.");
        assert_eq!(view.going_well[1].who, "You said");
        assert_eq!(view.people_said[0].who, "Sam (carer)");
        assert_eq!(view.people_said[1].words, "Maths tests");
    }
}
