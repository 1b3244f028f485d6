// Services that need no document: Session, ScriptApp, Utilities, Logger and console.
// https://developers.google.com/apps-script/reference/base/session
// https://developers.google.com/apps-script/reference/script/script-app
// https://developers.google.com/apps-script/reference/utilities/utilities
// https://developers.google.com/apps-script/reference/base/logger
import { randomUUID } from 'node:crypto';
import { format as nodeFormat } from 'node:util';
import iconv from 'iconv-lite';
import { PatternError, formatJavaPattern } from './datetime.ts';
import { AuthMode, AuthorizationStatus, Charset, enumName } from './enums.ts';
import type { Env, LogRecord } from './env.ts';
import { isDate } from './realm.ts';

/**
 * The active user. Apps Script gives an empty email wherever the script runs without the user's
 * authorization (simple triggers, AuthMode.LIMITED), see Session.getActiveUser().
 */
export function makeUser(env: Env): unknown {
  const email = (): string => (env.auth.mode === 'FULL' ? env.userEmail : '');
  return env.wrap('User', { getEmail: email, toString: () => 'User' });
}

export function makeSession(env: Env): unknown {
  return env.wrap('Session', {
    getActiveUser: () => makeUser(env),
    getEffectiveUser: () => makeUser(env),
    getActiveUserLocale: () => env.userLocale,
    getScriptTimeZone: () => env.scriptTimeZone,
    getTemporaryActiveUserKey: () => 'emulated-temporary-user-key',
    toString: () => 'Session',
  });
}

export function makeScriptApp(env: Env): unknown {
  return env.wrap('ScriptApp', {
    AuthMode,
    AuthorizationStatus,
    getScriptId: () => env.scriptId,
    getAuthorizationInfo: (authMode: unknown) => {
      const needed = enumName(authMode) === 'FULL' && env.auth.mode !== 'FULL';
      return env.wrap('AuthorizationInfo', {
        getAuthorizationStatus: () => (needed ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED),
        getAuthorizationUrl: () => (needed ? `https://script.google.com/macros/d/${env.scriptId}/authorize` : null),
        toString: () => 'AuthorizationInfo',
      });
    },
    toString: () => 'ScriptApp',
  });
}

/** https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer) — at most 5 minutes. */
const MAX_SLEEP_MS = 300000;

export function makeUtilities(env: Env): unknown {
  return env.wrap('Utilities', {
    Charset,
    formatDate: (date: unknown, timeZone: unknown, format: unknown): string => {
      if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
        throw env.badArguments('Utilities', 'formatDate', [date, timeZone, format]);
      }
      try {
        return formatJavaPattern(date.getTime(), timeZone, format);
      } catch (e) {
        if (e instanceof PatternError) throw env.fail(e.message);
        throw e;
      }
    },
    /** Advances the virtual clock only: tests never wait. */
    sleep: (milliseconds: unknown): void => {
      if (typeof milliseconds !== 'number') throw env.badArguments('Utilities', 'sleep', [milliseconds]);
      env.meter.spend(Math.min(Math.max(0, milliseconds), MAX_SLEEP_MS));
    },
    getUuid: (): string => randomUUID(),
    formatString: (template: unknown, ...args: unknown[]): string => javaFormat(String(template), args),
    base64Encode: (data: unknown): string => Buffer.from(bytesOf(data)).toString('base64'),
    base64EncodeWebSafe: (data: unknown): string => Buffer.from(bytesOf(data)).toString('base64url'),
    // Java bytes are signed: Apps Script returns numbers from -128 to 127.
    base64Decode: (encoded: unknown): number[] => env.arr([...Buffer.from(String(encoded), 'base64')].map((b) => (b > 127 ? b - 256 : b))),
    newBlob: (data: unknown, contentType?: unknown, name?: unknown): unknown => makeBlob(env, bytesOf(data ?? ''), contentType, name),
    toString: () => 'Utilities',
  });
}

/**
 * A Blob with the byte methods scripts use to re-encode text. setDataFromString(s, charset) encodes as
 * Java does: a character the charset lacks becomes '?'. getBytes() gives Java's signed bytes.
 * https://developers.google.com/apps-script/reference/base/blob
 */
function makeBlob(env: Env, initial: Uint8Array, contentType: unknown, name: unknown): unknown {
  let bytes = initial;
  const charset = (c: unknown): string => {
    const label = c === undefined ? 'UTF-8' : String(c);
    if (!iconv.encodingExists(label)) throw env.fail(`Unsupported charset: ${label}`);
    return label;
  };
  const blob = env.wrap('Blob', {
    setDataFromString: (text: unknown, cs?: unknown): unknown => {
      if (typeof text !== 'string') throw env.badArguments('Blob', 'setDataFromString', [text, cs]);
      bytes = Uint8Array.from(iconv.encode(text, charset(cs)));
      return blob;
    },
    getBytes: (): number[] => env.arr([...bytes].map((b) => (b > 127 ? b - 256 : b))),
    getDataAsString: (cs?: unknown): string => iconv.decode(Buffer.from(bytes), charset(cs)),
    getContentType: (): string | null => (typeof contentType === 'string' ? contentType : null),
    getName: (): string | null => (typeof name === 'string' ? name : null),
    toString: () => 'Blob',
  });
  return blob;
}

function bytesOf(data: unknown): Uint8Array {
  if (Array.isArray(data)) return Uint8Array.from(data.map((b) => Number(b) & 0xff));
  return Buffer.from(String(data), 'utf8');
}

function javaFormat(template: string, args: readonly unknown[]): string {
  let i = 0;
  return template.replace(/%(%|s|d|f|\.\d+f)/g, (_match, spec: string) => {
    if (spec === '%') return '%';
    const v = args[i++];
    if (spec === 's') return String(v);
    if (spec === 'd') return String(Math.trunc(Number(v)));
    const digits = spec === 'f' ? 6 : Number(spec.slice(1, -1));
    return Number(v).toFixed(digits);
  });
}

function logText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || typeof value === 'function' || isDate(value)) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function makeLogger(env: Env): unknown {
  const entries = (): string =>
    env.records.logs
      .filter((l) => l.source === 'Logger')
      .map((l) => l.message)
      .join('\n');
  const logger: Record<string, unknown> = {
    /** log(data) or log(format, values…) with %s placeholders. */
    log: (data: unknown, ...values: unknown[]): unknown => {
      const message = values.length > 0 ? javaFormat(logText(data), values.map(logText)) : logText(data);
      env.records.logs.push({ source: 'Logger', message });
      return proxy;
    },
    getLog: entries,
    clear: (): void => {
      env.records.logs = env.records.logs.filter((l) => l.source !== 'Logger');
    },
    toString: () => 'Logger',
  };
  const proxy = env.wrap('Logger', logger);
  return proxy;
}

/** Apps Script's console writes to Cloud Logging; here every line is recorded, none printed. */
export function makeConsole(env: Env): unknown {
  const writer =
    (source: LogRecord['source']) =>
    (...args: unknown[]): void => {
      env.records.logs.push({ source, message: nodeFormat(...args) });
    };
  return env.wrap('console', {
    log: writer('console.log'),
    info: writer('console.info'),
    warn: writer('console.warn'),
    error: writer('console.error'),
    toString: () => 'console',
  });
}
