import type { BlockSpan, DocumentText } from '../types';

/**
 * Plain text as a reader sees it: a blank line ends a paragraph, and a line that starts with a list
 * marker (•, ·, -, *, "1." and the Chinese "1、", "一、", "（2）", which take no space after them) starts a
 * new item. Single line breaks inside a paragraph are soft, so a name wrapped across two lines is
 * still one name.
 */
const LIST_ITEM =
  /^[ \t\u00a0\u3000]*(?:(?:[•●▪◦‣·・*\-–—]|\d{1,3}[.)])[ \t\u00a0\u3000]|(?:\d{1,3}|[一二三四五六七八九十]{1,3})、|[（(]\d{1,3}[）)])/u;

export function plainTextDocument(text: string): DocumentText {
  const blocks: BlockSpan[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const close = () => {
    if (blockStart >= 0 && blockEnd > blockStart) blocks.push({ start: blockStart, end: blockEnd });
    blockStart = -1;
    blockEnd = -1;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let contentEnd = lineEnd;
    if (contentEnd > lineStart && text[contentEnd - 1] === '\r') contentEnd--;
    const line = text.slice(lineStart, contentEnd);
    if (line.trim() === '') {
      close();
    } else {
      if (LIST_ITEM.test(line)) close();
      if (blockStart < 0) blockStart = lineStart;
      blockEnd = contentEnd;
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  close();
  return { text, blocks };
}
