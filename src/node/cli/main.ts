import { CLI_WORDS } from '../../../lib/i18n/cli.ts';
import { DEFAULT_LOCALE, fill, isLocale, type Locale } from '../../../lib/i18n/locale.ts';
import { RemoteError } from '../../google/errors.ts';
import { helpText } from './help.ts';
import { EXIT, safeIo, type Io } from './io.ts';
import { UsageError } from './args.ts';
import { COMMANDS } from './commands.ts';
import { fileErrorMessage, internalErrorMessage } from './file-errors.ts';

/** Runs one CLI invocation and returns its exit code; all output goes through `io`. */
export async function main(argv: readonly string[], rawIo: Io): Promise<number> {
  // Whatever a cell or a file name holds, no control character reaches the terminal raw.
  const io = safeIo(rawIo);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText('main', localeOf(rest)));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version') {
    io.out('paicha 0.1.0');
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    const locale = localeOf(rest);
    io.err(`${fill(CLI_WORDS.unknownCommand[locale], { name })}\n\n${helpText('main', locale)}`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(fill(CLI_WORDS.usageFrame[localeOf(rest)], { command: name, message: e.say(localeOf(rest)) }));
      return EXIT.usage;
    }
    // A file that cannot be read or written is the user's to fix: a message in their language, not a
    // stack trace. A built-in error (TypeError…) is paicha's own failure, said as such.
    const locale = localeOf(rest);
    const message =
      fileErrorMessage(e, locale) ??
      (e instanceof RemoteError ? e.say(locale) : undefined) ??
      (isBuiltinError(e) || !(e instanceof Error) ? internalErrorMessage(e, locale) : e.message);
    io.err(`paicha ${name}: ${message}`);
    return EXIT.usage;
  }
}

const isBuiltinError = (e: unknown): boolean =>
  e instanceof TypeError ||
  e instanceof RangeError ||
  e instanceof ReferenceError ||
  e instanceof SyntaxError ||
  (e instanceof Error && e.constructor === Error && !('code' in e));

/** The --locale of a command line, for messages about a failure before or outside its options. */
function localeOf(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === '--locale' ? argv[i + 1] : a.startsWith('--locale=') ? a.slice('--locale='.length) : undefined;
    if (isLocale(v)) return v;
  }
  return DEFAULT_LOCALE;
}
