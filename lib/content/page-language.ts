/**
 * The language a page is written in, for the card: its declared <html lang>, else a guess from a sample
 * of its text (mostly Han characters → Chinese).
 */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LETTER = /[\p{L}]/gu;

export function pageLanguageTag(doc: Document, sample?: string): string {
  const declared = doc.documentElement.getAttribute('lang')?.trim();
  if (declared) return declared;
  const text = (sample ?? doc.body?.textContent ?? '').slice(0, 4000);
  return guessLanguage(text);
}

export function guessLanguage(text: string): string {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return 'en';
  const han = text.match(HAN)?.length ?? 0;
  return han / letters >= 0.3 ? 'zh' : 'en';
}
