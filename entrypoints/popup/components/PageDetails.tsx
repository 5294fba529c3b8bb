import type { PageSummary } from '../../../lib/popup/summary';
import { useI18n } from '../../../lib/i18n/context';
import { FactList } from './FactList';
import { closeOnEscape, FaqList } from './FaqList';
import { FigureCheck } from './FigureCheck';

/** What the page's mentions are about: entities, facts, figure check, what it leaves out, questions. */
export function PageDetails({ summary }: { summary: PageSummary }) {
  const { t } = useI18n();
  return (
    <>
      {summary.entities.length > 0 ? (
        <section aria-labelledby="entities-title">
          <h2 id="entities-title">{t('popup.entities')}</h2>
          <ul class="entities">
            {summary.entities.map((entity) => (
              <li key={entity.id} data-entity={entity.id}>
                {entity.name} <span class="muted">{t('popup.entityCount', { count: entity.count })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <FigureCheck issues={summary.figureIssues} />
      <section aria-labelledby="facts-title">
        <h2 id="facts-title">{t('popup.facts')}</h2>
        {/* Collapsed groups keep the popup to one screen; the first (the page's main topic) starts open. */}
        <ul class="groups">
          {summary.groups.map((group, index) => (
            <li key={group.id} data-group={group.id}>
              <details open={index === 0} onKeyDown={closeOnEscape}>
                <summary>
                  <h3>{group.title}</h3>
                </summary>
                <FactList facts={group.facts} />
              </details>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="not-on-page-title" class="not-on-page">
        <h2 id="not-on-page-title">{t('popup.notOnPage')}</h2>
        {summary.notOnPage.length === 0 ? (
          <p class="muted">{t('popup.notOnPageNone')}</p>
        ) : (
          <>
            <p>{t('popup.notOnPageIntro')}</p>
            <FactList facts={summary.notOnPage} />
          </>
        )}
      </section>
      {summary.faq.length > 0 ? (
        <section aria-labelledby="faq-title">
          <h2 id="faq-title">{t('popup.faq')}</h2>
          <FaqList entries={summary.faq} />
        </section>
      ) : null}
    </>
  );
}
