import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/language';
import { translator, type Translate } from '../../lib/i18n/translate';

export interface I18n {
  lang: Lang;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: 'en', t: translator('en') });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
