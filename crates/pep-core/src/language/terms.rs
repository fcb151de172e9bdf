//! Care-system words and the kinder words young people asked for instead.
//!
//! Sources: TACT, "Language that cares: changing the way professionals talk
//! about children in care" (2019), written with care-experienced young
//! people; the councils' guides that follow it (Walsall Virtual School's
//! "Language That Cares" DT briefing, October 2023, cited by seed 004;
//! Norfolk's easy-read guidance on explaining acronyms). The rule
//! `language-care-terms` reads this table.

/// What to write instead of a care-system term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Instead {
    /// These everyday words.
    Words(&'static str),
    /// The young person's name (their preferred name when the PEP has one).
    TheirName,
    /// What the council calls the plan for the young person
    /// (`terminology.youngPersonTitle`, "My Education Review").
    ReviewTitle,
}

/// One care-system term: the ways it is written and what to say instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CareTerm {
    /// How it is written, longest first; matched as whole words, in any case
    /// unless the phrase has a capital (acronyms match only as written).
    pub phrases: &'static [&'static str],
    /// What to write instead.
    pub instead: Instead,
    /// Phrases in which the term means something else ("work placement").
    pub unless: &'static [&'static str],
    /// When not empty, the term counts only when one of these words comes
    /// next, after an optional "his", "her", "their", "your" or "my"
    /// ("contact with mum", not "contact with the college").
    pub before: &'static [&'static str],
}

const fn term(phrases: &'static [&'static str], instead: &'static str) -> CareTerm {
    CareTerm {
        phrases,
        instead: Instead::Words(instead),
        unless: &[],
        before: &[],
    }
}

const FAMILY: &[&str] = &[
    "mum",
    "mums",
    "dad",
    "dads",
    "mother",
    "father",
    "parent",
    "parents",
    "family",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "sibling",
    "siblings",
    "nan",
    "grandma",
    "grandad",
    "grandparents",
    "birth",
];

/// Every term, longer phrases before the shorter ones they contain (the rule
/// reports each stretch of text once).
pub const CARE_TERMS: &[CareTerm] = &[
    term(
        &[
            "LAC review",
            "LAC reviews",
            "CLA review",
            "CLA reviews",
            "looked after review",
            "looked-after review",
        ],
        "my review meeting",
    ),
    CareTerm {
        phrases: &[
            "looked after children",
            "looked-after children",
            "looked after child",
            "looked-after child",
            "children looked after",
            "child looked after",
            "LAC",
            "CLA",
            "CYP",
            "YP",
        ],
        instead: Instead::TheirName,
        unless: &[],
        before: &[],
    },
    CareTerm {
        phrases: &[
            "unaccompanied asylum seeking children",
            "unaccompanied asylum-seeking children",
            "unaccompanied asylum seeking child",
            "unaccompanied asylum-seeking child",
            "UASC",
        ],
        instead: Instead::TheirName,
        unless: &[],
        before: &[],
    },
    term(&["foster placements", "foster placement"], "foster home"),
    term(
        &[
            "residential placements",
            "residential placement",
            "residential units",
            "residential unit",
        ],
        "home",
    ),
    term(
        &["kinship placements", "kinship placement"],
        "living with family",
    ),
    term(
        &[
            "placement breakdowns",
            "placement breakdown",
            "placement broke down",
            "placement disruption",
        ],
        "moving home",
    ),
    term(&["placement moves", "placement move"], "moving home"),
    CareTerm {
        phrases: &["placements", "placement"],
        instead: Instead::Words("home, or where you live"),
        unless: &[
            "work placement",
            "work placements",
            "work experience placement",
            "industry placement",
            "industry placements",
            "placement year",
        ],
        before: &[],
    },
    term(
        &[
            "family contact",
            "contact visits",
            "contact visit",
            "contact sessions",
            "contact session",
            "supervised contact",
            "contact centre",
            "contact arrangements",
        ],
        "family time",
    ),
    CareTerm {
        phrases: &["contact with"],
        instead: Instead::Words("family time with"),
        unless: &[],
        before: FAMILY,
    },
    term(
        &["absconded", "absconding", "absconds", "abscond"],
        "went missing",
    ),
    term(
        &["absconders", "absconder"],
        "say what happened: they went missing",
    ),
    term(
        &[
            "challenging behaviours",
            "challenging behaviour",
            "challenging behavior",
            "behaviour problems",
        ],
        "finding things hard",
    ),
    term(&["respite care", "respite"], "short break"),
    term(&["care plans", "care plan"], "my plan"),
    term(
        &[
            "birth parents",
            "birth mother",
            "birth father",
            "birth family",
            "biological parents",
        ],
        "mum, dad or family",
    ),
    CareTerm {
        phrases: &[
            "personal education plans",
            "personal education plan",
            "PEPs",
            "PEP",
        ],
        instead: Instead::ReviewTitle,
        unless: &[],
        before: &[],
    },
    term(&["statutory"], "the law says, or must"),
    term(&["interventions", "intervention"], "extra help"),
    term(&["disclosures", "disclosure", "disclosed"], "told us"),
    term(
        &["attachment disorder", "attachment issues"],
        "what is hard for you and what helps",
    ),
    term(
        &["non-compliant", "non-compliance", "noncompliant"],
        "did not agree",
    ),
    term(&["refused", "refuses", "refusing"], "did not want to"),
    term(&["manipulative"], "trying to get what you need"),
    term(
        &["attention-seeking", "attention seeking"],
        "needing connection",
    ),
    term(&["secure units", "secure unit"], "secure children's home"),
    term(
        &["LADO"],
        "the person who looks into worries about adults who work with children (LADO)",
    ),
    term(
        &["IROs", "IRO"],
        "independent reviewing officer: the person who checks your plan is right for you",
    ),
    term(&["SEND", "SEN"], "extra help with learning"),
    term(
        &[
            "education, health and care plan",
            "education health and care plan",
            "EHC plan",
            "EHCPs",
            "EHCP",
        ],
        "your plan for extra help with learning",
    ),
    term(
        &["SENCOs", "SENCO", "SENCo"],
        "the teacher who helps with extra needs",
    ),
    term(&["siblings", "sibling"], "brothers and sisters"),
    term(&["local authority", "LA"], "the council"),
    term(&["corporate parent", "corporate parents"], "the council"),
    term(
        &["permanence", "permanency"],
        "a settled home for as long as you need it",
    ),
    term(
        &["hard to place", "difficult to place"],
        "needs the right home",
    ),
    term(
        &["NEET"],
        "not in school, college, work or training right now",
    ),
    term(
        &["emotional and behavioural difficulties", "EBD"],
        "finding things hard",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_least_thirty_terms_each_with_words_and_no_duplicates() {
        assert!(CARE_TERMS.len() >= 30, "{} terms", CARE_TERMS.len());
        let mut seen = std::collections::BTreeSet::new();
        for t in CARE_TERMS {
            assert!(!t.phrases.is_empty());
            for p in t.phrases {
                assert!(seen.insert(*p), "{p} twice");
            }
            if let Instead::Words(w) = t.instead {
                assert!(!w.is_empty());
            }
        }
    }
}
