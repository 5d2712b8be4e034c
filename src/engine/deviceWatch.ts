import { webgpuDevice, type BackendName } from '../core/backend';

import { DEVICE_LOST, isDeviceLoss } from './deviceLoss';

export { DEVICE_LOST, isDeviceLoss } from './deviceLoss';

const LOSS_GRACE_MS = 1_000;
const delay = (ms: number) => new Promise<null>((resolve) => setTimeout(() => resolve(null), ms));

/**
 * Watches the WebGPU device the worker trains on. A lost device (driver reset, GPU process
 * crash, or `destroy()` from the test hook) never comes back for this backend instance: tfjs
 * keeps the dead device, so the backend is marked unusable and the next initialisation falls
 * back to the next one. Runs in flight fail at once with a DEVICE_LOST error instead of hanging
 * on a readback that will never resolve.
 */
export class DeviceWatch {
  /** Backends that broke in this worker, with why: initBackend skips them. */
  readonly unusable = new Map<BackendName, string>();
  private readonly inFlight = new Set<(error: Error) => void>();
  private watched: unknown = null;
  /** A loss no run has reported (it happened between runs); the heartbeat picks it up. */
  private unreported: string | null = null;
  /** Resolves with the error when the watched device is lost. */
  private lost: Promise<Error> | null = null;

  /** Call after each successful initialisation; `onLost` runs once when the device goes. */
  watch(onLost: (reason: string) => void): void {
    const device = webgpuDevice();
    if (!device) {
      this.watched = null;
      this.lost = null;
    }
    if (!device || device === this.watched) return;
    this.watched = device;
    this.lost = device.lost.then((info) => {
      const reason = `the GPU device was lost (${info.reason ?? 'unknown'}${info.message ? `: ${info.message}` : ''})`;
      this.unusable.set('webgpu', reason);
      this.watched = null;
      onLost(reason);
      this.unreported = this.inFlight.size === 0 ? reason : null;
      const error = new Error(`${DEVICE_LOST} ${reason}`);
      for (const fail of this.inFlight) fail(error);
      return error;
    });
  }

  /** The reason of a loss that happened while no run was in flight, once. */
  takeUnreportedLoss(): string | null {
    const reason = this.unreported;
    this.unreported = null;
    return reason;
  }

  /** `work`, unless the device is lost first: then a DEVICE_LOST rejection. */
  async whileRunning<T>(work: Promise<T>): Promise<T> {
    let fail: (error: Error) => void = () => {};
    const lost = new Promise<never>((_, reject) => {
      fail = reject;
    });
    this.inFlight.add(fail);
    try {
      return await Promise.race([work, lost]);
    } catch (e) {
      // A readback on a dead device may fail before `device.lost` settles: give it a moment,
      // so the failure is reported as the device loss it is.
      const message = e instanceof Error ? e.message : String(e);
      const watchedLoss = this.lost;
      if (watchedLoss && !isDeviceLoss(message) && !message.startsWith('cancelled')) {
        const settled = await Promise.race([watchedLoss, delay(LOSS_GRACE_MS)]);
        if (settled instanceof Error) throw settled;
      }
      throw e;
    } finally {
      this.inFlight.delete(fail);
    }
  }
}
