import { createContext, useContext } from 'react';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, ...substitutions: string[]) => string;

/** Components get their strings through this context; the entrypoint supplies the browser's i18n. */
export const I18nContext = createContext<Translate>((key) => key);
export const useT = () => useContext(I18nContext);

/** A Translate over a parsed messages.json, for tests and for pages outside the extension. */
export function translatorFrom(messages: Record<string, { message: string }>): Translate {
  return (key, ...subs) =>
    (messages[key]?.message ?? key).replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
}
