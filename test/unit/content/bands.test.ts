// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bandsOf, blockOf } from '../../../lib/content/bands';
import type { Placed } from '../../../lib/content/mention-store';
import { placeMention } from '../../../lib/content/placement';
import { extractText } from '../../../lib/extract/dom-text';
import { fakeStaticRange, scriptedDetect } from './scan-helpers';

function placedOn(html: string): Placed[] {
  document.body.innerHTML = html;
  const source = extractText(document.body);
  return scriptedDetect(source).map((m) => placeMention(m, source, fakeStaticRange) as Placed);
}

const texts = (bands: ReturnType<typeof bandsOf>) => bands.map((b) => b.members.map((p) => p.mention.text));

describe('bandsOf', () => {
  it('should cut a band after the member limit', () => {
    const placed = placedOn('<p id="a">Claude leak</p><p id="b">Amodei DeepSeek</p><p id="c">leak</p>');
    const bands = bandsOf(placed, { members: 2, gap: 1000 });
    expect(texts(bands)).toEqual([['Claude', 'leak'], ['Amodei', 'DeepSeek'], ['leak']]);
    expect(bands.map((b) => [b.first?.id, b.last?.id])).toEqual([['a', 'a'], ['b', 'b'], ['c', 'c']]);
  });

  it('should start a new band where a long stretch of text separates two mentions', () => {
    const filler = 'quiet text '.repeat(20);
    const placed = placedOn(`<p id="a">Claude</p><p id="b">${filler}</p><p id="c">leak</p><p id="d">Amodei</p>`);
    const bands = bandsOf(placed, { members: 10, gap: 100 });
    expect(texts(bands)).toEqual([['Claude'], ['leak', 'Amodei']]);
    expect(bands.map((b) => [b.first?.id, b.last?.id])).toEqual([['a', 'a'], ['c', 'd']]);
  });

  it('should never join mentions of two extractions in one band', () => {
    const first = placedOn('<p>Claude</p>');
    const second = placedOn('<p>leak</p>');
    expect(texts(bandsOf([...first, ...second]))).toEqual([['Claude'], ['leak']]);
  });

  it('should make no band of no mentions', () => {
    expect(bandsOf([])).toEqual([]);
  });
});

describe('blockOf', () => {
  it.each([
    ['the paragraph around inline markup', '<p id="want">The <b><i>Claude</i></b> news</p>', 'i'],
    ['a table cell', '<table><tr><td id="want"><span>Claude</span></td></tr></table>', 'span'],
    ['the body for text directly in it', 'Claude', null],
  ])('should find %s', (_what, html, inner) => {
    document.body.innerHTML = html;
    const holder = inner ? document.querySelector(inner) : document.body;
    const expected = document.getElementById('want') ?? document.body;
    expect(blockOf(holder?.firstChild ?? null)).toBe(expected);
  });

  it('should take the nearest element when no block holds the text (a shadow root)', () => {
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>Claude</span>';
    const span = shadow.querySelector('span') as Element;
    expect(blockOf(span.firstChild)).toBe(span);
  });
});
