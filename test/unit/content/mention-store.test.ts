// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MentionStore, type Placed } from '../../../lib/content/mention-store';
import { placeMention } from '../../../lib/content/placement';
import { extractText } from '../../../lib/extract/dom-text';
import { fakeStaticRange, scriptedDetect } from './scan-helpers';

function placedOn(html: string): { store: MentionStore; placed: Placed[] } {
  document.body.innerHTML = html;
  const source = extractText(document.body);
  const store = new MentionStore();
  const placed = scriptedDetect(source).map((m) => placeMention(m, source, fakeStaticRange) as Placed);
  // Added out of order on purpose: ordered() must sort by page position.
  for (const p of [...placed].reverse()) store.add(p);
  return { store, placed };
}

describe('MentionStore', () => {
  it.each<[string, number, string[]]>([
    ['before the mention', 3, []],
    ['at its first character', 4, ['Claude']],
    ['inside it', 7, ['Claude']],
    ['at its end', 10, ['Claude']],
    ['after it', 11, []],
  ])('should find the mention at a caret %s', (_where, offset, expected) => {
    const { store } = placedOn('<p>The Claude Code</p>');
    const node = document.querySelector('p')?.firstChild as Text;
    expect(store.at(node, offset).map((p) => p.mention.text)).toEqual(expected);
  });

  it('should find a mention from a middle node when it spans inline elements', () => {
    document.body.innerHTML = '<p><b>Cla</b><i>u</i>de</p>';
    const source = extractText(document.body);
    const store = new MentionStore();
    const [mention] = scriptedDetect(source);
    store.add(placeMention(mention!, source, fakeStaticRange) as Placed);
    const middle = document.querySelector('i')?.firstChild as Text;
    expect(store.at(middle, 0)).toHaveLength(1);
  });

  it('should list mentions in page order whatever order they were added in', () => {
    const { store } = placedOn('<p>DeepSeek and Claude</p><p>the leak</p><p>Amodei</p>');
    expect(store.ordered().map((p) => p.mention.text)).toEqual(['DeepSeek', 'Claude', 'leak', 'Amodei']);
  });

  it('should find the mentions touching given nodes and forget them when deleted', () => {
    const { store } = placedOn('<p id="a">Claude leak</p><p id="b">DeepSeek</p>');
    const a = document.getElementById('a')?.firstChild as Text;
    const touching = store.touching([a]);
    expect(touching.map((p) => p.mention.text).sort()).toEqual(['Claude', 'leak']);
    for (const p of touching) store.delete(p);
    expect(store.size).toBe(1);
    expect(store.at(a, 2)).toEqual([]);
    expect(store.ordered().map((p) => p.mention.text)).toEqual(['DeepSeek']);
  });

  it('should count mentions per category', () => {
    const { store } = placedOn('<p>Claude, DeepSeek, leak, Amodei, leak</p>');
    expect(store.countBy()).toEqual({ leak: 2, distillation: 0, policy: 0, company: 2, person: 1 });
  });

  it('should keep page order when mentions come and go after it was sorted', () => {
    document.body.innerHTML = '<p id="a">Claude</p><p id="b">leak</p><p id="c">Amodei</p><p id="d">DeepSeek</p>';
    const source = extractText(document.body);
    const all = scriptedDetect(source).map((m) => placeMention(m, source, fakeStaticRange) as Placed);
    const store = new MentionStore();
    const [claude, leak, amodei, deepseek] = all as [Placed, Placed, Placed, Placed];
    store.add(leak);
    store.add(deepseek);
    expect(store.ordered().map((p) => p.mention.text)).toEqual(['leak', 'DeepSeek']);
    store.add(amodei);
    store.add(claude);
    store.delete(leak);
    expect(store.ordered().map((p) => p.mention.text)).toEqual(['Claude', 'Amodei', 'DeepSeek']);
    expect(store.has(leak)).toBe(false);
    expect(store.has(claude)).toBe(true);
  });

  it('should keep its per-category counts as mentions are deleted and cleared', () => {
    const { store, placed } = placedOn('<p>Claude, DeepSeek, leak</p>');
    store.delete(placed[0] as Placed);
    expect(store.countBy()).toEqual({ leak: 1, distillation: 0, policy: 0, company: 1, person: 0 });
    store.clear();
    expect(store.countBy()).toEqual({ leak: 0, distillation: 0, policy: 0, company: 0, person: 0 });
  });
});
