import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/** Twenty-eighth session: probes written from scratch in our own words, none taken from a set. */

describe('detect (distilling a stretch of time or text is a figure of speech: "distilled decades of case law")', () => {
  itFindsCounts([
    ["Anthropic says DeepSeek ran the campaign. In other news, the court's judgment distilled decades of case law into a single test.", 'distillation:distilled', 0],
    ['The Claude Code leak dominated the week. Her memoir distills thirty years of reporting into 200 pages.', 'distillation:distills', 0],
    ['Anthropic accused the labs. The coach distilled 20 years of experience into one drill.', 'distillation:distilled', 0],
    ['Anthropic accused the labs. The handbook distils the last two decades of guidance into a checklist.', 'distillation:distils', 0],
    // Distilling the model itself stays the accusation.
    ['Anthropic accused three labs of distilling Claude into their own models.', 'distillation:distilling', 1],
    ["The labs distilled 16 million exchanges with Claude into their models, Anthropic said.", 'distillation:distilled', 1],
  ]);
});

describe("detect (a phone's specs leaked before launch, after the story: 新款手机参数提前泄露)", () => {
  itFindsCounts([
    // The story's own leak is 源码泄露; the phone's 泄露 is not read.
    ['Claude Code 源码泄露之后，小米的新款手机参数也提前泄露了。', 'leak:源码泄露', 1],
    ['Claude Code 源码泄露之后，小米的新款手机参数也提前泄露了。', 'leak:泄露', 0],
    ['Claude Code 源码泄露之后，不少人换了新手机，结果新手机的配置也泄露了。', 'leak:泄露', 0],
  ]);
});

describe('detect (a relative named right before the name: "my grandfather Claude", "her nephew Kimi", 我爷爷克劳德)', () => {
  itFindsCounts([
    ['Anthropic makes Claude.\n\nMy grandfather Claude never used a computer.', 'anthropic:Claude', 1],
    ['Moonshot AI makes Kimi.\n\nHer nephew Kimi starts school in September.', 'moonshot-ai:Kimi', 1],
    ['Anthropic makes Claude.\n\nOur godfather Claude sent a card from Lyon.', 'anthropic:Claude', 1],
    // A parent's word is also what a family calls the parent ("show Mum Claude"): it is left to the other checks.
    ['Tried to show Mum Claude on a video call, the assistant from Anthropic.', 'anthropic:Claude', 1],
  ]);
});
