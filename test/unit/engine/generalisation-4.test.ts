import { describe, expect, it } from 'vitest';
import { plainTextDocument } from '../../../lib/extract/plain-text';
import { detect, documentContext } from '../../../lib/engine';
import { found } from './helpers';

/**
 * Round 4: mechanisms, not passages. Document-level support comes only from strong anchors and only on
 * a page that is about the story; figurative distil/泄露 senses; names in lists and chat. Every text
 * here is new (none from an evaluation set).
 */

describe('detect (no cascades from a misread surname)', () => {
  it.each([
    ['Tasting notes. The Amodei estate in Umbria bottles a lively Grechetto.', 'dario-amodei:Amodei'],
    ['Family history: the Amodei brothers opened a bakery in Turin in 1921.', 'dario-amodei:Amodei'],
    ['阿莫迪家族的酒庄在西西里岛，以葡萄酒闻名。', 'dario-amodei:阿莫迪'],
  ])('should not find %j as %s when the surname belongs to a family or estate', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it('should find nothing on a food page when its only "story" word is an unrelated surname', () => {
    const page = [
      'Harvest journal',
      'Normandy. Calvados is aged after a second distillation in pot stills.',
      'Loire. Claude and his daughter pick the Chenin by hand.',
      'Tuscany. Amodei, the third-generation owner, now farms organically.',
      'Mailbag: a jar of preserves is leaking under the lid. Is the jam safe? A slow leak is usually harmless.',
    ].join('\n\n');
    expect(found(page)).toEqual([]);
  });

  it.each([
    ['Dario Amodei spoke first. Later Amodei said the company would not sell to Chinese-owned firms.', 'dario-amodei:Amodei'],
    ['Amodei, whose lab makes Claude, warned about chip export controls.', 'dario-amodei:Amodei'],
    ['达里奥·阿莫迪接受采访。阿莫迪表示，蒸馏攻击必须制止。', 'dario-amodei:阿莫迪'],
  ])('should find %j as %s when the full name or AI context is near', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (pages mostly about something else lend no document support)', () => {
  const disambiguation = [
    'Kimi',
    'Kimi may refer to:',
    '• Kimi (given name), a Finnish and Japanese given name',
    '• Kimi Räikkönen (born 1979), Finnish racing driver',
    '• Kimi (film), a 2022 American thriller',
    '• Kimi (chatbot), an AI assistant made by Moonshot AI',
    '• Kimi River, a river in Kenya',
    'See also: Kimmy · Kimi no Na wa',
  ].join('\n');

  it('should find only the story entry when a disambiguation page lists one AI sense', () => {
    const labels = found(disambiguation);
    expect(labels).toContain('moonshot-ai:Moonshot AI');
    expect(labels.filter((l) => l === 'moonshot-ai:Kimi')).toHaveLength(1);
  });

  it('should not lend support to a list entry from the story entry beside it when the page is about other things', () => {
    const page = [
      'Weekend links',
      '• Claude (language model), the assistant built by Anthropic',
      '• Claude, a village in the Jura that holds a cheese fair',
      '• A recipe for pear tart',
      '• The best hiking boots of the year',
      '• Ten bridges worth a detour',
      '• Why trains run late in autumn',
    ].join('\n');
    const labels = found(page);
    expect(labels.filter((l) => l === 'anthropic:Claude')).toHaveLength(1);
  });

  it('should still lend support across a list of the story\'s own facts when every entry is about it', () => {
    const page = [
      'Key points',
      '• Anthropic shipped Claude Code 2.1.88 to npm with a source map.',
      '• Chaofan Shou spotted the file and posted about it.',
      '• The leak exposed about 512,000 lines of TypeScript.',
    ].join('\n');
    expect(found(page)).toContain('leak:leak');
  });

  it('should not count document-supported mentions in documentContext when they only borrow support', () => {
    // Far enough from the first paragraph that only the document supports it.
    const text =
      'Anthropic accused three labs of distillation.\n\nThe weather was mild all week and the trains ran on time, which made the commute far easier than usual for everyone.\n\nLater, Claude was mentioned in passing.';
    const context = documentContext(plainTextDocument(text));
    expect(context.entities.anthropic).toBeGreaterThanOrEqual(1);
    const mentions = detect(plainTextDocument(text));
    expect(mentions.some((m) => m.entity === 'anthropic' && m.reason.includes('the document mentions'))).toBe(true);
    const strong = mentions.filter((m) => m.entity === 'anthropic' && !m.reason.includes('the document mentions')).length;
    expect(context.entities.anthropic).toBe(strong);
  });
});

describe('detect (figurative distil and 泄露)', () => {
  it.each([
    ['Claude Opus and DeepSeek-R1 both did well in our test. To distill it: speed won.', 'distillation:distill'],
    ['Anthropic had a strong year; the report distilled it down to three charts.', 'distillation:distilled'],
    ['The memoir of the DeepSeek founder is a distillation of his ideas about patience.', 'distillation:distillation'],
    ['DeepSeek 的发布会上，主持人的语气泄露了他的情绪。', 'leak:泄露'],
    ['采访 Anthropic 员工时，她的表情泄露了心思。', 'leak:泄露'],
  ])('should not find %j as %s when the object is abstract', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it.each([
    ['Anthropic says DeepSeek distilled Claude through fraudulent accounts.', 'distillation:distilled'],
    ['Moonshot AI denied it had used distillation of Claude outputs.', 'distillation:distillation'],
    ['Anthropic 的 Claude Code 源代码泄露了约51万行代码。', 'leak:源代码泄露'],
    ['Claude Code 的 source map 被上传到 npm，导致代码泄露。', 'leak:代码泄露'],
  ])('should find %j as %s when it is the story', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (names in reference lists and chat)', () => {
  it.each([
    ['References\n[4] Kimi Team. 2025. Kimi K1.5: Scaling reinforcement learning with LLMs. arXiv.', 'moonshot-ai:Kimi'],
    ['mod — 21:02\nanthropic just said three labs used fake accounts to distill claude', 'anthropic:anthropic'],
    ['ok so claude refused again, switching to deepseek for this prompt', 'anthropic:claude'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });

  it.each([
    ['The anthropic principle is a philosophical idea.', 'anthropic:anthropic'],
    ['Researchers measured anthropic noise near the highway.', 'anthropic:anthropic'],
  ])('should not find %j as %s when the lower-case word sits in edited prose', (text, label) => {
    expect(found(text)).not.toContain(label);
  });
});
