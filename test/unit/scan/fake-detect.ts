import type { DocumentText, Mention } from '../../../lib/types';

/** A block-respecting stand-in for the engine, so report and CLI logic is tested on its own. */
export function fakeDetect(doc: DocumentText): Mention[] {
  const mentions: Mention[] = [];
  for (const block of doc.blocks) {
    const text = doc.text.slice(block.start, block.end);
    for (const m of text.matchAll(/Anthropic|DeepSeek|月之暗面|leak/gu)) {
      const start = block.start + (m.index ?? 0);
      const leak = m[0] === 'leak';
      mentions.push({
        category: leak ? 'leak' : 'company',
        entity: leak ? null : m[0] === 'DeepSeek' ? 'deepseek' : m[0] === '月之暗面' ? 'moonshot-ai' : 'anthropic',
        start,
        end: start + m[0].length,
        text: m[0],
        reason: leak ? 'topic term "leak" near "Claude Code"' : 'company name',
      });
    }
  }
  return mentions;
}
