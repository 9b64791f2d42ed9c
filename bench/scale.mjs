// On-demand benchmark for a whole company (issue 13): `npm run bench:scale [-- csv|files|generate]`.
// Generates a 1,000,000-row ICARE export and 10,000 and 100,000 answers files under bench/.corpus/
// (git-ignored; generated once), then times `icare report` against the floors that only read and
// parse the same input, in alternating pairs, with the peak memory of each run (GNU time's %M).
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'bench/.corpus');
const bin = join(root, 'bin/icare.js');
const which = new Set(process.argv.slice(2));
const wanted = (name) => which.size === 0 || which.has(name);

let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const q = parse(readFileSync(join(root, 'questionnaires/icare.yaml'), 'utf8'));
const questions = q.sections.flatMap((s) => s.questions.map((x) => ({ ...x, audience: x.audience ?? s.audience })));
const ROLES = ['executive', 'manager', 'manager', 'manager', 'frontline', 'frontline', 'frontline', 'frontline', 'frontline', 'frontline', 'frontline', 'frontline'];
const COMMENTS = ['More staff on Saturdays', 'Fix the till codes', 'Keep the service wall', 'The returns screen still freezes', 'Chat queue is too long at lunch'];

/** One respondent's answers, by question id: 4% n/a, 2% don't know, a few comments. */
function respondent(role) {
  const lift = role === 'executive' ? 1 : role === 'manager' ? 0.5 : 0;
  const out = {};
  for (const x of questions) {
    if (x.audience && !x.audience.includes(role)) continue;
    const type = x.type ?? 'scale';
    const r = rand();
    if (type !== 'text' && r < 0.04) out[x.id] = 'n/a';
    else if (type !== 'text' && r < 0.06) out[x.id] = 'dont-know';
    else if (type === 'text') {
      if (rand() < 0.2) out[x.id] = pick(COMMENTS);
    } else if (type === 'yesno') out[x.id] = rand() + lift * 0.2 > 0.5 ? 'yes' : 'no';
    else if (type === 'choice') out[x.id] = pick(x.options).key ?? pick(x.options).label;
    else {
      const s = x.scale ?? q.scale ?? { min: 1, max: 5 };
      out[x.id] = Math.min(s.max, s.min + Math.floor(rand() * (s.max - s.min + 1) + lift));
    }
  }
  return out;
}

function csvCorpus(n) {
  const file = join(corpus, `icare-${n}.csv`);
  if (existsSync(file)) return file;
  mkdirSync(corpus, { recursive: true });
  const out = createWriteStream(file);
  const cell = (v) => (v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const lines = [['Timestamp', 'Email Address', 'Your role', ...questions.map((x) => x.id)].join(',')];
  for (let i = 0; i < n; i++) {
    const role = pick(ROLES);
    const a = respondent(role);
    lines.push([`2026/11/${String(2 + (i % 18)).padStart(2, '0')} 9:14:02 AM GMT`, `person${i}@example.com`, role, ...questions.map((x) => cell(a[x.id]))].join(','));
    if (lines.length >= 10000) out.write(lines.splice(0).join('\n') + '\n');
  }
  out.end(lines.join('\n') + '\n');
  return new Promise((resolve) => out.on('finish', () => resolve(file)));
}

function filesCorpus(n) {
  const dir = join(corpus, `icare-files-${n}`);
  if (existsSync(join(dir, 'done'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const role = pick(ROLES);
    const doc = { questionnaire: 'icare', version: q.version, organisation: 'Bench Outfitters', respondent: { name: `Person ${i}`, role }, date: '2026-11-16', status: 'complete', answers: respondent(role) };
    writeFileSync(join(dir, `r-${String(i).padStart(6, '0')}.yaml`), stringify(doc));
  }
  writeFileSync(join(dir, 'done'), '');
  return dir;
}

/** Wall time and peak memory (GNU time's %M) of one run. */
function once(cmd, args, env = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1', ...env } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const mb = Number((r.stderr.trim().split('\n').at(-1) ?? '').trim()) / 1024;
  if (r.status !== 0) console.log(r.stderr.slice(0, 1000));
  return { ms, mb };
}

/** `runs` alternating pairs; the median of the pair ratios b/a and each side's median time and peak memory. */
function paired(a, b, runs) {
  const pairs = Array.from({ length: runs }, () => [once(...a), once(...b)]);
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return {
    a: { ms: median(pairs.map(([x]) => x.ms)), mb: Math.max(...pairs.map(([x]) => x.mb)) },
    b: { ms: median(pairs.map(([, y]) => y.ms)), mb: Math.max(...pairs.map(([, y]) => y.mb)) },
    ratio: median(pairs.map(([x, y]) => y.ms / x.ms)),
  };
}

const show = (label, r) => console.log(`${label.padEnd(44)} ${r.b.ms.toFixed(0).padStart(7)} ms ${r.b.mb.toFixed(0).padStart(5)} MB   ${r.ratio.toFixed(2)}× floor (floor ${r.a.ms.toFixed(0)} ms, ${r.a.mb.toFixed(0)} MB)`);

if (!existsSync(join(root, 'dist/cli.js'))) {
  console.error('Build first: npm run build');
  process.exit(2);
}

// `generate`: only make the corpora (to time them with another tool, such as farm-bench).
if (which.has('generate')) {
  console.log(await csvCorpus(1_000_000), filesCorpus(10_000), filesCorpus(100_000));
  process.exit(0);
}

if (wanted('csv')) {
  const csv = await csvCorpus(1_000_000);
  console.log('\n## report on a 1,000,000-row CSV export (3 alternating pairs with the csv-parse floor)');
  show('icare report --format json', paired(['node', [join(root, 'bench/csvFloor.mjs'), csv]], ['node', [bin, 'report', csv, '--questionnaire', 'icare', '--format', 'json']], 3));
}

if (wanted('files')) {
  for (const n of [10_000, 100_000]) {
    const dir = filesCorpus(n);
    const floor = ['node', [join(root, 'bench/floor.mjs'), dir]];
    console.log(`\n## report on ${n.toLocaleString('en')} answers files (alternating pairs with the read-and-parse floor)`);
    const runs = n > 10_000 ? 3 : 7;
    show('icare report --format json', paired(floor, ['node', [bin, 'report', dir, '--format', 'json']], runs));
  }
}
