import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { checkTables, NOV, textOf } from '../helpers/report.js';

describe('icare report: the whole organisation', () => {
  it('--by role: a column per group shown, small roles pooled or hidden and named, leaders against frontline in words', async () => {
    const r = await runCli(['report', NOV, '--by', 'role']);
    expect(r.code).toBe(0);
    const doc = JSON.parse((await runCli(['report', NOV, '--by', 'role', '--format', 'json'])).stdout);
    const groups: { role: string; hidden: boolean; respondents?: number; pooled?: string[] }[] = doc.byRole.roles;
    const byRole = r.stdout.slice(r.stdout.indexOf('By role'));
    const head = byRole.split('├')[0]!;
    for (const g of groups.filter((x) => !x.hidden)) {
      expect(head).toContain(g.role);
      expect(head).toContain(`(${g.respondents})`);
    }
    for (const g of groups.filter((x) => x.pooled)) expect(byRole).toContain(`${g.role}: ${g.pooled!.join(', ')} together`);
    for (const g of groups.filter((x) => x.hidden)) expect(byRole).toContain(`${g.role}: fewer than ${doc.byRole.minGroup} respondents: results hidden`);
    const widest = [...doc.byRole.perception].sort((a: { gap: number }, b: { gap: number }) => b.gap - a.gap)[0];
    expect(byRole.replace(/\s+/g, ' ')).toContain(`Largest perception gap: ${widest.title}, ${widest.high.role} ${widest.high.score.toFixed(1)} vs ${widest.low.role} ${widest.low.score.toFixed(1)}`);
    // A reverse-scored question is compared by what each side answered, and marked.
    const reverse = doc.byRole.questionGaps.find((g: { reverse: boolean }) => g.reverse);
    expect(reverse).toBeDefined();
    expect(byRole.replace(/\s+/g, ' ')).toContain(`${reverse.text} ↺`);
    expect(byRole.replace(/\s+/g, ' ')).toMatch(/leaders say \d+% yes; frontline \d+% yes/);
    expect(r.stdout).toContain('↺ reverse-scored: agreeing means a gap');
    expect(byRole).not.toMatch(/leaders [\d.]+ · frontline [\d.]+/);
    // --min-group 1 shows every role as its own column.
    const md = await runCli(['report', NOV, '--by', 'role', '--format', 'markdown', '--min-group', '1']);
    checkTables(md.stdout);
    expect(md.stdout).toContain('## By role');
    expect(md.stdout).toContain('Small groups are shown (--min-group 1).');
    expect(md.stdout).toMatch(/\| Section \| executive \(2\) \| manager \(3\) \| frontline \(5\) \| Perception gap \|/);
  });

  it('where there is no consensus, says the mean hides a split and lists the divided questions', async () => {
    // The first bundled example with a section split down the middle.
    let dir = '';
    let doc: { questionnaire: { id: string }; sections: { disagreement: boolean; title: string; agreement: { rwg: number }; divided: string[] }[] } | undefined;
    for (const id of ['service-truths', 'fanatical-support', 'five-ideas', 'service-foundations']) {
      dir = `examples/${id}/2026-11-16`;
      doc = JSON.parse((await runCli(['report', dir, '--format', 'json'])).stdout);
      if (doc!.sections.some((s) => s.disagreement)) break;
    }
    const split = doc!.sections.filter((s) => s.disagreement);
    expect(split.length).toBeGreaterThan(0);
    for (const format of ['terminal', 'markdown']) {
      const out = (await runCli(['report', dir, '--format', format], { columns: 120 })).stdout.replace(/\*\*/g, '').replace(/\s+/g, ' ');
      expect(out).toContain('Where the mean hides a split');
      for (const s of split) {
        expect(out).toContain(`${s.title}: rwg ${s.agreement.rwg.toFixed(2)} · no consensus`);
        expect(s.divided.length).toBeGreaterThan(0);
        for (const id of s.divided) expect(out).toContain(await textOf(doc!.questionnaire.id, id));
      }
    }
    const calm = (await runCli(['report', NOV])).stdout;
    const nov = JSON.parse((await runCli(['report', NOV, '--format', 'json'])).stdout);
    expect(nov.sections.some((s: { disagreement: boolean }) => s.disagreement)).toBe(false);
    expect(calm).not.toContain('hides a split');
  });

  it('spread per section (a range, not a verdict), answered and n/a per question', async () => {
    const doc = JSON.parse((await runCli(['report', NOV, '--format', 'json'])).stdout);
    const emp = doc.sections.find((s: { id: string }) => s.id === 'empowerment');
    expect(emp.spread.respondents).toBe(doc.respondents);
    expect(emp.spread.max - emp.spread.min).toBeGreaterThan(0);
    // Disagreement is the agreement band, not the range.
    expect(emp.disagreement).toBe(emp.agreement.band === 'no-consensus');
    // Each question counts the respondents its audience takes in: answered, don't know, n/a.
    type Q = { audience?: string[]; answered: number; na: number; dontKnow: number; coverage: { total: number } };
    const asked = (q: Q): number => (q.audience ? q.audience.reduce((n, role) => n + (doc.roles[role] ?? 0), 0) : doc.respondents);
    for (const q of emp.questions as Q[]) expect([q.coverage.total + q.na, q.answered + q.dontKnow]).toEqual([asked(q), q.coverage.total]);
    expect(emp.questions.some((q: Q) => asked(q) < doc.respondents)).toBe(true);
    const term = await runCli(['report', NOV]);
    expect(term.stdout).toContain(`range ${Math.round(emp.spread.min)}–${Math.round(emp.spread.max)}`);
    expect(term.stdout).toContain(`rwg ${emp.agreement.rwg.toFixed(2)}`);
  });

  it('--history shows the trend across rounds', async () => {
    const r = await runCli(['report', NOV, '--history', 'examples/icare', '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Trend');
    expect(r.stdout).toMatch(/\| 2026-05-18 \(8\) \| 2026-11-16 \(10\) \|/);
    checkTables(r.stdout);
    const doc = JSON.parse((await runCli(['report', NOV, '--history', 'examples/icare', '--format', 'json'])).stdout);
    expect(doc.history.map((h: { date: string }) => h.date)).toEqual(['2026-05-18', '2026-11-16']);
    expect(doc.history[1].score).toBeCloseTo(doc.score, 9);
    // Each round with its interval, and the change first → latest against its noise.
    const fmt = (e: { score: number; interval: { low: number; high: number } }): string => `${e.score.toFixed(1)} (${e.interval.low.toFixed(1)}–${e.interval.high.toFixed(1)})`;
    const overallRow = r.stdout.split('\n').find((l) => l.startsWith('| **Overall**'))!;
    for (const h of doc.history) expect(overallRow).toContain(fmt(h));
    expect(overallRow).toMatch(/[▲▼≈=] [+\u2212]?[\d.]+ (improved|regressed|within the noise|unchanged) \((noise ±[\d.]+|no noise estimate[^)]*)\)/);
    const term = (await runCli(['report', NOV, '--history', 'examples/icare'])).stdout;
    expect(term).toContain('Trend');
    for (const h of doc.history) expect(term).toContain(`(${h.interval.low.toFixed(1)}–${h.interval.high.toFixed(1)})`);
  });
});
