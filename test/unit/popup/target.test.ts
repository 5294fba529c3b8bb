import { describe, expect, it } from 'vitest';
import { requestNavigation, requestPageState, type SendToTab } from '../../../lib/popup/page-request';
import { hostnameOf, isRestrictedUrl, tabIdFromQuery } from '../../../lib/popup/target';

describe('isRestrictedUrl', () => {
  it.each<[string | undefined, boolean]>([
    ['https://www.reuters.com/technology/', false],
    ['http://127.0.0.1:8080/english.html', false],
    ['https://chrome.google.com/search', false],
    [undefined, false],
    ['chrome://extensions/', true],
    ['about:blank', true],
    ['edge://settings', true],
    ['moz-extension://abc/popup.html', true],
    ['chrome-extension://abc/popup.html', true],
    ['file:///home/me/article.html', true],
    ['view-source:https://example.com/', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://chrome.google.com/webstore/detail/x', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['https://microsoftedge.microsoft.com/addons/detail/x', true],
    ['not a url', true],
  ])('should say %s is restricted: %s', (url, expected) => {
    expect(isRestrictedUrl(url)).toBe(expected);
  });
});

describe('tabIdFromQuery', () => {
  it.each<[string, number | null]>([
    ['?tabId=42', 42],
    ['?tabId=0', 0],
    ['', null],
    ['?tabId=', null],
    ['?tabId=-1', null],
    ['?tabId=4x', null],
    ['?tabId=12345678901', null],
  ])('should read %j as %s', (search, expected) => {
    expect(tabIdFromQuery(search)).toBe(expected);
  });
});

describe('hostnameOf', () => {
  it.each<[string | undefined, string | null]>([
    ['https://news.example.com/a', 'news.example.com'],
    ['http://127.0.0.1:3000/', '127.0.0.1'],
    ['about:blank', null],
    [undefined, null],
    ['nonsense', null],
  ])('should read the host of %s as %s', (url, expected) => {
    expect(hostnameOf(url)).toBe(expected);
  });
});

describe('requestPageState', () => {
  const state = { url: 'https://a.test/', title: 'A', lang: 'en', paused: false, mentions: [], current: -1 };

  it('should return the state when the content script answers validly', async () => {
    const send: SendToTab = async (_tab, message) => (message.type === 'get-page-state' ? state : null);
    expect(await requestPageState(send, 1)).toEqual(state);
  });

  it.each<[string, SendToTab]>([
    ['rejects (no content script)', () => Promise.reject(new Error('Could not establish connection'))],
    ['answers garbage', async () => ({ url: 5 })],
    ['never answers', () => new Promise(() => {})],
  ])('should return null when the page %s', async (_name, send) => {
    expect(await requestPageState(send, 1, 20)).toBeNull();
  });

  it('should return the position when navigation answers, else null', async () => {
    expect(await requestNavigation(async () => ({ index: 2, total: 9 }), 1, 'next')).toEqual({ index: 2, total: 9 });
    expect(await requestNavigation(async () => ({ index: 'x' }), 1, 'next', 20)).toBeNull();
  });
});
