// Runs one `paicha` command (argv after this script) with its output discarded, then prints the
// process's peak RSS as `maxRSS=KB` on the last line of stdout. Used by xlsx.ts in a child process.
import { main } from '../src/node/cli/main.ts';
import { nodeIo } from '../src/node/cli/io.ts';

const io = { ...nodeIo(), out: () => undefined, err: () => undefined };
const code = await main(process.argv.slice(2), io);
if (code > 1) process.exitCode = code;
process.stdout.write(`\nmaxRSS=${process.resourceUsage().maxRSS}\n`);
