//! Rule `post16-english-maths`: a post-16 student records their best GCSE (or
//! equivalent) grade in English and in maths, and without grade 4 in a
//! subject is studying it now. Applies to a young person in education (or
//! whose status is not yet recorded); apprenticeships and employment have
//! their own rules. A grade written in a way the rule cannot read ("Level 2")
//! is taken on trust. Whether a grade 3 student is taking the GCSE itself is
//! rule `post16-gcse-resit`.
//!
//! Source: ESFA/DfE 16 to 19 funding: maths and English condition of funding
//! (students without GCSE grade 4 continue to study the subject); seed 004
//! ("Attainment and Progress": English and maths "clearly recorded ... the
//! level, qualification, attainment, progress"); DOMAIN.md ("Post-16").

use crate::model::{EetStatus, is_blank};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

use super::gcse_grade;

/// See the module documentation.
pub(crate) struct Post16EnglishMaths;

static INFO: RuleInfo = RuleInfo {
    id: "post16-english-maths",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "A post-16 student's English and maths grades are recorded, and a subject without GCSE grade 4 is being studied.",
    why: "English and maths at grade 4 open most doors after 16; a student without them must keep studying them as a condition of funding.",
    source: "ESFA/DfE 16 to 19 funding: maths and English condition of funding; seed 004 (Attainment and Progress: English and maths); DOMAIN.md (Post-16)",
};

/// Whether a study entry says they are not studying the subject.
pub(super) fn not_studying(study: &Option<String>) -> bool {
    is_blank(study)
        || study.as_deref().is_some_and(|s| {
            matches!(
                s.trim().to_lowercase().as_str(),
                "no" | "none" | "n/a" | "na" | "-" | "not studying"
            )
        })
}

impl Rule for Post16EnglishMaths {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let Some(post16) = &cx.pep.post16 else {
            return;
        };
        if post16.eet_status.is_some_and(|s| s != EetStatus::Education) {
            return;
        }
        let in_education = post16.eet_status == Some(EetStatus::Education);
        let record = post16.english_maths.clone().unwrap_or_default();
        let subjects = [
            (
                "english",
                "englishGrade",
                &record.english_grade,
                "englishStudy",
                &record.english_study,
            ),
            (
                "maths",
                "mathsGrade",
                &record.maths_grade,
                "mathsStudy",
                &record.maths_study,
            ),
        ];
        for (subject, grade_field, grade, study_field, study) in subjects {
            match grade.as_deref().map(str::trim) {
                None | Some("") => {
                    if in_education {
                        out.push_variant(
                            &format!("{subject}-grade"),
                            format!("/post16/englishMaths/{grade_field}"),
                            &[],
                        );
                    }
                }
                Some(text) => {
                    let below_4 = gcse_grade(text).is_some_and(|g| g < 4);
                    if below_4 && not_studying(study) {
                        out.push_variant(
                            &format!("{subject}-study"),
                            format!("/post16/englishMaths/{study_field}"),
                            &[("grade", text.to_owned())],
                        );
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "post16-english-maths";

    fn pep(status: &str, english_maths: &str) -> String {
        format!(r#"{{"kind":"post-16","post16":{{{status}"englishMaths":{{{english_maths}}}}}}}"#)
    }

    const IN_EDUCATION: &str = r#""eetStatus":"education","#;

    #[test]
    fn fires_when_below_grade_4_and_not_studying() {
        check(
            ID,
            &pep(IN_EDUCATION, r#""englishGrade":"3","mathsGrade":"4""#),
            &["/post16/englishMaths/englishStudy"],
        );
        check(
            ID,
            &pep(
                "",
                r#""englishGrade":"U","mathsGrade":"D","englishStudy":"none","mathsStudy":" ""#,
            ),
            &[
                "/post16/englishMaths/englishStudy",
                "/post16/englishMaths/mathsStudy",
            ],
        );
    }

    #[test]
    fn fires_when_a_student_has_no_grades_recorded() {
        check(
            ID,
            &pep(IN_EDUCATION, r#""englishGrade":"5""#),
            &["/post16/englishMaths/mathsGrade"],
        );
        check(
            ID,
            r#"{"kind":"post-16","post16":{"eetStatus":"education"}}"#,
            &[
                "/post16/englishMaths/englishGrade",
                "/post16/englishMaths/mathsGrade",
            ],
        );
    }

    #[test]
    fn quiet_when_passed_studying_or_not_a_student() {
        check(
            ID,
            &pep(IN_EDUCATION, r#""englishGrade":"4","mathsGrade":"Grade 7""#),
            &[],
        );
        check(
            ID,
            &pep(
                IN_EDUCATION,
                r#""englishGrade":"3","englishStudy":"GCSE English resit","mathsGrade":"2","mathsStudy":"Functional Skills Level 1""#,
            ),
            &[],
        );
        check(
            ID,
            &pep(
                IN_EDUCATION,
                r#""englishGrade":"C","mathsGrade":"Level 2 Functional Skills""#,
            ),
            &[],
        );
        check(
            ID,
            &pep(r#""eetStatus":"employment","#, r#""englishGrade":"2""#),
            &[],
        );
        check(ID, r#"{"kind":"post-16","post16":{}}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn message_gives_the_grade() {
        let findings = run_rule(
            ID,
            &pep(IN_EDUCATION, r#""englishGrade":"4","mathsGrade":"2""#),
            &Default::default(),
            TODAY,
        );
        assert_eq!(
            findings[0].message,
            "Maths is grade 2, below 4: say what maths the young person is studying now"
        );
        assert_eq!(
            findings[0].blocks,
            [crate::Stage::DesignatedTeacher, crate::Stage::VirtualSchool]
        );
    }
}
