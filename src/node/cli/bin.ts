// The `paicha` executable: wires the process to the CLI and nothing else.
import { nodeIo, quietOnClosedPipe } from './io.ts';
import { main } from './main.ts';

quietOnClosedPipe(process.stdout);
process.exitCode = await main(process.argv.slice(2), nodeIo());
