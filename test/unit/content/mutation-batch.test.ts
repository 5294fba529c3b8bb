// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectChanges, composedContains, textNodesIn, type ChangeRules } from '../../../lib/content/mutation-batch';
import { isInSkippedRegion } from '../../../lib/extract/subtree';

const OWN_TAG = 'leak-lens-ui';

function setup(html: string) {
  document.body.innerHTML = html;
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  const rules: ChangeRules = {
    boundary: document.body,
    isOwn: (node) => node.nodeName.toLowerCase() === OWN_TAG,
    isSkipped: (node) => isInSkippedRegion(node),
  };
  const take = () => collectChanges(observer.takeRecords(), rules);
  return { take, $: (id: string) => document.getElementById(id) as HTMLElement };
}

describe('collectChanges', () => {
  it('should rescan the new block itself when a paragraph is appended', () => {
    const { take, $ } = setup('<div id="feed"><p>old</p></div>');
    const p = document.createElement('p');
    p.textContent = 'Anthropic news';
    $('feed').append(p);
    expect(take().roots).toEqual([p]);
  });

  it('should read only the new paragraphs when they arrive with whitespace between them', () => {
    const { take, $ } = setup('<div id="feed"><p>old</p></div>');
    $('feed').insertAdjacentHTML('beforeend', '\n<p id="a">one</p>\n<p id="b">two</p>\n');
    expect(take().roots).toEqual([$('a'), $('b')]);
  });

  it('should rescan the paragraph when a space is put between two inline names', () => {
    const { take, $ } = setup('<p id="p"><b id="b">Claude</b><i>Code</i></p>');
    $('b').after(document.createTextNode(' '));
    expect(take().roots).toEqual([$('p')]);
  });

  it('should rescan the enclosing paragraph when inline content is added to it', () => {
    const { take, $ } = setup('<div><p id="p">Claude</p></div>');
    const b = document.createElement('b');
    b.textContent = ' Code';
    $('p').append(b);
    expect(take().roots).toEqual([$('p')]);
  });

  it('should rescan the paragraph when its text changes', () => {
    const { take, $ } = setup('<p id="p">Claude Code</p>');
    ($('p').firstChild as Text).data = 'Claude Code leak';
    expect(take().roots).toEqual([$('p')]);
  });

  it('should keep only the outermost root when a block and its child both change', () => {
    const { take, $ } = setup('<div id="feed"></div>');
    const article = document.createElement('article');
    article.innerHTML = '<p>one</p>';
    $('feed').append(article);
    (article.querySelector('p') as HTMLElement).append(' two');
    expect(take().roots).toEqual([article]);
  });

  it('should report removed blocks for dropping without rescanning their parent', () => {
    const { take, $ } = setup('<div id="feed"><p id="gone">DeepSeek</p><p>stays</p></div>');
    const gone = $('gone');
    gone.remove();
    const changes = take();
    expect(changes.removed).toEqual([gone]);
    expect(changes.roots).toEqual([]);
  });

  it('should rescan the remaining paragraph when inline content is removed from it', () => {
    const { take, $ } = setup('<p id="p">Claude <i id="i">x</i> Code</p>');
    $('i').remove();
    expect(take().roots).toEqual([$('p')]);
  });

  it.each([
    ['an editable region', '<div id="box" contenteditable="true"><p id="inner">draft</p></div>'],
    ['a textarea', '<div id="box"><textarea id="inner">draft</textarea></div>'],
    ['a script', '<div id="box"><script id="inner">var a = 1;</script></div>'],
  ])('should produce no work when text changes inside %s', (_name, html) => {
    const { take, $ } = setup(html);
    const inner = $('inner');
    inner.append(document.createTextNode(' Anthropic'));
    if (inner.firstChild) (inner.firstChild as Text).data = 'DeepSeek';
    expect(take()).toEqual({ roots: [], removed: [] });
  });

  it('should ignore our own host being added, changed and removed', () => {
    const { take } = setup('<p>text</p>');
    const host = document.createElement(OWN_TAG);
    document.body.append(host);
    host.append(document.createElement('div'));
    host.remove();
    expect(take()).toEqual({ roots: [], removed: [] });
  });

  it('should skip roots that were detached again within the batch', () => {
    const { take, $ } = setup('<div id="feed"></div>');
    const p = document.createElement('p');
    $('feed').append(p);
    p.remove();
    expect(take().roots).toEqual([]);
  });
});

describe('textNodesIn', () => {
  it('should list text nodes in order including those of open shadow roots', () => {
    document.body.innerHTML = '<div id="r"><p>a</p><span id="h"></span><p>c</p></div>';
    const host = document.getElementById('h') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<b>b</b>';
    const texts = textNodesIn(document.getElementById('r') as HTMLElement).map((t) => t.data);
    expect(texts).toEqual(['a', 'b', 'c']);
  });
});

describe('composedContains', () => {
  it('should see through a shadow root to its host when asked about containment', () => {
    document.body.innerHTML = '<div id="outer"><span id="h"></span></div>';
    const host = document.getElementById('h') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<b>inside</b>';
    const inside = shadow.querySelector('b') as HTMLElement;
    expect(composedContains(document.getElementById('outer') as HTMLElement, inside)).toBe(true);
    expect(composedContains(inside, host)).toBe(false);
  });
});
