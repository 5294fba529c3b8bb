import type { Bilingual } from '../dataset/schema';
import type { Lang } from './language';
import { en, type MessageKey, type MessageTable } from './messages-en';
import { zh } from './messages-zh';

const TABLES: Record<Lang, MessageTable> = { en, zh };

export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Fills {name} placeholders; an unknown placeholder stays visible so a missing parameter is noticed. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function translator(lang: Lang): Translate {
  const table = TABLES[lang];
  return (key, params) => fill(table[key], params);
}

/** Picks the dataset text in the interface language. */
export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}

/** The BCP 47 tag for <html lang>: zh-CN for Simplified Chinese text. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
