import { HELP } from './help.ts';
import { EXIT, type Io } from './io.ts';
import { UsageError } from './args.ts';
import { COMMANDS } from './commands.ts';

/** Runs one CLI invocation and returns its exit code; all output goes through `io`. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP['main']!);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version') {
    io.out('paicha 0.1.0');
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`paicha: unknown command "${name}"\n\n${HELP['main']}`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`paicha ${name}: ${e.message}\nRun paicha ${name} --help for usage.`);
      return EXIT.usage;
    }
    // I/O and access failures are the user's to fix: a message, not a stack trace.
    const err = e as Error & { code?: string };
    io.err(`paicha ${name}: ${err.message}`);
    return EXIT.usage;
  }
}
