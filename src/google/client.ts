// The Sheets API client paicha uses (@googleapis/sheets, googleapis' per-API package), and who it runs as.
import { resolve } from 'node:path';
import type { sheets_v4 } from '@googleapis/sheets';

const SCOPE_READ_WRITE = 'https://www.googleapis.com/auth/spreadsheets';
const SCOPE_READ_ONLY = 'https://www.googleapis.com/auth/spreadsheets.readonly';

export type Env = Readonly<Record<string, string | undefined>>;

export type SheetsClient = {
  readonly api: sheets_v4.Sheets;
  /** Who paicha runs as, for "share the spreadsheet with …" (a service account's e-mail when known). */
  account(): Promise<string>;
};

/**
 * A Sheets v4 client. Credentials, in order: GOOGLE_OAUTH_ACCESS_TOKEN; the service-account key in
 * GOOGLE_APPLICATION_CREDENTIALS (a relative path is taken from `cwd`); Application Default
 * Credentials. PAICHA_SHEETS_API_ROOT points it at another root (an emulator, a proxy). The
 * read-only scope is asked for when nothing is written.
 */
export async function sheetsClient(env: Env, o: { readonly write: boolean; readonly cwd: string }): Promise<SheetsClient> {
  // Loaded on the first spreadsheet only: a library user or a local-file run never pays its start-up.
  const { auth: authPlus, sheets } = await import('@googleapis/sheets');
  const rootUrl = env['PAICHA_SHEETS_API_ROOT'] || undefined;
  // gaxios retries GETs on 429/5xx by itself; those retries would bypass the quota and retry.ts.
  const base = { version: 'v4' as const, retry: false, ...(rootUrl ? { rootUrl } : {}) };
  const token = env['GOOGLE_OAUTH_ACCESS_TOKEN'];
  if (token) {
    const auth = new authPlus.OAuth2();
    auth.setCredentials({ access_token: token });
    return {
      api: sheets({ ...base, auth }),
      account: () => Promise.resolve('the Google account whose token is in GOOGLE_OAUTH_ACCESS_TOKEN'),
    };
  }
  const keyFile = env['GOOGLE_APPLICATION_CREDENTIALS'] || undefined;
  const auth = new authPlus.GoogleAuth({
    scopes: [o.write ? SCOPE_READ_WRITE : SCOPE_READ_ONLY],
    ...(keyFile ? { keyFilename: resolve(o.cwd, keyFile) } : {}),
  });
  return {
    api: sheets({ ...base, auth }),
    async account() {
      const email = await auth.getCredentials().then(
        (c) => c.client_email,
        () => undefined,
      );
      return email ?? 'the Google account of your Application Default Credentials';
    },
  };
}
