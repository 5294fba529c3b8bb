import { describe, expect, it } from 'vitest';
import { countFound as count } from './helpers';

/**
 * Round 19, after the thirty-second blind set (the story eight months on: year-in-review pages, timelines, quizzes,
 * reading lists, corrections). Every text here is new (none from an evaluation set).
 */

describe('detect (other people with the name, and the name as a common noun)', () => {
  it.each([
    // Another given name before the name: that person, and the same name again in the block is that person too.
    ['书单：《诗选》，何塞·达里奥 著。读达里奥的诗要慢。\n\n另一本：达里奥·阿莫迪的长文。', 'dario-amodei:达里奥', 0],
    ['At the hearing, Rep. Mark Amodei asked about chips. Amodei wants a vote soon. Dario Amodei was not called.', 'dario-amodei:Amodei', 0],
    ['Dario Amodei spoke at Davos. Asked about chips, Amodei repeated his warning.', 'dario-amodei:Amodei', 1],
    // A possessive or a measure word before the name makes it the common noun.
    ['写给你的年终信：每个人心里都有自己的月之暗面，不必急着泄露给别人。', 'moonshot-ai:月之暗面', 0],
    ['写给你的年终信：每个人心里都有自己的月之暗面，不必急着泄露给别人。', 'leak:泄露', 0],
    ['估值四十亿美元的月之暗面今天发布了新模型。', 'moonshot-ai:月之暗面', 1],
    ['Our Moonshot for 2027: a cure. Moonshot AI released Kimi K2 in July.', 'moonshot-ai:Moonshot', 0],
  ])('should find in %j %s %i time(s)', (text, label, times) => {
    expect(count(text, label)).toBe(times);
  });
});

describe('detect (hyphenated phrases and an incident)', () => {
  it.each([
    ['Anthropic barred Chinese-owned firms; its export-control stance drew praise in Washington.', 'policy:export-control', 1],
    ['Anthropic publishes a supported-regions list, and China is not on it.', 'policy:supported-regions', 1],
    ['书评：作者把 2025 年那次 source map 事故和三月 Anthropic 的事放在一起讲。', 'leak:source map', 1],
    ['Our front-end guide explains what a source map is and how browsers load it.', 'leak:source map', 0],
  ])('should find in %j %s %i time(s)', (text, label, times) => {
    expect(count(text, label)).toBe(times);
  });
});
