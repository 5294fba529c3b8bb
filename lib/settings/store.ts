import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { migrateSettings, SETTINGS_MIGRATIONS } from './migrations';
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

/**
 * Settings for a context that only reads them (the content script, on every page and frame): one storage
 * read of the value and its version. Defining the store's item costs three round trips before the value
 * arrives (migration check, init, read; ~10 ms of every page's scan, measured in Chromium). An older value
 * is migrated in memory; the popup and options, which write, persist the migration through the item.
 */
export interface SettingsReader {
  load(): Promise<RepairResult>;
  watch(cb: (settings: Settings) => void): () => void;
}

export function createSettingsReader(area: SettingsArea = preferredArea()): SettingsReader {
  const key = `${area}:settings` as const;
  return {
    load: async () => {
      const [stored, meta] = await storage.getItems([key, `${key}$`]);
      const value = stored?.value;
      const version = versionOf(meta?.value);
      // A newer version than ours (a downgrade) is read as is: repair keeps what still fits.
      const current = value != null && version < SETTINGS_VERSION ? migrateSettings(value, version, SETTINGS_VERSION) : value;
      return repairSettings(current);
    },
    watch: (cb) => storage.watch<unknown>(key, (value) => cb(repairSettings(value).settings)),
  };
}

/** The version WXT records in an item's metadata; a value stored without one is version 1. */
function versionOf(meta: unknown): number {
  const version = typeof meta === 'object' && meta !== null ? (meta as { v?: unknown }).v : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
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
