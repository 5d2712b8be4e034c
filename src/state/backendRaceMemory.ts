import { z } from 'zod';
import { BACKEND_ORDER } from '../core/backendNames';
import type { BackendRace } from '../core/backendRace';

/** The last race on this device (localStorage): `auto` reuses its winner instead of racing on
 * every visit, as long as the browser and GPU adapter (the race's deviceKey) are the same. */
const STORAGE_KEY = 'compression-lab:backend-race';

const backend = z.enum(BACKEND_ORDER);
const raceSchema = z.object({
  entries: z.array(
    z.object({
      backend,
      msPerStep: z.number().nonnegative().nullable(),
      steps: z.number().int().nonnegative(),
      outcome: z.enum(['timed', 'over-budget', 'failed']),
      reason: z.string().optional(),
      shareMs: z.number().optional(),
      softwareAdapter: z.string().optional(),
    }),
  ),
  winner: backend,
  model: z.string(),
  budgetMs: z.number(),
  elapsedMs: z.number(),
  deviceKey: z.string(),
  remembered: z.boolean(),
});

/** The remembered race; null when there is none, storage is off or what is stored is odd. */
export function readRace(storage: Pick<Storage, 'getItem'> | undefined): BackendRace | null {
  try {
    const text = storage?.getItem(STORAGE_KEY);
    if (!text) return null;
    const parsed = raceSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeRace(storage: Pick<Storage, 'setItem'> | undefined, race: BackendRace): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify({ ...race, remembered: false }));
  } catch {
    // Storage refused (quota, privacy settings): the next visit races again.
  }
}
