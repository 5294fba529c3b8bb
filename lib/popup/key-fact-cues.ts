/**
 * What a page must say for a key fact to count as covered ("Not on this page" lists the rest). A fact is
 * covered when a sentence around a mention of its category or entities matches one of its cues. Keyed
 * by fact id; a unit test checks that every id is a key fact of the dataset and every key fact has cues.
 */
export const KEY_FACT_CUES: Readonly<Record<string, readonly RegExp[]>> = {
  'leak-npm-version': [/\bnpm\b/i, /2\.1\.88/, /source[\s-]?map/i, /\.map\b/i, /源码映射|源代码映射|映射文件/],
  'leak-published-by-anthropic': [
    /\banthropic(?:['’]s)?\b[^.]{0,60}\b(?:accidental(?:ly)?|inadvertent(?:ly)?|mistaken(?:ly)?|own)\b/i,
    /\b(?:accidental|inadvertent|unintended)\s+(?:public\s+)?(?:release|publication|exposure)\b/i,
    /\b(?:its|their)\s+own\s+(?:npm\s+)?(?:package|release)\b/i,
    /Anthropic[^。]{0,20}(?:自己|意外|无意|不慎|误将|错误地)/,
  ],
  'leak-not-decrypted': [
    /\b(?:no|not|never|without|nothing)\b[^.]{0,30}\b(?:decrypt|encrypt)/i,
    /\bplain[\s-]?text\b/i,
    /无需解密|不需要解密|没有(?:任何)?(?:加密|解密)|未加密|纯文本|明文/,
  ],
  'leak-packaging-error': [
    /\bpackaging\b/i,
    /\bhuman\s+error\b/i,
    /\b(?:release|deploy(?:ment)?)\s+(?:process|step|mistake|error)\b/i,
    /\bnot\s+a\s+(?:security\s+)?breach\b/i,
    /打包|人为(?:错误|失误)|发布流程|发布失误/,
  ],
  'leak-no-weights': [/\bweights?\b/i, /模型权重|权重/],
  'leak-dmca': [/\bDMCA\b/i, /\btake-?\s?downs?\b/i, /删除通知|下架|版权通知|侵权通知/],
  'dist-accusation': [
    /\balleg/i,
    /\baccus/i,
    /\bclaim(?:s|ed)?\b/i,
    /\baccording\s+to\s+anthropic\b/i,
    /\banthropic\s+(?:said|says|reported|stated)\b/i,
    /指控|声称|指称|据\s*Anthropic|Anthropic\s*(?:称|表示)/,
  ],
  'policy-supported-regions': [
    /\bsupported\s+(?:countries|regions)\b/i,
    /\bnot\s+(?:officially\s+)?(?:available|offered)\b/i,
    /\bunavailable\b/i,
    /\b(?:restrict|block|bar|ban)(?:s|ed|ing|ions?)?\b/i,
    /不提供|不支持|无法使用|不可用|限制|封锁|禁止/,
  ],
  'policy-ownership-rule': [
    /\b50\s?%|\bfifty\s+percent\b/i,
    /\bmajority[\s-]owned\b/i,
    /\bown(?:ed|ership)\b/i,
    /控股|持股|所有权|50\s?%/,
  ],
};

const ALL_CUES = Object.values(KEY_FACT_CUES).flat();

/** Whether a sentence matches any key fact's cue: only those can cover a fact. */
export function hasKeyFactCue(sentence: string): boolean {
  return ALL_CUES.some((cue) => cue.test(sentence));
}
