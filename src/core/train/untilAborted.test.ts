import { describe, expect, it } from 'vitest';
import { untilAborted } from './untilAborted';

/** A read-back the device never answers (a GPU still busy with queued steps). */
const never = () => new Promise<number>(() => {});

describe('untilAborted', () => {
  it('passes the value through when nothing aborts', async () => {
    await expect(untilAborted(Promise.resolve(7), new AbortController().signal)).resolves.toBe(7);
    await expect(untilAborted(Promise.resolve(8))).resolves.toBe(8);
  });

  it('passes a failure through', async () => {
    const work = Promise.reject(new Error('device lost'));
    await expect(untilAborted(work, new AbortController().signal)).rejects.toThrow('device lost');
  });

  it('rejects as cancelled when aborted while the work is pending, without waiting for it', async () => {
    const controller = new AbortController();
    const result = untilAborted(never(), controller.signal);
    controller.abort();
    await expect(result).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('rejects at once when already aborted, and a later failure of the work goes unreported', async () => {
    const controller = new AbortController();
    controller.abort();
    let fail: (e: Error) => void = () => {};
    const work = new Promise<number>((_, reject) => (fail = reject));
    await expect(untilAborted(work, controller.signal)).rejects.toThrow(/^cancelled/);
    // An unhandled rejection would fail the vitest run.
    fail(new Error('read of a disposed tensor'));
    await Promise.resolve();
  });

  it('stops listening once the work settles', async () => {
    const controller = new AbortController();
    let listeners = 0;
    const add = controller.signal.addEventListener.bind(controller.signal);
    const remove = controller.signal.removeEventListener.bind(controller.signal);
    controller.signal.addEventListener = ((...a: Parameters<typeof add>) => {
      listeners++;
      add(...a);
    }) as typeof add;
    controller.signal.removeEventListener = ((...a: Parameters<typeof remove>) => {
      listeners--;
      remove(...a);
    }) as typeof remove;
    await untilAborted(Promise.resolve(1), controller.signal);
    expect(listeners).toBe(0);
  });
});
