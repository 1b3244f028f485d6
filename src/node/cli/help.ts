import { HELP_WORDS, type HelpTopic } from '../../../lib/i18n/cli-help.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../lib/i18n/locale.ts';

/** A --locale value as given, or the default when it names no locale (a bad one is reported elsewhere). */
const localeOr = (v: string | undefined): Locale => (isLocale(v) ? v : DEFAULT_LOCALE);

/** What `paicha --help` and `paicha COMMAND --help` print, in the command line's --locale. */
export const helpText = (topic: HelpTopic, locale: string | undefined): string => HELP_WORDS[topic][localeOr(locale)];
