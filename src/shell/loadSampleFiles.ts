// Reads answers files and folds each into the sample of its questionnaire, in file order. One
// thread: a second one (a worker taking half the files) gained 6% at 10,000 files on a 2-core
// machine, short of the 30% that would pay for its code (see the closing note of issue 13).
import type { Finding } from '../core/checks/finding.js';
import type { Layouts } from '../core/model/layout.js';
import { readRecord } from '../core/scoring/readRecord.js';
import { addRecord, newSample, reserve, type Sample } from '../core/scoring/sample.js';
import { readYamlFile } from './files.js';

export interface LoadedSamples {
  /** By questionnaire id, in the order first seen. */
  readonly samples: Map<string, Sample>;
  readonly findings: Finding[];
}

export function loadSampleFiles(paths: readonly string[], layouts: Layouts, cwd: string): LoadedSamples {
  const samples = new Map<string, Sample>();
  const findings: Finding[] = [];
  for (let i = 0; i < paths.length; i++) {
    const { findings: found, record } = readRecord(readYamlFile(paths[i]!, cwd), layouts);
    if (found.length > 0) findings.push(...found);
    if (!record) continue;
    const id = record.layout.questionnaire.id;
    let sample = samples.get(id);
    if (!sample) {
      samples.set(id, (sample = newSample(record.layout)));
      // Most inputs answer one questionnaire: room for all of them saves copying as they come.
      reserve(sample, paths.length - i);
    }
    addRecord(sample, record, { index: i, line: 0 });
  }
  return { samples, findings };
}
