// `report --customers`: the customers' answers beside the staff's, read with the customer
// questionnaire that mirrors the staff one, and the delivery gap between the two.
import { deliveryGap, type DeliveryGap } from '../core/scoring/deliveryGap.js';
import { dropDuplicates } from '../core/scoring/hygiene.js';
import type { Sample } from '../core/scoring/sample.js';
import { scoreSample } from '../core/scoring/score.js';
import type { ScoreOptions, ScoreResult } from '../core/scoring/scoreResult.js';
import type { CatalogLoad } from '../core/checks/loadCatalog.js';
import type { Context } from '../shell/context.js';
import { UserError } from '../shell/userError.js';
import { loadSamples, type ExportOptions } from './loadSamples.js';

/** The customer questionnaire for a staff one: the one that mirrors it, or the one named. */
export function customerQuestionnaire(source: CatalogLoad, staffId: string, named: string | undefined): string {
  if (named !== undefined) {
    const q = source.catalog.get(named);
    if (!q) throw new UserError(`no questionnaire with id "${named}" for --customers-questionnaire (see \`icare list\`)`);
    if (q.mirrors !== staffId) throw new UserError(`"${named}" does not mirror "${staffId}" (its mirrors: ${q.mirrors ?? 'none'})`);
    return named;
  }
  const mirroring = [...source.catalog.values()].filter((q) => q.mirrors === staffId).map((q) => q.id);
  if (mirroring.length === 0) throw new UserError(`no customer questionnaire mirrors "${staffId}" (a questionnaire with \`mirrors: ${staffId}\`)`);
  if (mirroring.length > 1) throw new UserError(`several questionnaires mirror "${staffId}" (${mirroring.join(', ')}); choose one with --customers-questionnaire`);
  return mirroring[0]!;
}

/** Loads the customers' answers and works out the delivery gap against the staff's result. */
export async function customersGap(ctx: Context, source: CatalogLoad, paths: readonly string[], staff: { sample: Sample; result: ScoreResult }, named: string | undefined, reading: ExportOptions, opts: ScoreOptions): Promise<DeliveryGap> {
  const id = customerQuestionnaire(source, staff.sample.layout.questionnaire.id, named);
  const loaded = await loadSamples(ctx, source, paths, { ...reading, questionnaire: id });
  const sample = loaded.samples.find((s) => s.layout.questionnaire.id === id);
  if (!sample) throw new UserError(`no answers to "${id}" among ${paths.join(', ')}`);
  dropDuplicates(sample, loaded.sourceName);
  // Customers are not staff: their names are never shown, whatever --names says.
  const customers = scoreSample(sample, { ...opts, names: false, population: undefined });
  return deliveryGap(staff.result, staff.sample, customers, sample);
}
