// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compareComposed } from '../../../lib/content/dom-order';

function page() {
  document.body.innerHTML = '<p id="a">one</p><div id="host"></div><p id="c">three</p>';
  const host = document.getElementById('host') as HTMLElement;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p id="b1">two</p><p id="b2">two and a half</p>';
  const text = (el: Element | null) => el?.firstChild as Node;
  return {
    a: text(document.getElementById('a')),
    b1: text(shadow.getElementById('b1')),
    b2: text(shadow.getElementById('b2')),
    c: text(document.getElementById('c')),
    host,
  };
}

describe('compareComposed', () => {
  it('should order nodes of one tree as the document does', () => {
    const { a, c } = page();
    expect(compareComposed(a, c)).toBeLessThan(0);
    expect(compareComposed(c, a)).toBeGreaterThan(0);
    expect(compareComposed(a, a)).toBe(0);
  });

  it('should place shadow content where its host is when comparing across trees', () => {
    const { a, b1, b2, c } = page();
    const sorted = [c, b2, a, b1].sort(compareComposed);
    expect(sorted).toEqual([a, b1, b2, c]);
  });

  it('should put a host before its own shadow content', () => {
    const { host, b1 } = page();
    expect(compareComposed(host, b1)).toBeLessThan(0);
    expect(compareComposed(b1, host)).toBeGreaterThan(0);
  });
});
