import { CATEGORIES, type Category } from '../types';

/**
 * Highlight names in the page's CSS.highlights registry. The registry is shared with the page, so every
 * name carries the `leak-lens-` prefix to avoid colliding with a site's own highlights.
 */
export const HIGHLIGHT_PREFIX = 'leak-lens-';

export function highlightName(category: Category): string {
  return `${HIGHLIGHT_PREFIX}${category}`;
}

/** The mention the navigation command selected; painted above the category highlights. */
export const CURRENT_HIGHLIGHT = `${HIGHLIGHT_PREFIX}current`;

export const CATEGORY_HIGHLIGHTS: readonly string[] = CATEGORIES.map(highlightName);
