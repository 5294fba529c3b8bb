import { MAX_PAUSED_SITES } from './schema';
import { normalizeSite } from './sites';

/**
 * Stored settings from older versions, upgraded one version at a time. Key N turns a version N-1 value
 * into a version N value. Migrations take unknown input: they only reshape what they recognise and leave
 * validation (and repair) to repairSettings afterwards.
 */
export type Migration = (old: unknown) => unknown;
export type MigrationTable = Readonly<Record<number, Migration>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const SETTINGS_MIGRATIONS: MigrationTable = {
  /**
   * v1 kept pause-list entries as typed (any string, up to 1000). v2 keeps normalized site names
   * (lowercase, no "www.", no URL parts), once each, at most MAX_PAUSED_SITES to fit sync storage.
   */
  2: (old) => {
    if (!isRecord(old) || !Array.isArray(old.pausedSites)) return old;
    const sites: string[] = [];
    for (const entry of old.pausedSites) {
      const site = typeof entry === 'string' ? normalizeSite(entry) : null;
      if (site !== null && !sites.includes(site)) sites.push(site);
    }
    return { ...old, pausedSites: sites.slice(0, MAX_PAUSED_SITES) };
  },
};

/** Applies the migrations from `fromVersion` (exclusive) up to `toVersion` (inclusive). */
export function migrateSettings(
  value: unknown,
  fromVersion: number,
  toVersion: number,
  table: MigrationTable = SETTINGS_MIGRATIONS,
): unknown {
  let migrated = value;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    const step = table[version];
    if (step) migrated = step(migrated);
  }
  return migrated;
}
