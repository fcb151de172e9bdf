//! How fast `validate` is: µs per call for a large post-16 PEP (12 courses x 3
//! terms, 10 targets), and PEPs per second for a batch of 10,000 mixed
//! fixtures, on one core. Run with `cargo bench -p pep-core --bench validate`.

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pep_core::{Config, Date, model::Pep, parse, validate};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");
const TODAY: Date = jiff::civil::date(2026, 11, 23);

fn fixtures() -> Vec<Pep> {
    let mut names: Vec<_> = std::fs::read_dir(FIXTURES)
        .expect("tests/fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| {
            parse(&std::fs::read_to_string(p).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        })
        .collect()
}

/// The good post-16 fixture grown to 12 courses (each with three terms) and
/// 10 targets.
pub fn large_post16() -> Pep {
    let text = std::fs::read_to_string(format!("{FIXTURES}/post-16-good.json")).unwrap();
    let mut pep = parse(&text).unwrap();
    let subjects = pep.attainment.subjects.clone();
    let targets = pep.targets.clone();
    assert!(!subjects.is_empty() && !targets.is_empty());
    pep.attainment.subjects = subjects.iter().cycle().take(12).cloned().collect();
    pep.targets = targets.iter().cycle().take(10).cloned().collect();
    pep
}

fn bench(c: &mut Criterion) {
    let config = Config::default();
    let large = large_post16();
    c.bench_function(
        "validate large post-16 PEP (12 courses x 3 terms, 10 targets)",
        |b| b.iter(|| validate(black_box(&large), &config, TODAY)),
    );

    let fixtures = fixtures();
    let batch: Vec<&Pep> = fixtures.iter().cycle().take(10_000).collect();
    let mut group = c.benchmark_group("batch");
    group.throughput(Throughput::Elements(batch.len() as u64));
    group.sample_size(10);
    group.bench_function("validate 10,000 mixed fixtures", |b| {
        b.iter(|| {
            for pep in &batch {
                black_box(validate(pep, &config, TODAY));
            }
        })
    });
    group.finish();

    // The two figures the brief asks for, plainly.
    let start = Instant::now();
    let runs = 20_000;
    for _ in 0..runs {
        black_box(validate(black_box(&large), &config, TODAY));
    }
    let per_call = start.elapsed().as_secs_f64() * 1e6 / runs as f64;
    let start = Instant::now();
    for pep in &batch {
        black_box(validate(pep, &config, TODAY));
    }
    let per_second = batch.len() as f64 / start.elapsed().as_secs_f64();
    println!("\nvalidate, large post-16 PEP: {per_call:.1} µs per call (aim: under 20 µs)");
    println!(
        "validate, 10,000 mixed fixtures: {per_second:.0} PEPs per second on one core (aim: over 100,000)"
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
