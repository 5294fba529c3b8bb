import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lang } from '../../lib/i18n/language';
import { resolveLang } from '../../lib/i18n/language';
import type { Message, PageState } from '../../lib/messaging/protocol';
import { requestNavigation, requestPageState, type SendToTab } from '../../lib/popup/page-request';
import { hostnameOf, isRestrictedUrl, tabIdFromQuery } from '../../lib/popup/target';
import { pauseSite, resumeSite } from '../../lib/settings/pause';
import type { Settings } from '../../lib/settings/schema';
import { isSitePaused, loadSettings, saveSettings, watchSettings } from '../../lib/settings/store';
import type { Category } from '../../lib/types';

export type PageStatus =
  | { kind: 'loading' }
  /** A browser page or an extension store (known from the tab's address). */
  | { kind: 'restricted' }
  /**
   * No answer from a tab whose address the popup may not see (without the "tabs" permission, Chrome
   * shows it only to the action popup with activeTab): a browser page, or a page loaded before install.
   */
  | { kind: 'unreachable' }
  | { kind: 'no-answer'; host: string | null }
  | { kind: 'ready'; state: PageState; host: string | null };

export interface PopupModel {
  lang: Lang;
  settings: Settings | null;
  repaired: boolean;
  saveError: string | null;
  page: PageStatus;
  paused: boolean;
  host: string | null;
  position: { index: number; total: number };
  toggleCategory: (category: Category, on: boolean) => void;
  setPaused: (paused: boolean) => void;
  step: (direction: 'next' | 'previous') => void;
  openOptions: () => void;
}

const EMPTY_RETRIES = 3;
const EMPTY_RETRY_MS = 300;

const send: SendToTab = (tabId, message: Message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 });

async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const fromQuery = tabIdFromQuery(location.search);
  if (fromQuery !== null) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return tab ? { id: fromQuery, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

function browserLanguage(): string {
  return browser.i18n?.getUILanguage?.() ?? navigator.language;
}

export function usePopup(): PopupModel {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repaired, setRepaired] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [tab, setTab] = useState<{ id: number; url: string | undefined } | null>(null);
  const [page, setPage] = useState<PageStatus>({ kind: 'loading' });
  const [position, setPosition] = useState({ index: -1, total: 0 });

  useEffect(() => {
    loadSettings().then(({ settings: loaded, repaired: wasRepaired }) => {
      setSettings(loaded);
      setRepaired(wasRepaired);
      // Store the repaired value, so the damage is reported once and not on every opening.
      if (wasRepaired) saveSettings(loaded).catch(() => {});
    });
    return watchSettings(setSettings);
  }, []);

  const refresh = useCallback(async (target: { id: number; url: string | undefined }) => {
    if (isRestrictedUrl(target.url)) {
      setPage({ kind: 'restricted' });
      return;
    }
    let state = await requestPageState(send, target.id);
    // A page opened a moment ago may still be scanning: ask again briefly before calling it empty.
    for (let retry = 0; state && state.mentions.length === 0 && !state.paused && retry < EMPTY_RETRIES; retry++) {
      await new Promise((resolve) => setTimeout(resolve, EMPTY_RETRY_MS));
      state = (await requestPageState(send, target.id)) ?? state;
    }
    const host = hostnameOf(target.url) ?? hostnameOf(state?.url);
    if (state) {
      setPage({ kind: 'ready', state, host });
      setPosition({ index: state.current, total: state.mentions.length });
    } else {
      setPage(target.url === undefined ? { kind: 'unreachable' } : { kind: 'no-answer', host });
    }
  }, []);

  useEffect(() => {
    targetTab().then((target) => {
      if (target === null) {
        setPage({ kind: 'restricted' });
        return;
      }
      setTab(target);
      void refresh(target);
    });
  }, [refresh]);

  const update = useCallback(
    (next: Settings) => {
      setSettings(next);
      setSaveError(null);
      saveSettings(next).catch((error: unknown) => setSaveError(error instanceof Error ? error.message : String(error)));
    },
    [],
  );

  const host = page.kind === 'ready' || page.kind === 'no-answer' ? page.host : null;
  const paused = settings !== null && host !== null && isSitePaused(settings, host);

  return {
    lang: resolveLang(settings?.language ?? 'auto', browserLanguage()),
    settings,
    repaired,
    saveError,
    page,
    paused,
    host,
    position,
    toggleCategory: (category, on) => {
      if (settings) update({ ...settings, categories: { ...settings.categories, [category]: on } });
    },
    setPaused: (pause) => {
      if (!settings || host === null) return;
      update(pause ? pauseSite(settings, host) : resumeSite(settings, host));
      // The content script stops or rescans on the settings change; read its new state shortly after.
      if (tab) setTimeout(() => void refresh(tab), 400);
    },
    step: (direction) => {
      if (!tab) return;
      void requestNavigation(send, tab.id, direction).then((result) => {
        if (result) setPosition({ index: result.index, total: result.total });
      });
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}
