import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the GPUDevice tfjs-backend-webgpu holds: `lose()` settles device.lost. */
function fakeDevice() {
  let lose: (info: { reason: string; message: string }) => void = () => {};
  const lost = new Promise<{ reason: string; message: string }>((resolve) => {
    lose = resolve;
  });
  return { lost, limits: { maxStorageBufferBindingSize: 1 }, destroy: () => {}, lose };
}

let current: ReturnType<typeof fakeDevice> | null = null;
vi.mock('../core/backend', () => ({ webgpuDevice: () => current }));

const { DeviceWatch, isDeviceLoss } = await import('./deviceWatch');

const never = () => new Promise<never>(() => {});

describe('DeviceWatch', () => {
  beforeEach(() => {
    current = fakeDevice();
  });

  it('fails a run that hangs on a lost device, marks WebGPU unusable, and tells the owner', async () => {
    const watch = new DeviceWatch();
    const onLost = vi.fn();
    watch.watch(onLost);
    const run = watch.whileRunning(never());
    current!.lose({ reason: 'destroyed', message: 'gone' });
    await expect(run).rejects.toThrow(/^device-lost: the GPU device was lost \(destroyed: gone\)/);
    expect(onLost).toHaveBeenCalledOnce();
    expect(watch.unusable.get('webgpu')).toMatch(/destroyed/);
  });

  it('reports a readback that fails just before device.lost settles as the device loss', async () => {
    const watch = new DeviceWatch();
    watch.watch(() => {});
    const run = watch.whileRunning(Promise.reject(new Error('OperationError: mapAsync failed')));
    setTimeout(() => current!.lose({ reason: 'unknown', message: '' }), 20);
    const error = await run.catch((e: Error) => e);
    expect(isDeviceLoss(error.message)).toBe(true);
  });

  it('leaves other failures and the results of healthy runs alone', async () => {
    const watch = new DeviceWatch();
    watch.watch(() => {});
    await expect(watch.whileRunning(Promise.resolve(7))).resolves.toBe(7);
    await expect(
      watch.whileRunning(Promise.reject(new Error('cancelled by the user'))),
    ).rejects.toThrow(/^cancelled/);
    expect(watch.unusable.size).toBe(0);
  });
});

describe('DeviceWatch between runs', () => {
  it('keeps a loss with no run in flight for the heartbeat, once', async () => {
    current = fakeDevice();
    const watch = new DeviceWatch();
    watch.watch(() => {});
    current.lose({ reason: 'destroyed', message: '' });
    await new Promise((r) => setTimeout(r, 0));
    expect(watch.takeUnreportedLoss()).toMatch(/GPU device was lost \(destroyed\)/);
    expect(watch.takeUnreportedLoss()).toBeNull();
  });

  it('leaves a loss during a run to the run', async () => {
    current = fakeDevice();
    const watch = new DeviceWatch();
    watch.watch(() => {});
    const run = watch.whileRunning(never()).catch(() => {});
    current.lose({ reason: 'unknown', message: '' });
    await run;
    expect(watch.takeUnreportedLoss()).toBeNull();
  });
});
