import { paletteStyle } from '../../../lib/highlight/palette';
import type { Palette } from '../../../lib/settings/schema';
import { CATEGORIES, type Category } from '../../../lib/types';
import { useI18n } from '../../../lib/i18n/context';

interface Props {
  counts: Record<Category, number> | null;
  enabled: Record<Category, boolean>;
  palette: Palette;
  onToggle: (category: Category, on: boolean) => void;
}

/** One checkbox per category: shows the count and the highlight colour, and switches highlights live. */
export function CategoryToggles({ counts, enabled, palette, onToggle }: Props) {
  const { t } = useI18n();
  return (
    <fieldset class="categories">
      <legend>{t('popup.categories')}</legend>
      <ul>
        {CATEGORIES.map((category) => {
          const style = paletteStyle(palette, category);
          const name = t(`category.${category}`);
          return (
            <li key={category}>
              <label class="toggle">
                <input
                  type="checkbox"
                  name={`category-${category}`}
                  checked={enabled[category]}
                  onChange={(event) => onToggle(category, (event.currentTarget as HTMLInputElement).checked)}
                  aria-label={t('popup.categoryToggle', { category: name })}
                />
                <span
                  class="swatch"
                  aria-hidden="true"
                  style={{
                    background: style.background,
                    borderBottom: `${style.thickness} ${style.line === 'wavy' ? 'dotted' : style.line} ${style.underline}`,
                  }}
                />
                <span class="toggle-name">{name}</span>
                {counts ? (
                  <span class="count" data-count={category}>
                    {t('popup.categoryCount', { count: counts[category] })}
                  </span>
                ) : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
