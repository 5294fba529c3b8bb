import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Round 47, a second look at the chat and caption sets' misses (holdout52 and holdout60): forms speech and fast
 * typing produce. Every text here is new (none from an evaluation set).
 */

describe('detect (forms of speech and fast typing)', () => {
  itFindsCounts([
    // The possessive typed without its apostrophe, as captions write it; never inside a path.
    ['ok so anthropics own claude code package shipped the map file', 'anthropic:anthropics', 1],
    ['see github.com/anthropics/claude-code for the issue tracker', 'anthropic:anthropics', 0],
    ['Anthropics Technology, the London maker of PortraitPro, released a new skin model.', 'anthropic:Anthropics', 0],
    // "24k" accounts is the campaign's figure in chat.
    ['tbh 24k fake accounts through proxies is not "reading the docs"', 'distillation:fake accounts', 1],
    ['the scammers opened fake accounts to claim the sign-up bonus', 'distillation:fake accounts', 0],
    // The ownership rule said out loud.
    ['our biggest investor is in Hangzhou so Anthropic says we fall under the fifty percent rule', 'policy:fifty percent rule', 1],
    ['the teacher uses a fifty percent rule for late homework', 'policy:fifty percent rule', 0],
  ]);
});
