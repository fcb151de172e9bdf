//! `<pep-young-person-view>`: the plan, read-only, for the young person.
//!
//! pep-core's [`pep_core::young_person::young_person_view`] decides every
//! word (second person, dates in words, the council's title); this file lays
//! it out: sections with headings, the goals as short lists, a progress
//! picture with a table of the same, attendance as a picture with the number,
//! and the next review date. It fits a 320-pixel phone and prints on paper
//! (`pepkit.css`, `@media print`).

use leptos::prelude::*;
use pep_core::Config;
use pep_core::model::Pep;
use pep_core::young_person::{
    Attendance, Goal, Said, SubjectInWords, YoungPersonView as View, young_person_view,
};

/// The young person's view of their plan.
#[component]
pub fn YoungPersonView(
    /// The PEP shown.
    pep: RwSignal<Pep>,
    /// The council's configuration: its title for the plan and its wording.
    config: StoredValue<Config>,
) -> impl IntoView {
    let say = move |key: &str| config.with_value(|c| pep_core::messages::message(c, key, &[]));
    let View {
        title,
        hello,
        intro,
        going_well,
        goals,
        columns,
        subjects,
        attendance,
        people_said,
        next_review,
        review: _,
    } = pep.with_untracked(|p| config.with_value(|c| young_person_view(p, c)));

    let going_well = if going_well.is_empty() {
        view! { <p class="pep-body">{say("yp-going-well-none")}</p> }.into_any()
    } else {
        view! { <SaidList said=going_well /> }.into_any()
    };
    let goals = if goals.is_empty() {
        view! { <p class="pep-body">{say("yp-goals-none")}</p> }.into_any()
    } else {
        goals
            .into_iter()
            .map(|goal| view! { <GoalCard goal=goal config=config /> })
            .collect_view()
            .into_any()
    };
    let subjects = if subjects.is_empty() {
        view! { <p class="pep-body">{say("yp-subjects-none")}</p> }.into_any()
    } else {
        view! {
            <p class="pep-body">{say("yp-subjects-intro")}</p>
            <ProgressChart subjects=subjects.clone() config=config />
            <ProgressTable subjects=subjects columns=columns config=config />
        }
        .into_any()
    };
    let attendance = match attendance {
        Some(a) => view! { <AttendancePicture attendance=a /> }.into_any(),
        None => view! { <p class="pep-body">{say("yp-attendance-none")}</p> }.into_any(),
    };
    let people_said = if people_said.is_empty() {
        view! { <p class="pep-body">{say("yp-people-none")}</p> }.into_any()
    } else {
        view! { <SaidList said=people_said /> }.into_any()
    };

    view! {
        <article class="pep-widget pep-yp pep-yp-view">
            <h2 class="pep-yp__title">{title}</h2>
            <p class="pep-yp__lead">{hello}</p>
            <p class="pep-body">{intro}</p>
            <section class="pep-yp__section">
                <h3 class="pep-yp__heading">{say("yp-going-well")}</h3>
                {going_well}
            </section>
            <section class="pep-yp__section">
                <h3 class="pep-yp__heading">{say("yp-working-on")}</h3>
                {goals}
            </section>
            <section class="pep-yp__section">
                <h3 class="pep-yp__heading">{say("yp-subjects")}</h3>
                {subjects}
            </section>
            <section class="pep-yp__section">
                <h3 class="pep-yp__heading">{say("yp-attendance")}</h3>
                {attendance}
            </section>
            <section class="pep-yp__section">
                <h3 class="pep-yp__heading">{say("yp-people-said")}</h3>
                {people_said}
            </section>
            <section class="pep-yp__section">
                <h3 class="pep-yp__heading">{say("yp-next")}</h3>
                <p class="pep-yp__next">{next_review}</p>
            </section>
        </article>
    }
}

/// Who said what, each as a quote with its speaker.
#[component]
fn SaidList(said: Vec<Said>) -> impl IntoView {
    let items = said
        .into_iter()
        .map(|Said { who, words }| {
            view! {
                <li class="pep-yp__said">
                    <p class="pep-yp__who">{who}</p>
                    <p class="pep-yp__words">{words}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="pep-yp__list">{items}</ul> }
}

/// One goal: what, then how you will know, what will happen, who is
/// helping and by when.
#[component]
fn GoalCard(goal: Goal, config: StoredValue<Config>) -> impl IntoView {
    let say = move |key: &str| config.with_value(|c| pep_core::messages::message(c, key, &[]));
    let rows = [
        ("yp-goal-how-know", goal.how_know),
        ("yp-goal-steps", goal.steps),
        ("yp-goal-who", goal.who),
        ("yp-goal-by", goal.by),
    ]
    .into_iter()
    .filter_map(|(key, text)| {
        let text = text?;
        Some(view! {
            <div class="pep-yp__row">
                <dt>{say(key)}</dt>
                <dd>{text}</dd>
            </div>
        })
    })
    .collect_view();
    view! {
        <div class="pep-yp__goal">
            <h4 class="pep-yp__goal-heading">{goal.heading}</h4>
            <p class="pep-yp__what">{goal.what}</p>
            <dl class="pep-yp__details">{rows}</dl>
        </div>
    }
}

/// How long a bar is for each level: not known, needs more help, going
/// well, going really well.
const BAR: [u32; 4] = [6, 76, 152, 228];

/// The progress picture: for each subject, a bar per term, longer when it
/// is going better. Its words are the `<title>` and `<desc>`; the table
/// after it says the same for everyone.
#[component]
fn ProgressChart(subjects: Vec<SubjectInWords>, config: StoredValue<Config>) -> impl IntoView {
    let say = move |key: &str| config.with_value(|c| pep_core::messages::message(c, key, &[]));
    let id = crate::IdPrefix::next().for_path("/progress-chart");
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let (labelled_by, described_by) = (title_id.clone(), desc_id.clone());
    let description = subjects
        .iter()
        .map(|s| {
            let terms: Vec<String> = s
                .terms
                .iter()
                .map(|t| format!("{}: {}", t.term, t.words))
                .collect();
            format!("{}. {}.", s.subject, terms.join(". "))
        })
        .collect::<Vec<_>>()
        .join(" ");
    let row = 28 + 14 * subjects.first().map_or(0, |s| s.terms.len()) as u32;
    let height = row * subjects.len() as u32;
    let groups = subjects
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let top = row * i as u32;
            let name = shorten(&s.subject, 34);
            let bars = s
                .terms
                .iter()
                .enumerate()
                .map(|(j, t)| {
                    let y = top + 22 + 14 * j as u32;
                    let level = usize::from(t.level.min(3));
                    view! {
                        <text x="0" y=y + 9 class="pep-yp-chart__term">{t.term.clone()}</text>
                        <rect
                            x="88"
                            y=y
                            width=BAR[level]
                            height="10"
                            class=format!("pep-yp-chart__bar pep-yp-chart__bar--{level}")
                        />
                    }
                })
                .collect_view();
            view! {
                <g>
                    <text x="0" y=top + 14 class="pep-yp-chart__subject">{name}</text>
                    {bars}
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="pep-yp-chart"
            viewBox=format!("0 0 320 {height}")
            role="img"
            aria-labelledby=labelled_by
            aria-describedby=described_by
            focusable="false"
        >
            <title id=title_id>{say("yp-subjects-table")}</title>
            <desc id=desc_id>{description}</desc>
            {groups}
        </svg>
    }
}

/// At most `max` characters, with "…" when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The progress picture's words as a table: a row per subject, a column
/// per term.
#[component]
fn ProgressTable(
    subjects: Vec<SubjectInWords>,
    columns: Vec<String>,
    config: StoredValue<Config>,
) -> impl IntoView {
    let say = move |key: &str| config.with_value(|c| pep_core::messages::message(c, key, &[]));
    let rows = subjects
        .into_iter()
        .map(|s| {
            let cells = s
                .terms
                .iter()
                .map(|t| view! { <td>{t.words.clone()}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{s.subject}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="pep-yp-table">
            <caption class="pep-yp-table__caption">{say("yp-subjects-table")}</caption>
            <thead>
                <tr>
                    <th scope="col">{say("yp-subject")}</th>
                    {columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Attendance: a bar filled to the percentage, with the number on it, and
/// the sentence under it.
#[component]
fn AttendancePicture(attendance: Attendance) -> impl IntoView {
    let Attendance { percent, words } = attendance;
    let filled = u32::from(percent) * 3;
    view! {
        <div class="pep-yp-attendance">
            <svg class="pep-yp-attendance__picture" viewBox="0 0 320 48" role="img" aria-label=format!("{percent}%") focusable="false">
                <rect x="0" y="4" width="300" height="28" class="pep-yp-attendance__track" />
                <rect x="0" y="4" width=filled height="28" class="pep-yp-attendance__fill" />
                <text x="0" y="46" class="pep-yp-attendance__scale">"0"</text>
                <text x="300" y="46" text-anchor="end" class="pep-yp-attendance__scale">"100"</text>
            </svg>
            <p class="pep-yp-attendance__number" aria-hidden="true">{format!("{percent}%")}</p>
            <p class="pep-body">{words}</p>
        </div>
    }
}
