import { useEffect, useMemo } from 'preact/hooks';
import { dataset } from '../../lib/dataset/index';
import { bundledFigures } from '../../lib/figures/figures';
import { htmlLang, translator } from '../../lib/i18n/translate';
import { aboutTheStory, summarizePage } from '../../lib/popup/summary';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { AboutStory } from './components/AboutStory';
import { CategoryToggles } from './components/CategoryToggles';
import { Navigator } from './components/Navigator';
import { PageDetails } from './components/PageDetails';
import { I18nContext } from '../../lib/i18n/context';
import { usePopup } from './use-popup';

export function Popup() {
  const model = usePopup();
  const { lang, settings, page } = model;
  const i18n = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const { t } = i18n;

  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = t('appName');
  }, [lang, t]);

  const state = page.kind === 'ready' && !model.paused ? page.state : null;
  const summary = useMemo(
    () =>
      state && state.mentions.length > 0
        ? summarizePage(state.mentions, { lang, dataset, figures: bundledFigures(), contextSentences: state.contextSentences })
        : null,
    [state, lang],
  );
  const about = useMemo(() => (summary ? null : aboutTheStory(dataset, lang)), [summary, lang]);

  useEffect(() => {
    // Read by the benchmark: the moment the page's summary (or its replacement) is on screen.
    if (page.kind !== 'loading' && settings) performance.mark('leak-lens:popup-ready');
  }, [page, settings]);

  const categories = settings?.categories ?? DEFAULT_SETTINGS.categories;
  return (
    <I18nContext.Provider value={i18n}>
      <header class="top">
        <h1>{t('appName')}</h1>
        <button type="button" class="link-button" onClick={model.openOptions}>
          {t('popup.settings')}
        </button>
      </header>
      <main aria-busy={page.kind === 'loading'}>
        {model.repaired ? (
          <p class="notice" role="status">
            {t('popup.repaired')}
          </p>
        ) : null}
        {model.saveError ? (
          <p class="notice error" role="alert">
            {t('popup.saveFailed', { error: model.saveError })}
          </p>
        ) : null}
        {page.kind === 'loading' ? <p class="muted">{t('popup.loading')}</p> : null}
        {page.kind === 'restricted' ? (
          <p class="notice" data-state="restricted">
            {t('popup.cannotRun')}
          </p>
        ) : null}
        {page.kind === 'unreachable' ? (
          <p class="notice" data-state="restricted">
            {t('popup.unreachable')}
          </p>
        ) : null}
        {page.kind === 'no-answer' && !model.paused ? (
          <p class="notice" data-state="no-answer">
            {t('popup.noAnswer')}
          </p>
        ) : null}
        {model.host !== null ? (
          <div class="pause-row">
            {model.paused ? (
              <p class="notice" data-state="paused">
                {t('popup.paused', { site: model.host })}
              </p>
            ) : null}
            <button type="button" onClick={() => model.setPaused(!model.paused)} disabled={!settings}>
              {model.paused ? t('popup.resume') : t('popup.pause')}
            </button>
          </div>
        ) : null}
        {summary ? (
          <section aria-labelledby="on-page-title" data-state="mentions">
            <h2 id="on-page-title">
              {summary.total === 1 ? t('popup.mentionCountOne') : t('popup.mentionCount', { count: summary.total })}
            </h2>
            <Navigator index={model.position.index} total={model.position.total} onStep={model.step} />
          </section>
        ) : null}
        {page.kind === 'ready' && !model.paused ? (
          <CategoryToggles
            counts={summary?.counts ?? null}
            enabled={categories}
            palette={settings?.palette ?? DEFAULT_SETTINGS.palette}
            onToggle={model.toggleCategory}
          />
        ) : null}
        {summary ? <PageDetails summary={summary} /> : null}
        {about && page.kind !== 'loading' ? (
          <AboutStory keyFacts={about.keyFacts} faq={about.faq} intro={page.kind === 'ready' && !model.paused} />
        ) : null}
      </main>
    </I18nContext.Provider>
  );
}
