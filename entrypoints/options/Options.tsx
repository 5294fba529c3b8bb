import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nContext } from '../../lib/i18n/context';
import { resolveLang } from '../../lib/i18n/language';
import { htmlLang, translator } from '../../lib/i18n/translate';
import type { ImportResult } from '../../lib/options/import-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { loadSettings, saveSettings, watchSettings } from '../../lib/settings/store';
import { CATEGORIES } from '../../lib/types';
import { Backup } from './components/Backup';
import { LanguageChoice } from './components/LanguageChoice';
import { PaletteChooser } from './components/PaletteChooser';
import { PausedSites } from './components/PausedSites';

type Status = { tone: 'ok' | 'error'; text: string } | null;

function browserLanguage(): string {
  return browser.i18n?.getUILanguage?.() ?? navigator.language;
}

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repaired, setRepaired] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const lang = resolveLang(settings?.language ?? 'auto', browserLanguage());
  const i18n = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const { t } = i18n;

  useEffect(() => {
    loadSettings().then((result) => {
      setSettings(result.settings);
      setRepaired(result.repaired);
      if (result.repaired) saveSettings(result.settings).catch(() => {});
    });
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = t('options.title');
  }, [lang, t]);

  const save = (next: Settings, done: string = t('options.saved')) => {
    setSettings(next);
    saveSettings(next).then(
      () => setStatus({ tone: 'ok', text: done }),
      (error: unknown) =>
        setStatus({ tone: 'error', text: t('popup.saveFailed', { error: error instanceof Error ? error.message : String(error) }) }),
    );
  };

  const onImport = (result: ImportResult, fileName: string) => {
    if (!result.ok) {
      // Nothing is stored: the current settings stay exactly as they were.
      setStatus({ tone: 'error', text: t('options.importRefused', { reason: t(result.reason, result.params) }) });
      return;
    }
    save(result.settings, t('options.importDone', { file: fileName }));
  };

  return (
    <I18nContext.Provider value={i18n}>
      <main class="options">
        <h1>{t('options.title')}</h1>
        {repaired ? <p class="notice">{t('popup.repaired')}</p> : null}
        <div class="status-area" role="status" aria-live="polite">
          {status ? (
            <p class={`notice ${status.tone}`} data-status={status.tone}>
              {status.text}
            </p>
          ) : null}
        </div>
        {settings ? (
          <>
            <PaletteChooser value={settings.palette} onChange={(palette) => save({ ...settings, palette })} />
            <fieldset>
              <legend>{t('options.categories')}</legend>
              <ul class="checks">
                {CATEGORIES.map((category) => (
                  <li key={category}>
                    <label class="choice">
                      <input
                        type="checkbox"
                        name={`category-${category}`}
                        checked={settings.categories[category]}
                        onChange={(event) =>
                          save({
                            ...settings,
                            categories: { ...settings.categories, [category]: (event.currentTarget as HTMLInputElement).checked },
                          })
                        }
                      />
                      {t(`category.${category}`)}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <PausedSites sites={settings.pausedSites} onChange={(pausedSites) => save({ ...settings, pausedSites })} />
            <section aria-labelledby="language-title">
              <h2 id="language-title">{t('options.languages')}</h2>
              <LanguageChoice
                id="language"
                label="options.language"
                autoLabel="options.language.auto"
                value={settings.language}
                onChange={(language) => save({ ...settings, language })}
              />
              <LanguageChoice
                id="card-language"
                label="options.cardLanguage"
                autoLabel="options.cardLanguage.auto"
                value={settings.cardLanguage}
                onChange={(cardLanguage) => save({ ...settings, cardLanguage })}
              />
            </section>
            <Backup settings={settings} onImport={onImport} onReset={() => save(structuredClone(DEFAULT_SETTINGS), t('options.resetDone'))} />
          </>
        ) : null}
      </main>
    </I18nContext.Provider>
  );
}
