/**
 * How a lost GPU device is named across the worker boundary. Tensor-free on purpose: the main
 * thread reads it, and importing deviceWatch.ts there would pull tfjs into the page (whose URL
 * flag parser throws on a malformed link before the app mounts).
 */

/** Errors from a lost GPU device start with this, so the app can tell them from other failures
 * after Comlink has flattened them to a message. */
export const DEVICE_LOST = 'device-lost:';

export const isDeviceLoss = (message: string): boolean => message.startsWith(DEVICE_LOST);
