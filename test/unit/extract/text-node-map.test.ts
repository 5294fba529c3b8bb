import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/extract/dom-text';
import { TextNodeMap } from '../../../lib/extract/text-node-map';

function happyBody(html: string): { document: Document; body: HTMLElement } {
  const window = new Window();
  const document = window.document as unknown as Document;
  document.body.innerHTML = html;
  return { document, body: document.body };
}

/** The DOM text a Range over the mapped bounds covers. */
function rangeText(document: Document, doc: ReturnType<typeof extractText>, start: number, end: number): string | null {
  const bounds = doc.map.rangeFor(start, end);
  if (!bounds) return null;
  const range = document.createRange();
  range.setStart(bounds.startNode, bounds.startOffset);
  range.setEnd(bounds.endNode, bounds.endOffset);
  return range.toString();
}

describe('TextNodeMap.rangeFor', () => {
  it.each([
    ['one text node', '<p>The Claude Code leak</p>', 'Claude Code'],
    ['inline elements', '<p>The <b>Claude</b> <i>Co<u>de</u></i> leak</p>', 'Claude Code'],
    ['a mention that starts and ends mid-node', '<p>xx<b>yyClau</b>de Co<i>dezz</i></p>', 'Claude Code'],
    ['Chinese across nodes', '<p>据<b>月之</b><i>暗面</i>称</p>', '月之暗面'],
    ['a whole block', '<p>before</p><p>Anthropic said</p>', 'Anthropic said'],
  ])('should give a DOM range over the same text when the mention spans %s', (_name, html, needle) => {
    const { document, body } = happyBody(html);
    const doc = extractText(body);
    const start = doc.text.indexOf(needle);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(rangeText(document, doc, start, start + needle.length)).toBe(needle);
  });

  it('should move ends off characters that belong to no node when a mention spans a <br>', () => {
    const { body } = happyBody('<p>Claude<br>Code</p>');
    const doc = extractText(body);
    expect(doc.text).toBe('Claude\nCode');
    const bounds = doc.map.rangeFor(0, doc.text.length);
    expect(bounds?.startNode.data).toBe('Claude');
    expect(bounds?.startOffset).toBe(0);
    expect(bounds?.endNode.data).toBe('Code');
    expect(bounds?.endOffset).toBe(4);
  });

  it.each([
    ['empty', 3, 3],
    ['reversed', 5, 2],
    ['only the block separator', 3, 5],
    ['past the end', 100, 120],
  ])('should return null when the span is %s', (_name, start, end) => {
    const { body } = happyBody('<p>one</p><p>two</p>');
    expect(extractText(body).map.rangeFor(start, end)).toBeNull();
  });

  it('should return null when a node has changed since extraction', () => {
    const { body } = happyBody('<p>Claude Code</p>');
    const doc = extractText(body);
    const node = doc.map.nodeAt(0)?.node as Text;
    node.data = 'Cl';
    expect(doc.map.rangeFor(0, 11)).toBeNull();
  });

  it('should find ranges by binary search when there are many nodes', () => {
    const html = Array.from({ length: 2000 }, (_, i) => `<p>n${i} <b>x</b></p>`).join('');
    const { document, body } = happyBody(html);
    const doc = extractText(body);
    const start = doc.text.indexOf('n1234 x');
    expect(rangeText(document, doc, start, start + 'n1234 x'.length)).toBe('n1234 x');
  });
});

describe('TextNodeMap.offsetOf', () => {
  it('should give the text offset of a DOM position when the node was extracted', () => {
    const { body } = happyBody('<p>The <b>Claude</b> leak</p>');
    const doc = extractText(body);
    const bold = body.querySelector('b')?.firstChild as Text;
    expect(doc.map.offsetOf(bold, 2)).toBe(doc.text.indexOf('Claude') + 2);
  });

  it.each([
    ['a node that was not extracted', (n: Text) => n.parentNode?.parentNode as Node, 0],
    ['an offset past the node end', (n: Text) => n, 99],
  ])('should return null for %s', (_name, pick, offset) => {
    const { body } = happyBody('<p>The <b>Claude</b> leak</p><script>x</script>');
    const doc = extractText(body);
    const bold = body.querySelector('b')?.firstChild as Text;
    expect(doc.map.offsetOf(pick(bold), offset)).toBeNull();
  });

  it('should index nodes added after the first lookup', () => {
    const map = new TextNodeMap();
    const { document } = happyBody('');
    const a = document.createTextNode('ab');
    const b = document.createTextNode('cd');
    map.add(a, 0, 2);
    expect(map.offsetOf(a, 1)).toBe(1);
    map.add(b, 4, 2);
    expect(map.offsetOf(b, 1)).toBe(5);
  });
});
