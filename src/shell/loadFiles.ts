// The core's answers loader with the shell's reader: for commands, worker threads and tests.
import type { Catalog } from '../core/model/model.js';
import { loadAnswers } from '../core/checks/loadAnswers.js';
import type { Finding } from '../core/checks/finding.js';
import type { Answers } from '../core/model/model.js';
import { fileReader } from './files.js';

export function loadAnswersFiles(paths: readonly string[], catalog: Catalog, cwd: string): { answers: Answers[]; findings: Finding[] } {
  return loadAnswers(paths, catalog, fileReader(cwd));
}
