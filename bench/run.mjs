// On-demand benchmark (not part of the test suite): `npm run bench [-- validate|startup|report|import|hostile]`.
// Generates its corpora under bench/.corpus/ (git-ignored), times whole commands as a user runs
// them (wall clock, each run alternating with its baseline: ajv-cli, bare node or the parse-only
// floor) and prints the median of the pair ratios, the figures the issues set targets for.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'bench/.corpus');
const bin = join(root, 'bin/icare.js');
const which = new Set(process.argv.slice(2));
const wanted = (name) => which.size === 0 || which.has(name);

/** Wall time and peak memory (GNU time's %M) of one run. */
function once(cmd, args, opts = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, ...opts, env: { ...process.env, NO_COLOR: '1', ...opts.env } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kb = Number((r.stderr.trim().split('\n').at(-1) ?? '').trim());
  return { ms, kb, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function median(cmd, args, runs = 5, opts = {}) {
  const results = Array.from({ length: runs }, () => once(cmd, args, opts));
  const sorted = [...results].sort((a, b) => a.ms - b.ms);
  const mid = sorted[Math.floor(sorted.length / 2)];
  return { ms: mid.ms, kb: Math.max(...results.map((r) => r.kb)), status: mid.status, stdout: mid.stdout, stderr: mid.stderr };
}

/**
 * Runs two commands alternately and compares them pair by pair: this machine's speed drifts by
 * ±30% from one second to the next, so a ratio of medians taken minutes apart says little.
 */
function paired(a, b, runs = 9) {
  const as = [];
  const bs = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const x = once(...a);
    const y = once(...b);
    as.push(x);
    bs.push(y);
    ratios.push(y.ms / x.ms);
  }
  const mid = (rs) => [...rs].sort((p, q) => p.ms - q.ms)[Math.floor(rs.length / 2)];
  const sortedRatios = [...ratios].sort((p, q) => p - q);
  return { a: { ...mid(as), kb: Math.max(...as.map((r) => r.kb)) }, b: { ...mid(bs), kb: Math.max(...bs.map((r) => r.kb)) }, ratio: sortedRatios[Math.floor(runs / 2)], best: Math.min(...bs.map((r) => r.ms)) / Math.min(...as.map((r) => r.ms)) };
}

const fmt = (r) => `${r.ms.toFixed(0).padStart(6)} ms  ${(r.kb / 1024).toFixed(0).padStart(4)} MB`;
const ratio = (a, b) => (a.ms / b.ms).toFixed(2);

// A small deterministic PRNG so every run generates the same corpus.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const bundled = ['icare', 'service-truths', 'fanatical-support', 'five-ideas', 'service-foundations'].map((id) => ({
  id,
  text: readFileSync(join(root, 'questionnaires', `${id}.yaml`), 'utf8'),
}));

function questionnaireCorpus(n) {
  const dir = join(corpus, `questionnaires-${n}`);
  if (existsSync(dir)) return dir;
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const base = bundled[i % bundled.length];
    const doc = parse(base.text);
    doc.id = `${base.id}-${i}`;
    doc.title = `${doc.title} (variant ${i})`;
    // One file in ten is broken in a different way: a duplicate id, a wrong type, an unknown key.
    const broken = i % 10 === 9 ? i % 3 : -1;
    if (broken === 0) doc.sections[0].questions[1].id = doc.sections[0].questions[0].id;
    if (broken === 1) doc.sections[0].weight = 'heavy';
    if (broken === 2) doc.sections[0].questions[0].colour = 'red';
    writeFileSync(join(dir, `q-${String(i).padStart(4, '0')}.yaml`), stringify(doc));
  }
  return dir;
}

function answersCorpus(n) {
  const dir = join(corpus, `answers-${n}`);
  const csv = join(corpus, `answers-${n}.csv`);
  if (existsSync(dir) && existsSync(csv)) return { dir, csv };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const q = parse(bundled[0].text);
  const questions = q.sections.flatMap((s) => s.questions);
  const roles = ['executive', 'manager', 'manager', 'frontline', 'frontline', 'frontline', 'frontline'];
  const rows = [['Name', 'Role', 'Date', ...questions.map((x) => x.id)].join(',')];
  for (let i = 0; i < n; i++) {
    const role = pick(roles);
    const lift = role === 'executive' ? 1 : role === 'manager' ? 0.5 : 0;
    const answers = {};
    for (const x of questions) {
      const type = x.type ?? 'scale';
      if (rand() < 0.04) {
        answers[x.id] = 'n/a';
        continue;
      }
      if (type === 'text') answers[x.id] = pick(['More staff on Saturdays', 'Fix the till codes', 'Keep the service wall']);
      else if (type === 'yesno') answers[x.id] = rand() + lift * 0.2 > 0.5 ? 'yes' : 'no';
      else if (type === 'choice') answers[x.id] = pick(x.options).label;
      else {
        const s = x.scale ?? q.scale ?? { min: 1, max: 5 };
        answers[x.id] = Math.min(s.max, s.min + Math.floor(rand() * (s.max - s.min + 1) + lift));
      }
      if (rand() < 0.03) answers[x.id] = { value: answers[x.id], note: 'Depends on the shift' };
    }
    const doc = { questionnaire: 'icare', version: q.version, organisation: 'Bench Outfitters', respondent: { name: `Person ${i}`, role }, date: '2026-11-16', status: 'complete', answers };
    writeFileSync(join(dir, `r-${String(i).padStart(5, '0')}.yaml`), stringify(doc));
    const cell = (v) => {
      const s = typeof v === 'object' ? String(v.value) : String(v);
      return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    rows.push([`Person ${i}`, role, '2026-11-16', ...questions.map((x) => (x.id in answers ? cell(answers[x.id]) : ''))].join(','));
  }
  writeFileSync(csv, rows.join('\n') + '\n');
  return { dir, csv };
}

if (!existsSync(join(root, 'dist/cli.js'))) {
  console.error('Build first: npm run build');
  process.exit(2);
}

if (wanted('startup')) {
  console.log('\n## Start-up: icare --help against bare node (21 alternating pairs)');
  median('node', ['-e', '0'], 3);
  const help = paired(['node', ['-e', '0']], ['node', [bin, '--help']], 21);
  const version = paired(['node', ['-e', '0']], ['node', [bin, '--version']], 21);
  console.log(`node -e 0        ${fmt(help.a)}`);
  console.log(`icare --help     ${fmt(help.b)}   ratio ${help.ratio.toFixed(2)} (target ≤ 1.3; best runs ${help.best.toFixed(2)})`);
  console.log(`icare --version  ${fmt(version.b)}   ratio ${version.ratio.toFixed(2)}`);
}

if (wanted('validate')) {
  const dir = questionnaireCorpus(500);
  console.log('\n## validate: 500 questionnaire files, 1 in 10 broken (9 alternating pairs; ratio = median of pair ratios)');
  const ajvArgs = [join(root, 'node_modules/ajv-cli/dist/index.js'), 'validate', '--spec=draft2020', '--errors=line', '-s', 'schema/questionnaire.schema.json', '-d', `${dir}/*.yaml`];
  const r = paired(['node', ajvArgs], ['node', [bin, 'validate', dir, '--format', 'json']]);
  const findings = JSON.parse(r.b.stdout);
  const positioned = findings.filter((f) => f.line >= 1 && f.column >= 1).length;
  console.log(`ajv-cli validate   ${fmt(r.a)}   (schema only, no positions)`);
  console.log(`icare validate     ${fmt(r.b)}   ratio ${r.ratio.toFixed(2)} (target ≤ 0.5; best runs ${r.best.toFixed(2)}); ${findings.length} findings, ${positioned} with line and column`);
}

if (wanted('report') || wanted('import')) {
  const reports = {};
  for (const n of [1000, 10000]) {
    const { dir, csv } = answersCorpus(n);
    console.log(`\n## ${n} ICARE answers files (7 alternating pairs with the floor; ratio = median of pair ratios)`);
    const floorCmd = ['node', [join(root, 'bench/floor.mjs'), dir]];
    if (wanted('report')) {
      const show = (label, r) => {
        if (r.b.status !== 0) console.log(r.b.stderr.slice(0, 2000));
        console.log(`${label.padEnd(42)} ${fmt(r.b)}   ${r.ratio.toFixed(2)}× floor (best runs ${r.best.toFixed(2)}×)`);
      };
      const rep = paired(floorCmd, ['node', [bin, 'report', dir, '--format', 'json']], 7);
      console.log(`${'floor: read + js-yaml parse'.padEnd(42)} ${fmt(rep.a)}`);
      show('icare report --format json', rep);
      show('icare report --by role --format json', paired(floorCmd, ['node', [bin, 'report', dir, '--by', 'role', '--format', 'json']], 7));
      show('icare report (terminal)', paired(floorCmd, ['node', [bin, 'report', dir]], 5));
      reports[n] = rep.b.ms;
    }
    if (wanted('import')) {
      const out = join(corpus, `imported-${n}`);
      const imp = median('bash', ['-c', `rm -rf "${out}" && exec node "${bin}" import "${csv}" --questionnaire icare --out "${out}" --format json`], 3);
      if (imp.status !== 0) console.log(imp.stderr.slice(0, 2000));
      console.log(`${'icare import (CSV → files)'.padEnd(42)} ${fmt(imp)}`);
    }
  }
  if (reports[1000] && reports[10000]) {
    const perFile = (reports[10000] - reports[1000]) / 9000;
    console.log(`\nreport growth: ${(reports[10000] / reports[1000]).toFixed(1)}× the time for 10× the files; ${(perFile * 1000).toFixed(0)} µs per extra file`);
  }
}

if (wanted('hostile')) {
  // Inputs built to find quadratic paths: each is timed at N and 2N, so linear work about doubles
  // and quadratic work about quadruples.
  const dir = join(corpus, 'hostile');
  mkdirSync(dir, { recursive: true });
  const sameName = (n) => {
    const csv = join(dir, `same-name-${n}.csv`);
    writeFileSync(csv, ['Timestamp,Your name,wait-apology', ...Array.from({ length: n }, () => '2026-11-16,Sam Same,4')].join('\n') + '\n');
    const out = join(dir, `same-name-${n}`);
    return ['bash', ['-c', `rm -rf "${out}" && exec node "${bin}" import "${csv}" --questionnaire icare --out "${out}" --format json`]];
  };
  const unknownKeys = (n) => {
    const file = join(dir, `unknown-keys-${n}.yaml`);
    // Short keys: 80,000 of them still fit under the size bound on files.
    const keys = Array.from({ length: n }, (_, i) => `  u${i}: 3`);
    writeFileSync(file, ['questionnaire: icare', `version: ${parse(bundled[0].text).version}`, 'answers:', '  wait-apology: 4', ...keys].join('\n') + '\n');
    return ['node', [bin, 'validate', file, '--format', 'json']];
  };
  // A note running over many lines in quotes: each line of it must not search on to the closing quote.
  const longQuote = (n) => {
    const file = join(dir, `long-quote-${n}.yaml`);
    const lines = Array.from({ length: n }, (_, i) => `      line ${i} of a note`);
    writeFileSync(file, ['questionnaire: icare', `version: ${parse(bundled[0].text).version}`, 'answers:', '  wait-apology:', '    value: 4', `    note: "${lines.join('\n').trimStart()}"`, '  unknown-key: 3'].join('\n') + '\n');
    return ['node', [bin, 'validate', file, '--format', 'json']];
  };
  console.log('\n## hostile inputs: time at N and 2N (median of 3 runs; linear ≈ 2×, quadratic ≈ 4×)');
  for (const [label, n, make] of [
    ['import: rows sharing one name', 2000, sameName],
    ['validate: answers with unknown keys', 40000, unknownKeys],
    ['validate: a quoted note of many lines', 20000, longQuote],
  ]) {
    const [a, b] = [n, 2 * n].map((k) => median(...make(k), 3));
    for (const r of [a, b]) if (r.status !== 0 && r.status !== 1) console.log(r.stderr.slice(0, 2000));
    // What each run produced (files written or findings), to see that it did the work.
    const outputs = [a, b].map((r) => {
      const out = JSON.parse(r.stdout || '[]');
      return out.written ?? out.length;
    });
    console.log(`${label.padEnd(40)} N=${String(n).padStart(6)} ${fmt(a)}   2N ${fmt(b)}   ${ratio(b, a)}×   (${outputs.join(' and ')} out)`);
  }
}
