import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS } from './migrations';
import { repairSettings, type RepairResult } from './repair';
import { SETTINGS_VERSION, settingsSchema, type Settings } from './schema';
import { hostMatchesSite } from './sites';

/**
 * Settings in extension storage: synced between a person's browsers where the browser has storage.sync,
 * local otherwise. Stored values are versioned (WXT's item metadata) and migrated on first access; every
 * read is validated and repaired field by field (see repair.ts).
 */

export type SettingsArea = 'sync' | 'local';

export interface SettingsStore {
  load(): Promise<RepairResult>;
  save(next: Settings): Promise<void>;
  watch(cb: (settings: Settings) => void): () => void;
}

/** sync where the browser offers it (Chrome, Firefox desktop); local otherwise. */
export function preferredArea(): SettingsArea {
  return browser.storage?.sync ? 'sync' : 'local';
}

export function createSettingsStore(area: SettingsArea = preferredArea()): SettingsStore {
  const item: WxtStorageItem<unknown, Record<string, unknown>> = storage.defineItem<unknown>(
    `${area}:settings`,
    {
      version: SETTINGS_VERSION,
      // WXT passes each step the previous value; our table's steps have the same shape.
      migrations: Object.fromEntries(
        Object.entries(SETTINGS_MIGRATIONS).map(([version, step]) => [Number(version), step]),
      ),
    },
  );
  return {
    load: async () => repairSettings(await item.getValue()),
    save: async (next) => {
      // Never store what we would have to repair on the next read.
      await item.setValue(settingsSchema.parse(next));
    },
    watch: (cb) => item.watch((value) => cb(repairSettings(value).settings)),
  };
}

// Created on first use: defining the item touches browser.storage, which must not happen at import time.
let defaultStore: SettingsStore | null = null;
function store(): SettingsStore {
  defaultStore ??= createSettingsStore();
  return defaultStore;
}

/** Reads settings; `repaired` is true when a corrupt stored value was replaced by its default. */
export function loadSettings(): Promise<RepairResult> {
  return store().load();
}

/** Validates and stores settings; rejects (and stores nothing) when `next` is not valid. */
export function saveSettings(next: Settings): Promise<void> {
  return store().save(next);
}

/** Calls `cb` with the repaired settings whenever they change in any context; returns the unwatch. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return store().watch(cb);
}

export function isSitePaused(settings: Settings, hostname: string): boolean {
  return settings.pausedSites.some((site) => hostMatchesSite(hostname, site));
}
