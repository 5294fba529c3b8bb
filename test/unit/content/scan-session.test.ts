// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HighlightLayer } from '../../../lib/highlight/layer';
import { MentionStore } from '../../../lib/content/mention-store';
import { ScanSession } from '../../../lib/content/scan-session';
import { fakeHighlightEnv, fakeStaticRange, scriptedDetector } from './scan-helpers';

const OWN_TAG = 'leak-lens-ui';

function setup(html: string) {
  document.body.innerHTML = html;
  const { registry, env } = fakeHighlightEnv();
  const layer = new HighlightLayer(env);
  const store = new MentionStore();
  const { detector, calls } = scriptedDetector();
  const abort = new AbortController();
  let changes = 0;
  const session = new ScanSession({
    doc: document,
    root: document.body,
    detector,
    layer,
    store,
    makeRange: fakeStaticRange,
    isOwn: (node) => node.nodeName.toLowerCase() === OWN_TAG,
    onChange: () => changes++,
    signal: abort.signal,
    yieldNow: () => Promise.resolve(),
  });
  /** Lets the MutationObserver deliver, then runs the batched rescan. */
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await session.flush();
  };
  const texts = () => store.ordered().map((p) => p.mention.text);
  return { session, store, layer, registry, calls, abort, settle, texts, changes: () => changes };
}

describe('ScanSession', () => {
  it('should highlight every mention by category when the full pass runs', async () => {
    const t = setup('<p>Claude and DeepSeek</p><p>The <b>leak</b></p><p>Amodei said</p>');
    const result = await t.session.fullPass();
    expect(result.count).toBe(4);
    expect(t.texts()).toEqual(['Claude', 'DeepSeek', 'leak', 'Amodei']);
    expect(t.registry.get('leak-lens-company')?.size).toBe(2);
    expect(t.registry.get('leak-lens-leak')?.size).toBe(1);
    expect(t.registry.get('leak-lens-person')?.size).toBe(1);
    expect(t.changes()).toBe(1);
  });

  it('should read only the new paragraph when one is appended', async () => {
    const t = setup('<div id="feed"><p>Claude</p><p>old text</p></div>');
    await t.session.fullPass();
    t.calls.length = 0;
    const p = document.createElement('p');
    p.textContent = 'DeepSeek joins';
    document.getElementById('feed')?.append(p);
    await t.settle();
    expect(t.calls.map((c) => c.text)).toEqual(['DeepSeek joins']);
    expect(t.texts()).toEqual(['Claude', 'DeepSeek']);
  });

  it('should pass what the page mentions as context when it rescans a block', async () => {
    const t = setup('<div id="feed"><p>Claude and the leak</p></div>');
    await t.session.fullPass();
    t.calls.length = 0;
    document.getElementById('feed')?.append(Object.assign(document.createElement('p'), { textContent: 'more' }));
    await t.settle();
    expect(t.calls[0]?.options.context).toEqual({ entities: { anthropic: 1 }, topics: { leak: 1 } });
  });

  it('should replace the mentions of a paragraph when its text changes', async () => {
    const t = setup('<p id="p">Claude here</p><p>DeepSeek there</p>');
    await t.session.fullPass();
    const text = document.getElementById('p')?.firstChild as Text;
    text.data = 'Amodei here now';
    await t.settle();
    expect(t.texts()).toEqual(['Amodei', 'DeepSeek']);
    expect(t.registry.get('leak-lens-company')?.size).toBe(1);
    expect(t.registry.get('leak-lens-person')?.size).toBe(1);
  });

  it('should drop the mentions of a removed paragraph without reading anything', async () => {
    const t = setup('<div><p id="gone">Claude leak</p><p>DeepSeek</p></div>');
    await t.session.fullPass();
    t.calls.length = 0;
    document.getElementById('gone')?.remove();
    await t.settle();
    expect(t.calls).toEqual([]);
    expect(t.texts()).toEqual(['DeepSeek']);
    expect(t.registry.get('leak-lens-leak')?.size).toBe(0);
  });

  it.each([
    ['typing in an editable region', '<div contenteditable="true" id="target">Draft</div>'],
    ['a textarea value changing', '<textarea id="target">Draft</textarea>'],
  ])('should never read or rescan on %s', async (_name, html) => {
    const t = setup(`<p>Claude</p>${html}`);
    await t.session.fullPass();
    expect(t.calls.some((c) => c.text.includes('Draft'))).toBe(false);
    t.calls.length = 0;
    document.getElementById('target')?.append(' DeepSeek Claude leak');
    await t.settle();
    expect(t.calls).toEqual([]);
    expect(t.texts()).toEqual(['Claude']);
  });

  it('should not rescan when our own host is added and filled', async () => {
    const t = setup('<p>Claude</p>');
    await t.session.fullPass();
    t.calls.length = 0;
    const host = document.createElement(OWN_TAG);
    host.textContent = 'DeepSeek leak in our card';
    document.body.append(host);
    host.append(' more');
    await t.settle();
    expect(t.calls).toEqual([]);
    expect(t.texts()).toEqual(['Claude']);
  });

  it('should read open shadow roots in place when scanning', async () => {
    const t = setup('<p>Claude</p><div id="host"></div>');
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>DeepSeek inside</p>';
    await t.session.fullPass();
    expect(t.texts()).toEqual(['Claude', 'DeepSeek']);
  });

  it('should stop reacting to the page when its signal aborts', async () => {
    const t = setup('<div id="feed"><p>Claude</p></div>');
    await t.session.fullPass();
    t.abort.abort();
    t.calls.length = 0;
    document.getElementById('feed')?.append(Object.assign(document.createElement('p'), { textContent: 'DeepSeek' }));
    await t.settle();
    expect(t.calls).toEqual([]);
  });

  it('should detect in slices with the context so far when the page is long', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i} about Claude and a leak, ${'filler '.repeat(20)}</p>`);
    const t = setup(paragraphs.join(''));
    const result = await t.session.fullPass();
    expect(result.count).toBe(800);
    expect(t.calls.length).toBeGreaterThan(1);
    expect(t.calls[0]?.options.blocks?.[0]).toBe(0);
    expect(t.calls[1]?.options.context?.entities.anthropic).toBeGreaterThan(0);
  });
});
