import { describe, expect, it } from 'vitest';
import { latestWins } from './latestWins';

/** A run function whose calls finish only when the test says so. */
function controlledRun() {
  const started: number[] = [];
  const finishers: (() => void)[] = [];
  const failers: ((e: unknown) => void)[] = [];
  const run = (n: number) =>
    new Promise<void>((resolve, reject) => {
      started.push(n);
      finishers.push(resolve);
      failers.push(reject);
    });
  const finish = async (i: number) => {
    finishers[i]();
    // Let the channel's loop take its next step.
    await new Promise((r) => setTimeout(r, 0));
  };
  return { started, run, finish, fail: (i: number, e: unknown) => failers[i](e) };
}

describe('latestWins', () => {
  it('runs the first request at once and only the newest of those sent meanwhile', async () => {
    const c = controlledRun();
    const channel = latestWins(c.run);
    channel.submit(1);
    channel.submit(2);
    channel.submit(3);
    channel.submit(4);
    expect(c.started).toEqual([1]);
    await c.finish(0);
    expect(c.started).toEqual([1, 4]);
    expect(channel.busy).toBe(true);
    await c.finish(1);
    expect(c.started).toEqual([1, 4]);
    expect(channel.busy).toBe(false);
  });

  it('never has two requests running at once', async () => {
    let inFlight = 0;
    let most = 0;
    const channel = latestWins(async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
    });
    for (let i = 0; i < 20; i++) {
      channel.submit(i);
      if (i % 3 === 0) await new Promise((r) => setTimeout(r, 0));
    }
    await channel.idle();
    expect(most).toBe(1);
    expect(inFlight).toBe(0);
  });

  it('drops the waiting request on dropPending', async () => {
    const c = controlledRun();
    const channel = latestWins(c.run);
    channel.submit(1);
    channel.submit(2);
    channel.dropPending();
    await c.finish(0);
    expect(c.started).toEqual([1]);
    await channel.idle();
  });

  it('reports a failure and carries on with the next request', async () => {
    const c = controlledRun();
    const errors: [unknown, number][] = [];
    const channel = latestWins(c.run, (e, n) => errors.push([e, n]));
    channel.submit(1);
    channel.submit(2);
    c.fail(0, 'boom');
    await new Promise((r) => setTimeout(r, 0));
    expect(errors).toEqual([['boom', 1]]);
    expect(c.started).toEqual([1, 2]);
    await c.finish(1);
    await channel.idle();
  });
});
