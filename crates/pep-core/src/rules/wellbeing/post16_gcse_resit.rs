//! Rule `post16-gcse-resit`: a post-16 student with grade 3 in English or
//! maths is studying the GCSE, not another qualification. The condition of
//! funding asks this of full-time students (540 or more planned hours a
//! year); the PEP does not record hours, so this is a warning to check
//! rather than an error. Students with grade 2 or below may take a stepping
//! stone such as Functional Skills. A grade 3 student not studying the
//! subject at all is rule `post16-english-maths`.
//!
//! Source: ESFA/DfE 16 to 19 funding: maths and English condition of funding
//! (full-time students with grade 3 must be enrolled on GCSE); DOMAIN.md
//! ("Post-16").

use crate::model::EetStatus;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

use super::post16_english_maths::not_studying;
use super::{gcse_grade, mentions};

/// See the module documentation.
pub(crate) struct Post16GcseResit;

static INFO: RuleInfo = RuleInfo {
    id: "post16-gcse-resit",
    severity: Severity::Warning,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "A post-16 student with grade 3 in English or maths is studying the GCSE (a condition of funding when full-time).",
    why: "A full-time student with grade 3 must retake the GCSE; another course can leave them, and their college's funding, short.",
    source: "ESFA/DfE 16 to 19 funding: maths and English condition of funding; DOMAIN.md (Post-16)",
};

impl Rule for Post16GcseResit {
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
        let Some(record) = &post16.english_maths else {
            return;
        };
        let subjects = [
            (
                "english",
                &record.english_grade,
                "englishStudy",
                &record.english_study,
            ),
            (
                "maths",
                &record.maths_grade,
                "mathsStudy",
                &record.maths_study,
            ),
        ];
        for (subject, grade, study_field, study) in subjects {
            let grade_3 = grade.as_deref().and_then(gcse_grade) == Some(3);
            if grade_3 && !not_studying(study) && !mentions(study, "gcse") {
                out.push_variant(subject, format!("/post16/englishMaths/{study_field}"), &[]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "post16-gcse-resit";

    #[test]
    fn fires_for_grade_3_on_another_course() {
        check(
            ID,
            r#"{"kind":"post-16","post16":{"eetStatus":"education","englishMaths":{"englishGrade":"3","englishStudy":"Functional Skills Level 2"}}}"#,
            &["/post16/englishMaths/englishStudy"],
        );
        check(
            ID,
            r#"{"kind":"post-16","post16":{"englishMaths":{"englishGrade":"4","mathsGrade":"D","mathsStudy":"Level 2 maths"}}}"#,
            &["/post16/englishMaths/mathsStudy"],
        );
    }

    #[test]
    fn quiet_for_gcse_other_grades_or_not_studying() {
        check(
            ID,
            r#"{"kind":"post-16","post16":{"englishMaths":{"englishGrade":"3","englishStudy":"gcse English Language resit","mathsGrade":"2","mathsStudy":"Functional Skills Level 1"}}}"#,
            &[],
        );
        // Not studying at all is post16-english-maths's finding.
        check(
            ID,
            r#"{"kind":"post-16","post16":{"englishMaths":{"englishGrade":"3"}}}"#,
            &[],
        );
        check(
            ID,
            r#"{"kind":"post-16","post16":{"eetStatus":"apprenticeship","englishMaths":{"englishGrade":"3","englishStudy":"Functional Skills"}}}"#,
            &[],
        );
        check(ID, r#"{"kind":"post-16","post16":{}}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn warns_and_blocks_nothing() {
        let findings = run_rule(
            ID,
            r#"{"post16":{"englishMaths":{"mathsGrade":"3","mathsStudy":"Functional Skills Level 2"}}}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(findings[0].severity, crate::Severity::Warning);
        assert!(findings[0].blocks.is_empty());
        assert_eq!(
            findings[0].message,
            "Maths is grade 3: if the young person is full-time they must study GCSE maths, not another qualification"
        );
    }
}
