import { USAGE_WORDS } from '../../lib/i18n/cli.ts';
import { fill } from '../../lib/i18n/locale.ts';

/** A spreadsheet id as the API takes it: letters, digits, `-` and `_`. */
const ID = /^[A-Za-z0-9_-]{20,100}$/;

export class SpreadsheetIdError extends Error {
  override name = 'SpreadsheetIdError';
  constructor(
    /** Which of lib/i18n/cli.ts' words says it. */
    readonly kind: 'spreadsheetUrl' | 'spreadsheetPublished' | 'spreadsheetNoId' | 'spreadsheetBadId',
    readonly input: string,
  ) {
    super(fill(USAGE_WORDS[kind].en, { input }));
  }
}

/** True when the text is shaped like a spreadsheet id (real ones are 44 characters; a file name has a dot). */
export const looksLikeId = (text: string): boolean => /^[A-Za-z0-9_-]{30,100}$/.test(text.trim());

/** True for a docs.google.com spreadsheet URL (with or without the scheme). */
export const looksLikeUrl = (text: string): boolean => /^(?:https?:\/\/)?docs\.google\.com\/spreadsheets\//i.test(text.trim());

/**
 * The id in a bare id or a spreadsheet URL: `https://docs.google.com/spreadsheets/d/ID/edit#gid=0`,
 * `/u/1/d/ID/edit?usp=sharing`, `/d/ID`. Anything else is refused with a message that says why.
 */
export function parseSpreadsheetId(input: string): string {
  const text = input.trim();
  if (looksLikeUrl(text)) {
    const url = text.replace(/^(?!https?:\/\/)/i, 'https://');
    let path: string;
    try {
      path = new URL(url).pathname;
    } catch {
      throw new SpreadsheetIdError('spreadsheetUrl', input);
    }
    // Published-to-the-web links (/d/e/2PACX-…) carry a publishing key, not the spreadsheet's id.
    if (/\/d\/e\//.test(path)) {
      throw new SpreadsheetIdError('spreadsheetPublished', input);
    }
    const m = /^\/spreadsheets\/(?:u\/\d+\/)?d\/([^/]+)/.exec(path);
    const id = m?.[1];
    if (id !== undefined && ID.test(id)) return id;
    throw new SpreadsheetIdError('spreadsheetNoId', input);
  }
  if (ID.test(text)) return text;
  throw new SpreadsheetIdError('spreadsheetBadId', input);
}

/** The link a person can open. */
export const spreadsheetUrl = (id: string): string => `https://docs.google.com/spreadsheets/d/${id}/edit`;
