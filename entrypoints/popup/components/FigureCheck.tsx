import type { FigureIssue } from '../../../lib/figures/check';
import { useI18n } from '../../../lib/i18n/context';
import { Sources } from './Sources';

/** Figures on the page that disagree with the sources, each with the sourced value and its sources. */
export function FigureCheck({ issues }: { issues: readonly FigureIssue[] }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="figure-check-title" class="figure-check">
      <h2 id="figure-check-title">{t('popup.figureCheck')}</h2>
      {issues.length === 0 ? (
        <p class="muted">{t('popup.figureCheckNone')}</p>
      ) : (
        <>
          <p>{t('popup.figureCheckIntro')}</p>
          <ul>
            {issues.map((issue) => (
              <li key={`${issue.figureId}:${issue.found}:${issue.sentence}`} class="figure-issue" data-figure={issue.figureId}>
                <p>
                  <strong>{t('popup.figurePageSays', { found: issue.found })}</strong>
                </p>
                <p class="muted sentence">{issue.sentence}</p>
                <p>{t('popup.figureSourcesSay', { sourced: issue.sourced[lang] })}</p>
                <Sources sources={issue.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
