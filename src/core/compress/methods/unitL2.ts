import type { ScoreMethod } from './types';
import { unitNorm } from './unitNorm';

/** √Σw² feeding each unit: punishes a unit with one large weight less than L1 does. */
export const unitL2: ScoreMethod<'unit-l2'> = unitNorm('unit-l2', 'l2');
