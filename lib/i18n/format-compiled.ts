import format, { type CompiledMessage, type FormatOptions } from 'icu-minify/format';
import type { CompiledMessages } from './compiled-messages';
import type { Translate } from './translate';

const cached = <Args extends unknown[], Value>(create: (...args: Args) => Value) => {
  const cache = new Map<string, Value>();
  return (...args: Args): Value => {
    const key = JSON.stringify(args);
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = create(...args)));
    return value;
  };
};

const FORMAT_OPTIONS: FormatOptions = {
  formatters: {
    getDateTimeFormat: cached((...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args)),
    getNumberFormat: cached((...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args)),
    getPluralRules: cached((...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args)),
  },
  timeZone: 'Asia/Shanghai',
};

function lookup(messages: CompiledMessages, key: string): CompiledMessage | undefined {
  let node: CompiledMessage | CompiledMessages | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || Array.isArray(node)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' || Array.isArray(node) ? node : undefined;
}

/**
 * A translate function over compiled messages, formatted with icu-minify's small runtime.
 * A key that is missing gives the key itself, as next-intl does, so a gap shows rather than breaks.
 */
export function createCompiledTranslator(locale: string, messages: CompiledMessages): Translate {
  return (key, values) => {
    const message = lookup(messages, key);
    if (message === undefined) return key;
    const formatted = format(message, locale, values, FORMAT_OPTIONS);
    return Array.isArray(formatted) ? formatted.join('') : String(formatted);
  };
}
