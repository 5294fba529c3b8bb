import type { FactView, FaqView } from '../../../lib/popup/fact-view';
import { useI18n } from '../../../lib/i18n/context';
import { FactList } from './FactList';
import { FaqList } from './FaqList';

/** For pages without mentions (or where Leak Lens cannot read): the story's key facts and questions. */
export function AboutStory({ keyFacts, faq, intro }: { keyFacts: FactView[]; faq: FaqView[]; intro: boolean }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="about-title" class="about">
      <h2 id="about-title">{t('popup.aboutStory')}</h2>
      {intro ? <p>{t('popup.aboutStoryIntro')}</p> : null}
      <h3>{t('popup.keyFacts')}</h3>
      <FactList facts={keyFacts} />
      <h3>{t('popup.faq')}</h3>
      <FaqList entries={faq} />
    </section>
  );
}
