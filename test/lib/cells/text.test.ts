import { describe, expect, it } from 'vitest';
import { cellText } from '../../../lib/cells/text.ts';

describe('cellText', () => {
  it('shows a Date as its day in the sheet’s zone: Apps Script’s 2020-02-01 (midnight at +08:00) is not 2020-01-31', () => {
    const shanghaiMidnight = new Date('2020-01-31T16:00:00Z');
    expect(cellText(shanghaiMidnight, 480)).toBe('2020-02-01');
    expect(cellText(shanghaiMidnight)).toBe('2020-01-31'); // read as a file's UTC day
    expect(cellText(new Date('2020-02-01T05:00:00Z'), -300)).toBe('2020-02-01'); // New York midnight
  });

  it('shows numbers, cleaned text, booleans as Sheets does, and nothing for blank or an invalid Date', () => {
    expect(cellText(12)).toBe('12');
    expect(cellText('  金都　小区 ')).toBe('金都 小区');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(null)).toBe('');
    expect(cellText(new Date(Number.NaN), 480)).toBe('');
    expect(cellText(Number.POSITIVE_INFINITY)).toBe('');
  });
});
