import type { Settings } from './schema';
import { MAX_PAUSED_SITES } from './schema';
import { hostMatchesSite, normalizeSite } from './sites';

/** Settings with `hostname`'s site paused (unchanged when it already is, or when it is not a site). */
export function pauseSite(settings: Settings, hostname: string): Settings {
  const site = normalizeSite(hostname);
  if (site === null || settings.pausedSites.some((s) => hostMatchesSite(hostname, s))) return settings;
  if (settings.pausedSites.length >= MAX_PAUSED_SITES) return settings;
  return { ...settings, pausedSites: [...settings.pausedSites, site] };
}

/** Settings with every entry that pauses `hostname` removed. */
export function resumeSite(settings: Settings, hostname: string): Settings {
  const pausedSites = settings.pausedSites.filter((site) => !hostMatchesSite(hostname, site));
  return pausedSites.length === settings.pausedSites.length ? settings : { ...settings, pausedSites };
}
