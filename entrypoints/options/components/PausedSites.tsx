import { useState } from 'preact/hooks';
import { MAX_PAUSED_SITES } from '../../../lib/settings/schema';
import { normalizeSite } from '../../../lib/settings/sites';
import { useI18n } from '../../../lib/i18n/context';

interface Props {
  sites: readonly string[];
  onChange: (sites: string[]) => void;
}

/** The per-site pause list: add by name or URL, remove with one button per site. */
export function PausedSites({ sites, onChange }: Props) {
  const { t } = useI18n();
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = (event: Event) => {
    event.preventDefault();
    const site = normalizeSite(input);
    if (site === null) return setError(t('options.siteInvalid', { input }));
    if (sites.includes(site)) return setError(t('options.siteDuplicate', { site }));
    if (sites.length >= MAX_PAUSED_SITES) return setError(t('options.siteLimit', { max: MAX_PAUSED_SITES }));
    setError(null);
    setInput('');
    onChange([...sites, site]);
  };

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options.sites')}</h2>
      <p class="muted">{t('options.sitesHelp')}</p>
      <form class="site-form" onSubmit={add}>
        <label for="site-input">{t('options.siteInput')}</label>
        <input
          id="site-input"
          type="text"
          value={input}
          onInput={(event) => setInput((event.currentTarget as HTMLInputElement).value)}
          autocomplete="off"
          spellcheck={false}
          aria-invalid={error !== null}
          aria-describedby={error ? 'site-error' : undefined}
        />
        <button type="submit">{t('options.siteAdd')}</button>
      </form>
      {error ? (
        <p id="site-error" class="notice error" role="alert">
          {error}
        </p>
      ) : null}
      {sites.length === 0 ? (
        <p class="muted">{t('options.sitesNone')}</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site} data-site={site}>
              <span>{site}</span>
              <button type="button" onClick={() => onChange(sites.filter((s) => s !== site))}>
                {t('options.siteRemove', { site })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
