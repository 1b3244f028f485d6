// Loaded with `node --import`: any import of a package named in PAICHA_DENY (comma-separated) fails.
// Shows which dependencies an entry point loads at all: a library user must not load the Sheets client.
import { register } from 'node:module';

const deny = (process.env.PAICHA_DENY ?? '').split(',').filter(Boolean);
const hooks = `
  let deny = [];
  export function initialize(data) { deny = data.deny; }
  export async function resolve(specifier, context, next) {
    if (deny.some((name) => specifier === name || specifier.startsWith(name + '/'))) {
      throw new Error('denied import of ' + specifier);
    }
    return next(specifier, context);
  }`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { deny } });
