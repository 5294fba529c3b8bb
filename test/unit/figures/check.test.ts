import { describe, expect, it } from 'vitest';
import { checkFigures } from '../../../lib/figures/check';
import { sentencesOf } from '../../../lib/figures/context';
import { bundledFigures } from '../../../lib/figures/figures';
import { sentenceText } from '../../../lib/extract/sentence';
import { check, DIST, LEAK, type About } from './check-helper';

describe('checkFigures', () => {
  it.each<[string, About, string, string]>([
    // Lines of code
    ['The leak exposed more than 600,000 lines of code.', LEAK, 'lines-of-code', '600,000 lines'],
    ['The leaked package held 1.2 million lines of TypeScript.', LEAK, 'lines-of-code', '1.2 million lines'],
    ['此次泄露包含超过60万行代码。', LEAK, 'lines-of-code', '60万行'],
    ['Claude Code 源代码泄露，共计 70 万行。', LEAK, 'lines-of-code', '70 万行'],
    // Accounts
    ['Anthropic said the labs created 30,000 fraudulent accounts for distillation.', DIST, 'fraudulent-accounts', '30,000 fraudulent accounts'],
    ['Anthropic 指控三家公司通过约3.5万个虚假账户进行蒸馏。', DIST, 'fraudulent-accounts', '3.5万个虚假账户'],
    // Exchanges, total and per lab
    ['The distillation campaign ran to 1.6 million exchanges with Claude.', DIST, 'exchanges', '1.6 million exchanges'],
    ['蒸馏攻击与 Claude 进行了160万次交互。', DIST, 'exchanges', '160万次'],
    ['DeepSeek alone accounted for 13 million exchanges in the distillation campaign.', ['distillation', 'deepseek'], 'exchanges', '13 million exchanges'],
    ['MiniMax 在蒸馏中与 Claude 进行了 340万次 对话。', ['distillation', 'minimax'], 'exchanges', '340万次'],
    // Dates
    ['Claude Code leaked on March 25, 2026, when a map file shipped.', LEAK, 'leak-date', 'March 25, 2026'],
    ['The source code was exposed on 2026-03-20.', LEAK, 'leak-date', '2026-03-20'],
    ['2026年3月28日，Claude Code 源代码泄露。', LEAK, 'leak-date', '2026年3月28日'],
    ['In January 2026 Anthropic accused DeepSeek of distillation.', ['distillation', 'deepseek'], 'accusation-date', 'January 2026'],
    ['Anthropic于2026年3月10日指控三家中国公司进行蒸馏。', ['distillation'], 'accusation-date', '2026年3月10日'],
    // Version
    ['The leak came from version 2.1.86 of the npm package.', LEAK, 'leaked-version', '2.1.86'],
    ['泄露来自 npm 软件包 2.1.80 版本。', LEAK, 'leaked-version', '2.1.80'],
    // Claims
    ['The leak was discovered and decrypted by a cybersecurity researcher.', LEAK, 'decrypted', 'decrypted'],
    ['研究人员破解加密后获得了泄露的源代码。', LEAK, 'decrypted', '破解加密'],
    ['The source code was inadvertently made public by a security researcher in the leak.', LEAK, 'made-public-by-researcher', 'made public by a security researcher'],
    ['这次泄露的源代码由一名安全研究员公开。', LEAK, 'made-public-by-researcher', '由一名安全研究员公开'],
    // The seed article's first key point: a sentence about Anthropic's tool, with no leak word in it.
    [
      'The source code for Anthropic\'s "Claude Code" tool was inadvertently made public by a security researcher.',
      ['anthropic'],
      'made-public-by-researcher',
      'made public by a security researcher',
    ],
  ])('should flag %j when it disagrees with the sources', (sentence, about, figureId, found) => {
    const issues = check(sentence, about);
    expect(issues.map((i) => [i.figureId, i.found])).toContainEqual([figureId, found]);
    const issue = issues.find((i) => i.figureId === figureId);
    expect(issue?.sources.length).toBeGreaterThan(0);
    expect(issue?.sourced.en).not.toBe('');
    expect(issue?.sourced.zh).not.toBe('');
  });

  it.each<[string, About]>([
    // Agreeing figures, in their many spellings
    ['The leak comprised over 512,000 lines of code.', LEAK],
    ['The leak comprised about 500,000 lines of code in 1,906 files.', LEAK],
    ['The leaked map held roughly 512k lines.', LEAK],
    ['泄露的源代码超过51.2万行，约1900个文件。', LEAK],
    ['Anthropic said the three labs used over 24,000 fraudulent accounts and more than 16 million exchanges.', DIST],
    ['Anthropic claimed these companies prompted Claude more than 16 million times for distillation.', DIST],
    ['Anthropic 称三家公司通过约2.4万个虚假账户与 Claude 进行了超过1600万次交互。', DIST],
    ['三家公司共进行了1600多万次对话。', DIST],
    ['DeepSeek made over 150,000 exchanges, Moonshot 3.4 million and MiniMax 13 million.', DIST],
    ['MiniMax alone drove more than 13 million exchanges.', ['distillation', 'minimax']],
    ['月之暗面的交互超过340万次。', ['distillation', 'moonshot-ai']],
    ['One proxy network ran more than 20,000 accounts for the distillation.', DIST],
    ['Claude Code leaked on March 31, 2026, and 2.1.89 followed on April 1.', LEAK],
    ['The npm package leaked on March 30 in California.', LEAK],
    ['2026年3月31日，Claude Code 源代码泄露。', LEAK],
    ['On February 23, 2026, Anthropic accused DeepSeek, Moonshot and MiniMax of distillation.', DIST],
    ['In February, Anthropic accused three labs of distillation, a month before the March 31 leak.', ['distillation', 'leak']],
    ['Anthropic于2月23日发布文章，指控三家公司进行蒸馏。', DIST],
    ['The leak came from version 2.1.88; version 2.1.89 replaced it.', LEAK],
    // Corrections and denials are not the wrong claim
    ['Nothing was decrypted in the leak: a source map is plain text.', LEAK],
    ['The leak needed no decryption.', LEAK],
    ['The article’s word “decrypted” is wrong about the leak.', LEAK],
    ['此次泄露无需解密，源码映射文件是纯文本。', LEAK],
    ['Anthropic itself published the code in the leak; a researcher found it.', LEAK],
  ])('should not flag %j when its figures agree or are corrections', (sentence, about) => {
    expect(check(sentence, about)).toEqual([]);
  });

  it.each<[string, About]>([
    // Unrelated numbers next to a mention
    ['The leak drew 3 times more attention than the launch.', LEAK],
    ['A topic on the leak has garnered millions of views.', LEAK],
    ['Anthropic employs about 2,500 people and raised $13 billion.', ['anthropic']],
    ['The distillation story ran on 40 sites with 16 million readers.', DIST],
    ['DeepSeek-R1 has 671 billion parameters.', ['deepseek']],
    ['Claude 3.7 Sonnet launched with Claude Code in 2025.', ['anthropic']],
    ['The Claude Code leak spread to 41,500 forks in a day.', LEAK],
    ['This repository has 600,000 lines of code.', []],
    ['Our plumbing firm fixed 700,000 lines of pipe.', ['company']],
    ['The leak was covered on April 20, 2026 by many outlets.', LEAK],
    ['泄露事件引发了数百万次浏览。', LEAK],
    ['DeepSeek 拥有 200 名员工。', ['deepseek', 'distillation']],
    ['Node 20.19.4 runs the leaked CLI.', LEAK],
    ['Decrypted messages were a theme of the spy novel.', []],
    // What a researcher did publish: an analysis, a thread, details of the leak.
    ['An analysis of the leaked code, published by a security researcher on Substack, found three hidden features.', LEAK],
    ['Details of the Claude Code leak were published by a researcher at a university.', ['leak', 'anthropic']],
    ['这份对泄露代码的分析由一名安全研究员发布。', LEAK],
  ])('should not flag %j when the numbers are about something else', (sentence, about) => {
    expect(check(sentence, about)).toEqual([]);
  });

  it('should report a disagreement once when the same sentence holds several mentions', () => {
    const sentence = 'The leak of Claude Code exposed 700,000 lines of code.';
    const mentions = [
      { category: 'leak' as const, entity: null, sentence },
      { category: 'company' as const, entity: 'anthropic' as const, sentence },
    ];
    expect(checkFigures(sentencesOf(mentions), bundledFigures())).toHaveLength(1);
  });

  describe('in a sentence longer than its quotes', () => {
    // Mentions far apart in one long sentence: each is quoted with its own cut ("…"), as the popup receives them.
    const issuesFor = (text: string, words: string[]) => {
      const doc = { text, blocks: [{ start: 0, end: text.length }] };
      const mentions = words.map((word) => {
        const start = text.indexOf(word);
        return { category: 'leak' as const, entity: null, sentence: sentenceText(doc, start, start + word.length) };
      });
      expect(new Set(mentions.map((m) => m.sentence)).size).toBe(words.length);
      return checkFigures(sentencesOf(mentions), bundledFigures());
    };

    it('should report a wrong claim once when one quote is cut and another holds the whole sentence', () => {
      const text =
        'The leaked package was discovered and decrypted by a researcher whose post about the mirrors on GitHub spread quickly, and who then wrote a long thread about the package, the map file and the build tool.';
      const issues = issuesFor(text, ['leaked package', 'mirrors']);
      expect(issues.map((i) => i.found)).toEqual(['decrypted']);
      expect(issues[0]!.sentence.endsWith('…')).toBe(false);
    });

    it('should report it once when the two quotes are cut at opposite ends and overlap', () => {
      const text =
        'The leaked package was first noticed late at night by a student who was reading the build output, and it was then decrypted by a researcher, according to one post that also praised the mirrors that spread on GitHub.';
      const issues = issuesFor(text, ['leaked package', 'mirrors']);
      expect(issues.map((i) => i.found)).toEqual(['decrypted']);
    });

    it('should still report the same claim in two different sentences twice', () => {
      const text = 'The leaked package was decrypted, one post said. Later the code was decrypted again, another leak post said.';
      const doc = { text, blocks: [{ start: 0, end: 47 }, { start: 48, end: text.length }] };
      const mentions = ['leaked package', 'leak post'].map((word) => {
        const start = text.indexOf(word);
        return { category: 'leak' as const, entity: null, sentence: sentenceText(doc, start, start + word.length) };
      });
      expect(checkFigures(sentencesOf(mentions), bundledFigures()).map((i) => i.found)).toEqual(['decrypted', 'decrypted']);
    });
  });
});
