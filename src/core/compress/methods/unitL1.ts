import type { ScoreMethod } from './types';
import { unitNorm } from './unitNorm';

/** Sum of |w| feeding each unit. */
export const unitL1: ScoreMethod<'unit-l1'> = unitNorm('unit-l1', 'l1');
