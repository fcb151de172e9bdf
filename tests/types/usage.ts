// A vendor's use of pepkit in TypeScript: every export called with realistic
// arguments, report fields read with their types, and wrong calls that must
// not compile (`@ts-expect-error` fails the check if they ever do).
// Type-checked, never run: `node node_modules/typescript/bin/tsc -p tests/types`.
import init, {
  defaultConfig,
  initSync,
  parse,
  qaAssess,
  rules,
  schedule,
  schema,
  signOffCheck,
  startReview,
  validate,
  version,
  type Config,
  type DeepPartial,
  type Finding,
  type Options,
  type ParseError,
  type Pep,
  type PepkitError,
  type QaAssessment,
  type Report,
  type RuleInfo,
  type Schedule,
  type Severity,
  type Stage,
} from "pepkit";

// Start the module: in a browser from its URL, or from bytes already fetched.
await init();
const bytes = await (await fetch(new URL("pepkit/validate/pep_wasm_bg.wasm", import.meta.url))).arrayBuffer();
initSync({ module: bytes });

const pep: Pep = {
  schemaVersion: "1",
  kind: "school-age",
  pepType: "review",
  status: "draft",
  child: { name: "Ryan Carter", dateOfBirth: "2011-07-22", entryType: "emergency" },
  targets: [
    {
      outcome: "Read for 20 minutes every school day",
      successMeasure: "Reading age up 6 months by the summer PEP",
      lead: { name: "Ms Khan", role: "English teacher" },
      areaOfNeed: "attainment",
      deadline: "2027-03-31",
      timescale: "short-term",
      cost: 120,
      fundingSource: "pupil-premium-plus",
    },
  ],
  meeting: { date: "2026-11-19", attendancePercent: 87.5, wellbeingRag: "amber" },
  // A vendor's own field is kept, and allowed by the type.
  vendorCaseId: "WV-20391",
};

const options: Options = {
  today: "2026-11-23",
  lang: "en-GB",
  config: {
    terminology: { pep: "Education Review" },
    thresholds: { attendanceLine: 85 },
    severity: { "smart-target-who-leads": "warning" },
    disabledRules: ["targets-minimum"],
    calendar: {
      mode: "school-days",
      terms: [{ kind: "autumn", academicYear: 2026, start: "2026-09-03", end: "2026-12-18", holidays: [] }],
      extraClosures: ["2026-12-21"],
    },
  },
};

// validate: the report and its findings.
const report: Report = validate(pep, options);
validate(pep);
for (const finding of report.findings) {
  const rule: string = finding.rule;
  const severity: Severity = finding.severity;
  const path: string = finding.path;
  const blocks: Stage[] = finding.blocks;
  const forYoungPerson: string | null | undefined = finding.youngPersonMessage;
  const params: { [name: string]: unknown } | undefined = finding.params;
  console.log(rule, severity, path, finding.message, blocks.join(", "), forYoungPerson, params);
}
for (const section of report.sections) {
  const errors: number = section.errors;
  const owner: Stage = section.owner;
  if (section.status === "has-problems") console.log(section.id, owner, errors, section.warnings);
}
const errorsOnly: Finding[] = report.findings.filter((f) => f.severity === "error");

// signOffCheck: what holds up a stage.
const stages: Stage[] = ["social-worker", "designated-teacher", "virtual-school"];
const blocking: Finding[] = signOffCheck(pep, stages[1]!, options);
signOffCheck(pep, "virtual-school");

// schedule: due dates.
const due: Schedule = schedule(pep, { today: "2026-11-23" });
for (const item of due.items) {
  const left: number = item.workingDaysLeft;
  const status: "overdue" | "due-soon" | "on-track" | "done" = item.status;
  console.log(item.rule, item.label, item.due, status, left, item.doneOn ?? "not done", item.path);
}

// qaAssess: the virtual school's suggested answers.
const qa: QaAssessment = qaAssess(pep, options);
const unmet = qa.criteria.filter((c) => !c.met).map((c) => [c.criterion, c.evidence.length] as const);
const judgement: "meets-standard" | "does-not-meet-standard" = qa.judgement;
console.log(unmet, judgement, qa.grade ?? "no grade", qa.redFlags, qa.other.length, qa.framework);

// parse: text in, a PEP out, or every problem with line and column.
try {
  const read: Pep = parse('{"schemaVersion":"1","kind":"post-16"}');
  console.log(read.kind, read.post16?.eetStatus);
} catch (e) {
  const error = e as PepkitError;
  const problems: ParseError[] = error.errors ?? [];
  console.log(error.path, error.line, error.column, problems.map((p) => `${p.pointer} ${p.line}:${p.column} ${p.message}`));
}

// schema, startReview, defaultConfig, rules, version.
const pepSchema = schema();
const schemaId: string = pepSchema.$id;
const required: string[] = pepSchema.required;
const next: Pep = startReview(pep, "2027-02-10", options);
const nextTargets = next.previousTargets?.length ?? 0;
const config: Config = defaultConfig();
const line: number = config.thresholds.attendanceLine;
const partial: DeepPartial<Config> = { thresholds: { minTargets: 4 } };
const catalogue: RuleInfo[] = rules();
const blockers = catalogue.filter((r) => r.blocks.includes("social-worker")).map((r) => `${r.id}: ${r.checks}`);
const semver: string = version();
console.log(errorsOnly, blocking, schemaId, required, nextTargets, line, partial, blockers, semver);

// Wrong calls that must not compile.
// @ts-expect-error: not a stage
signOffCheck(pep, "head-teacher", options);
// @ts-expect-error: a number is not a PEP
validate(42, options);
// @ts-expect-error: a PEP needs its schemaVersion and kind
validate({ targets: [] });
// @ts-expect-error: misspelt option
validate(pep, { todya: "2026-11-23" });
// @ts-expect-error: misspelt setting
validate(pep, { config: { thresholds: { attendanceLin: 85 } } });
// @ts-expect-error: severities are error, warning or info
validate(pep, { config: { severity: { "smart-target-who-leads": "fatal" } } });
// @ts-expect-error: a report's findings are not strings
const wrong: string[] = report.findings;
// @ts-expect-error: parse takes JSON text, not an object
parse(pep);
// @ts-expect-error: the meeting date is text
startReview(pep, new Date(), options);
console.log(wrong);
