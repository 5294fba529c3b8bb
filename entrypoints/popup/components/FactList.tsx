import type { FactView } from '../../../lib/popup/fact-view';
import { useI18n } from '../../../lib/i18n/context';
import { Sources } from './Sources';

export function FactItem({ fact }: { fact: FactView }) {
  const { t } = useI18n();
  return (
    <li class="fact" data-fact={fact.id}>
      <p class="fact-meta">
        <span class={`status status-${fact.status}`}>{t(`status.${fact.status}`)}</span>{' '}
        <time class="muted" dateTime={fact.dateTime}>
          {fact.date}
        </time>
      </p>
      <p>{fact.text}</p>
      {fact.articleSays ? <p class="muted">{t('popup.articleSays', { text: fact.articleSays })}</p> : null}
      <Sources sources={fact.sources} />
    </li>
  );
}

export function FactList({ facts }: { facts: readonly FactView[] }) {
  return (
    <ul class="facts">
      {facts.map((fact) => (
        <FactItem key={fact.id} fact={fact} />
      ))}
    </ul>
  );
}
