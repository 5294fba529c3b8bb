/**
 * A disambiguation page's headword names the word, not the company: "Kimi (disambiguation)", "月之暗面（消歧义）",
 * "Kimi may refer to:", "蒸馏可以指：", a title line that such a line repeats ("Kimi⏎Kimi may refer to:"), and an entry
 * that glosses the word as a name ("Kimi (given name), a Finnish …"). The entries that name the lab still count
 * ("Kimi (chatbot), an AI assistant …").
 */

const DISAMBIGUATION = /^[ \t\u00a0]*[(（](?:disambiguation|消歧义|消歧義)[)）]/i;
const REFERS_TO = /^[ \t\u00a0]*(?:(?:may|can|might) (?:also )?refer to|(?:也)?(?:可以|可能|可)指)[ \t]*[:：]/i;
const NAME_GLOSS = /^[ \t\u00a0]*[(（](?:given name|first name|surname|family name|name|人名|名字|姓氏)[)）]/i;
const LINE_BREAK = /^[ \t\u00a0]*\r?\n[ \t\u00a0]*/;
const LINE_START = /(?:^|\n)[ \t\u00a0]*$/;

/** Whether the name at [start, end) of `text` is a disambiguation page's headword or a name's gloss there. */
export function disambiguationHeadword(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 48);
  if (DISAMBIGUATION.test(after) || REFERS_TO.test(after) || NAME_GLOSS.test(after)) return true;
  // A title alone on its line, repeated at the start of the next line as the headword.
  const lineBreak = LINE_BREAK.exec(after);
  if (!lineBreak || !LINE_START.test(text.slice(Math.max(0, start - 8), start))) return false;
  const word = text.slice(start, end);
  const next = text.slice(end + lineBreak[0].length, end + lineBreak[0].length + word.length + 40);
  return next.startsWith(word) && (REFERS_TO.test(next.slice(word.length)) || DISAMBIGUATION.test(next.slice(word.length)));
}
