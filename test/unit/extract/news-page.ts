/**
 * A generated news-like page: paragraphs with inline markup, tables, a sidebar, scripts and an editor.
 * Every `storyEvery`-th paragraph is about the story (7 mentions); the others are ordinary news text.
 */
export function newsPageHtml(paragraphs: number, storyEvery = 1): string {
  const parts: string[] = ['<!doctype html><html><head><title>News</title><style>p{margin:0}</style></head><body>'];
  parts.push('<aside><ul><li>Markets</li><li>Anthropic <a href="#">Claude</a> news</li></ul></aside><article>');
  for (let i = 0; i < paragraphs; i++) {
    if (i % 50 === 0) parts.push(`<h2>Section ${i / 50}</h2>`);
    if (i % 200 === 0) {
      parts.push('<table><tr><td>DeepSeek</td><td>24,000 accounts</td></tr><tr><td>MiniMax</td><td>Hailuo</td></tr></table>');
      parts.push('<script>var t = "Anthropic leak distillation";</script><div contenteditable="true">draft</div>');
    }
    if (i % storyEvery !== 0) {
      parts.push(
        `<p>Item ${i}: the <b>council</b> said the <a href="/y/${i}">new bridge</a> opens in spring; ` +
          `<i>residents</i> weighed the <span>traffic</span> plans against the budget.<br>市政府未回应。</p>`,
      );
      continue;
    }
    parts.push(
      `<p>Item ${i}: <b>Anthropic</b> said the <a href="/x/${i}">Claude Code</a> source map shipped in ` +
        `2.1.88; <i>analysts</i> weighed the <span>distillation</span> claims against DeepSeek and MiniMax.` +
        `<br>月之暗面未回应。</p>`,
    );
  }
  parts.push('</article></body></html>');
  return parts.join('\n');
}
