import type { Source } from '../../../lib/dataset/schema';
import { useI18n } from '../../../lib/i18n/context';

/** Source links of a fact or answer; each opens in a new tab. */
export function Sources({ sources }: { sources: readonly Source[] }) {
  const { t } = useI18n();
  return (
    <p class="sources">
      <span class="muted">{t('popup.sources')}: </span>
      {sources.map((source, i) => (
        <>
          {i > 0 ? ' · ' : ''}
          <a href={source.url} target="_blank" rel="noreferrer">
            {t('popup.sourceLink', { publisher: source.publisher })}
          </a>
        </>
      ))}
    </p>
  );
}
