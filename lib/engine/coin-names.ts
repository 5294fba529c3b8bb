/**
 * Crypto coins named after the story's names borrow the name and nothing else: a cashtag ("$DEEPSEEK", "$CLAUDE — the
 * cat coin") or the name before 币 or 代币 ("KIMI 币", "CLAUDE 代币"). Readers and every labelled set leave them out. A
 * listed company's stock tag keeps its code in brackets ("$MINIMAX-WP(00100)$") and stays the company.
 */

const DOLLAR = 0x24;
const OPEN_PAREN = 0x28;
// A Latin word or number right before the $ makes it a currency (US$, HK$); Chinese runs on without a space (在$CLAUDE部署后).
const WORD_BEFORE = /[\p{Script=Latin}\p{N}_]/u;
// 币 after the name, a space allowed, but not 币圈 (the crypto crowd talking about the lab) or 币安 (Binance).
const COIN_AFTER = /^ ?(?:代币|币(?![圈安]))/;

/** Whether the name at [start, end) of `text` names a coin: a cashtag, or the name before 币 or 代币. */
export function coinName(text: string, start: number, end: number): boolean {
  const cashtag = text.charCodeAt(start - 1) === DOLLAR && !WORD_BEFORE.test(text[start - 2] ?? '') && text.charCodeAt(end) !== OPEN_PAREN;
  return cashtag || COIN_AFTER.test(text.slice(end, end + 3));
}
