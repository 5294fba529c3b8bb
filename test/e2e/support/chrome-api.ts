/**
 * The few chrome.* APIs the tests evaluate inside the service worker. The project has no @types/chrome
 * (shipped code uses `browser` from wxt/browser), so tests reach it through this narrow type.
 */
export interface ChromeApi {
  tabs: {
    query(info: Record<string, unknown>): Promise<Array<{ id?: number; url?: string; active?: boolean }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    update(tabId: number, props: Record<string, unknown>): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: {
    local: { get(keys?: string | string[] | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    sync: { get(keys?: string | string[] | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  };
}


