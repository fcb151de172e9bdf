//! `<pep-smart-targets>`: the SMART targets section.
//!
//! Every judgement shown here comes from `pep_core::validate`. This file only
//! decides how to show it: errors after a submit or sign-off attempt and then
//! live as they are fixed (the GOV.UK way), advice (warnings) as hints, and
//! the S-M-A-R-T ticks, each lit when the findings of the rules behind that
//! letter are gone.

use leptos::prelude::*;
use pep_core::model::{AreaOfNeed, FundingSource, Person, Target, Timescale};

use crate::IdPrefix;
use crate::fields::{
    ErrorMessage, ErrorSummary, Restored, Section, SelectField, TextField, focus_by_id, parse_enum,
};

/// The JSON Pointers this section covers.
pub(crate) const SCOPE: &[&str] = &["/targets"];

/// The SMART targets of a PEP, one fieldset per target.
#[component]
pub fn SmartTargets(
    /// The PEP, its report and how errors show.
    section: Section,
    /// Whether the PEP shown is a draft restored from the browser's storage.
    restored: bool,
) -> impl IntoView {
    view! {
        <div class="pep-widget pep-smart-targets">
            <ErrorSummary section=section />
            <Restored restored=restored />
            <h2 class="pep-heading">"SMART targets"</h2>
            <p class="pep-body">
                "Each target says what will be achieved, how everyone will know, "
                "who leads it, which need it meets and by when."
            </p>
            <TargetList section=section />
        </div>
    }
}

/// Each target's fieldset, and "Add another target".
#[component]
pub(crate) fn TargetList(section: Section) -> impl IntoView {
    let (pep, ids) = (section.pep, section.ids);
    let count = move || pep.with(|p| p.targets.len());
    let add_id = ids.for_path("/targets");
    let add = move |_| {
        section.edit(|p| p.targets.push(Target::default()));
        let n = section.pep.with_untracked(|p| p.targets.len()) - 1;
        let first = ids.for_path(&format!("/targets/{n}/outcome"));
        request_animation_frame(move || focus_by_id(&first));
    };
    let minimum = move || section.error_at("/targets");

    view! {
        <For each=move || 0..count() key=|i| *i let:i>
            <TargetFields i=i section=section />
        </For>
        <div class="pep-form-group" class:pep-form-group--error=move || minimum().is_some()>
            {move || minimum().map(|m| view! { <ErrorMessage message=m /> })}
            <button type="button" class="pep-button pep-button--secondary" id=add_id on:click=add>
                "Add another target"
            </button>
        </div>
    }
}

/// The id of the element a finding's path should focus: the field itself,
/// or for a whole target its first field, or for the list the add button.
pub(crate) fn field_for(ids: IdPrefix, path: &str) -> String {
    let known = [
        "outcome",
        "successMeasure",
        "actions",
        "lead/name",
        "lead/role",
        "support",
        "areaOfNeed",
        "startDate",
        "deadline",
        "timescale",
        "cost",
        "fundingSource",
    ];
    let mut parts = path.trim_start_matches("/targets/").splitn(2, '/');
    let (index, rest) = (parts.next(), parts.next());
    match (index.and_then(|i| i.parse::<usize>().ok()), rest) {
        (Some(_), Some(rest)) if known.contains(&rest) => ids.for_path(path),
        (Some(i), _) => ids.for_path(&format!("/targets/{i}/outcome")),
        _ => ids.for_path("/targets"),
    }
}

/// The S-M-A-R-T letters and the rules whose findings keep each one unlit.
const SMART: &[(&str, &str, &[&str])] = &[
    (
        "S",
        "Specific",
        &["smart-target-specific", "smart-target-vague-wording"],
    ),
    ("M", "Measurable", &["smart-target-measurable"]),
    (
        "A",
        "Achievable",
        &["smart-target-who-leads", "smart-target-actions"],
    ),
    ("R", "Relevant", &["smart-target-area-of-need"]),
    (
        "T",
        "Time-bound",
        &["smart-target-deadline", "smart-target-time-bound"],
    ),
];

#[component]
fn TargetFields(i: usize, section: Section) -> impl IntoView {
    let base = format!("/targets/{i}");
    let legend_id = section.ids.for_path(&format!("{base}/legend"));
    let ticks = SMART
        .iter()
        .map(|(letter, word, rules)| {
            let prefix = format!("{base}/");
            let done = Memo::new(move |_| {
                section.report.with(|r| {
                    !r.findings
                        .iter()
                        .any(|f| rules.contains(&f.rule.as_str()) && f.path.starts_with(&prefix))
                })
            });
            let done = move || done.get();
            view! {
                <li class="pep-smart__letter" class:pep-smart__letter--done=done>
                    <span aria-hidden="true">{*letter}</span>
                    <span class="pep-visually-hidden">
                        {move || format!("{word}: {}", if done() { "done" } else { "not yet" })}
                    </span>
                </li>
            }
        })
        .collect_view();
    let remove = move |_| {
        section.edit(|p| {
            if i < p.targets.len() {
                p.targets.remove(i);
            }
        });
        let add = section.ids.for_path("/targets");
        request_animation_frame(move || focus_by_id(&add));
    };
    let text = |field: &'static str| {
        let path = format!("{base}/{field}");
        (
            Signal::derive(move || {
                section.pep.with(|p| {
                    p.targets
                        .get(i)
                        .and_then(|t| text_of(t, field))
                        .unwrap_or_default()
                })
            }),
            path,
        )
    };
    let set = move |field: &'static str, value: String| {
        section.edit(move |p| {
            if let Some(t) = p.targets.get_mut(i) {
                set_text(t, field, value);
            }
        })
    };
    let (outcome, outcome_path) = text("outcome");
    let (measure, measure_path) = text("successMeasure");
    let (actions, actions_path) = text("actions");
    let (lead, lead_path) = text("lead/name");
    let (role, role_path) = text("lead/role");
    let (support, support_path) = text("support");
    let (area, area_path) = text("areaOfNeed");
    let (start, start_path) = text("startDate");
    let (deadline, deadline_path) = text("deadline");
    let (timescale, timescale_path) = text("timescale");
    let (cost, cost_path) = text("cost");
    let (funding, funding_path) = text("fundingSource");

    view! {
        <fieldset class="pep-fieldset pep-target" aria-describedby=legend_id.clone()>
            <legend class="pep-fieldset__legend">{format!("Target {}", i + 1)}</legend>
            <ul class="pep-smart" id=legend_id.clone() aria-label="SMART checks">{ticks}</ul>
            <TextField section label="What will be achieved?" hint="The specific outcome, in plain words" value=outcome path=outcome_path on_input=move |v| set("outcome", v) />
            <TextField section label="How will everyone know?" hint="The success measure: a number, a grade, something you can see" value=measure path=measure_path on_input=move |v| set("successMeasure", v) />
            <TextField section label="Actions and strategies" hint="What will be done, when, where and how often" multiline=true value=actions path=actions_path on_input=move |v| set("actions", v) />
            <TextField section label="Who leads this target?" hint="The name of the person who makes sure it happens" value=lead path=lead_path autocomplete="name" on_input=move |v| set("lead/name", v) />
            <TextField section label="Their role" hint="For example, English teacher or foster carer" value=role path=role_path on_input=move |v| set("lead/role", v) />
            <TextField section label="Support and resources" hint="Optional" multiline=true value=support path=support_path on_input=move |v| set("support", v) />
            <SelectField section label="Which need does it meet?" value=area path=area_path options=AREAS on_change=move |v| set("areaOfNeed", v) />
            <TextField section label="Start date" hint="Optional" kind="date" value=start path=start_path on_input=move |v| set("startDate", v) />
            <TextField section label="Deadline" hint="When it will be achieved by" kind="date" value=deadline path=deadline_path on_input=move |v| set("deadline", v) />
            <SelectField section label="Short or long term?" value=timescale path=timescale_path options=TIMESCALES on_change=move |v| set("timescale", v) />
            <TextField section label="Cost in pounds (PP+ or EYPP)" hint="Only when funding is asked for" kind="number" value=cost path=cost_path on_input=move |v| set("cost", v) />
            <SelectField section label="Funding source" value=funding path=funding_path options=FUNDING on_change=move |v| set("fundingSource", v) />
            <button type="button" class="pep-button pep-button--warning" on:click=remove>
                {format!("Remove target {}", i + 1)}
            </button>
        </fieldset>
    }
}

const AREAS: &[(&str, &str)] = &[
    ("", "Choose a need"),
    ("attainment", "Attainment and progress"),
    ("attendance", "Attendance"),
    ("semh", "Social, emotional and mental health"),
    ("wider-curriculum", "Wider curriculum"),
    ("careers", "Careers"),
    ("transition", "Transition"),
    ("other", "Other"),
];

const TIMESCALES: &[(&str, &str)] = &[
    ("", "Choose"),
    ("short-term", "Short term (by the next PEP)"),
    ("long-term", "Long term"),
];

const FUNDING: &[(&str, &str)] = &[
    ("", "None"),
    ("pupil-premium-plus", "Pupil Premium Plus"),
    ("early-years-pupil-premium", "Early Years Pupil Premium"),
    ("school", "School budget"),
    ("bursary", "Bursary"),
    ("other", "Other"),
];

/// A field's value as the form shows it (dates as `YYYY-MM-DD`).
fn text_of(t: &Target, field: &str) -> Option<String> {
    let json = |v: Option<serde_json::Value>| v.and_then(|v| v.as_str().map(str::to_owned));
    match field {
        "outcome" => t.outcome.clone(),
        "successMeasure" => t.success_measure.clone(),
        "actions" => t.actions.clone(),
        "lead/name" => t.lead.as_ref().and_then(|l| l.name.clone()),
        "lead/role" => t.lead.as_ref().and_then(|l| l.role.clone()),
        "support" => t.support.clone(),
        "areaOfNeed" => json(t.area_of_need.and_then(|a| serde_json::to_value(a).ok())),
        "startDate" => t.start_date.map(|d| d.to_string()),
        "deadline" => t.deadline.map(|d| d.to_string()),
        "timescale" => json(t.timescale.and_then(|a| serde_json::to_value(a).ok())),
        "cost" => t.cost.map(|c| c.to_string()),
        "fundingSource" => json(t.funding_source.and_then(|a| serde_json::to_value(a).ok())),
        _ => None,
    }
}

/// Writes a field from the form. Text is kept exactly as typed (nothing the
/// user entered is ever cleared); an emptied field becomes absent.
fn set_text(t: &mut Target, field: &str, value: String) {
    let text = (!value.is_empty()).then_some(value);
    match field {
        "outcome" => t.outcome = text,
        "successMeasure" => t.success_measure = text,
        "actions" => t.actions = text,
        "lead/name" => t.lead.get_or_insert_with(Person::default).name = text,
        "lead/role" => t.lead.get_or_insert_with(Person::default).role = text,
        "support" => t.support = text,
        "areaOfNeed" => t.area_of_need = parse_enum::<AreaOfNeed>(&text),
        "startDate" => t.start_date = text.as_deref().and_then(pep_core::model::Date::parse),
        "deadline" => t.deadline = text.as_deref().and_then(pep_core::model::Date::parse),
        "timescale" => t.timescale = parse_enum::<Timescale>(&text),
        "cost" => t.cost = text.as_deref().and_then(|c| c.trim().parse().ok()),
        "fundingSource" => t.funding_source = parse_enum::<FundingSource>(&text),
        _ => {}
    }
}
