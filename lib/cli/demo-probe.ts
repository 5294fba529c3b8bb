/**
 * Page-side scripts of the demo, as plain JavaScript text evaluated in the page's main world (the
 * highlight registry is shared with the page, so what the extension registered is readable there).
 */

const call = (fn: string, arg: unknown) => `(${fn})(${JSON.stringify(arg)})`;

/** Total ranges under the given highlight names. */
export const totalHighlights = (names: readonly string[]) =>
  call(`(names) => names.reduce((sum, n) => sum + (CSS.highlights.get(n)?.size ?? 0), 0)`, names);

/**
 * Per highlight name: size and up to 8 distinct texts; per other-sense phrase: whether any highlight range
 * overlaps an occurrence of it.
 */
export const readHighlights = (names: readonly string[], otherSenses: readonly string[]) =>
  call(
    String.raw`([names, phrases]) => {
  // The extension registers StaticRanges (no toString, no geometry): read them through live Ranges.
  const live = (r) => { if (r instanceof Range) return r; const x = new Range(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; };
  const counts = {}, samples = {}, ranges = [];
  for (const name of names) {
    const h = CSS.highlights.get(name);
    counts[name] = h ? h.size : 0;
    const texts = [];
    if (h) for (const s of h) {
      const r = live(s);
      ranges.push(r);
      const t = r.toString().replace(/\s+/g, ' ').trim();
      if (texts.length < 8 && !texts.includes(t)) texts.push(t);
    }
    samples[name] = texts;
  }
  const touched = {};
  for (const phrase of phrases) {
    touched[phrase] = false;
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      for (let i = n.data.indexOf(phrase); i >= 0; i = n.data.indexOf(phrase, i + 1)) {
        const p = new Range();
        p.setStart(n, i);
        p.setEnd(n, i + phrase.length);
        for (const r of ranges) {
          if (r.compareBoundaryPoints(Range.START_TO_END, p) > 0 && r.compareBoundaryPoints(Range.END_TO_START, p) < 0)
            touched[phrase] = true;
        }
      }
    }
  }
  return { counts, samples, touched };
}`,
    [names, otherSenses],
  );

/**
 * Scrolls the first highlighted mention under the preferred names to a third of the viewport and returns
 * the centre of its first line box, for a real mouse move (the card hit-tests the pointer position).
 */
export const pointAtMention = (names: readonly string[]) =>
  call(
    String.raw`(names) => {
  // The extension registers StaticRanges (no toString, no geometry): read them through live Ranges.
  const live = (r) => { if (r instanceof Range) return r; const x = new Range(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; };
  for (const name of names) {
    const h = CSS.highlights.get(name);
    if (!h) continue;
    for (const s of h) {
      const r = live(s);
      let box = r.getClientRects()[0];
      if (!box || box.width === 0) continue;
      window.scrollBy(0, box.top - innerHeight / 3);
      box = r.getClientRects()[0];
      return { x: box.left + Math.min(box.width / 2, 12), y: box.top + box.height / 2, text: r.toString(), name };
    }
  }
  return null;
}`,
    names,
  );

/** Whether our UI host is in the DOM: the only element the extension may add to a page. */
export const cardHostPresent = `[...document.querySelectorAll('html > *, body > *')].some((e) => /leak-lens/i.test(e.tagName + ' ' + e.id))`;
