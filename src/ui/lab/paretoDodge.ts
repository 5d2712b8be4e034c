/**
 * Points at the same size on the accuracy-vs-size chart (lesson 5's keep, rewind and re-init
 * prune to the same size, often to nearly the same accuracy, and read as one vertical line):
 * which ones share a column, where each goes in it, and the settings that tell them apart, so
 * each can be drawn beside the others and labelled.
 */

export interface DodgeInput {
  x: number;
  accuracy: number;
  settings: Readonly<Record<string, string>>;
}

export interface Dodge {
  /** Position inside its group, 0-based, from the most accurate down. */
  index: number;
  /** How many points share this one's size (1: it stands alone). */
  size: number;
  /** Mean accuracy of the group: where its labels stack. */
  groupAccuracy: number;
  /** The settings whose values differ inside the group, with this point's values. */
  differing: [key: string, value: string][];
}

/**
 * Groups points whose x lies closer than `tolerance` (a fraction of the log-scale x span) to
 * another point of the group, whatever their accuracy: even apart, points of one column are
 * told apart only by what the label says. Points alone get `size` 1 and no differing settings.
 */
export function dodgeOverlaps(
  points: readonly DodgeInput[],
  xDomain: readonly [number, number],
  tolerance = 0.025,
): Dodge[] {
  const xSpan = Math.log(xDomain[1] / xDomain[0]) || 1;
  const near = (a: DodgeInput, b: DodgeInput) => Math.abs(Math.log(a.x / b.x)) / xSpan < tolerance;
  // Union-find over the (few) committed points: overlap is transitive for drawing purposes.
  const parent = points.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      if (near(points[i], points[j])) parent[root(j)] = root(i);
  const groups = new Map<number, number[]>();
  points.forEach((_, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  const result: Dodge[] = new Array<Dodge>(points.length);
  for (const members of groups.values()) {
    const keys = [...new Set(members.flatMap((i) => Object.keys(points[i].settings)))].sort();
    const differs = keys.filter(
      (k) => new Set(members.map((i) => points[i].settings[k] ?? '')).size > 1,
    );
    const groupAccuracy = members.reduce((sum, i) => sum + points[i].accuracy, 0) / members.length;
    // Top to bottom by accuracy, so labels stack in the order of their points (no crossing).
    const order = [...members].sort((a, b) => points[b].accuracy - points[a].accuracy || a - b);
    order.forEach((i, index) => {
      result[i] = {
        index,
        size: members.length,
        groupAccuracy,
        differing:
          members.length > 1
            ? differs.map((k): [string, string] => [k, points[i].settings[k] ?? '—'])
            : [],
      };
    });
  }
  return result;
}

/** Horizontal offset in pixels of a dodged point from its true position. */
export const dodgeOffsetPx = (d: Pick<Dodge, 'index' | 'size'>, step = 14): number =>
  (d.index - (d.size - 1) / 2) * step;
