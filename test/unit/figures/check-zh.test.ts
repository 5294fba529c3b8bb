import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/figures/dates';
import { findNumbers } from '../../../lib/figures/numbers';
import { check, DIST, LEAK, type About } from './check-helper';

/** Chinese pages that write their figures in characters get the verdicts English pages get. */
describe('checkFigures on numerals in Chinese characters', () => {
  it.each<[string, About, string, string]>([
    ['此次泄露包含六十万行代码。', LEAK, 'lines-of-code', '六十万行'],
    ['泄露的源代码超过一百二十万行。', LEAK, 'lines-of-code', '一百二十万行'],
    // 三十多万 is 300,000 to 400,000: below the sourced 512,000 (English "more than 300,000" only bounds it).
    ['泄露代码共三十多万行。', LEAK, 'lines-of-code', '三十多万行'],
    ['120多万行代码随泄露流出。', LEAK, 'lines-of-code', '120多万行'],
    ['此次泄露包含６０万行代码。', LEAK, 'lines-of-code', '６０万行'],
    ['泄露的代码分布在1万6千个文件中。', LEAK, 'files', '1万6千个文件'],
    ['Anthropic 指控三家公司通过三万五千个虚假账户进行蒸馏。', DIST, 'fraudulent-accounts', '三万五千个虚假账户'],
    // Traditional Chinese writes the units its own way.
    ['Anthropic 指控三家公司透過三萬五千個虛假帳戶進行蒸餾。', DIST, 'fraudulent-accounts', '三萬五千個虛假帳戶'],
    ['蒸餾攻擊與 Claude 進行了九百萬則訊息。', DIST, 'exchanges', '九百萬則訊息'],
    ['外洩的程式碼分佈在一萬六千個檔案中。', LEAK, 'files', '一萬六千個檔案'],
    ['蒸馏攻击与 Claude 进行了一百六十万次交互。', DIST, 'exchanges', '一百六十万次'],
    ['MiniMax 一家就在蒸馏中进行了三百万次交互。', ['distillation', 'minimax'], 'exchanges', '三百万次'],
    ['二〇二六年三月二十五日，Claude Code 源代码泄露。', LEAK, 'leak-date', '二〇二六年三月二十五日'],
    ['Anthropic于二〇二六年三月十日指控三家中国公司进行蒸馏。', ['distillation'], 'accusation-date', '二〇二六年三月十日'],
  ])('should flag %j when it disagrees with the sources', (sentence, about, figureId, found) => {
    expect(check(sentence, about).map((i) => [i.figureId, i.found])).toContainEqual([figureId, found]);
  });

  it.each<[string, About, number[]]>([
    ['Anthropic 称三家公司通过约两万四千个虚假账户进行蒸馏。', DIST, [24_000]],
    ['三家公司用二万四千个账户与 Claude 进行了一千六百多万次交互。', DIST, [24_000, 16e6]],
    ['蒸馏攻击共进行了一千六百万次对话，动用了两万多个虚假账户。', DIST, [16e6, 20_000]],
    ['Anthropic 称三家公司约用了1千6百万次请求。', DIST, [16e6]],
    ['蒸馏中的对话超过一千六百万次。', DIST, [16e6]],
    ['泄露的源代码约五十一万二千行，近一千九百个文件。', LEAK, [512_000, 1900]],
    ['泄露的代码有五十余万行。', LEAK, [500_000]],
    ['泄露的代码约五十一点二万行。', LEAK, [512_000]],
    ['MiniMax 在蒸馏中的交互超过一千三百万次。', ['distillation', 'minimax'], [13e6]],
    ['月之暗面进行了三百四十万次蒸馏交互。', ['distillation', 'moonshot-ai'], [3.4e6]],
    ['DeepSeek 的蒸馏交互超过十五万次。', ['distillation', 'deepseek'], [150_000]],
    ['Anthropic 稱三家公司用了約兩萬四千個賬號進行蒸餾。', DIST, [24_000]],
  ])('should not flag %j when its figures agree', (sentence, about, read) => {
    // The figures are read (not skipped), and they agree.
    expect(findNumbers(sentence).map((n) => n.value)).toEqual(read);
    expect(check(sentence, about)).toEqual([]);
  });

  it.each<[string, About, [number | null, number, number]]>([
    ['二〇二六年三月三十一日，Claude Code 源代码泄露。', LEAK, [2026, 3, 31]],
    ['Anthropic于二〇二六年二月二十三日指控三家公司进行蒸馏。', DIST, [2026, 2, 23]],
    ['Anthropic 于二月二十三日发布文章，指控三家公司进行蒸馏。', DIST, [null, 2, 23]],
  ])('should not flag %j when its date agrees', (sentence, about, [year, month, day]) => {
    expect(findDates(sentence).map((d) => [d.year, d.month, d.day])).toEqual([[year, month, day]]);
    expect(check(sentence, about)).toEqual([]);
  });

  it.each<[string, About]>([
    ['蒸馏事件提醒用户：千万别随意请求陌生服务。', DIST],
    ['泄露之后，数十万行代码被镜像到各处。', LEAK],
    ['几十万行代码随泄露流传。', LEAK],
    ['第一千万次请求之后，蒸馏才被发现。', DIST],
    ['这是一个十万火急的请求，Anthropic 要求停止蒸馏。', DIST],
    ['蒸馏问题十分严重，Anthropic 一一列出了账户。', DIST],
    ['百分之五十的请求来自蒸馏账户。', DIST],
    ['一个月后，DeepSeek 再次被指控蒸馏。', DIST],
    ['泄露后一周内出现了四万一千五百个分叉。', LEAK],
    ['Anthropic 有两千五百名员工。', ['anthropic']],
    ['二〇二六年四月二十日，多家媒体报道了泄露事件。', LEAK],
    ['这个仓库有六十万行代码。', []],
  ])('should not flag %j when the numbers are about something else', (sentence, about) => {
    expect(check(sentence, about)).toEqual([]);
  });
});
