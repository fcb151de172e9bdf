//! `pep audit --html FILE`: a self-contained report.
//!
//! One HTML file with an inline stylesheet and inline SVG bar charts: no
//! scripts, fonts, images or links to fetch, so it opens offline and makes no
//! network request. Written for WCAG 2.2 AA: `lang`, a title, headings in
//! order, tables with captions and `scope`d headers, each chart an
//! `role="img"` SVG with a `<title>` and `aria-label` and the same figures in
//! the table beside it, dark text on white (contrast over 15:1) and bar
//! colours over 3:1 against white.

use std::fmt::Write;

use pep_core::schedule::DueStatus;

use crate::audit::{Audit, percent};
use crate::info::status_name;

/// How many failing rules and schools the charts show (the tables list all
/// schools).
pub const TOP: usize = 20;

const STYLE: &str = "
body{font-family:system-ui,-apple-system,'Segoe UI',Arial,sans-serif;color:#0b0c0c;background:#fff;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;line-height:1.45}
h1{font-size:1.8rem}h2{font-size:1.35rem;margin-top:2.2rem;border-top:1px solid #b1b4b6;padding-top:1rem}
table{border-collapse:collapse;margin:1rem 0;min-width:20rem}
caption{text-align:left;font-weight:bold;padding-bottom:.4rem}
th,td{border-bottom:1px solid #b1b4b6;padding:.35rem .7rem .35rem 0;text-align:left;vertical-align:top}
td.n,th.n{text-align:right}
.summary{font-size:1.1rem}
svg{max-width:100%;height:auto;display:block;margin:1rem 0}
svg text{font-family:inherit;font-size:13px;fill:#0b0c0c}
";

/// Colours of bars, each with a contrast of 3:1 or more against white.
const RED: &str = "#b10e1e";
const ORANGE: &str = "#a84300";
const GREEN: &str = "#00703c";
const GREY: &str = "#505a5f";
const BLUE: &str = "#1d70b8";

/// The report as one HTML document.
pub fn render(a: &Audit) -> String {
    let mut h = String::with_capacity(16 * 1024);
    let title = format!("PEP audit of {} as of {}", a.dir, a.today);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n",
        esc(&title),
        esc(&title)
    );
    let _ = writeln!(
        h,
        "<p class=\"summary\">{} PEPs read; {} files skipped. The QA standard is met by {} of {} PEPs ({:.1}%).</p>",
        a.peps,
        a.skipped.len(),
        a.qa.meets,
        a.qa.total,
        a.qa.percent
    );

    // Next PEP meeting.
    h.push_str("<h2>Next PEP meeting</h2>\n");
    let soon = format!("Due within {} working days", a.due_soon_days);
    let bars = [
        ("Overdue".to_owned(), a.next_pep.overdue, RED),
        (soon, a.next_pep.due_soon, ORANGE),
        ("On track".to_owned(), a.next_pep.on_track, GREEN),
        ("No date".to_owned(), a.next_pep.no_date, GREY),
    ];
    let chart: Vec<Bar> = bars
        .iter()
        .map(|(label, n, colour)| Bar {
            label: label.clone(),
            value: *n as f64,
            max: a.peps.max(1) as f64,
            text: format!("{n} ({:.1}%)", percent(*n, a.peps)),
            colour,
        })
        .collect();
    bar_chart(
        &mut h,
        "chart-next",
        "Next PEP meeting: PEPs by status",
        &chart,
    );
    table(
        &mut h,
        "Next PEP meeting: PEPs by status",
        &["Status", "PEPs", "Share"],
        bars.iter()
            .map(|(label, n, _)| vec![label.clone(), n.to_string(), pct(*n, a.peps)]),
    );

    // Timescales.
    h.push_str("<h2>Timescales</h2>\n");
    table(
        &mut h,
        "Late initial PEPs and designated teacher sign-offs (overdue, or done after the due date)",
        &["Timescale", "Late", "Out of", "Share"],
        [
            ("Initial PEPs", &a.initial_peps),
            ("Designated teacher sign-offs", &a.dt_sign_offs),
        ]
        .into_iter()
        .map(|(what, l)| {
            vec![
                what.to_owned(),
                l.late.to_string(),
                l.total.to_string(),
                pct(l.late, l.total),
            ]
        }),
    );

    // Quality assurance.
    h.push_str("<h2>Quality assurance</h2>\n");
    let _ = writeln!(
        h,
        "<p>Suggested judgement \u{201c}meets the expected standard\u{201d} (all seven questions yes): {} of {} PEPs ({:.1}%).</p>",
        a.qa.meets, a.qa.total, a.qa.percent
    );
    let mut schools: Vec<_> = a.qa_by_school.iter().collect();
    schools.sort_by(|x, y| x.percent.total_cmp(&y.percent).then(y.total.cmp(&x.total)));
    let chart_title = if schools.len() > TOP {
        format!("QA standard met, per school: the {TOP} schools with the lowest share")
    } else {
        "QA standard met, per school".to_owned()
    };
    let chart: Vec<Bar> = schools
        .iter()
        .take(TOP)
        .map(|s| Bar {
            label: s.school.clone(),
            value: s.percent,
            max: 100.0,
            text: format!("{:.1}% of {}", s.percent, s.total),
            colour: BLUE,
        })
        .collect();
    bar_chart(&mut h, "chart-qa", &chart_title, &chart);
    table(
        &mut h,
        "QA standard met, per school",
        &["School or setting", "Met", "PEPs", "Share"],
        a.qa_by_school.iter().map(|s| {
            vec![
                s.school.clone(),
                s.meets.to_string(),
                s.total.to_string(),
                format!("{:.1}%", s.percent),
            ]
        }),
    );

    // Failing rules.
    h.push_str("<h2>Most frequent failing rules</h2>\n");
    if a.failing_rules.is_empty() {
        h.push_str("<p>No PEP has an error finding.</p>\n");
    } else {
        let top = a.failing_rules.first().map_or(1, |r| r.peps.max(1)) as f64;
        let chart: Vec<Bar> = a
            .failing_rules
            .iter()
            .take(TOP)
            .map(|r| Bar {
                label: r.rule.clone(),
                value: r.peps as f64,
                max: top,
                text: r.peps.to_string(),
                colour: RED,
            })
            .collect();
        bar_chart(
            &mut h,
            "chart-rules",
            "Rules with an error finding: PEPs affected",
            &chart,
        );
        table(
            &mut h,
            "Rules with an error finding, most PEPs first",
            &["Rule", "PEPs", "Share"],
            a.failing_rules
                .iter()
                .map(|r| vec![r.rule.clone(), r.peps.to_string(), pct(r.peps, a.peps)]),
        );
    }

    // Change reviews.
    h.push_str("<h2>Reviews due after a change of school or placement</h2>\n");
    if a.change_reviews.is_empty() {
        h.push_str("<p>None.</p>\n");
    } else {
        table(
            &mut h,
            "Children whose PEP review is due because of a change",
            &["Child", "What is due", "Due", "Status", "File"],
            a.change_reviews.iter().map(|c| {
                let status = match c.status {
                    DueStatus::DueSoon => "due soon".to_owned(),
                    s => status_name(s).replace('-', " "),
                };
                vec![
                    c.child.clone(),
                    c.label.clone(),
                    c.due.to_string(),
                    status,
                    c.id.clone(),
                ]
            }),
        );
    }

    // Skipped files.
    h.push_str("<h2>Files skipped</h2>\n");
    if a.skipped.is_empty() {
        h.push_str("<p>None: every file was read.</p>\n");
    } else {
        table(
            &mut h,
            "Files that could not be read as a PEP",
            &["File", "Reason"],
            a.skipped
                .iter()
                .map(|s| vec![s.path.clone(), s.reason.clone()]),
        );
    }
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

/// One bar of a chart.
struct Bar {
    label: String,
    value: f64,
    max: f64,
    text: String,
    colour: &'static str,
}

/// A horizontal bar chart: labels on the left, bars, then the figure.
fn bar_chart(h: &mut String, id: &str, title: &str, bars: &[Bar]) {
    const LABEL_W: f64 = 290.0;
    const BAR_W: f64 = 330.0;
    const ROW: f64 = 26.0;
    let height = ROW * bars.len() as f64 + 8.0;
    let _ = writeln!(
        h,
        "<svg role=\"img\" aria-labelledby=\"{id}-title\" aria-label=\"{t}\" viewBox=\"0 0 760 {height}\" width=\"760\" height=\"{height}\">\n<title id=\"{id}-title\">{t}</title>",
        t = esc(title)
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = ROW * i as f64 + 4.0;
        let w = if bar.max > 0.0 {
            (bar.value / bar.max * BAR_W).clamp(0.0, BAR_W)
        } else {
            0.0
        };
        let mut label = bar.label.clone();
        if label.chars().count() > 40 {
            label = label.chars().take(39).collect::<String>() + "\u{2026}";
        }
        let _ = writeln!(
            h,
            "<text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\">{l}</text><rect x=\"{LABEL_W}\" y=\"{y}\" width=\"{w:.1}\" height=\"{bh}\" fill=\"{c}\"/><text x=\"{vx:.1}\" y=\"{ty}\">{v}</text>",
            lx = LABEL_W - 8.0,
            ty = y + 14.0,
            l = esc(&label),
            bh = ROW - 8.0,
            c = bar.colour,
            vx = LABEL_W + w + 6.0,
            v = esc(&bar.text),
        );
    }
    h.push_str("</svg>\n");
}

/// A table: the first column of each row is its header.
fn table(h: &mut String, caption: &str, head: &[&str], rows: impl Iterator<Item = Vec<String>>) {
    let _ = write!(
        h,
        "<table>\n<caption>{}</caption>\n<thead><tr>",
        esc(caption)
    );
    for (i, col) in head.iter().enumerate() {
        let class = if i > 0 && is_numeric_heading(col) {
            " class=\"n\""
        } else {
            ""
        };
        let _ = write!(h, "<th scope=\"col\"{class}>{}</th>", esc(col));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        h.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            if i == 0 {
                let _ = write!(h, "<th scope=\"row\">{}</th>", esc(cell));
            } else if is_numeric_heading(head.get(i).copied().unwrap_or("")) {
                let _ = write!(h, "<td class=\"n\">{}</td>", esc(cell));
            } else {
                let _ = write!(h, "<td>{}</td>", esc(cell));
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n");
}

fn is_numeric_heading(col: &str) -> bool {
    matches!(col, "PEPs" | "Share" | "Late" | "Out of" | "Met")
}

/// `part` of `whole` as "12.5%".
fn pct(part: usize, whole: usize) -> String {
    format!("{:.1}%", percent(part, whole))
}

/// Escapes text for HTML content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn escaping() {
        assert_eq!(
            esc("<a href=\"x\">Tom & 'Jo'</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jo&#39;&lt;/a&gt;"
        );
    }
}
