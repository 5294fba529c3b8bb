import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Round 31: comment threads. Every text here is new (none from an evaluation set).
 */

describe('detect (lower-case names in a casually written thread)', () => {
  itFindsCounts([
    // Where the lines around it start in lower case, a lower-case name in a capitalised sentence is still the name.
    ['u/abc · 12 points\nlol yeah\n\nu/def · 3 points\nthe numbers are wild. By their count minimax ran 13M exchanges through fake accounts.\n\nu/ghi · 2 points\nok but who audits anthropic', 'minimax:minimax', 1],
    ['u/kettle · 40 points\nso the distillation thing again\n\nu/pot · 12 points\nhonestly? I think claude is just easier to copy than gpt.\n\nu/lid · 3 points\nmeh', 'anthropic:claude', 1],
    // It still needs its context: the algorithm in a casual thread, a painter, and edited prose stay as they were.
    ['u/a · 3 points\nlol my engine is slow\n\nu/b · 2 points\nyeah. In my engine minimax with alpha-beta pruning beats it\n\nu/c\nsame here', 'minimax:minimax', 0],
    ['u/kettle · 40 points\nwe went to the louvre\n\nu/pot · 12 points\nhonestly? I think claude painted better than renoir.\n\nu/lid · 3 points\nmeh', 'anthropic:claude', 0],
    ['The paper compares search methods for fake accounts detection. In our tests minimax ran faster than alpha-beta on small boards.', 'minimax:minimax', 0],
    ['Editors wrote this page.\n\nThe numbers are wild. By their count minimax ran many exchanges through fake accounts.\n\nOthers disagreed.', 'minimax:minimax', 0],
  ]);
});
