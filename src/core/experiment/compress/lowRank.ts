/* Names of the factor layers a low-rank model stores (factoriseModel: compress/methods/svd.ts). */

/** Whether a stored layer is `original` itself or one of its factors ('fc1.p', 'fc1.q'). An
 * exact name wins over stripping a suffix: a vision transformer's query layer is called 'b1.q'
 * and is not a factor of a layer 'b1'. */
export const isStoredPartOf = (stored: string, original: string): boolean =>
  stored === original || stored === `${original}.p` || stored === `${original}.q`;

/** A factor layer with no bias of its own (x·P feeds Q, which has the bias). */
export const isBiasFreeFactor = (name: string): boolean => name.endsWith('.p');
