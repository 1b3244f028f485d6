import { describe, expect, it } from 'vitest';
import { cachedGroupKey, groupKey } from '../../../lib/cells/keys.ts';

describe('cachedGroupKey', () => {
  it('folds a name as groupKey does, whether the memo holds it or not', () => {
    const keyOf = cachedGroupKey(2);
    for (const name of ['金都小區', ' 金都小区 ', 'Block A', '金都小區', '银杏苑', '東湖新村', 'Block A'])
      expect(keyOf(name)).toBe(groupKey(name));
  });

  it('gives one key to the spellings of one compound', () => {
    const keyOf = cachedGroupKey();
    expect(new Set(['金都小區 北區', '金都小区北区', '金都小区 北区'].map(keyOf)).size).toBe(1);
  });
});
