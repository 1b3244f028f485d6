// The Apps Script editor of a spreadsheet's bound script, as a person uses it to paste code in.
// Extensions → Apps Script opens a new project named "Untitled project" holding one script file,
// Code.gs, with an empty myFunction, and a manifest the editor hides until Project Settings → "Show
// "appsscript.json" manifest file in editor" is ticked. "+ → Script" adds a file after the others;
// files run in that order (runtime.ts). "+ → HTML" adds an HTML file, which never runs as a script:
// HtmlService reads it by name (without .html) when a script asks (html.ts). Saving refuses a file that does not parse, naming it, and a
// manifest that is not JSON; nothing is saved then.
// https://developers.google.com/apps-script/guides/projects
// https://developers.google.com/apps-script/concepts/manifests
import vm from 'node:vm';
import type { Emulator } from './emulator.ts';
import { loadScripts, type Manifest, type Runtime } from './runtime.ts';

/** A new script file's content. */
export const NEW_FILE_CODE = 'function myFunction() {\n  \n}\n';

/** A new HTML file's content. */
export const NEW_HTML_CODE = '<!DOCTYPE html>\n<html>\n  <head>\n    <base target="_top">\n  </head>\n  <body>\n  </body>\n</html>\n';

/** A new project's manifest; Apps Script's default time zone, no explicit scopes (inferred from the code). */
export const NEW_PROJECT_MANIFEST: Manifest = {
  timeZone: 'America/New_York',
  dependencies: {},
  exceptionLogging: 'STACKDRIVER',
  runtimeVersion: 'V8',
};

const MANIFEST = 'appsscript.json';

export class ScriptEditor {
  readonly #emulator: Emulator;
  readonly #files: { name: string; code: string }[] = [{ name: 'Code.gs', code: NEW_FILE_CODE }];
  readonly #htmlFiles: { name: string; code: string }[] = [];
  #manifest = `${JSON.stringify(NEW_PROJECT_MANIFEST, null, 2)}\n`;
  #manifestShown = false;
  #saved: { files: { name: string; code: string }[]; html: { name: string; code: string }[]; manifest: Manifest } | undefined;

  /** Opens Extensions → Apps Script on the emulator's spreadsheet: a new, unsaved project. */
  constructor(emulator: Emulator) {
    this.#emulator = emulator;
  }

  /** The files listed on the left, in order; appsscript.json first once shown. */
  get files(): string[] {
    return [...(this.#manifestShown ? [MANIFEST] : []), ...this.#files.map((f) => f.name), ...this.#htmlFiles.map((f) => f.name)];
  }

  /** Clicking the project's title and typing a new one. */
  rename(projectName: string): void {
    this.#emulator.renameProject(projectName);
  }

  content(name: string): string {
    if (name !== MANIFEST) return this.#file(name).code;
    this.#requireManifestShown();
    return this.#manifest;
  }

  /** Select all, then paste: the file's whole content becomes `text`. */
  replace(name: string, text: string): void {
    if (name !== MANIFEST) {
      this.#file(name).code = text;
      return;
    }
    this.#requireManifestShown();
    this.#manifest = text;
  }

  /** "+ → Script": a new file, named as typed (the editor adds .gs), after the others. */
  addScript(name: string): string {
    const full = name.endsWith('.gs') ? name : `${name}.gs`;
    if (this.#files.some((f) => f.name === full) || full === MANIFEST) throw new Error(`editor: a file named ${full} already exists`);
    this.#files.push({ name: full, code: NEW_FILE_CODE });
    return full;
  }

  /** "+ → HTML": a new HTML file, named as typed (the editor adds .html), holding the editor's starter page. */
  addHtml(name: string): string {
    const full = name.endsWith('.html') ? name : `${name}.html`;
    if (this.files.includes(full)) throw new Error(`editor: a file named ${full} already exists`);
    this.#htmlFiles.push({ name: full, code: NEW_HTML_CODE });
    return full;
  }

  /** A file's ⋮ → Rename: the name as typed (the editor adds .gs); its place in the order stays. */
  renameFile(name: string, newName: string): string {
    const full = newName.endsWith('.gs') ? newName : `${newName}.gs`;
    if (this.#files.some((f) => f.name === full) || full === MANIFEST) throw new Error(`editor: a file named ${full} already exists`);
    this.#file(name).name = full;
    return full;
  }

  /** Project Settings → "Show "appsscript.json" manifest file in editor". */
  showManifest(): void {
    this.#manifestShown = true;
  }

  /**
   * Ctrl+S. Throws (and saves nothing) when a file does not parse or the manifest is not JSON, with
   * the file named as the editor names it; otherwise returns the project as it now runs.
   */
  save(): Runtime {
    for (const f of this.#files) {
      try {
        new vm.Script(f.code, { filename: f.name });
      } catch (e) {
        const line = /:(\d+)\n/.exec((e as Error).stack ?? '')?.[1] ?? '?';
        throw new Error(`Syntax error: ${(e as Error).message} line: ${line} file: ${f.name}`);
      }
    }
    let manifest: Manifest;
    try {
      manifest = JSON.parse(this.#manifest) as Manifest;
    } catch (e) {
      throw new Error(`${MANIFEST}: ${(e as Error).message}`);
    }
    this.#saved = { files: this.#files.map((f) => ({ ...f })), html: this.#htmlFiles.map((f) => ({ ...f })), manifest };
    return this.runtime();
  }

  /** The saved project, as every execution loads it. */
  runtime(): Runtime {
    if (!this.#saved) throw new Error('editor: nothing saved yet');
    const { files, html, manifest } = this.#saved;
    this.#emulator.setHtmlFiles(Object.fromEntries(html.map((f) => [f.name.slice(0, -'.html'.length), f.code])));
    return loadScripts(files, this.#emulator, { order: files.map((f) => f.name) }, manifest);
  }

  #file(name: string): { name: string; code: string } {
    const f = this.#files.find((x) => x.name === name) ?? this.#htmlFiles.find((x) => x.name === name);
    if (!f) throw new Error(`editor: no file named ${name}; files: ${this.files.join(', ')}`);
    return f;
  }

  #requireManifestShown(): void {
    if (!this.#manifestShown) throw new Error('editor: appsscript.json is hidden until Project Settings shows it');
  }
}
