import { describe, expect, it } from 'vitest';
import { parseQuery } from '../core/config';
import { selectChartAxis } from './speedSlice';
import { createLabStore } from './store';
import { shareUrl } from './urlSync';

const fromLink = (query: string) => {
  const { config, notices, extras } = parseQuery(query);
  return createLabStore({
    config,
    notices: [...notices],
    extras: extras as Record<string, string>,
  });
};

describe('chart axis', () => {
  it('comes from the link without a notice, and an unknown value means bytes', () => {
    expect(parseQuery('?axis=latency').notices).toEqual([]);
    expect(selectChartAxis(fromLink('?axis=latency').getState())).toBe('latency');
    expect(selectChartAxis(fromLink('?axis=macs').getState())).toBe('macs');
    expect(selectChartAxis(fromLink('?axis=furlongs').getState())).toBe('bytes');
    expect(selectChartAxis(fromLink('').getState())).toBe('bytes');
  });

  it('a share link carries the choice', () => {
    const store = fromLink('');
    store.getState().setExtra('axis', 'macs');
    const link = shareUrl(store.getState().config, store.getState().extras, false);
    expect(new URL(link, 'http://x/').searchParams.get('axis')).toBe('macs');
    expect(selectChartAxis(fromLink(new URL(link, 'http://x/').search).getState())).toBe('macs');
  });
});
