import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, documentFromFile, htmlDocumentText, isHtmlFile } from '../../../lib/scan/input';

const fixture = (name: string) => `test/fixtures/scan/${name}`;
const blocks = (doc: { text: string; blocks: { start: number; end: number }[] }) =>
  doc.blocks.map((b) => doc.text.slice(b.start, b.end));

describe('isHtmlFile', () => {
  it.each([
    ['page.html', 'plain words', true],
    ['page.HTM', '', true],
    ['notes.txt', '<!doctype html><html>', false],
    ['saved', '<!DOCTYPE html>\n<html>', true],
    ['saved', '\uFEFF  <!-- c -->\n<html lang="en">', true],
    ['saved', 'The <html> tag is explained here', false],
    ['README', 'Anthropic said', false],
  ])('should classify %s starting with %j as html=%s', (path, head, expected) => {
    expect(isHtmlFile(path, head)).toBe(expected);
  });
});

describe('decodeBytes', () => {
  it('should decode an HTML file in the charset its meta tag declares', () => {
    const text = decodeBytes(readFileSync(fixture('article-zh-gb18030.html')), 'article-zh-gb18030.html');
    expect(text).toContain('月之暗面发布了');
  });

  it('should decode UTF-8 when nothing says otherwise', () => {
    expect(decodeBytes(new TextEncoder().encode('深度求索 “quote”'), 'a.txt')).toBe('深度求索 “quote”');
  });

  it('should fall back to UTF-8 when the declared charset is unknown', () => {
    const bytes = new TextEncoder().encode('<html><meta charset="no-such"><p>蒸馏</p></html>');
    expect(decodeBytes(bytes, 'x.html')).toContain('蒸馏');
  });
});

describe('htmlDocumentText', () => {
  it.each([
    ['a full document', '<!doctype html><html><head><title>T</title></head><body><p>A</p><p>B</p></body></html>', ['A', 'B']],
    ['a fragment of several elements', '<p>Claude <b>Code</b></p><p>x</p>', ['Claude Code', 'x']],
    ['a doctype without an html tag', '<!DOCTYPE html><title>T</title><p>a</p>b', ['a', 'b']],
    ['bare text', 'just text', ['just text']],
  ])('should extract the blocks of %s', (_name, html, expected) => {
    expect(blocks(htmlDocumentText(html))).toEqual(expected);
  });
});

describe('documentFromFile', () => {
  it('should read HTML through the DOM extraction when the file is HTML', () => {
    const { doc, html } = documentFromFile('article-en.html', readFileSync(fixture('article-en.html')));
    expect(html).toBe(true);
    expect(doc.text).toContain('What the Claude Code source leak revealed');
    expect(doc.text).not.toMatch(/analytics|Share on|Comment:|Hidden:|color: red/);
    expect(blocks(doc)).toEqual(expect.arrayContaining(['Claude', 'Code']));
  });

  it('should read plain text by paragraphs when the file is text', () => {
    const { doc, html } = documentFromFile('notes.txt', readFileSync(fixture('notes.txt')));
    expect(html).toBe(false);
    expect(blocks(doc)).toContain('- Kimi is made by Moonshot AI');
  });

  it('should sniff HTML when the file has no extension', () => {
    const { doc, html } = documentFromFile('saved-page', readFileSync(fixture('saved-page')));
    expect(html).toBe(true);
    expect(doc.text).toBe('Anthropic and DeepSeek');
  });
});
