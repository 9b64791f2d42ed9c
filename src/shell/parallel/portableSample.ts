// A chunk's samples as a worker sends them: everything but the layout (which holds functions and
// which the main thread compiles itself), rows trimmed to what is used so their buffer can move.
import type { Layout, Layouts } from '../../core/model/layout.js';
import { usedRows, type Sample } from '../../core/scoring/sample.js';

export type PortableSample = Omit<Sample, 'layout'> & { readonly id: string };

export function portable(id: string, sample: Sample): PortableSample {
  const { layout: _, ...rest } = sample;
  return { ...rest, id, rows: usedRows(sample).slice() };
}

export function restored(p: PortableSample, layouts: Layouts): Sample {
  const { id, ...rest } = p;
  const layout: Layout | undefined = layouts.get(id);
  if (!layout) throw new Error(`a worker returned answers for "${id}", which the catalog does not have`);
  return { ...rest, layout };
}
