import { z } from 'zod';
import { CATEGORIES, type Category } from '../types';

export const SETTINGS_VERSION = 1;

export const PALETTES = ['default', 'high-contrast', 'soft'] as const;
export type Palette = (typeof PALETTES)[number];

export const LANGUAGE_CHOICES = ['auto', 'en', 'zh'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

const categoryFlags = z.object(
  Object.fromEntries(CATEGORIES.map((category) => [category, z.boolean()])) as Record<
    Category,
    z.ZodBoolean
  >,
);

export const settingsSchema = z.object({
  /** Which highlight categories are shown. */
  categories: categoryFlags,
  /** Hostnames where the extension does not scan at all. */
  pausedSites: z.array(z.string().min(1).max(253)).max(1000),
  /** Interface language: follow the browser, or a fixed one. */
  language: z.enum(LANGUAGE_CHOICES),
  /** Hover-card language: 'auto' follows the page's language. */
  cardLanguage: z.enum(LANGUAGE_CHOICES),
  palette: z.enum(PALETTES),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  categories: { leak: true, distillation: true, policy: true, company: true, person: true },
  pausedSites: [],
  language: 'auto',
  cardLanguage: 'auto',
  palette: 'default',
};
