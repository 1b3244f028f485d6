// Replaced by the build (esbuild `define`) with values from package.json.
declare const __PAICHA_VERSION__: string;
declare const __PAICHA_HOMEPAGE__: string;

/** The version and project page the add-on was built from; homepage is '' when package.json has none. */
export function buildInfo(): { version: string; homepage: string } {
  return { version: __PAICHA_VERSION__, homepage: __PAICHA_HOMEPAGE__ };
}
