// A user's ES module importing each entry point of the installed package by name; prints what it saw.
// Usage: node imports.mjs SPECIFIER... (a specifier ending in .json is imported as JSON).
const seen = {};
for (const specifier of process.argv.slice(2)) {
  const mod = specifier.endsWith('.json') ? await import(specifier, { with: { type: 'json' } }) : await import(specifier);
  const names = Object.keys(mod).sort();
  seen[specifier] = { names, undefined: names.filter((n) => mod[n] === undefined) };
}
process.stdout.write(JSON.stringify(seen));
