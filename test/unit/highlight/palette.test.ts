import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightCss, OVERRIDE_SELECTOR, paletteStyle } from '../../../lib/highlight/palette';
import { PALETTES } from '../../../lib/settings/schema';
import { CATEGORIES } from '../../../lib/types';

const manifestCss = readFileSync(resolve(import.meta.dirname, '../../../assets/highlights.css'), 'utf8');

describe('highlightCss', () => {
  it('should match assets/highlights.css when generating the default palette', () => {
    const rules = manifestCss.replace(/\/\*[\s\S]*?\*\/\n?/g, '');
    expect(rules).toBe(highlightCss('default'));
  });

  it.each(CATEGORIES)('should style leak-lens-%s in every palette', (category) => {
    for (const palette of PALETTES) {
      expect(highlightCss(palette)).toContain(`::highlight(leak-lens-${category})`);
    }
  });

  it('should prefix every rule with the selector when one is given', () => {
    const css = highlightCss('soft', OVERRIDE_SELECTOR);
    const rules = css.trim().split('\n');
    expect(rules).toHaveLength(CATEGORIES.length + 1);
    for (const rule of rules) expect(rule.startsWith(`${OVERRIDE_SELECTOR}::highlight(leak-lens-`)).toBe(true);
  });
});

describe('paletteStyle', () => {
  it.each(PALETTES)('should give each category its own underline style in the %s palette', (palette) => {
    const lines = new Set(CATEGORIES.map((category) => paletteStyle(palette, category).line));
    expect(lines.size).toBe(CATEGORIES.length);
  });

  it.each(PALETTES)('should give each category its own colour in the %s palette', (palette) => {
    const colours = new Set(CATEGORIES.map((category) => paletteStyle(palette, category).background));
    expect(colours.size).toBe(CATEGORIES.length);
  });

  it.each(CATEGORIES)('should set black text on an opaque background when high contrast styles %s', (category) => {
    const style = paletteStyle('high-contrast', category);
    expect(style.text).toBe('#000000');
    expect(style.background).toMatch(/^#[0-9a-f]{6}$/);
  });

  it.each(CATEGORIES)('should leave the page text colour alone when the default palette styles %s', (category) => {
    const style = paletteStyle('default', category);
    expect(style.text).toBeUndefined();
    expect(style.background).toMatch(/^rgba\(.*, 0\.28\)$/);
  });
});
