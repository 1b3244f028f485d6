// HtmlService: HtmlOutput and a minimal HtmlTemplate. HTML files come from the bundle directory
// (Sidebar.html is "Sidebar" to createHtmlOutputFromFile, as in the Apps Script editor).
// https://developers.google.com/apps-script/reference/html/html-service
// https://developers.google.com/apps-script/guides/html/templates — scriptlets <? ?>, <?= ?>, <?!= ?>
import { SandboxMode, XFrameOptionsMode } from './enums.ts';
import type { DialogRecord, Env } from './env.ts';

export function makeHtmlService(env: Env): HtmlServiceFacade {
  return env.wrap('HtmlService', new HtmlServiceFacade(env));
}

function makeOutput(env: Env, content: string): HtmlOutputFacade {
  return env.wrap('HtmlOutput', new HtmlOutputFacade(content));
}

/** What a Ui dialog shows, when `value` is an HtmlOutput. */
export function htmlOf(env: Env, value: unknown): Omit<DialogRecord, 'kind'> | undefined {
  const out = env.unwrap<HtmlOutputFacade>('HtmlOutput', value);
  return out ? HtmlOutputFacade.shown(out) : undefined;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export class HtmlServiceFacade {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  readonly #env: Env;

  constructor(env: Env) {
    this.#env = env;
  }

  createHtmlOutput(html?: unknown): unknown {
    if (html !== undefined && typeof html !== 'string') throw this.#env.badArguments('HtmlService', 'createHtmlOutput', [html]);
    return makeOutput(this.#env, html ?? '');
  }
  createHtmlOutputFromFile(filename: unknown): unknown {
    return makeOutput(this.#env, this.#file('createHtmlOutputFromFile', filename));
  }
  createTemplate(html: unknown): unknown {
    if (typeof html !== 'string') throw this.#env.badArguments('HtmlService', 'createTemplate', [html]);
    return this.#env.wrap('HtmlTemplate', new HtmlTemplateFacade(this.#env, html));
  }
  createTemplateFromFile(filename: unknown): unknown {
    return this.#env.wrap('HtmlTemplate', new HtmlTemplateFacade(this.#env, this.#file('createTemplateFromFile', filename)));
  }
  toString(): string {
    return 'HtmlService';
  }

  #file(method: string, filename: unknown): string {
    if (typeof filename !== 'string') throw this.#env.badArguments('HtmlService', method, [filename]);
    const content = this.#env.htmlFiles.get(filename);
    if (content === undefined) throw this.#env.fail(`No HTML file named ${filename} was found.`);
    return content;
  }
}

export class HtmlOutputFacade {
  #content: string;
  #title = '';
  #width: number | undefined;
  #height: number | undefined;

  constructor(content: string) {
    this.#content = content;
  }

  static shown(out: HtmlOutputFacade): Omit<DialogRecord, 'kind'> {
    return { title: out.#title, content: out.#content, width: out.#width, height: out.#height };
  }

  getContent(): string {
    return this.#content;
  }
  setContent(content: unknown): this {
    this.#content = String(content);
    return this;
  }
  append(addedContent: unknown): this {
    this.#content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: unknown): this {
    this.#content += escapeHtml(String(addedContent));
    return this;
  }
  clear(): this {
    this.#content = '';
    return this;
  }
  getTitle(): string {
    return this.#title;
  }
  setTitle(title: unknown): this {
    this.#title = String(title);
    return this;
  }
  getWidth(): number | undefined {
    return this.#width;
  }
  setWidth(width: unknown): this {
    this.#width = Number(width);
    return this;
  }
  getHeight(): number | undefined {
    return this.#height;
  }
  setHeight(height: unknown): this {
    this.#height = Number(height);
    return this;
  }
  setSandboxMode(): this {
    return this;
  }
  setXFrameOptionsMode(): this {
    return this;
  }
  setFaviconUrl(): this {
    return this;
  }
  addMetaTag(): this {
    return this;
  }
  toString(): string {
    return 'HtmlOutput';
  }
}

/** Variables are set as properties on the template (`t.rows = …`) and are in scope in scriptlets. */
export class HtmlTemplateFacade {
  readonly #env: Env;
  readonly #source: string;

  constructor(env: Env, source: string) {
    this.#env = env;
    this.#source = source;
  }

  getRawContent(): string {
    return this.#source;
  }
  getCode(): string {
    let code = 'var __out = [];\nwith (__data) {\n';
    const re = /<\?(!?=)?([\s\S]*?)\?>/g;
    let last = 0;
    for (const m of this.#source.matchAll(re)) {
      code += `__out.push(${JSON.stringify(this.#source.slice(last, m.index))});\n`;
      const body = m[2] ?? '';
      if (m[1] === '=') code += `__out.push(__esc(String(${body})));\n`;
      else if (m[1] === '!=') code += `__out.push(String(${body}));\n`;
      else code += `${body}\n`;
      last = (m.index ?? 0) + m[0].length;
    }
    return `${code}__out.push(${JSON.stringify(this.#source.slice(last))});\n}\nreturn __out.join('');`;
  }
  evaluate(): unknown {
    const run = new this.#env.realm.Function('__data', '__esc', this.getCode()) as (data: object, esc: (s: string) => string) => string;
    return makeOutput(this.#env, run(Object.fromEntries(Object.entries(this)), escapeHtml));
  }
  toString(): string {
    return 'HtmlTemplate';
  }
}
