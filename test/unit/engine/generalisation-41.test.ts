import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 157 and after (fifteenth session), from the sets written this session. The cases are written here in our own
 * words; none is taken from a set.
 */

describe('detect (a name before "leak" owns it: "the Twitch leak")', () => {
  itFindsCounts([
    ['Claude Code leaked in March. People compare it with the Twitch leak of 2021, which was far bigger.', 'leak:leak', 0],
    ['Anthropic shipped a source map by mistake. That Windows XP leak was older and messier.', 'leak:leak', 0],
    // The story's own names, and a month, are no other owner.
    ['Chaofan Shou found the file. The Claude Code leak was a packaging error.', 'leak:leak', 1],
    ['Anthropic pulled version 2.1.88 the same day. The March leak still spread to GitHub within hours.', 'leak:leak', 1],
    ['Anthropic confirmed it. Everyone is auditing their own packages after the CC leak.', 'leak:leak', 1],
    // A capitalised word opening the sentence is no modifier.
    ['Anthropic said no customer data was exposed. Leak or not, the code is out.', 'leak:Leak', 1],
  ]);
});
