import { describe, expect, it } from 'vitest';
import { checkAppKeys } from './appKeys';

describe('checkAppKeys', () => {
  it('keeps valid app keys without notices', () => {
    const extras = { lang: 'ko', ui: 'present', lesson: '1', step: '2', autorun: '1', v: '1' };
    expect(checkAppKeys(extras, false)).toEqual({ extras, notices: [] });
  });

  it('drops invalid ones with a notice each, so share links do not copy them', () => {
    const r = checkAppKeys(
      { lang: 'xx', ui: '<b>x</b>', lesson: '999', step: '2', autorun: 'maybe' },
      false,
    );
    expect(r.extras).toEqual({});
    expect(r.notices.map((n) => [n.key, n.reason])).toEqual([
      ['lang', 'expected one of en, ko'],
      ['ui', 'expected one of full, simple, present'],
      ['lesson', 'no such lesson'],
      ['step', 'no lesson is open'],
      ['autorun', 'expected 1, teacher or students'],
    ]);
  });

  it('refuses a step past the lesson', () => {
    const r = checkAppKeys({ lesson: '1', step: '99' }, false);
    expect(r.extras).toEqual({ lesson: '1' });
    expect(r.notices[0].reason).toMatch(/^expected a step from 1 to \d+$/);
  });

  it('test hooks: never from a link alone, only on a page the e2e harness marked', () => {
    expect(checkAppKeys({ testHooks: '1' }, false)).toEqual({
      extras: {},
      notices: [
        {
          key: 'testHooks',
          value: '1',
          reason: 'test hooks cannot be turned on from a link',
          used: '',
        },
      ],
    });
    expect(checkAppKeys({ testHooks: '1' }, true)).toEqual({
      extras: { testHooks: '1' },
      notices: [],
    });
  });
});
