import { describe, expect, it } from 'vitest';
import { found, itFindsCounts } from './helpers';

/**
 * Round 18, after the thirty-first blind set (social media and comments, fourth round; the thirtieth, a mixed measure,
 * is used for nothing): KIMI the film, synthetic data leaking into an eval set, 意式蒸馏咖啡 (espresso), a playoff R1,
 * and 假 account written half in English. Every text here is new (none from an evaluation set).
 */

describe('detect (films, data, coffee and playoffs in threads)', () => {
  itFindsCounts([
    ['Moonshot AI updated Kimi yesterday.\n\nrewatched KIMI last night, the smart speaker thriller holds up.', 'moonshot-ai:KIMI', 0],
    ['Claude Code leaked in March. Separately, some synthetic data leaked into our eval set.', 'leak:leaked', 1],
    ['Anthropic 指控 DeepSeek 蒸馏。我第一反应是意式蒸馏咖啡。', 'distillation:蒸馏', 1],
    ['DeepSeek-R1 很强。湖人季后赛 R1 出局了。', 'deepseek:R1', 0],
  ]);

  it('should read 假 account as the campaign’s fake accounts', () => {
    expect(found('Anthropic 话 DeepSeek 开假 account 狂问 Claude。')).toContain('distillation:假 account');
  });
});
