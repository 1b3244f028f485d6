// Ui: menus, alerts, prompts, sidebars and dialogs, recorded as data for tests. Alerts and prompts
// answer with a queued response (Emulator.ui.respond) or else the dialog's first button.
// https://developers.google.com/apps-script/reference/base/ui
// https://developers.google.com/apps-script/reference/base/menu
import { Button, ButtonSet, enumName, type ButtonName, type ButtonSetName } from './enums.ts';
import type { Env, MenuItemRecord } from './env.ts';
import { htmlOf } from './html.ts';

export function makeUi(env: Env): UiFacade {
  return env.wrap('Ui', new UiFacade(env));
}

const BUTTONS: Readonly<Record<ButtonSetName, readonly ButtonName[]>> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export class UiFacade {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly #env: Env;

  constructor(env: Env) {
    this.#env = env;
  }

  createMenu(caption: unknown): unknown {
    if (typeof caption !== 'string') throw this.#env.badArguments('Ui', 'createMenu', [caption]);
    return this.#env.wrap('Menu', new MenuFacade(this.#env, 'custom', caption));
  }
  createAddonMenu(): unknown {
    return this.#env.wrap('Menu', new MenuFacade(this.#env, 'addon', null));
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(...args: unknown[]): unknown {
    const { title, prompt, buttons } = this.#dialogArgs('alert', args);
    const response = this.#answer(buttons).button;
    this.#env.records.alerts.push({ title, prompt, buttons, response });
    return Button[response];
  }

  /** prompt(prompt), prompt(prompt, buttons), prompt(title, prompt, buttons). */
  prompt(...args: unknown[]): unknown {
    const { title, prompt, buttons } = this.#dialogArgs('prompt', args);
    const { button, text } = this.#answer(buttons);
    this.#env.records.prompts.push({ title, prompt, buttons, response: button, text });
    return this.#env.wrap('PromptResponse', {
      getResponseText: () => text,
      getSelectedButton: () => Button[button],
      toString: () => 'PromptResponse',
    });
  }

  showSidebar(userInterface: unknown): void {
    const html = htmlOf(this.#env, userInterface);
    if (!html) throw this.#env.badArguments('Ui', 'showSidebar', [userInterface]);
    this.#env.records.dialogs.push({ kind: 'sidebar', ...html });
  }
  showModalDialog(userInterface: unknown, title: unknown): void {
    this.#dialog('modal', 'showModalDialog', userInterface, title);
  }
  showModelessDialog(userInterface: unknown, title: unknown): void {
    this.#dialog('modeless', 'showModelessDialog', userInterface, title);
  }
  toString(): string {
    return 'Ui';
  }

  #dialog(kind: 'modal' | 'modeless', method: string, userInterface: unknown, title: unknown): void {
    const html = htmlOf(this.#env, userInterface);
    if (!html || typeof title !== 'string') throw this.#env.badArguments('Ui', method, [userInterface, title]);
    this.#env.records.dialogs.push({ kind, ...html, title });
  }

  #dialogArgs(method: string, args: readonly unknown[]): { title: string | undefined; prompt: string; buttons: ButtonSetName } {
    const set = (v: unknown): ButtonSetName | undefined => {
      const name = typeof v === 'object' ? enumName(v) : undefined;
      return name !== undefined && name in BUTTONS ? (name as ButtonSetName) : undefined;
    };
    const [a, b, c] = args;
    if (args.length === 1 && typeof a === 'string') return { title: undefined, prompt: a, buttons: 'OK' };
    const two = set(b);
    if (args.length === 2 && typeof a === 'string' && two) return { title: undefined, prompt: a, buttons: two };
    const three = set(c);
    if (args.length === 3 && typeof a === 'string' && typeof b === 'string' && three) return { title: a, prompt: b, buttons: three };
    throw this.#env.badArguments('Ui', method, args);
  }

  #answer(buttons: ButtonSetName): { button: ButtonName; text: string } {
    const queued = this.#env.uiResponses.shift();
    const button = queued?.button ?? BUTTONS[buttons][0] ?? 'OK';
    if (button !== 'CLOSE' && !BUTTONS[buttons].includes(button)) {
      throw new Error(`emulator: queued answer ${button} is not a button of ButtonSet.${buttons}`);
    }
    return { button, text: queued?.text ?? '' };
  }
}

export class MenuFacade {
  readonly #env: Env;
  readonly #kind: 'addon' | 'custom';
  readonly #caption: string | null;
  readonly #items: MenuItemRecord[] = [];

  constructor(env: Env, kind: 'addon' | 'custom', caption: string | null) {
    this.#env = env;
    this.#kind = kind;
    this.#caption = caption;
  }

  addItem(caption: unknown, functionName: unknown): this {
    if (typeof caption !== 'string' || typeof functionName !== 'string')
      throw this.#env.badArguments('Menu', 'addItem', [caption, functionName]);
    this.#items.push({ type: 'item', caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.#items.push({ type: 'separator' });
    return this;
  }
  addSubMenu(menu: unknown): this {
    const sub = this.#env.unwrap<MenuFacade>('Menu', menu);
    if (!sub || sub.#caption === null) throw this.#env.badArguments('Menu', 'addSubMenu', [menu]);
    this.#items.push({ type: 'submenu', caption: sub.#caption, items: structuredClone(sub.#items) });
    return this;
  }
  /** Shows the menu; a later menu of the same kind and caption replaces it, as reopening would. */
  addToUi(): void {
    const menus = this.#env.records.menus;
    const record = { kind: this.#kind, caption: this.#caption, items: structuredClone(this.#items) };
    const at = menus.findIndex((m) => m.kind === this.#kind && m.caption === this.#caption);
    if (at >= 0) menus[at] = record;
    else menus.push(record);
  }
  toString(): string {
    return 'Menu';
  }
}
