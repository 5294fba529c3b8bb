import type { Dataset } from '../dataset/schema';
import { dataset } from '../dataset/index';
import type { Lang } from './language';

/**
 * "Why this matched" in Chinese. The engine writes each reason in English from a few fixed templates
 * (lib/engine/detector.ts plainReason/ruledLabel, rules.ts, pairs.ts); the scan command and tests read
 * them, so they stay English and are rendered here instead. Each template is recognised with plain
 * string searches (no regex over page text); page words in quotes stay as the page wrote them, ids
 * and owner names become the dataset's Chinese names, and a fragment no template fits stays English.
 */

/** The names a reason may carry: entity and topic ids, and entities' English names. */
export type ReasonNames = Pick<Dataset, 'entities' | 'topics'>;

/** The lexicon's group labels (lexicon-schema requireGroupSchema.label), in Chinese. */
const GROUP_LABELS: Readonly<Record<string, string>> = {
  'AI context': 'AI 语境',
  'its maker': '其开发方',
  'a product of it': '它的产品',
  'its maker, named after it': '后面紧跟其开发方',
  'a feature of it': '后面说到它的功能',
  'a Claude Code version after it': '后面是 Claude Code 的版本号',
  'the story in the sentence': '同一句里说到这件事',
  'MiniMax named right by it': '旁边就是 MiniMax 的名字',
  "the restricting firm's": '前面是实施限制的公司',
  'the policy on the page': '页面上说到这项政策',
  'a restriction pointed back to': '前面指回上文的限制',
  'a service': '一项服务',
  'where it is offered': '提供它的渠道',
  'the ownership rule': '持股比例规则',
  China: '中国',
  'a restriction': '限制措施',
  'banned in China': '在中国被禁',
  'a possessive after it': '后面带所有格',
  'what the company does, right after it': '紧跟着公司的动作',
  'DeepSeek listed with it': '与 DeepSeek 并列',
  'Moonshot AI listed with it': '与月之暗面并列',
  'on AI chips': '针对 AI 芯片',
  'beside another coding agent': '与其他编程智能体并列',
  'the Chinese labs': '中国的几家实验室',
  'counts as the rule': '按规则算',
  'a ban on it': '针对它的禁令',
  'coding work': '编程工作',
  'Claude or the leak nearby': 'Claude 或泄露事件',
  'coding context': '编程语境',
  'DeepSeek nearby': 'DeepSeek',
  'company or AI context': '公司或 AI 语境',
  'company context': '公司语境',
  'an AI word right by it': '紧挨着的 AI 相关词',
  'other AI labs': '其他 AI 实验室',
  'Moonshot nearby': '月之暗面',
  'MiniMax nearby': 'MiniMax',
  'its version number': '紧随其后的版本号',
  'another story company on the page': '页面上提到的另一家相关公司',
  "another lab's model beside it": '旁边是另一家实验室的模型',
  'used for a task': '用来完成某项任务',
  'the leak on the page': '页面上提到的泄露',
  'its maker described': '文中描述了它的开发商',
  'a model released': '作为发布的模型',
  asked: '有人向它提问',
  'and it answered': '随后用“它”称呼并转述回答',
  'product context': '产品语境',
  'app context': '应用语境',
  'MiniMax context': 'MiniMax 语境',
  'full name earlier': '前文的全名',
  'Dario Amodei or the AI story': '达里奥·阿莫迪或 AI 相关报道',
  'a Claude model named nearby': '附近提到的 Claude 模型',
  'DeepSeek named nearby': '附近提到的 DeepSeek',
  'MiniMax named nearby': '附近提到的 MiniMax',
  'the firm written to': '信中称呼的公司（“你们”）',
  'the scope of a restriction': '限制的范围',
  'Anthropic named nearby': '附近提到的 Anthropic',
  'the story near it': '附近说到的这件事',
  'in a list of the labs': '列在几家实验室之中',
  'what was distilled, right after it': '紧跟其后的被蒸馏对象',
  'a lab right before it': '紧挨在前的实验室',
  "done to another's model": '对别家模型做的',
  'MiniMax on the page': '页面上提到的 MiniMax',
  'other labs listed by it': '同列的其他实验室',
  'AI labs nearby': '附近的 AI 实验室',
  'the accusations near it': '附近提到的指控',
  'referred to as 它 right after': '紧接着用“它”来称呼',
  'given as the reason': '作为理由提出',
  'the story just before': '前文刚提到的事件',
  'the accusations just before': '前文刚提到的指控',
  'full name on the page': '页面上的全名',
  near: '相关词',
  'leak words': '泄露相关词',
  'the Claude Code story': 'Claude Code 事件',
  'the leaked file': '泄露的文件',
  'the earlier inline map': '早期版本内嵌的映射文件',
  'the rule': '那条规定',
  'other AI models listed': '同列的其他 AI 模型',
  'the maker on the page': '页面上提到的开发商',
  'named as the one just described': '对刚描述对象的指代',
  'the leaked file, just named': '刚提到的泄露文件',
  'called leaked right before': '前面刚说它被泄露',
  'called an incident': '被称为一次事故',
  'the leak just described': '句中刚说到的泄露',
  'called a model': '前面称其为模型',
  'about China': '涉及中国',
  'an AI firm': '一家 AI 公司',
  'a Kimi K2 model name': 'Kimi K2 的型号名',
  'MiniMax right before': '前面紧挨着 MiniMax',
  'videos made with it': '后面说用它做视频',
  'the distillation accusation': '蒸馏指控',
  'said to be leaked': '被说成泄露的',
  'accusation context': '指控语境',
  'the campaign': '该行动',
  'about China and AI': '中国与 AI 相关词',
  'AI service context': 'AI 服务语境',
  'China as the object': '中国（作为对象）',
  'restricting firm': '实施限制的公司',
  'a restriction named just before': '前文刚提到的限制',
  'the policy': '该政策',
  'another policy phrase': '另一个政策用语',
  ownership: '所有权',
  'China or Anthropic': '中国或 Anthropic',
  "an AI lab's China stance": 'AI 实验室对中国的立场',
  'restriction context': '限制语境',
  China: '中国',
  'AI firm': 'AI 公司',
  'the restriction': '该限制',
  'whom it bars': '限制对象',
  "an AI service's list": 'AI 服务的名单',
  "the firm's own list": '该公司自己的名单',
  'a place on or off the list': '名单内外的地方',
  'an AI company named so': '这样称呼的 AI 公司',
  'called a model right after it': '紧接着被称作模型',
  "the firm's stated risk": '该公司所说的风险',
  'used as a tool': '被当作工具使用',
  'on a page about AI': '在讲 AI 的页面上',
  'an AI word by it': '旁边有 AI 相关的词',
  'its maker on a page about the labs': '讲这几家实验室的页面上提到的开发商',
  'shipped with the package': '随软件包发布',
  'an AI or coding word': 'AI 或编程相关的词',
  'a rule pointed back to': '回指的那条规定',
  'the firm on the page': '页面上提到的那家公司',
  'Chinese-owned firms as the object': '对象是中资企业',
  'what the company did': '这家公司所做的事',
  'the labs or AI beside it': '旁边提到几家实验室或 AI',
  'the accusations by it': '旁边提到指控',
  "the story's month": '事件发生的月份',
  'for a task': '用于某项任务',
  'the leak or his name on the page': '页面上的泄露事件或他的名字',
  "a lab's model plugged into it": '接入其中的实验室模型',
  'Claude or the leak on the page': '页面上的 Claude 或泄露事件',
  'an AI firm restricting regions': '限制地区的 AI 公司',
  "an AI firm's rule": 'AI 公司的规定',
  'who owns the customer': '客户的所有权',
};

const ROLES: Readonly<Record<string, string>> = {
  alias: '别名',
  product: '产品名',
  'ambiguous alias': '有歧义的别名',
  'ambiguous product': '有歧义的产品名',
};

const SIDES: Readonly<Record<string, string>> = { before: '之前', after: '之后' };

export function localizeReason(reason: string, lang: Lang, names: ReasonNames = dataset): string {
  if (lang === 'en') return reason;
  return tidy(plain(reason, names) ?? ruled(reason, names) ?? reason);
}

/** "x" → “x”: the page's or the lexicon's own words, kept as written. */
const cn = (quoted: string): string => (isQuoted(quoted) ? `“${quoted.slice(1, -1)}”` : quoted);
const isQuoted = (s: string) => s.length >= 2 && s.startsWith('"') && s.endsWith('"');

function entityName(english: string, names: ReasonNames): string {
  return names.entities.find((entity) => entity.name.en === english)?.name.zh ?? english;
}

function topicName(id: string, names: ReasonNames): string {
  return names.topics.find((topic) => topic.id === id)?.name.zh ?? id;
}

/** `entity anthropic` / `topic leak` (a document reference, its colon made a space). */
function signalName(key: string, names: ReasonNames): string {
  const [kind, id] = [key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1)];
  if (kind === 'entity') return id === '*' ? '与本事件有关的公司或人物' : (names.entities.find((e) => e.id === id)?.name.zh ?? key);
  if (kind === 'topic') return id === '*' ? '本事件的某个话题' : `话题「${topicName(id, names)}」`;
  return key;
}

/** The text between the first pair of double quotes at or after `from`, with the index after it. */
function quotedAt(s: string, from: number): { text: string; end: number } | null {
  const open = s.indexOf('"', from);
  const close = open < 0 ? -1 : s.indexOf('"', open + 1);
  return close < 0 ? null : { text: s.slice(open + 1, close), end: close + 1 };
}

/** Reasons of terms accepted without a rule (detector.ts plainReason). */
function plain(reason: string, names: ReasonNames): string | null {
  if (reason.startsWith('unambiguous alias "') && reason.endsWith('"')) return `无歧义的别名${cn(reason.slice(18))}`;
  const topicPhrase = '": unambiguous phrase "';
  if (reason.startsWith('topic "') && reason.includes(topicPhrase) && reason.endsWith('"')) {
    const at = reason.indexOf(topicPhrase);
    return `话题「${topicName(reason.slice(7, at), names)}」：无歧义的短语“${reason.slice(at + topicPhrase.length, -1)}”`;
  }
  const counts = reason.lastIndexOf('": counts for ');
  if (counts < 0) return null;
  const owner = entityName(reason.slice(counts + 14), names);
  const head = reason.slice(0, counts + 1);
  const role = head.slice(0, head.indexOf(' "'));
  const term = quotedAt(head, 0);
  if (!ROLES[role] || !term) return null;
  const version = head.slice(term.end);
  if (version === '') return `${ROLES[role]}“${term.text}”：计为${pad(owner)}的提及`;
  const joined = ' joined in a hashtag with "';
  if (version.startsWith(joined)) return `${ROLES[role]}“${term.text}”在话题标签中连写“${version.slice(joined.length, -1)}”：计为${pad(owner)}的提及`;
  if (!version.startsWith(' with version "')) return null;
  return `${ROLES[role]}“${term.text}”带版本号“${version.slice(15, -1)}”：计为${pad(owner)}的提及`;
}

/** `<label>: <verdict>` of a term its rule accepted (detector.ts ruledLabel + rules/pairs verdicts). */
function ruled(reason: string, names: ReasonNames): string | null {
  const term = quotedAt(reason, 0);
  if (!term || !reason.startsWith(' (', term.end)) return null;
  const close = reason.indexOf('): ', term.end);
  if (close < 0) return null;
  const kind = reason.slice(0, reason.indexOf(' "'));
  const inner = reason.slice(term.end + 2, close);
  let label: string;
  if (kind === 'topic') label = `话题「${topicName(term.text, names)}」（${cn(inner)}）`;
  else if (ROLES[kind]) label = `${ROLES[kind]}“${term.text}”（${entityName(inner, names)}）`;
  else return null;
  return `${label}：${verdict(reason.slice(close + 3), names)}`;
}

const LAB_LIST = 'a list of the labs (';

function verdict(text: string, names: ReasonNames): string {
  if (text === 'no contrary context') return '附近没有相反的语境';
  if (text.startsWith(LAB_LIST) && text.endsWith(')')) {
    const labs = [...text.slice(LAB_LIST.length, -1).matchAll(/"([^"]+)"/g)].map((match) => entityName(match[1]!, names));
    return `与其他实验室并列（${labs.join('、')}）`;
  }
  const pairNear = ' near it (';
  if (text.endsWith(')') && text.includes(pairNear)) {
    const at = text.lastIndexOf(pairNear);
    const partner = cn(text.slice(at + pairNear.length, -1));
    const who = text.slice(0, at);
    if (who === 'a story word') return `附近有本事件的另一个词（${partner}）`;
    if (who.startsWith('another name of ')) return `附近有${pad(entityName(who.slice(16), names))}的另一个名称（${partner}）`;
  }
  return splitOutsideQuotes(text, '; ')
    .map((part) => groupPart(part, names))
    .join('；');
}

/** Splits on a separator that is not inside a "…" quote (quotes hold the page's own words). */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let inside = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') inside = !inside;
    else if (!inside && text.startsWith(separator, i)) {
      parts.push(text.slice(from, i));
      from = i + separator.length;
      i = from - 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

const label = (english: string) => GROUP_LABELS[english] ?? english;

/** One part of a rule's verdict: a group held near the term, held through the document, or a weighed contrary cue. */
function groupPart(part: string, names: ReasonNames): string {
  if (part.startsWith('nearer than ')) return `比${negative(part.slice(12))}更近`;
  const document = part.indexOf(': the document mentions ');
  if (document >= 0 && !part.slice(0, document).includes('"')) {
    const rest = part.slice(document + 24);
    const and = rest.indexOf(' and "');
    const key = and < 0 ? rest : rest.slice(0, and);
    const anaphor = and >= 0 && rest.endsWith('" points to it') ? `，且${cn(rest.slice(and + 5, -13))}指代它` : '';
    if (and >= 0 && anaphor === '') return part;
    return `${label(part.slice(0, document))}：页面其他位置提到了${pad(signalName(key, names))}${anaphor}`;
  }
  const open = part.indexOf(' (');
  const closeAt = part.lastIndexOf(') ');
  if (open < 0 || closeAt < open) return part;
  const where = part.slice(closeAt + 2);
  let zhWhere: string | null = null;
  if (where === 'in the sentence') zhWhere = '同一句中';
  else if (where.startsWith('within ') && where.endsWith(' words')) {
    const n = where.slice(7, -6);
    if (n !== '' && [...n].every((c) => c >= '0' && c <= '9')) zhWhere = `${n} 个词以内`;
  }
  if (zhWhere === null) return part;
  const quotes = splitOutsideQuotes(part.slice(open + 2, closeAt), ', ').map(cn).join('、');
  return `${zhWhere}有${pad(label(part.slice(0, open)))}（${quotes}）`;
}

/** What speaks against a term (rules.ts negativeVerdict); only weighed ones reach a mention's reason. */
function negative(text: string): string {
  if (text.startsWith('contrary context right by it ')) return `紧挨着的相反语境${cn(text.slice(29))}`;
  if (text.startsWith('contrary context ')) return `相反语境${cn(text.slice(17))}`;
  if (text.startsWith('part of ')) return `短语${cn(text.slice(8))}的一部分`;
  if (text === 'written in lower case in normally cased prose') return '在大小写规范的行文中写成小写';
  if (text === 'followed by a capitalised name') return '后面紧跟一个大写开头的名字';
  if (text.startsWith("someone else's (") && text.endsWith(')')) return `属于别人的（${cn(text.slice(16, -1))}）`;
  const person = text.startsWith("a person's name (") && text.endsWith(')');
  const body = person ? text.slice(17, -1) : text;
  const side = Object.keys(SIDES).find((s) => body.endsWith(` ${s} it`));
  if (side === undefined) return text;
  const said = `${cn(body.slice(0, -side.length - 4))}在它${SIDES[side]}`;
  return person ? `人名（${said}）` : said;
}

/** A name set off by spaces where it starts or ends in Latin letters or digits ("计为 Anthropic 的提及"). */
function pad(name: string): string {
  const latin = (c: string | undefined) => c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
  return `${latin(name[0]) ? ' ' : ''}${name}${latin(name[name.length - 1]) ? ' ' : ''}`;
}

/** No space before Chinese punctuation nor at either end (pad spaces Latin names apart from Han text). */
function tidy(text: string): string {
  return text.replaceAll(' ，', '，').replaceAll(' ；', '；').replaceAll(' ）', '）').replaceAll(' （', '（').trim();
}
