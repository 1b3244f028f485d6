import { describe, expect, it } from 'vitest';
import { looksLikeId, parseSpreadsheetId } from '../../src/google/spreadsheet-id.ts';

const ID = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';

describe('spreadsheet ids', () => {
  it.each([
    [ID],
    [` ${ID} `],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit?usp=sharing`],
    [`https://docs.google.com/spreadsheets/u/1/d/${ID}/edit#gid=1842467361&range=A5`],
    [`docs.google.com/spreadsheets/d/${ID}`],
    [`http://docs.google.com/spreadsheets/d/${ID}/`],
  ])('reads %s', (input) => {
    expect(parseSpreadsheetId(input)).toBe(ID);
  });

  it.each([
    ['register.xlsx', 'not a spreadsheet id or URL'],
    ['https://example.com/spreadsheets/d/x', 'not a spreadsheet id or URL'],
    ['https://docs.google.com/spreadsheets/d/e/2PACX-1vQ0abcdefghijklmnopqrstuvwxyz/pubhtml', 'published to the web'],
    ['https://docs.google.com/spreadsheets/', 'no spreadsheet id in'],
    ['https://docs.google.com/spreadsheets/d/short/edit', 'no spreadsheet id in'],
  ])('refuses %s', (input, message) => {
    expect(() => parseSpreadsheetId(input)).toThrow(message);
  });

  it('tells an id from a file name', () => {
    expect(looksLikeId(ID)).toBe(true);
    expect(looksLikeId('households.xlsx')).toBe(false);
    expect(looksLikeId('households')).toBe(false);
  });
});
