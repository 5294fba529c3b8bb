import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 218 and after (eighteenth session), from the sets written this session and the round sets before them. The
 * cases are written here in our own words; none is taken from a set.
 */

describe('detect (a lower-case minimax and its model name settle each other; a story word does not)', () => {
  itFindsCounts([
    // Two names of the lab in one message: neither is the algorithm.
    ['anyone here tried m2 for agent loops? minimax says it was trained for exactly that', 'minimax:m2', 1],
    ['anyone here tried m2 for agent loops? minimax says it was trained for exactly that', 'minimax:minimax', 1],
    ['我们组用的是 minimax 的 m2，前端写得还行', 'minimax:minimax', 1],
    // The algorithm beside a leak word stays the algorithm, and m1 beside m2 are two pieces of evidence.
    ['Chapters\n0:00 The robot arm\n2:30 Minimax without the maths\n6:15 Why the gearbox kept leaking oil', 'minimax:Minimax', 0],
    ['例题：两条证据 m1、m2 用 DS 合成规则组合，求 m(A)。', 'minimax:m2', 0],
  ]);
});

describe('detect (a name called with a dotted argument is code: minimax(board.play(m), depth - 1))', () => {
  itFindsCounts([
    [
      'Anthropic says MiniMax, DeepSeek and Moonshot AI distilled Claude through fake accounts.\n\nOur tutorial, step three:\n\n    def best(state):\n        results = [minimax(state.next(m), not maxing) for m in state.moves()]\n        return max(results)',
      'minimax:minimax',
      0,
    ],
    // Prose with a parenthesis after a space is still prose.
    ['MiniMax (the Shanghai lab) released M2.5 this week.', 'minimax:MiniMax', 1],
  ]);
});
