/**
 * Where a Chrome trace's long main-thread tasks spend their time. Reads the trace's own events
 * (tasks, layout, style, paint, GC, script entry points) and the V8 sampling profiler's chunks,
 * both on the trace clock (µs), so each sample falls inside the task that ran it.
 */

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: what the task ran, without the time the thread waited for a core. */
  tdur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      functionName?: string;
      type?: string;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  /** The trace leaves out fields that are empty or zero. */
  callFrame: { functionName?: string; url?: string; lineNumber?: number };
}

export interface Contributor {
  name: string;
  ms: number;
}

export interface TaskBreakdown {
  /** Length of the task, ms (wall clock, as the browser's long-task entries count it). */
  ms: number;
  /** CPU time of the task, ms: on a loaded machine far less than `ms`, and steadier. */
  cpuMs: number | null;
  /** Start, ms after the mark (or the trace's start). */
  atMs: number;
  /** Self time per trace event (Layout, Paint, MinorGC, FunctionCall …), largest first. */
  events: Contributor[];
  /** JS self time per function (sampled), largest first. */
  jsSelf: Contributor[];
  /** JS time per function including what it called (sampled), largest first. */
  jsTotal: Contributor[];
  /** JS time per innermost React component on the stack (PascalCase frames), largest first:
   * which part of the page renders. Samples outside any component are not counted. */
  components: Contributor[];
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Frames every sample sits under: they say nothing about who was busy. */
const ROOT_FRAMES = new Set(['(root)', '(program)']);

const ms = (us: number): number => Math.round(us / 100) / 10;

const top = (totals: Map<string, number>, n: number): Contributor[] =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, ms: ms(us) }));

const add = (totals: Map<string, number>, key: string, us: number) =>
  totals.set(key, (totals.get(key) ?? 0) + us);

/** The renderer's main thread: the CrRendererMain with the most events (the page's, not about:blank's). */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const mains = events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain');
  let best: { pid: number; tid: number } | null = null;
  let bestCount = -1;
  for (const m of mains) {
    const count = events.filter((e) => e.pid === m.pid && e.tid === m.tid).length;
    if (count > bestCount) [best, bestCount] = [{ pid: m.pid, tid: m.tid }, count];
  }
  return best;
}

/** Every sample of the thread's CPU profile as [time µs, node], with the nodes by id. */
function samples(events: readonly TraceEvent[], pid: number, tid: number) {
  const nodes = new Map<number, ProfileNode>();
  const out: { ts: number; node: number }[] = [];
  // The profile is announced on the thread it samples; its chunks come from a profiler thread
  // and share its id.
  const clock = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== pid || e.ph !== 'P') continue;
    const id = e.id ?? '';
    if (e.name === 'Profile' && e.tid === tid) clock.set(id, e.args?.data?.startTime ?? e.ts);
    if (e.name !== 'ProfileChunk' || !clock.has(id)) continue;
    const data = e.args?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    let t = clock.get(id)!;
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    ids.forEach((node, i) => {
      t += deltas[i] ?? 0;
      out.push({ ts: t, node });
    });
    clock.set(id, t);
  }
  out.sort((a, b) => a.ts - b.ts);
  return { nodes, samples: out };
}

const frameName = (n: ProfileNode): string => {
  const { functionName = '', url = '', lineNumber = 0 } = n.callFrame;
  if (functionName.startsWith('(')) return functionName;
  const file = url.split('/').pop() ?? '';
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
};

/** React components are named in PascalCase; the innermost one on the stack is the one rendering. */
const isComponent = (n: ProfileNode): boolean =>
  /^[A-Z][A-Za-z0-9]*$/.test(n.callFrame.functionName ?? '');

/** The `count` longest main-thread tasks over `minMs`, each with its top `n` contributors. */
export function longTaskBreakdown(
  traceEvents: readonly TraceEvent[],
  { count = 5, minMs = 50, n = 12, fromMark = '' } = {},
): {
  tasksOverMin: number;
  /** The most CPU time any task over `minMs` took. */
  worstCpuMs: number | null;
  worst: TaskBreakdown[];
  all: Omit<TaskBreakdown, 'atMs' | 'cpuMs'>;
} {
  const main = mainThread(traceEvents);
  if (!main) throw new Error('no CrRendererMain thread in the trace');
  const own = traceEvents
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // From the user-timing mark `fromMark` on (starting the profiler is itself a long task).
  const mark = traceEvents.find((e) => fromMark !== '' && e.name === fromMark);
  const start = mark?.ts ?? Math.min(...traceEvents.filter((e) => e.ts > 0).map((e) => e.ts));
  const tasks = own.filter(
    (e) => TASK_NAMES.has(e.name) && (e.dur ?? 0) > minMs * 1000 && e.ts + (e.dur ?? 0) > start,
  );
  const { nodes, samples: profile } = samples(traceEvents, main.pid, main.tid);

  const breakdown = (task: TraceEvent) => {
    const end = task.ts + (task.dur ?? 0);
    const eventSelf = new Map<string, number>();
    // Self time: each event's length less its direct children's, from a stack of open events.
    const stack: { e: TraceEvent; end: number; children: number }[] = [];
    const close = (upTo: number) => {
      while (stack.length > 0 && stack[stack.length - 1].end <= upTo) {
        const done = stack.pop()!;
        const label =
          done.e.name === 'FunctionCall' || done.e.name === 'EventDispatch'
            ? `${done.e.name} ${done.e.args?.data?.functionName ?? done.e.args?.data?.type ?? ''}`.trim()
            : done.e.name;
        add(eventSelf, label, (done.e.dur ?? 0) - done.children);
      }
    };
    for (const e of own) {
      if (e.ts < task.ts || e.ts >= end || TASK_NAMES.has(e.name)) continue;
      close(e.ts);
      if (stack.length > 0) stack[stack.length - 1].children += e.dur ?? 0;
      stack.push({ e, end: e.ts + (e.dur ?? 0), children: 0 });
    }
    close(Infinity);
    const jsSelf = new Map<string, number>();
    const jsTotal = new Map<string, number>();
    const components = new Map<string, number>();
    const inTask = profile.filter((s) => s.ts >= task.ts && s.ts < end);
    inTask.forEach((s, i) => {
      const us = (inTask[i + 1]?.ts ?? end) - s.ts;
      const leaf = nodes.get(s.node);
      if (!leaf) return;
      add(jsSelf, frameName(leaf), us);
      const seen = new Set<string>();
      let component: ProfileNode | undefined;
      for (
        let n: ProfileNode | undefined = leaf;
        n;
        n = n.parent ? nodes.get(n.parent) : undefined
      ) {
        const name = frameName(n);
        if (!component && isComponent(n)) component = n;
        if (ROOT_FRAMES.has(n.callFrame.functionName ?? '') || seen.has(name)) continue;
        seen.add(name);
        add(jsTotal, name, us);
      }
      if (component) add(components, frameName(component), us);
    });
    return { eventSelf, jsSelf, jsTotal, components };
  };

  const all = {
    eventSelf: new Map<string, number>(),
    jsSelf: new Map<string, number>(),
    jsTotal: new Map<string, number>(),
    components: new Map<string, number>(),
  };
  const per = tasks.map((task) => {
    const b = breakdown(task);
    for (const key of ['eventSelf', 'jsSelf', 'jsTotal', 'components'] as const)
      for (const [k, v] of b[key]) add(all[key], k, v);
    return { task, b };
  });
  const worst = per
    .sort((a, b) => (b.task.dur ?? 0) - (a.task.dur ?? 0))
    .slice(0, count)
    .map(({ task, b }) => ({
      ms: ms(task.dur ?? 0),
      cpuMs: task.tdur === undefined ? null : ms(task.tdur),
      atMs: ms(task.ts - start),
      events: top(b.eventSelf, n),
      jsSelf: top(b.jsSelf, n),
      jsTotal: top(b.jsTotal, n),
      components: top(b.components, n),
    }));
  const cpu = tasks.flatMap((t) => (t.tdur === undefined ? [] : [t.tdur]));
  return {
    tasksOverMin: tasks.length,
    worstCpuMs: cpu.length > 0 ? ms(Math.max(...cpu)) : null,
    worst,
    all: {
      ms: ms(tasks.reduce((sum, t) => sum + (t.dur ?? 0), 0)),
      events: top(all.eventSelf, n),
      jsSelf: top(all.jsSelf, n),
      jsTotal: top(all.jsTotal, n * 2),
      components: top(all.components, n * 2),
    },
  };
}
