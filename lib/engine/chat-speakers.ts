/**
 * A capitalised name before a colon at a line's start is a glossary's or a review's label ("Claude: writing and code")
 * unless the lines around it are a conversation among people: other labels there name people, not products
 * ("Raj: pairing with Kimi on the retry logic", "阿杰：和 Kimi 对齐口径"). Then "Kimi: finished the migration script" is
 * a colleague speaking.
 */
import type { FoldedText } from '../text/normalize';
import { lineLead, messageAfterColon } from './context';
import type { Candidate } from './scan';

// What may stand before a speaker label on its line: indentation, then an export's bracketed time ("[21:14] ") or a
// time and a dash ("Sat 14:16 — ").
const LEAD = String.raw`[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*|(?:\p{Lu}\p{Ll}{2} )?\d{1,2}:\d{2}(?: ?[AaPp][Mm])? ?[—–-] ?)?`;
// A speaker label at a line's start: one or two capitalised words, or a Chinese name of up to four characters, then a
// colon.
const LINE_LABEL = new RegExp(String.raw`^${LEAD}(\p{Lu}[\p{L}'.-]{0,20}(?: \p{Lu}[\p{L}'.-]{0,20})?|\p{Script=Han}{1,4})[ \t]*[:：]`, 'u');
// The candidate's own line: only the lead before it, and a message after its colon.
const OWN_LEAD = new RegExp(String.raw`^${LEAD}$`, 'u');
// Labels that structure a page rather than name a speaker, and the parties of a transcript with an AI, where the
// product's own label is the product answering ("Me: … ⏎Kimi: …").
const NOT_PEOPLE = new Set(
  (
    'q a note notes update edit source sources summary answer question pros cons verdict price pricing tags tag step tip ' +
    'warning example input output user assistant system prompt response result results ps p.s me i you human bot ' +
    'ai model host guest moderator interviewer reporter narrator speaker caller audience ' +
    '问 答 注 备注 时间 地点 结论 评论 回复 用户 助手 提示 输出 输入 标签 来源 价格 优点 缺点 总结 问题 回答 楼主 作者 ' +
    '我 你 主持人 记者 嘉宾 旁白 观众 待办 更新 编辑 原文 译文 摘要'
  ).split(' '),
);
/** Lines read on each side of the candidate's line. */
const NEIGHBOUR_LINES = 4;
/** The longest line read as a chat message around the label, in characters. */
const LINE_REACH = 600;
/** Other people's labels that make the lines a conversation (one is enough when the name speaks again). */
const PEOPLE_NEEDED = 2;

export function makeSpeakerAmongPeople(
  text: string,
  folded: FoldedText,
  candidates: readonly Candidate[],
): (candidate: Candidate) => boolean {
  let candidateStarts: Set<number> | null = null;
  return (candidate) => {
    const start = folded.origStart[candidate.start]!;
    const end = folded.origEnd[candidate.end - 1]!;
    // The label starts its line, after at most an export's time stamp, and a message follows its colon.
    const lead = lineLead(text, start);
    if (lead === null || !OWN_LEAD.test(lead) || !messageAfterColon(text, end)) return false;
    const lineStart = start - lead.length;
    candidateStarts ??= new Set(candidates.map((c) => folded.origStart[c.start]!));
    const own = text.slice(start, end);
    const people = new Set<string>();
    let ownAgain = false;
    const consider = (from: number) => {
      const label = LINE_LABEL.exec(text.slice(from, from + 60));
      if (!label) return;
      const name = label[1]!;
      const at = from + label[0].indexOf(name);
      if (name === own) ownAgain = true;
      if (name === own || candidateStarts!.has(at) || NOT_PEOPLE.has(name.toLowerCase())) return;
      people.add(name);
    };
    // Lines above and below, each read no further than a chat line's usual length.
    let from = lineStart;
    for (let k = 0; k < NEIGHBOUR_LINES && from > 0; k++) {
      const previous = text.lastIndexOf('\n', from - 2);
      if (previous < 0 ? from - 1 > LINE_REACH : from - 1 - previous > LINE_REACH) break;
      from = previous + 1;
      consider(from);
    }
    let next = text.indexOf('\n', end);
    for (let k = 0; k < NEIGHBOUR_LINES && next >= 0 && next - end <= LINE_REACH; k++) {
      consider(next + 1);
      const after = text.indexOf('\n', next + 1);
      if (after >= 0 && after - next > LINE_REACH) break;
      next = after;
    }
    // Two other people, or one other person and the same label speaking again.
    return people.size >= PEOPLE_NEEDED || (people.size > 0 && ownAgain);
  };
}
