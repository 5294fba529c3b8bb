import { describe, expect, it } from 'vitest';
import { plainTextDocument } from '../../../lib/extract/plain-text';
import { foldRanges } from '../../../lib/text/normalize';
import { found } from './helpers';

/**
 * Round 3: rules a careful reader uses on text nobody has seen. Every sentence here is new (none from
 * an evaluation set); each class has cases that must count and cases that must not.
 */

describe('detect (anthropic the adjective, and lower-case names in cased prose)', () => {
  it.each([
    ['Anthropic impacts on coral reefs grew after the port opened.', 'anthropic:Anthropic'],
    ['Anthropic activity explains most of the fires recorded in the park.', 'anthropic:Anthropic'],
    ['Peat cores show anthropic erosion from medieval farming onward.', 'anthropic:anthropic'],
    ['The study separates anthropic and climatic factors. Anthropic stressors dominate downstream.', 'anthropic:anthropic'],
    ['Debris flows of anthropic origin were mapped along the valley, and the anthropic signal is clear.', 'anthropic:anthropic'],
    ['Wolves avoid roads, but we found claude and kimi written on the trail sign near Zermatt.', 'anthropic:claude'],
    ['The striker, whom fans call kimi, scored twice. Kimi Antonelli was on the podium.', 'moonshot-ai:kimi'],
    ['Our tutor explained the minimax idea before lunch. Then we played chess.', 'minimax:minimax'],
  ])('should not find %j as %s when the word is an adjective or common word', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it.each([
    ['Anthropic, the maker of Claude, raised new funding this week.', 'anthropic:Anthropic'],
    // (A package name in a command, `pip install anthropic`, is code since the "names written as code" rule.)
    ['ngl anthropic shipping their whole source map to npm was wild lol', 'anthropic:anthropic'],
    ['honestly claude is the best coding assistant i have used, deepseek is close', 'anthropic:claude'],
    ['lol kimi and deepseek both refused my prompt today', 'moonshot-ai:kimi'],
    ['我平时用kimi和claude写代码，感觉都不错。', 'moonshot-ai:kimi'],
  ])('should find %j as %s when it is the company or written in all-lowercase chat', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (a source map counts only as the leaked file)', () => {
  it.each([
    ['Source maps help you debug minified bundles in the browser.', 'leak:Source maps'],
    ['Turn off source maps in production builds, says our style guide.', 'leak:source maps'],
    ['A source map is just JSON with mappings. Anthropic is one company that learned this.', 'leak:source map'],
    ['源码泄露之后，很多人才第一次知道 source maps 是什么：它们把压缩代码映射回源文件。', 'leak:source maps'],
  ])('should not find %j as %s when it speaks of source maps in general', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it.each([
    ['Version 2.1.88 of the npm package shipped with a source map by mistake.', 'leak:source map'],
    ['Anthropic published Claude Code with its debugging file. The source map held the whole TypeScript tree.', 'leak:source map'],
    ['Claude Code 2.1.88 的 npm 包里带了一个 source map 文件。', 'leak:source map'],
  ])('should find %j as %s when it is the leaked file', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe("detect (a leak that is someone else's)", () => {
  it.each([
    ["Claude Code's leak made headlines. Nintendo's 2020 source code leak was far larger.", 'leak:source code leak', 0],
    ["After the Claude Code leak, people recalled Uber's leak of driver records.", 'leak:leak', 1],
    ['Claude Code made news in March; separately, a hospital leaked internal data of 9,000 staff.', 'leak:leaked', 0],
  ])('should find %j with %s counted %i times when another owner is named', (text, label, times) => {
    expect(found(text).filter((l) => l === label)).toHaveLength(times);
  });

  it.each([
    ["Anthropic's Claude Code leak exposed unreleased features.", 'leak:leak'],
    ['The leak came from a packaging error at Anthropic.', 'leak:leak'],
  ])('should find %j as %s when the leak is the story', (text, label) => {
    expect(found(text)).toContain(label);
  });

  it.each([
    ['A retailer left source maps online and a developer pushed the code to GitHub before a DMCA notice.', 'leak:source maps'],
    ['The npm package was pulled; nothing leaked, the vendor said, after the DMCA takedown.', 'leak:leaked'],
  ])('should not find %j as %s when only generic words and no Anthropic are around', (text, label) => {
    expect(found(text)).not.toContain(label);
  });
});

describe('detect (a paragraph teaching distillation is read on its own)', () => {
  const page = [
    'DeepSeek and MiniMax were named in the February report.',
    'In distillation, a student network learns from the teacher’s logits at a high temperature.',
    'Soft labels carry more information than hard labels, which is why distillation works.',
    '知识蒸馏让学生模型模仿教师模型的软标签。',
    'Anthropic says the labs used distillation on Claude through fraudulent accounts.',
  ].join('\n\n');

  it('should count only the distillation of the accusation paragraph when the others teach the technique', () => {
    const distillation = found(page).filter((l) => l.startsWith('distillation:'));
    expect(distillation).toEqual(['distillation:distillation', 'distillation:fraudulent accounts']);
  });

  it.each([
    ['What is distillation? A student model copies a teacher; Anthropic says DeepSeek did this to Claude.', 'distillation:distillation'],
    ['蒸馏就是让学生模型学习教师模型的输出，Anthropic 指控 DeepSeek 用这种方法窃取 Claude 的能力。', 'distillation:蒸馏'],
  ])('should find %j as %s when the same paragraph makes the accusation', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (export controls and bans count in the story, not in a trade story)', () => {
  it.each([
    ['Washington widened export controls on advanced chips and GPUs bound for China on Monday.', 'policy:export controls'],
    ['日本对三种半导体材料实施出口管制，称出于国家安全考虑。', 'policy:出口管制'],
    ['Anthropic said its team got the fake accounts banned within a week of the report.', 'policy:banned'],
    ['Should a lab be majority-controlled from abroad, the rule might apply, Anthropic said.', 'policy:majority-controlled'],
  ])('should not find %j as %s when it is not the China stance', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it.each([
    ['Anthropic, which backs export controls on AI chips, cut off Chinese-owned firms.', 'policy:export controls'],
    ['Anthropic 一直支持对华芯片出口管制，并限制中资企业使用 Claude。', 'policy:出口管制'],
    ['Anthropic blocks Chinese-owned companies from using Claude.', 'policy:blocks'],
    ['Anthropic 以违反服务条款和地区限制为由停止了相关访问。', 'policy:地区限制'],
  ])('should find %j as %s when the AI lab is the actor', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (a nickname is the person, a product cue is the product)', () => {
  it.each([
    ['Her manager, who goes by Claude at work, reviewed the AI roadmap.', 'anthropic:Claude'],
    ['The founder is nicknamed Kimi by colleagues; he studied machine learning at CMU.', 'moonshot-ai:Kimi'],
    ['这位工程师的英文名叫Kimi，平时研究大模型推理。', 'moonshot-ai:Kimi'],
  ])('should not find %j as %s when it is a nickname', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it.each([
    ['创始人的英文名叫Kimi，后来公司的智能助手Kimi也用了这个名字，支持长文本大模型对话。', 'moonshot-ai:Kimi'],
  ])('should find %j as %s when the sentence names the product too', (text, label) => {
    expect(found(text).filter((l) => l === label)).toHaveLength(1);
  });
});

describe('detect (names in headlines, hashtags, PDFs and chat)', () => {
  it.each([
    ['Anthro-\npic restricted access for Chinese-owned firms in 2025.', 'anthropic:Anthro-\npic'],
    ['The labs ran a dis-\ntillation campaign against Claude, Anthropic said.', 'distillation:dis-\ntillation'],
    ['My five takeaways from the week #ClaudeCode #DevTools', 'anthropic:ClaudeCode'],
    ['群友：A家这次的编程模型又更新了，写代码确实强。', 'anthropic:A家'],
    ['月之暗面：从一张摇滚专辑得名的大模型公司\n\n乐迷都知道《月之暗面》是平克·弗洛伊德1973年的唱片。', 'moonshot-ai:月之暗面'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });

  it.each([
    ['Read the notes in CLAUDE.md before you start; the agent loads it on each run.', 'anthropic:CLAUDE'],
    ['我最爱的专辑是平克·弗洛伊德的《月之暗面》，尤其是 Money 这首。', 'moonshot-ai:月之暗面'],
    ['A家的火锅比B家的好吃多了。', 'anthropic:A家'],
    ['The anti-\nwar movement grew.', 'anthropic:anti-\nwar'],
  ])('should not find %j as %s', (text, label) => {
    expect(found(text)).not.toContain(label);
  });
});

describe('foldRanges (a word hyphenated at a line break)', () => {
  it.each([
    ['Anthro-\npic', 'anthropic'],
    ['fraudu-\r\nlent', 'fraudulent'],
    ['well- \nknown', 'well- known'],
    ['2.1.88-\nrelease', '2.1.88- release'],
    ['state-of-the-art', 'state-of-the-art'],
    // Before a version, a digit or a second capital the hyphen is the name's own; only the break goes.
    ['DeepSeek-\nR1', 'deepseek-r1'],
    ['GPT-\n4', 'gpt-4'],
    ['Moonshot-\nAI', 'moonshot-ai'],
    ['Deep-\nSeek', 'deepseek'],
  ])('should fold %j to %j when only a hyphen right before a line break joins two letters', (text, expected) => {
    const doc = plainTextDocument(text);
    expect(foldRanges(doc.text, [{ start: 0, end: doc.text.length }]).lower).toBe(expected);
  });

  it('should map the joined word back to the page, hyphen and break included', () => {
    const text = 'By Anthro-\npic.';
    const folded = foldRanges(text, [{ start: 0, end: text.length }]);
    const at = folded.lower.indexOf('anthropic');
    expect(text.slice(folded.origStart[at]!, folded.origEnd[at + 'anthropic'.length - 1]!)).toBe('Anthro-\npic');
  });
});
