/* Names of the factor layers a low-rank model stores (factoriseModel: compress/methods/svd.ts). */

/** Name of the original layer a stored layer came from ('fc1.p' → 'fc1'). */
export const originalName = (name: string): string => name.replace(/\.(p|q)$/, '');

/** A factor layer with no bias of its own (x·P feeds Q, which has the bias). */
export const isBiasFreeFactor = (name: string): boolean => name.endsWith('.p');
