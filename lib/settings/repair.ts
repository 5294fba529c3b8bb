import { CATEGORIES } from '../types';
import {
  DEFAULT_SETTINGS,
  MAX_PAUSED_SITES,
  settingsSchema,
  pausedSiteSchema,
  type Settings,
} from './schema';

export interface RepairResult {
  settings: Settings;
  /** True when something stored was corrupt or out of range and a default took its place. */
  repaired: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates stored settings field by field: a corrupt field falls back to its default, the others are kept.
 * Nothing stored (null/undefined) is a fresh install, not a repair. Unknown keys are dropped silently.
 */
export function repairSettings(raw: unknown): RepairResult {
  if (raw == null) return { settings: structuredClone(DEFAULT_SETTINGS), repaired: false };
  const whole = settingsSchema.safeParse(raw);
  if (whole.success) return { settings: whole.data, repaired: false };
  if (!isRecord(raw)) return { settings: structuredClone(DEFAULT_SETTINGS), repaired: true };

  let repaired = false;
  const field = <K extends keyof Settings>(key: K): Settings[K] => {
    const parsed = settingsSchema.shape[key].safeParse(raw[key]);
    if (parsed.success) return parsed.data as Settings[K];
    repaired = true;
    return structuredClone(DEFAULT_SETTINGS[key]);
  };

  // Categories and sites are repaired per entry, so one bad flag does not reset the other four.
  const categories = { ...DEFAULT_SETTINGS.categories };
  const storedCategories = isRecord(raw.categories) ? raw.categories : null;
  if (storedCategories === null) repaired = true;
  for (const category of CATEGORIES) {
    const flag = storedCategories?.[category];
    if (typeof flag === 'boolean') categories[category] = flag;
    else if (storedCategories !== null) repaired = true;
  }

  let pausedSites: string[] = [];
  if (Array.isArray(raw.pausedSites)) {
    for (const site of raw.pausedSites) {
      const parsed = pausedSiteSchema.safeParse(site);
      if (parsed.success && !pausedSites.includes(parsed.data)) pausedSites.push(parsed.data);
      else repaired = true;
    }
    if (pausedSites.length > MAX_PAUSED_SITES) {
      pausedSites = pausedSites.slice(0, MAX_PAUSED_SITES);
      repaired = true;
    }
  } else {
    repaired = true;
  }

  const settings: Settings = {
    categories,
    pausedSites,
    language: field('language'),
    cardLanguage: field('cardLanguage'),
    palette: field('palette'),
  };
  return { settings, repaired };
}
