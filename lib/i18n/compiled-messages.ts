import compile from 'icu-minify/compile';
import type { CompiledMessage } from 'icu-minify/format';

/** Messages as icu-minify compiles them: what the browser formats without an ICU parser. */
export type CompiledMessages = { [key: string]: CompiledMessage | CompiledMessages };

type MessageTree = { [key: string]: unknown };

/** The parts of `messages` named by dotted paths ("timeline.explorer"), in the same nesting. */
export function pickMessages(messages: MessageTree, paths: readonly string[]): MessageTree {
  const picked: MessageTree = {};
  for (const path of paths) {
    const keys = path.split('.');
    let source: unknown = messages;
    let target = picked;
    keys.forEach((key, index) => {
      source = (source as MessageTree | undefined)?.[key];
      if (index === keys.length - 1) {
        if (source !== undefined) target[key] = source;
      } else {
        target = (target[key] ??= {}) as MessageTree;
      }
    });
  }
  return picked;
}

/**
 * Compiles every ICU string in a message tree. The build already compiles the message files
 * (next-intl's `precompile`), so there messages arrive as arrays and stay as they are; elsewhere
 * (tests, scripts) they arrive as source strings and are compiled here.
 */
export function compileMessages(messages: MessageTree): CompiledMessages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => {
      if (typeof value === 'string') return [key, compile(value)];
      if (Array.isArray(value)) return [key, value as CompiledMessage];
      return [key, compileMessages(value as MessageTree)];
    }),
  );
}
