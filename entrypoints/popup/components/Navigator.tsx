import { useI18n } from '../../../lib/i18n/context';

interface Props {
  /** Zero-based index of the current mention, -1 when none is selected. */
  index: number;
  total: number;
  onStep: (direction: 'next' | 'previous') => void;
}

/** Previous / next mention on the page, with "n of N" announced politely to screen readers. */
export function Navigator({ index, total, onStep }: Props) {
  const { t } = useI18n();
  const position =
    index >= 0 ? t('popup.position', { index: index + 1, total }) : t('popup.positionNone', { total });
  return (
    <div class="navigator" role="group" aria-label={t('popup.onThisPage')}>
      <button type="button" onClick={() => onStep('previous')} disabled={total === 0}>
        <span aria-hidden="true">‹ </span>
        {t('popup.previous')}
      </button>
      <output class="position" aria-live="polite">
        {position}
      </output>
      <button type="button" onClick={() => onStep('next')} disabled={total === 0}>
        {t('popup.next')}
        <span aria-hidden="true"> ›</span>
      </button>
    </div>
  );
}
