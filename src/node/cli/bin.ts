// The `paicha` executable: wires the process to the CLI and nothing else.
import { nodeIo } from './io.ts';
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2), nodeIo());
