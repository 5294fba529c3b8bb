import { describe, expect, it } from 'vitest';
import { plainTextDocument } from '../../../lib/extract/plain-text';

const blocks = (text: string) => {
  const doc = plainTextDocument(text);
  return doc.blocks.map((b) => doc.text.slice(b.start, b.end));
};

describe('plainTextDocument', () => {
  it.each([
    ['a blank line ends a paragraph', 'one\n\ntwo', ['one', 'two']],
    ['a single line break is soft', 'Claude\nCode', ['Claude\nCode']],
    ['CRLF line ends', 'one\r\n\r\ntwo\r\n', ['one', 'two']],
    ['a whitespace-only line is blank', 'one\n \t\ntwo', ['one', 'two']],
    ['list markers start items', '- Claude\n- Code\n• 月之暗面\n1. Kimi', ['- Claude', '- Code', '• 月之暗面', '1. Kimi']],
    ['a middle dot starts items, but not inside a name', '· 达里奥·阿莫迪\n・ Kimi K2\n· 蒸馏', ['· 达里奥·阿莫迪', '・ Kimi K2', '· 蒸馏']],
    ['Chinese numbering starts items', '1、蒸馏\n（2）泄露\n二、限制', ['1、蒸馏', '（2）泄露', '二、限制']],
    ['empty text', '', []],
  ])('should split blocks when %s', (_name, text, expected) => {
    expect(blocks(text)).toEqual(expected);
  });

  it('should keep the text verbatim so offsets index the file', () => {
    const text = 'a\r\n\r\n  b  ';
    expect(plainTextDocument(text).text).toBe(text);
  });
});
