// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { coveredTextNodes, placeMention } from '../../../lib/content/placement';
import { extractText } from '../../../lib/extract/dom-text';
import { fakeStaticRange, scriptedDetect } from './scan-helpers';

describe('placeMention', () => {
  it('should build a range on the text node when a mention lies in one node', () => {
    document.body.innerHTML = '<p>The Claude Code leak</p>';
    const source = extractText(document.body);
    const [claude] = scriptedDetect(source);
    const placed = placeMention(claude!, source, fakeStaticRange);
    const text = document.querySelector('p')?.firstChild;
    expect(placed?.range).toMatchObject({ startContainer: text, startOffset: 4, endContainer: text, endOffset: 10 });
    expect(placed?.nodes).toEqual([text]);
  });

  it('should span inline elements and list every node it covers when a mention runs across them', () => {
    document.body.innerHTML = '<p>Read <b>Cla</b><i>u</i>de today</p>';
    const source = extractText(document.body);
    const mention = { category: 'company' as const, entity: 'anthropic' as const, start: 5, end: 11, text: 'Claude', reason: 'r' };
    expect(source.text.slice(5, 11)).toBe('Claude');
    const placed = placeMention(mention, source, fakeStaticRange);
    const b = document.querySelector('b')?.firstChild;
    const i = document.querySelector('i')?.firstChild;
    const rest = document.querySelector('i')?.nextSibling;
    expect(placed?.range).toMatchObject({ startContainer: b, startOffset: 0, endContainer: rest, endOffset: 2 });
    expect(placed?.nodes).toEqual([b, i, rest]);
  });

  it('should refuse a mention whose text node changed since extraction', () => {
    document.body.innerHTML = '<p>Claude</p>';
    const source = extractText(document.body);
    const [claude] = scriptedDetect(source);
    (document.querySelector('p')?.firstChild as Text).data = 'Cl';
    expect(placeMention(claude!, source, fakeStaticRange)).toBeNull();
  });
});

describe('coveredTextNodes', () => {
  it('should return null when the last node is not after the first', () => {
    document.body.innerHTML = '<p>a</p><p>b</p>';
    const [a, b] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    expect(coveredTextNodes(b!, a!)).toBeNull();
    expect(coveredTextNodes(a!, b!)).toEqual([a, b]);
  });
});
