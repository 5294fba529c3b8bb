import type { Palette } from '../settings/schema';
import { CATEGORIES, type Category } from '../types';
import { CURRENT_HIGHLIGHT, highlightName } from './names';

/**
 * Colours per category. Hues come from the Okabe–Ito palette, which stays distinct for the common
 * colour-vision deficiencies; each category also has its own underline style, so colour is never the only
 * cue. Backgrounds are translucent and text colour is left alone (except in high contrast, which sets
 * both), so highlights read on light and dark pages alike.
 */
export interface HighlightStyle {
  background: string;
  underline: string;
  line: 'solid' | 'dotted' | 'dashed' | 'double' | 'wavy';
  thickness: string;
  /** Only set where the background is opaque enough that the page's text colour might not read. */
  text?: string;
}

const LINES: Record<Category, HighlightStyle['line']> = {
  leak: 'solid',
  distillation: 'dashed',
  policy: 'double',
  company: 'dotted',
  person: 'wavy',
};

const HUES: Record<Category, readonly [number, number, number]> = {
  leak: [213, 94, 0], // vermillion
  distillation: [204, 121, 167], // reddish purple
  policy: [0, 114, 178], // blue
  company: [0, 158, 115], // bluish green
  person: [230, 159, 0], // orange
};

/** Opaque, light tints of the same hues for high contrast, read with black text. */
const HIGH_CONTRAST_BACKGROUNDS: Record<Category, string> = {
  leak: '#ffb38a',
  distillation: '#f5b8db',
  policy: '#9fd3ff',
  company: '#8ff0cf',
  person: '#ffd966',
};

const rgba = ([r, g, b]: readonly [number, number, number], alpha: number) => `rgba(${r}, ${g}, ${b}, ${alpha})`;
const rgb = ([r, g, b]: readonly [number, number, number]) => `rgb(${r}, ${g}, ${b})`;

export function paletteStyle(palette: Palette, category: Category): HighlightStyle {
  const hue = HUES[category];
  switch (palette) {
    case 'high-contrast':
      return { background: HIGH_CONTRAST_BACKGROUNDS[category], underline: '#000000', line: LINES[category], thickness: '3px', text: '#000000' };
    case 'soft':
      return { background: rgba(hue, 0.14), underline: rgba(hue, 0.8), line: LINES[category], thickness: '1px' };
    default:
      return { background: rgba(hue, 0.28), underline: rgb(hue), line: LINES[category], thickness: '2px' };
  }
}

const CURRENT_STYLE: HighlightStyle = {
  background: '#ffe600',
  underline: '#000000',
  line: 'solid',
  thickness: '3px',
  text: '#000000',
};

function rule(selector: string, name: string, style: HighlightStyle): string {
  const declarations = [
    `background-color: ${style.background};`,
    ...(style.text ? [`color: ${style.text};`] : []),
    `text-decoration: underline ${style.line} ${style.underline} ${style.thickness};`,
  ];
  return `${selector}::highlight(${name}) { ${declarations.join(' ')} }`;
}

/**
 * The ::highlight() rules of one palette. `selector` scopes them: '' for the manifest-injected sheet;
 * a higher-specificity selector for the override sheet, so it wins whatever the cascade order of injected
 * and adopted sheets is.
 */
export function highlightCss(palette: Palette, selector = ''): string {
  const lines = CATEGORIES.map((category) => rule(selector, highlightName(category), paletteStyle(palette, category)));
  lines.push(rule(selector, CURRENT_HIGHLIGHT, CURRENT_STYLE));
  return `${lines.join('\n')}\n`;
}

/**
 * Matches every element, with the specificity of an id: beats the manifest's bare ::highlight() rules.
 * No page element carries this id.
 */
export const OVERRIDE_SELECTOR = ':not(#leak-lens-palette-override)';
