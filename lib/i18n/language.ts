import type { LanguageChoice } from '../settings/schema';

/** The two languages of the interface and the dataset. */
export type Lang = 'en' | 'zh';

/** Maps a BCP 47 tag (navigator.language, <html lang>) to one of our languages. */
export function langFromTag(tag: string | null | undefined, fallback: Lang = 'en'): Lang {
  if (!tag) return fallback;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh') return 'zh';
  if (primary === 'en') return 'en';
  return fallback;
}

/** A setting of 'auto' follows the given tag; otherwise the setting wins. */
export function resolveLang(choice: LanguageChoice, autoTag: string | null | undefined): Lang {
  return choice === 'auto' ? langFromTag(autoTag) : choice;
}
