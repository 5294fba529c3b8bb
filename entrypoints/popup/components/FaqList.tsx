import type { FaqView } from '../../../lib/popup/fact-view';
import { Sources } from './Sources';

/** Escape inside an open <details> closes it (and not the whole popup) and returns focus to its summary. */
export function closeOnEscape(event: KeyboardEvent) {
  const details = event.currentTarget as HTMLDetailsElement;
  if (event.key === 'Escape' && details.open) {
    event.preventDefault();
    event.stopPropagation();
    details.open = false;
    details.querySelector('summary')?.focus();
  }
}

/** Expandable questions: native <details>, so Enter/Space toggle; Escape closes an open one. */
export function FaqList({ entries }: { entries: readonly FaqView[] }) {
  return (
    <ul class="faq">
      {entries.map((entry) => (
        <li key={entry.id} data-faq={entry.id}>
          <details onKeyDown={closeOnEscape}>
            <summary>{entry.question}</summary>
            <p>{entry.answer}</p>
            <Sources sources={entry.sources} />
          </details>
        </li>
      ))}
    </ul>
  );
}
