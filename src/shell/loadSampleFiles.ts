// Reads answers files and folds each into the sample of its questionnaire, in file order: the
// work one thread does for a chunk of files (see parallel/loadSamplesInParallel.ts).
import type { Finding } from '../core/checks/finding.js';
import type { Layouts } from '../core/model/layout.js';
import { readRecord } from '../core/scoring/readRecord.js';
import { KEPT_TEXTS } from '../core/scoring/remarks.js';
import { addRecord, newSample, reserve, type Sample } from '../core/scoring/sample.js';
import { readFileBytes } from './files.js';

export interface LoadedSamples {
  /** By questionnaire id, in the order first seen. */
  readonly samples: Map<string, Sample>;
  readonly findings: Finding[];
}

/** `first`: the index of paths[0] among all the inputs (a chunk's offset); `kept`: see newSample. */
export function loadSampleFiles(paths: readonly string[], layouts: Layouts, cwd: string, first = 0, kept = KEPT_TEXTS): LoadedSamples {
  const samples = new Map<string, Sample>();
  const findings: Finding[] = [];
  for (let i = 0; i < paths.length; i++) {
    const { findings: found, record } = readRecord(readFileBytes(paths[i]!, cwd), layouts);
    if (found.length > 0) findings.push(...found);
    if (!record) continue;
    const id = record.layout.questionnaire.id;
    let sample = samples.get(id);
    if (!sample) {
      samples.set(id, (sample = newSample(record.layout, kept)));
      // Most inputs answer one questionnaire: room for all of them saves copying as they come.
      reserve(sample, paths.length - i);
    }
    addRecord(sample, record, { index: first + i, line: 0 });
  }
  return { samples, findings };
}
