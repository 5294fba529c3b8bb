import { paletteStyle } from '../../../lib/highlight/palette';
import { PALETTES, type Palette } from '../../../lib/settings/schema';
import { CATEGORIES } from '../../../lib/types';
import { useI18n } from '../../../lib/i18n/context';

/** Palette presets as radio buttons, each with a sample of all five category highlights. */
export function PaletteChooser({ value, onChange }: { value: Palette; onChange: (palette: Palette) => void }) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('options.colours')}</legend>
      <p class="muted">{t('options.coloursHelp')}</p>
      <ul class="palettes">
        {PALETTES.map((palette) => (
          <li key={palette}>
            <label class="choice">
              <input type="radio" name="palette" value={palette} checked={value === palette} onChange={() => onChange(palette)} />
              <span class="choice-name">{t(`options.palette.${palette}`)}</span>
              <span class="samples" aria-hidden="true">
                {CATEGORIES.map((category) => {
                  const style = paletteStyle(palette, category);
                  return (
                    <span
                      key={category}
                      class="sample"
                      style={{
                        background: style.background,
                        color: style.text ?? 'inherit',
                        textDecoration: `underline ${style.line} ${style.underline} ${style.thickness}`,
                      }}
                    >
                      {t(`category.${category}`)}
                    </span>
                  );
                })}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
