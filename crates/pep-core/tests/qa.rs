//! `qa_assess` on the shared fixtures (tests/fixtures): a PEP with gaps gets
//! "no" answers with the findings that made them so as evidence; a complete
//! PEP gets seven yeses, matching what its virtual school recorded.

use pep_core::config::QaFramework;
use pep_core::model::{Judgement, Pep};
use pep_core::qa::{QaCriterion, QaGrade, RedFlag};
use pep_core::{Config, Date, parse, qa_assess};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");
const TODAY: Date = jiff::civil::date(2026, 11, 23);
const KINDS: [&str; 3] = ["early-years", "school-age", "post-16"];

fn fixture(name: &str) -> Pep {
    let text = std::fs::read_to_string(format!("{FIXTURES}/{name}.json")).unwrap();
    parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn config(framework: QaFramework) -> Config {
    Config {
        qa_framework: framework,
        ..Config::default()
    }
}

#[test]
fn complete_peps_get_seven_yeses() {
    for kind in KINDS {
        let name = format!("{kind}-good");
        let pep = fixture(&name);
        let qa = qa_assess(&pep, &config(QaFramework::Rag), TODAY);
        for c in &qa.criteria {
            assert!(
                c.met && c.evidence.is_empty(),
                "{name}: {} is no because of {:?}",
                c.criterion.as_str(),
                c.evidence
            );
        }
        assert_eq!(qa.judgement, Judgement::MeetsStandard, "{name}");
        assert_eq!(qa.grade, Some(QaGrade::Green), "{name}");
        assert!(qa.red_flags.is_empty(), "{name}: {:?}", qa.red_flags);

        // The suggestions agree with the virtual school's own answers.
        let recorded = pep
            .sign_offs
            .virtual_school
            .as_ref()
            .map(|vs| vs.qa.clone());
        if let Some(recorded) = recorded {
            let suggested = qa.checklist();
            let met =
                |c: &pep_core::model::QaChecklist| c.answers().map(|(_, a)| a.and_then(|a| a.met));
            assert_eq!(met(&suggested), met(&recorded), "{name}");
        }

        let qa = qa_assess(&pep, &config(QaFramework::Checklist), TODAY);
        assert_eq!(qa.grade, None, "{name}");
    }
}

#[test]
fn peps_with_gaps_get_noes_with_evidence() {
    for kind in KINDS {
        let name = format!("{kind}-gaps");
        let qa = qa_assess(&fixture(&name), &config(QaFramework::Rag), TODAY);
        assert_eq!(qa.judgement, Judgement::DoesNotMeetStandard, "{name}");
        assert_eq!(qa.grade, Some(QaGrade::Red), "{name}");
        for c in &qa.criteria {
            assert_eq!(c.met, c.evidence.is_empty(), "{name}: {:?}", c.criterion);
        }
        // None of the gaps fixtures has a next PEP date or the young
        // person's views.
        let timescale = qa.criterion(QaCriterion::WithinTimescale).unwrap();
        assert!(
            timescale
                .evidence
                .iter()
                .any(|f| f.rule == "next-pep-date-present" && f.path == "/nextPepDate"),
            "{name}: {timescale:?}"
        );
        let voice = qa.criterion(QaCriterion::ChildVoiceRecorded).unwrap();
        assert!(!voice.met, "{name}");
        assert!(
            voice
                .evidence
                .iter()
                .any(|f| f.rule == "young-person-views-recorded"),
            "{name}: {voice:?}"
        );
        assert!(qa.red_flags.contains(&RedFlag::NoNextPepDate), "{name}");
        assert!(qa.red_flags.contains(&RedFlag::NoPupilVoice), "{name}");
        // Prefilled for the virtual school, with the evidence as the comment.
        let suggested = qa.checklist().child_voice_recorded.unwrap();
        assert_eq!(suggested.met, Some(false));
        assert!(suggested.comment.unwrap().contains("own views"), "{name}");
    }
}

#[test]
fn every_fixture_can_be_assessed_and_serialised() {
    for entry in std::fs::read_dir(FIXTURES).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        for framework in [
            QaFramework::Checklist,
            QaFramework::Rag,
            QaFramework::GoldRag,
        ] {
            let qa = qa_assess(&fixture(&name), &config(framework), TODAY);
            assert_eq!(qa.criteria.len(), 7, "{name}");
            let all_yes = qa.criteria.iter().all(|c| c.met);
            assert_eq!(qa.meets_standard(), all_yes, "{name}");
            let json = serde_json::to_value(&qa).unwrap();
            assert!(json["redFlags"].is_array(), "{name}");
            assert_eq!(
                json["criteria"][0]["criterion"], "withinTimescale",
                "{name}"
            );
        }
    }
}
