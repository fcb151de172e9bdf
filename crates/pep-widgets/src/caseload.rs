//! `<pep-caseload>`: the virtual school's dashboard for a list of PEPs the
//! host gives it, the same figures `pep audit` prints.
//!
//! Each PEP becomes pep-core's [`CaseloadRow`] and the rows add up through
//! pep-core's [`Totals`]; this file only lays them out. PEPs are checked a
//! batch at a time between frames, so a caseload of thousands never freezes
//! the host page, with a bar and a line of text saying how far it has got
//! (a status region announces only the start and the end). Then: the
//! counts, a chart of where next meetings stand (with its table), the table
//! of PEPs (overdue first; sortable; filtered by status, school or name;
//! shown a hundred at a time), the most frequent failing rules, the QA
//! standard per school, and reviews due after a change of school or
//! placement.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use pep_core::caseload::{Caseload, CaseloadRow, Totals};
use pep_core::model::{Date as PepDate, Pep};
use pep_core::schedule::DueStatus;
use pep_core::{Config, Date};
use wasm_bindgen::prelude::*;

use crate::{IdPrefix, Mounted, read_config, read_options, read_today, to_js};

/// PEPs checked between two frames.
const BATCH: usize = 40;

/// Rows shown at first, and added by "Show more".
const PAGE: usize = 100;

/// Mounts the caseload dashboard into `host` for `value`, an array of PEPs
/// (a PEP's `id` field, when it has one, names it; otherwise its place in
/// the list). `options` is `{ today, config }`. When every PEP is checked,
/// `host` gets a `pep-caseload` event with the totals as `detail`.
#[wasm_bindgen(js_name = mountCaseload)]
pub fn mount_caseload(
    host: web_sys::HtmlElement,
    value: JsValue,
    options: JsValue,
) -> Result<Mounted, JsError> {
    let options = read_options(options)?;
    let config = read_config(options.config)?;
    let today = read_today(options.today)?;
    let peps = read_peps(value)?;
    let events = host.clone();
    let handle = leptos::mount::mount_to(host, move || {
        let total = peps.len();
        let rows = RwSignal::new(Vec::<CaseloadRow>::with_capacity(total));
        let config = StoredValue::new(config);
        let events = send_wrapper::SendWrapper::new(events);
        let totals = Memo::new(move |_| {
            rows.with(|rows| {
                (rows.len() == total).then(|| {
                    config.with_value(|c| {
                        let mut totals = Totals::new(c, today);
                        rows.iter().for_each(|r| totals.add(r));
                        totals.finish()
                    })
                })
            })
        });
        Effect::new(move |_| {
            if let Some(caseload) = totals.get() {
                let init = web_sys::CustomEventInit::new();
                init.set_detail(&to_js(&caseload));
                init.set_bubbles(true);
                init.set_composed(true);
                if let Ok(event) =
                    web_sys::CustomEvent::new_with_event_init_dict("pep-caseload", &init)
                {
                    let _ = events.dispatch_event(&event);
                }
            }
        });
        check_in_batches(Rc::new(RefCell::new(peps.into_iter())), rows, config, today);
        view! { <Dashboard rows totals total today /> }
    });
    Ok(Mounted {
        handle: Some(Box::new(handle)),
        state: None,
        drafts: crate::drafts::Drafts::off(),
    })
}

/// Reads the host's list: each item a PEP, named by its `id` field or its
/// place in the list. An item that is not a PEP is an error naming it.
fn read_peps(value: JsValue) -> Result<Vec<(String, Pep)>, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Vec::new());
    }
    if !js_sys::Array::is_array(&value) {
        return Err(JsError::new("the value is not a list of PEPs (an array)"));
    }
    let text = js_sys::JSON::stringify(&value)
        .map_err(|_| JsError::new("the list of PEPs cannot be read as JSON"))?
        .as_string()
        .unwrap_or_default();
    let items: Vec<serde_json::Value> = serde_json::from_str(&text)
        .map_err(|e| JsError::new(&format!("the list of PEPs cannot be read: {e}")))?;
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let id = match item.get("id") {
                Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s.clone(),
                Some(serde_json::Value::Number(n)) => n.to_string(),
                _ => format!("#{}", i + 1),
            };
            let pep = <Pep as serde::Deserialize>::deserialize(&item)
                .map_err(|e| JsError::new(&format!("/{i} ({id}) is not a PEP: {e}")))?;
            Ok((id, pep))
        })
        .collect()
}

/// Checks a batch, shows it, and leaves the rest for the next frame. Stops
/// when the dashboard is unmounted.
fn check_in_batches(
    queue: Rc<RefCell<std::vec::IntoIter<(String, Pep)>>>,
    rows: RwSignal<Vec<CaseloadRow>>,
    config: StoredValue<Config>,
    today: Date,
) {
    let batch: Vec<CaseloadRow> = {
        let mut queue = queue.borrow_mut();
        let Some(checked) = config.try_with_value(|c| {
            queue
                .by_ref()
                .take(BATCH)
                .map(|(id, pep)| CaseloadRow::of(&pep, &id, c, today))
                .collect()
        }) else {
            return;
        };
        checked
    };
    if batch.is_empty() {
        return;
    }
    if rows.try_update(|rows| rows.extend(batch)).is_none() {
        return;
    }
    gloo_timers::callback::Timeout::new(0, move || check_in_batches(queue, rows, config, today))
        .forget();
}

/// The table's columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Child,
    School,
    Kind,
    Due,
    Status,
    Qa,
    Errors,
    Warnings,
}

const COLUMNS: [(Column, &str); 8] = [
    (Column::Child, "Child"),
    (Column::School, "School or setting"),
    (Column::Kind, "Kind"),
    (Column::Due, "Next PEP due"),
    (Column::Status, "Status"),
    (Column::Qa, "QA standard"),
    (Column::Errors, "Errors"),
    (Column::Warnings, "Warnings"),
];

/// Overdue first, then due soon, on track, and no date.
fn status_rank(status: Option<DueStatus>) -> u8 {
    match status {
        Some(DueStatus::Overdue) => 0,
        Some(DueStatus::DueSoon) => 1,
        Some(DueStatus::OnTrack) => 2,
        Some(DueStatus::Done) | None => 3,
    }
}

fn status_words(status: Option<DueStatus>) -> &'static str {
    match status {
        Some(DueStatus::Overdue) => "Overdue",
        Some(DueStatus::DueSoon) => "Due soon",
        Some(DueStatus::OnTrack) => "On track",
        Some(DueStatus::Done) | None => "No date",
    }
}

fn kind_words(kind: &str) -> &'static str {
    match kind {
        "early-years" => "Early years",
        "post-16" => "Post-16",
        _ => "School age",
    }
}

/// `1234567` as `1,234,567`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A date as a table shows it: "Tue 3 Feb 2027".
fn short_date(date: PepDate) -> String {
    date.civil().strftime("%a %-d %b %Y").to_string()
}

/// Orders two rows by a column, ties broken by due date then child.
fn compare(a: &CaseloadRow, b: &CaseloadRow, column: Column) -> std::cmp::Ordering {
    let by = match column {
        Column::Child => a.child.to_lowercase().cmp(&b.child.to_lowercase()),
        Column::School => a.school.to_lowercase().cmp(&b.school.to_lowercase()),
        Column::Kind => a.kind.cmp(&b.kind),
        Column::Due => a.next_pep_due.cmp(&b.next_pep_due),
        Column::Status => status_rank(a.next_pep_status).cmp(&status_rank(b.next_pep_status)),
        Column::Qa => a.meets_standard.cmp(&b.meets_standard),
        Column::Errors => a.errors.cmp(&b.errors),
        Column::Warnings => a.warnings.cmp(&b.warnings),
    };
    by.then_with(|| a.next_pep_due.cmp(&b.next_pep_due))
        .then_with(|| a.child.cmp(&b.child))
}

#[component]
fn Dashboard(
    rows: RwSignal<Vec<CaseloadRow>>,
    totals: Memo<Option<Caseload>>,
    total: usize,
    today: Date,
) -> impl IntoView {
    let ids = IdPrefix::next();
    let checked = move || rows.with(Vec::len);
    let finished = Memo::new(move |_| checked() >= total);
    // The live region says two things only: that checking has started and
    // that it has finished. A screen reader announces a live region's
    // changes, not what it held when it arrived, so it starts empty and the
    // first words come a moment later.
    let announce = RwSignal::new(false);
    gloo_timers::callback::Timeout::new(0, move || {
        announce.try_set(true);
    })
    .forget();
    let status = Memo::new(move |_| {
        if !announce.get() {
            String::new()
        } else if finished.get() {
            format!(
                "{} PEPs checked against {}",
                thousands(total),
                today.strftime("%A %-d %B %Y")
            )
        } else {
            format!("Checking {} PEPs\u{2026}", thousands(total))
        }
    });
    // How far it has got, for the eye, outside the live region; the bar
    // repeats the words, so it is hidden from assistive technology.
    let progress = move || {
        (!finished.get()).then(|| {
            view! {
                <div class="pep-caseload__progress">
                    <progress
                        class="pep-caseload__bar"
                        max=total
                        value=checked
                        aria-hidden="true"
                    ></progress>
                    <p class="pep-body">
                        {move || {
                            format!("Checked {} of {} PEPs", thousands(checked()), thousands(total))
                        }}
                    </p>
                </div>
            }
        })
    };
    view! {
        <div class="pep-widget pep-caseload">
            <h2 class="pep-heading">"Caseload"</h2>
            <p class="pep-body" role="status">{move || status.get()}</p>
            {progress}
            {move || totals.get().map(|caseload| view! { <Summary caseload=caseload ids=ids /> })}
            {move || totals.with(Option::is_some).then(|| view! { <PepTable rows=rows ids=ids /> })}
            {move || totals.get().map(|caseload| view! { <Details caseload=caseload /> })}
        </div>
    }
}

/// The counts and the chart of where next meetings stand.
#[component]
fn Summary(caseload: Caseload, ids: IdPrefix) -> impl IntoView {
    let n = &caseload.next_pep;
    let late = |l: &pep_core::caseload::Lateness| {
        format!("{} of {}", thousands(l.late), thousands(l.total))
    };
    let cards = [
        ("PEPs".to_owned(), thousands(caseload.peps)),
        ("Overdue".to_owned(), thousands(n.overdue)),
        (
            format!("Due within {} working days", caseload.due_soon_days),
            thousands(n.due_soon),
        ),
        ("On track".to_owned(), thousands(n.on_track)),
        ("No date".to_owned(), thousands(n.no_date)),
        ("Initial PEPs late".to_owned(), late(&caseload.initial_peps)),
        (
            "Designated teacher sign-offs late".to_owned(),
            late(&caseload.dt_sign_offs),
        ),
        (
            "Meet the QA standard".to_owned(),
            format!("{}%", caseload.qa.percent),
        ),
    ]
    .into_iter()
    .map(|(label, figure)| {
        view! {
            <div class="pep-caseload__card">
                <dt>{label}</dt>
                <dd>{figure}</dd>
            </div>
        }
    })
    .collect_view();
    let bars = vec![
        ("Overdue", n.overdue, "overdue"),
        ("Due soon", n.due_soon, "due-soon"),
        ("On track", n.on_track, "on-track"),
        ("No date", n.no_date, "no-date"),
    ];
    view! {
        <dl class="pep-caseload__cards">{cards}</dl>
        <BarChart id=ids.for_path("/chart-next-pep") title="Where next PEP meetings stand" bars=bars total=caseload.peps />
    }
}

/// A horizontal bar chart with a table of the same figures as its text
/// alternative.
#[component]
fn BarChart(
    id: String,
    title: &'static str,
    bars: Vec<(&'static str, usize, &'static str)>,
    total: usize,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0).max(1);
    let height = 32 * bars.len();
    let drawn = bars
        .iter()
        .enumerate()
        .map(|(i, (label, count, class))| {
            let y = 32 * i;
            let width = 200 * count / max;
            view! {
                <text x="0" y=y + 20 class="pep-caseload-chart__label">{*label}</text>
                <rect x="90" y=y + 6 width=width.max(1) height="20" class=format!("pep-caseload-chart__bar pep-caseload-chart__bar--{class}") />
                <text x=95 + width y=y + 21 class="pep-caseload-chart__figure">{thousands(*count)}</text>
            }
        })
        .collect_view();
    let rows = bars
        .iter()
        .map(|(label, count, _)| {
            view! {
                <tr>
                    <th scope="row">{*label}</th>
                    <td class="pep-num">{thousands(*count)}</td>
                    <td class="pep-num">{format!("{}%", pep_core::caseload::percent(*count, total))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="pep-caseload__figure">
            <figcaption class="pep-caseload__figcaption" id=title_id.clone()>{title}</figcaption>
            <svg class="pep-caseload-chart" viewBox=format!("0 0 360 {height}") role="img" aria-labelledby=title_id focusable="false">
                {drawn}
            </svg>
            <table class="pep-table">
                <caption class="pep-visually-hidden">{title}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Next PEP meeting"</th>
                        <th scope="col" class="pep-num">"PEPs"</th>
                        <th scope="col" class="pep-num">"Share"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}

/// The PEPs: filters, sortable headings, a hundred rows at a time.
#[component]
fn PepTable(rows: RwSignal<Vec<CaseloadRow>>, ids: IdPrefix) -> impl IntoView {
    let sort = RwSignal::new((Column::Status, true));
    let status = RwSignal::new(String::new());
    let school = RwSignal::new(String::new());
    let search = RwSignal::new(String::new());
    let limit = RwSignal::new(PAGE);
    let schools = rows.with_untracked(|rows| {
        let mut names: Vec<String> = rows.iter().map(|r| r.school.clone()).collect();
        names.sort_unstable();
        names.dedup();
        names
    });
    let shown = Memo::new(move |_| {
        let (column, ascending) = sort.get();
        let wanted_status = status.get();
        let wanted_school = school.get();
        let words = search.get().trim().to_lowercase();
        rows.with(|rows| {
            let mut picked: Vec<usize> = rows
                .iter()
                .enumerate()
                .filter(|(_, r)| {
                    (wanted_status.is_empty()
                        || status_words(r.next_pep_status) == wanted_status.as_str())
                        && (wanted_school.is_empty() || r.school == wanted_school)
                        && (words.is_empty() || r.child.to_lowercase().contains(&words))
                })
                .map(|(i, _)| i)
                .collect();
            picked.sort_by(|&a, &b| {
                let order = compare(&rows[a], &rows[b], column);
                if ascending { order } else { order.reverse() }
            });
            picked
        })
    });
    let (status_id, school_id, search_id, count_id) = (
        ids.for_path("/filter-status"),
        ids.for_path("/filter-school"),
        ids.for_path("/filter-child"),
        ids.for_path("/table-count"),
    );
    let headings = COLUMNS
        .iter()
        .map(|&(column, label)| {
            let aria_sort = move || {
                let (by, ascending) = sort.get();
                match (by == column, ascending) {
                    (false, _) => "none",
                    (true, true) => "ascending",
                    (true, false) => "descending",
                }
            };
            let numeric = matches!(column, Column::Errors | Column::Warnings);
            view! {
                <th scope="col" aria-sort=aria_sort class:pep-num=numeric>
                    <button
                        type="button"
                        class="pep-sort"
                        on:click=move |_| {
                            sort.update(|(by, ascending)| {
                                if *by == column {
                                    *ascending = !*ascending;
                                } else {
                                    *by = column;
                                    *ascending = true;
                                }
                            });
                        }
                    >
                        {label}
                    </button>
                </th>
            }
        })
        .collect_view();
    let body = move || {
        let limit = limit.get();
        shown.with(|shown| {
            rows.with(|rows| {
                shown
                    .iter()
                    .take(limit)
                    .map(|&i| {
                        let r = &rows[i];
                        let status = status_words(r.next_pep_status);
                        view! {
                            <tr>
                                <th scope="row">{if r.child.is_empty() { r.id.clone() } else { r.child.clone() }}</th>
                                <td>{r.school.clone()}</td>
                                <td>{kind_words(&r.kind)}</td>
                                <td>{r.next_pep_due.map(short_date).unwrap_or_default()}</td>
                                <td>
                                    <span class=format!("pep-tag pep-tag--{}", status.to_lowercase().replace(' ', "-"))>{status}</span>
                                </td>
                                <td>{if r.meets_standard { "Meets" } else { "Not yet" }}</td>
                                <td class="pep-num">{r.errors}</td>
                                <td class="pep-num">{r.warnings}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let count = move || {
        let matching = shown.with(Vec::len);
        let on_show = matching.min(limit.get());
        format!(
            "Showing {} of {} PEPs",
            thousands(on_show),
            thousands(matching)
        )
    };
    let more = move || shown.with(Vec::len) > limit.get();
    let school_options = schools
        .into_iter()
        .map(|name| {
            let label = if name.is_empty() {
                "(no school recorded)".to_owned()
            } else {
                name.clone()
            };
            view! { <option value=name>{label}</option> }
        })
        .collect_view();
    let reset_limit = move || limit.set(PAGE);
    let region_label = count_id.clone();
    let table_label = count_id.clone();
    view! {
        <h3 class="pep-caseload__heading">"PEPs"</h3>
        <div class="pep-caseload__filters">
            <div class="pep-form-group">
                <label class="pep-label" for=status_id.clone()>"Status"</label>
                <select class="pep-select" id=status_id on:change=move |ev| { status.set(event_target_value(&ev)); reset_limit(); }>
                    <option value="">"All"</option>
                    <option value="Overdue">"Overdue"</option>
                    <option value="Due soon">"Due soon"</option>
                    <option value="On track">"On track"</option>
                    <option value="No date">"No date"</option>
                </select>
            </div>
            <div class="pep-form-group">
                <label class="pep-label" for=school_id.clone()>"School or setting"</label>
                <select class="pep-select" id=school_id on:change=move |ev| { school.set(event_target_value(&ev)); reset_limit(); }>
                    <option value="">"All"</option>
                    {school_options}
                </select>
            </div>
            <div class="pep-form-group">
                <label class="pep-label" for=search_id.clone()>"Child's name"</label>
                <input class="pep-input pep-input--search" type="search" id=search_id on:input=move |ev| { search.set(event_target_value(&ev)); reset_limit(); } />
            </div>
        </div>
        <p class="pep-body" id=count_id role="status">{count}</p>
        <div class="pep-table-wrap" tabindex="0" role="region" aria-labelledby=region_label>
            <table class="pep-table pep-caseload__table" aria-describedby=table_label>
                <caption class="pep-visually-hidden">"PEPs in this caseload. Select a column heading to sort by it."</caption>
                <thead>
                    <tr>{headings}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        {move || more().then(|| view! {
            <button type="button" class="pep-button pep-button--secondary" on:click=move |_| limit.update(|l| *l += PAGE)>
                {format!("Show {PAGE} more")}
            </button>
        })}
    }
}

/// The most frequent failing rules, the QA standard per school, and
/// reviews due after a change.
#[component]
fn Details(caseload: Caseload) -> impl IntoView {
    let rules = caseload
        .failing_rules
        .iter()
        .take(10)
        .map(|r| {
            view! {
                <tr>
                    <th scope="row"><code>{r.rule.clone()}</code></th>
                    <td class="pep-num">{thousands(r.peps)}</td>
                </tr>
            }
        })
        .collect_view();
    let schools = caseload
        .qa_by_school
        .iter()
        .map(|s| {
            view! {
                <tr>
                    <th scope="row">{s.school.clone()}</th>
                    <td class="pep-num">{thousands(s.meets)}</td>
                    <td class="pep-num">{thousands(s.total)}</td>
                    <td class="pep-num">{format!("{}%", s.percent)}</td>
                </tr>
            }
        })
        .collect_view();
    let changes = caseload.change_reviews.len();
    let change_rows = caseload
        .change_reviews
        .iter()
        .take(50)
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">{c.child.clone()}</th>
                    <td>{c.label.clone()}</td>
                    <td>{short_date(c.due)}</td>
                    <td>{status_words(Some(c.status))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3 class="pep-caseload__heading">"Most frequent failing rules"</h3>
        <div class="pep-table-wrap" tabindex="0" role="region" aria-label="Most frequent failing rules">
            <table class="pep-table">
                <thead>
                    <tr>
                        <th scope="col">"Rule"</th>
                        <th scope="col" class="pep-num">"PEPs with an error"</th>
                    </tr>
                </thead>
                <tbody>{rules}</tbody>
            </table>
        </div>
        <h3 class="pep-caseload__heading">"QA standard by school or setting"</h3>
        <div class="pep-table-wrap" tabindex="0" role="region" aria-label="QA standard by school or setting">
            <table class="pep-table">
                <thead>
                    <tr>
                        <th scope="col">"School or setting"</th>
                        <th scope="col" class="pep-num">"Meet the standard"</th>
                        <th scope="col" class="pep-num">"PEPs"</th>
                        <th scope="col" class="pep-num">"Share"</th>
                    </tr>
                </thead>
                <tbody>{schools}</tbody>
            </table>
        </div>
        <h3 class="pep-caseload__heading">"Reviews due after a change of school or placement"</h3>
        <p class="pep-body">
            {if changes > 50 {
                format!("{} reviews are due. The first 50 are shown.", thousands(changes))
            } else {
                format!("{changes} {} due.", if changes == 1 { "review is" } else { "reviews are" })
            }}
        </p>
        {(changes > 0).then(|| view! {
            <div class="pep-table-wrap" tabindex="0" role="region" aria-label="Reviews due after a change">
                <table class="pep-table">
                    <thead>
                        <tr>
                            <th scope="col">"Child"</th>
                            <th scope="col">"Review"</th>
                            <th scope="col">"Due"</th>
                            <th scope="col">"Status"</th>
                        </tr>
                    </thead>
                    <tbody>{change_rows}</tbody>
                </table>
            </div>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::thousands;

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(2000), "2,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
