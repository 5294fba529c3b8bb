import type { CardModel } from './card-model';

/**
 * The hover card. A non-modal dialog that never takes focus on its own: it is announced (aria-live on
 * the header) and its links are reachable with Tab, but reading position and focus stay where they were.
 */
export function CardView({ model, onClose }: { model: CardModel; onClose: () => void }) {
  const { strings } = model;
  return (
    <section
      class={`card card--${model.category}`}
      role="dialog"
      aria-modal="false"
      aria-label={strings.label(model.title)}
      lang={model.lang === 'zh' ? 'zh-CN' : 'en'}
      data-category={model.category}
    >
      <header class="head" aria-live="polite">
        <span class="kind">{model.categoryLabel}</span>
        {model.position && <span class="position">{model.position}</span>}
        <button type="button" class="close" aria-label={strings.close} title={`${strings.close} (Esc)`} onClick={onClose}>
          ×
        </button>
      </header>
      <h2 class="title">{model.title}</h2>
      {model.description && <p class="description">{model.description}</p>}
      <section class="facts" aria-label={strings.facts}>
        {model.facts.length === 0 ? (
          <p class="empty">{strings.noFacts}</p>
        ) : (
          <ul>
            {model.facts.map((fact) => (
              <li key={fact.id} class="fact">
                <p class="fact-text">{fact.text}</p>
                <p class="fact-meta">
                  <time>{fact.date}</time>
                  <span class={`status status--${fact.status}`}>{fact.statusLabel}</span>
                  {fact.sources.map((source) => (
                    <a key={source.url} href={source.url} target="_blank" rel="noopener noreferrer">
                      {source.publisher}
                    </a>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <footer class="why">
        <span class="why-label">{strings.why}:</span> <q class="matched">{model.matched}</q> — <span class="reason">{model.reason}</span>
      </footer>
    </section>
  );
}
