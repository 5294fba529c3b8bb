// zod/mini: the content script reads settings on every page, and the classic API's schema objects
// cost its first task several times as much to build (and to ship).
import { z } from 'zod/mini';
import { CATEGORIES, type Category } from '../types';
import { SITE_PATTERN } from './sites';
import { builtOnFirstUse, once } from '../built-on-first-use';

/** Bump with a migration in migrations.ts whenever the stored shape or its rules change. */
export const SETTINGS_VERSION = 2;

export const PALETTES = ['default', 'high-contrast', 'soft'] as const;
export type Palette = (typeof PALETTES)[number];

export const LANGUAGE_CHOICES = ['auto', 'en', 'zh'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/**
 * Sync storage allows 8 KB per item (chrome.storage.sync.QUOTA_BYTES_PER_ITEM), so the list is bounded
 * to what fits with typical hostnames.
 */
export const MAX_PAUSED_SITES = 200;
// Built on first use (built-on-first-use.ts): the content script's first task does not pay for them.
const settingsSchemas = once(() => {
  const pausedSiteSchema = z.string().check(z.minLength(1), z.maxLength(253), z.regex(SITE_PATTERN, 'not a hostname'));
  const categoryFlags = z.object(
    Object.fromEntries(CATEGORIES.map((category) => [category, z.boolean()])) as Record<Category, z.ZodMiniBoolean>,
  );
  const settingsSchema = z.object({
    /** Which highlight categories are shown. */
    categories: categoryFlags,
    /** Hostnames where the extension does not scan at all. */
    pausedSites: z
      .array(pausedSiteSchema)
      .check(
        z.maxLength(MAX_PAUSED_SITES),
        z.refine((sites) => new Set(sites).size === sites.length, 'a site is listed twice'),
      ),
    /** Interface language: follow the browser, or a fixed one. */
    language: z.enum(LANGUAGE_CHOICES),
    /** Hover-card language: 'auto' follows the page's language. */
    cardLanguage: z.enum(LANGUAGE_CHOICES),
    palette: z.enum(PALETTES),
  });
  return { pausedSiteSchema, settingsSchema };
});

export const pausedSiteSchema = builtOnFirstUse(() => settingsSchemas().pausedSiteSchema);
export const settingsSchema = builtOnFirstUse(() => settingsSchemas().settingsSchema);
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  categories: { leak: true, distillation: true, policy: true, company: true, person: true },
  pausedSites: [],
  language: 'auto',
  cardLanguage: 'auto',
  palette: 'default',
};
