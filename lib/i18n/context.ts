/** The interface language and its translator, for Preact components of the popup and options pages. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from './language';
import { translator, type Translate } from './translate';

export interface I18n {
  lang: Lang;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: 'en', t: translator('en') });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
