import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/extract/dom-text';
import { blockRootFor, isInSkippedRegion, outermostRoots } from '../../../lib/extract/subtree';
import { blockTexts } from './dom';

function setup(html: string): Document {
  const document = new Window().document as unknown as Document;
  document.body.innerHTML = html;
  return document;
}

function byId(document: Document, id: string): Element {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no #${id}`);
  return element;
}

describe('extractText with shadow roots', () => {
  it('should walk an open shadow root in place of the host children', () => {
    const document = setup('<p>before</p><div id="h"><span>light <b>slotted</b></span></div><p>after</p>');
    const shadow = byId(document, 'h').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<style>p{}</style><h2>Shadow title</h2><p>Shadow <slot></slot> end</p>';
    expect(blockTexts(extractText(document))).toEqual([
      'before',
      'Shadow title',
      'Shadow light slotted end',
      'after',
    ]);
  });

  it('should show the slot fallback when nothing is assigned', () => {
    const document = setup('<div id="h"></div>');
    byId(document, 'h').attachShadow({ mode: 'open' }).innerHTML = '<p>Claude <slot>Code</slot></p>';
    expect(blockTexts(extractText(document))).toEqual(['Claude Code']);
  });

  it('should walk nested open shadow roots', () => {
    const document = setup('<div id="outer"></div>');
    const outer = byId(document, 'outer').attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>outer</p><div id="inner"></div>';
    (outer.getElementById('inner') as Element).attachShadow({ mode: 'open' }).innerHTML = '<p>inner</p>';
    expect(blockTexts(extractText(document))).toEqual(['outer', 'inner']);
  });

  it('should not read a closed shadow root', () => {
    const document = setup('<div id="h"><p>light</p></div>');
    byId(document, 'h').attachShadow({ mode: 'closed' }).innerHTML = '<p>SECRET</p>';
    expect(extractText(document).text).not.toContain('SECRET');
  });

  it('should skip a shadow host when the caller rejects it (our own UI)', () => {
    const document = setup('<p>page</p><div id="leak-lens-ui"></div>');
    byId(document, 'leak-lens-ui').attachShadow({ mode: 'open' }).innerHTML = '<p>Anthropic card</p>';
    const doc = extractText(document, { accept: (el) => el.id !== 'leak-lens-ui' });
    expect(blockTexts(doc)).toEqual(['page']);
  });
});

describe('isInSkippedRegion', () => {
  it.each([
    ['text inside an editor', '<div contenteditable><p><b id="t">x</b></p></div>', true],
    ['text inside a hidden section', '<section hidden><p id="t">x</p></section>', true],
    ['text inside a script', '<p>a</p><script id="t">x</script>', true],
    ['a normal paragraph', '<article><p id="t">x</p></article>', false],
    ['an aria-hidden span', '<p aria-hidden="true"><span id="t">x</span></p>', false],
  ])('should say %s is skipped: %s', (_name, html, expected) => {
    const document = setup(html);
    expect(isInSkippedRegion(byId(document, 't'))).toBe(expected);
  });

  it('should follow a shadow root up to its host', () => {
    const document = setup('<div id="host" contenteditable="true"></div>');
    const shadow = byId(document, 'host').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="t">typed</p>';
    expect(isInSkippedRegion(shadow.getElementById('t') as Element)).toBe(true);
  });

  it('should apply the caller predicate to ancestors', () => {
    const document = setup('<div id="ui"><p id="t">card</p></div>');
    expect(isInSkippedRegion(byId(document, 't'), { accept: (el) => el.id !== 'ui' })).toBe(true);
  });
});

describe('blockRootFor', () => {
  it('should return the enclosing block when a node inside inline markup changes', () => {
    const document = setup('<article><p id="p">The <b><i id="t">Claude</i></b> Code</p></article>');
    expect(blockRootFor(byId(document, 't').firstChild as Node, document.body)).toBe(byId(document, 'p'));
  });

  it('should stop at the boundary when no block lies between', () => {
    const document = setup('<span id="t">x</span>');
    expect(blockRootFor(byId(document, 't'), document.body)).toBe(document.body);
  });

  it('should re-extract whole blocks when given the block root', () => {
    const document = setup('<p id="p">The <b id="t">Claude</b> Code</p>');
    const root = blockRootFor(byId(document, 't'), document.body);
    expect(blockTexts(extractText(root))).toEqual(['The Claude Code']);
  });
});

describe('outermostRoots', () => {
  it('should drop roots inside other roots when a batch has nested changes', () => {
    const document = setup('<div id="a"><p id="b">x</p></div><p id="c">y</p>');
    const [a, b, c] = ['a', 'b', 'c'].map((id) => byId(document, id));
    expect(outermostRoots([b as Node, a as Node, c as Node, b as Node])).toEqual([a, c]);
  });
});
