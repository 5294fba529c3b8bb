import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, createExtractor, extractText } from '../../../lib/extract/dom-text';
import { blockTexts, linkedomDocument } from './dom';

const extract = (html: string) => extractText(linkedomDocument(html));

describe('extractText', () => {
  it.each([
    ['script', '<script>var s = "SECRET";</script>'],
    ['style', '<style>.SECRET{}</style>'],
    ['noscript', '<noscript>SECRET</noscript>'],
    ['template', '<template><p>SECRET</p></template>'],
    ['textarea', '<textarea>SECRET</textarea>'],
    ['select and option', '<select><option>SECRET</option></select>'],
    ['button', '<button>SECRET</button>'],
    ['svg text', '<svg><text>SECRET</text></svg>'],
    ['math', '<math><mi>SECRET</mi></math>'],
    ['canvas fallback', '<canvas>SECRET</canvas>'],
    ['iframe fallback', '<iframe>SECRET</iframe>'],
    ['object fallback', '<object>SECRET</object>'],
    ['contenteditable=true', '<div contenteditable="true">SECRET</div>'],
    ['contenteditable empty value', '<div contenteditable>SECRET</div>'],
    ['contenteditable plaintext-only', '<div contenteditable="plaintext-only">SECRET</div>'],
    ['contenteditable inherited by a false island', '<div contenteditable><p contenteditable="false">SECRET</p></div>'],
    ['hidden attribute', '<p hidden>SECRET</p>'],
    ['hidden ancestor', '<section hidden><p><b>SECRET</b></p></section>'],
    ['inline display:none', '<span style="color: red; display:none">SECRET</span>'],
    ['inline display none !important', '<span style="display: none !important">SECRET</span>'],
    ['inline visibility:hidden', '<div style="visibility: hidden"><p>SECRET</p></div>'],
    ['a dialog that is not open', '<dialog><p>SECRET</p></dialog>'],
    ['ruby annotation', '<ruby>漢<rt>SECRET</rt><rp>SECRET</rp></ruby>'],
    ['head title', ''],
  ])('should skip the text when it is inside %s', (_name, html) => {
    const doc = extract(`<p>before</p>${html}<p>after</p>`);
    expect(doc.text).not.toContain('SECRET');
    expect(blockTexts(doc)).toEqual(expect.arrayContaining(['before', 'after']));
  });

  it.each([
    ['aria-hidden (hidden from screen readers, not from sight)', '<span aria-hidden="true">KEEP</span>'],
    ['contenteditable="false"', '<div contenteditable="false">KEEP</div>'],
    ['inline code', '<code>KEEP</code>'],
    ['a visible inline style', '<span style="display:inline-block; visibility: visible">KEEP</span>'],
    ['a style that only mentions none', '<span style="border: none">KEEP</span>'],
    ['an unknown custom element', '<news-body>KEEP</news-body>'],
    ['an open dialog', '<dialog open>KEEP</dialog>'],
  ])('should keep the text when it is in %s', (_name, html) => {
    expect(extract(`<p>${html}</p>`).text).toContain('KEEP');
  });

  it.each([
    ['inline tags join within a block', '<p><b>Claude</b> <i>Code</i></p>', ['Claude Code']],
    ['links, spans, em and strong join; a footnote mark stands apart', '<p><a href="#">Anth</a><span>ropic</span> <em>said</em><sup>1</sup></p>', ['Anthropic said 1']],
    ['two paragraphs stay apart', '<p>Claude</p><p>Code</p>', ['Claude', 'Code']],
    ['two table cells stay apart', '<table><tr><td>Claude</td><td>Code</td></tr></table>', ['Claude', 'Code']],
    ['two list items stay apart', '<ul><li>Claude</li><li>Code</li></ul>', ['Claude', 'Code']],
    ['headings and blockquotes are blocks', '<h2>Title</h2><blockquote>Quote</blockquote>', ['Title', 'Quote']],
    ['a block inside inline text splits it', '<div>one <div>two</div> three</div>', ['one', 'two', 'three']],
    ['whitespace between blocks makes no block', '<div>\n  <p>a</p>\n  <p>b</p>\n</div>', ['a', 'b']],
    ['a line break stays inside its block', '<p>Claude<br>Code</p>', ['Claude\nCode']],
    ['block spans exclude surrounding whitespace', '<p>\n   Claude Code   \n</p>', ['Claude Code']],
    ['whitespace inside a block is kept verbatim', '<p>Claude \n\t  Code</p>', ['Claude \n\t  Code']],
    ['Chinese text joins across inline tags', '<p><b>月之</b>暗面发布了<i>Kimi</i></p>', ['月之暗面发布了Kimi']],
    ['inline code is marked with backticks', '<p>Set <code>kimi-k2</code> now</p>', ['Set `kimi-k2` now']],
    ['inline code that starts and ends a block keeps its backticks inside it', '<li><code>claude --version</code></li>', ['`claude --version`']],
    ['keyboard input and program output are code too', '<p><kbd>claude</kbd> prints <samp>2.1.88</samp></p>', ['`claude` prints `2.1.88`']],
    ['a code block stands between fence lines, with no backticks of its own', '<pre><code>a\nb</code></pre>', ['```\na\nb\n```']],
    ['a <pre> without <code> is fenced too', '<p>Run:</p><pre>x = 1</pre><p>Done</p>', ['Run:', '```\nx = 1\n```', 'Done']],
    ['inline code after a code block is marked again', '<pre>a</pre><p><code>b</code></p>', ['```\na\n```', '`b`']],
    ['a <pre> with a block inside still closes its fence', '<pre><div>a</div>b</pre>', ['```\na', 'b\n```']],
    ['a footnote mark glued to a word is set apart from it', '<p>Claude Code<sup>3</sup> leaked</p>', ['Claude Code 3 leaked']],
    ['a subscript glued to a word is set apart too', '<p>H<sub>2</sub>O</p>', ['H 2O']],
    ['a footnote mark after a space or a bracket gets no second space', '<p>Claude Code <sup>3</sup> and (<sup>4</sup>)</p>', ['Claude Code 3 and (4)']],
    ['letters in a superscript stay part of the word', '<p>A<sup>nthropic</sup> and 10<sup>6</sup></p>', ['Anthropic and 106']],
  ])('should produce the right blocks when %s', (_name, html, expected) => {
    expect(blockTexts(extract(html))).toEqual(expected);
  });

  it('should separate blocks with a separator that lies outside every block', () => {
    const doc = extract('<p>one</p><p>two</p>');
    expect(doc.text).toBe(`one${BLOCK_SEPARATOR}two`);
    expect(doc.blocks).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 8 },
    ]);
  });

  it('should map every block character back to its text node when text is verbatim', () => {
    const doc = extract('<p>Leak <b>of  Claude</b>\n<i>Code</i></p><p>next</p>');
    for (let i = 0; i < doc.map.size; i++) {
      const entry = doc.map.nodeAt(i);
      expect(entry && doc.text.slice(entry.start, entry.start + entry.length)).toBe(entry?.node.data);
    }
  });

  it('should map no backtick to a node and every code character to its text node', () => {
    const doc = extract('<p>Use <code>claude-code</code> or <code><b>kimi</b>-k2</code>.</p>');
    expect(doc.text).toBe('Use `claude-code` or `kimi-k2`.');
    const code = doc.text.indexOf('claude-code');
    const range = doc.map.rangeFor(code - 1, code + 'claude-code'.length + 1);
    expect(range && [range.startNode.data, range.startOffset, range.endNode.data, range.endOffset]).toEqual(['claude-code', 0, 'claude-code', 11]);
    expect(doc.map.rangeFor(code - 1, code)).toBeNull();
  });

  it('should map the space before a footnote mark to no node', () => {
    const doc = extract('<p>Anthropic<sup>1</sup></p>');
    const space = doc.text.indexOf(' ');
    expect(doc.map.rangeFor(space, space + 1)).toBeNull();
    expect(doc.map.rangeFor(0, 'Anthropic'.length)).not.toBeNull();
  });

  it('should map no fence character to a node and every line of a code block to its text node', () => {
    const doc = extract('<p>Config:</p><pre><code>upstream: deepseek</code></pre>');
    expect(doc.text).toBe(`Config:${BLOCK_SEPARATOR}\`\`\`\nupstream: deepseek\n\`\`\``);
    const name = doc.text.indexOf('deepseek');
    const range = doc.map.rangeFor(name, name + 'deepseek'.length);
    expect(range && [range.startNode.data, range.startOffset, range.endOffset]).toEqual(['upstream: deepseek', 10, 18]);
    const fence = doc.text.indexOf('```');
    expect(doc.map.rangeFor(fence, fence + 4)).toBeNull();
  });

  it('should not mark code that the caller shows as a block', () => {
    const doc = extractText(linkedomDocument('<p>a</p><code>x</code>'), { isBlock: (el) => (el.localName === 'code' ? true : undefined) });
    expect(blockTexts(doc)).toEqual(['a', 'x']);
  });

  it('should skip elements when the caller predicate rejects them', () => {
    const html = '<p>before</p><div id="ui"><p>SECRET</p></div><p class="x">gone</p><p>after</p>';
    const doc = extractText(linkedomDocument(html), {
      accept: (el) => el.id !== 'ui' && !el.classList.contains('x'),
    });
    expect(blockTexts(doc)).toEqual(['before', 'after']);
  });

  it('should use the caller block test when it gives an answer', () => {
    const html = '<p><span class="b">one</span><span class="b">two</span><span>three</span></p>';
    const doc = extractText(linkedomDocument(html), {
      isBlock: (el) => (el.classList.contains('b') ? true : undefined),
    });
    expect(blockTexts(doc)).toEqual(['one', 'two', 'three']);
  });

  it('should extract a subtree root element including its own block', () => {
    const document = linkedomDocument('<p>outside</p><article id="a"><h1>Head</h1><p><b>x</b> y</p></article>');
    const article = document.getElementById('a') as Element;
    expect(blockTexts(extractText(article))).toEqual(['Head', 'x y']);
  });

  it('should return nothing when the root itself is skipped', () => {
    const document = linkedomDocument('<div id="e" contenteditable="true"><p>typed</p></div>');
    expect(extractText(document.getElementById('e') as Element).text).toBe('');
  });
});

describe('createExtractor', () => {
  const html = Array.from({ length: 300 }, (_, i) => `<p>para <b>${i}</b> text</p>`).join('');

  it('should stop at the deadline and resume to the same result when stepped', () => {
    // A clock that ticks once per reading: each step gets two readings, about 256 nodes.
    let clock = 0;
    const extractor = createExtractor(linkedomDocument(html), { now: () => clock++ });
    let steps = 0;
    while (!extractor.step(clock + 2)) {
      steps++;
      const partial = extractor.current();
      // Only complete blocks are listed while the walk is under way.
      expect(blockTexts(partial).every((b) => /^para \d+ text$/.test(b))).toBe(true);
    }
    expect(steps).toBeGreaterThan(3);
    expect(extractor.done).toBe(true);
    expect(extractor.current().text).toBe(extractText(linkedomDocument(html)).text);
    expect(extractor.current().blocks).toHaveLength(300);
  });

  it('should cut any span of the text so far when asked between steps, the same as the whole text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }), (ticks, spans) => {
        let clock = 0;
        const extractor = createExtractor(linkedomDocument(html), { now: () => clock++ });
        const whole = extractText(linkedomDocument(html)).text;
        let finished = false;
        while (!finished) {
          finished = extractor.step(clock + ticks);
          const length = extractor.current().text.length;
          for (const [a, b] of spans) {
            const start = a % (length + 1);
            const end = start + (b % (length - start + 1));
            expect(extractor.textBetween(start, end)).toBe(whole.slice(start, end));
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('should finish in one step when the deadline is far', () => {
    const extractor = createExtractor(linkedomDocument(html));
    expect(extractor.step(Number.POSITIVE_INFINITY)).toBe(true);
    expect(extractor.done).toBe(true);
  });
});

describe('extractText on unusual trees', () => {
  it('should not overflow the stack when elements nest very deeply', () => {
    const document = linkedomDocument('<div id="root"></div>');
    let at = document.getElementById('root') as Element;
    for (let i = 0; i < 20_000; i++) {
      const child = document.createElement(i % 2 ? 'span' : 'b');
      at.appendChild(child);
      at = child;
    }
    at.appendChild(document.createTextNode('deep Anthropic'));
    expect(blockTexts(extractText(document))).toEqual(['deep Anthropic']);
  });

  it('should walk text added after parsing when the DOM was built by script', () => {
    const document = linkedomDocument('<p id="p">Claude</p>');
    const p = document.getElementById('p') as Element;
    p.appendChild(document.createTextNode(' '));
    p.appendChild(document.createElement('i')).appendChild(document.createTextNode('Code'));
    expect(blockTexts(extractText(document))).toEqual(['Claude Code']);
  });
});
