import type { FaqView } from '../../../lib/popup/fact-view';
import { Sources } from './Sources';

/** Expandable questions: native <details>, so Enter/Space toggle; Escape closes an open one. */
export function FaqList({ entries }: { entries: readonly FaqView[] }) {
  const onKeyDown = (event: KeyboardEvent) => {
    const details = event.currentTarget as HTMLDetailsElement;
    if (event.key === 'Escape' && details.open) {
      // Close the answer instead of the whole popup.
      event.preventDefault();
      event.stopPropagation();
      details.open = false;
      details.querySelector('summary')?.focus();
    }
  };
  return (
    <ul class="faq">
      {entries.map((entry) => (
        <li key={entry.id} data-faq={entry.id}>
          <details onKeyDown={onKeyDown}>
            <summary>{entry.question}</summary>
            <p>{entry.answer}</p>
            <Sources sources={entry.sources} />
          </details>
        </li>
      ))}
    </ul>
  );
}
