import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 252 and after (nineteenth session), from the sets written this session. The cases are written here in our
 * own words; none is taken from a set.
 */

const CAPTIONS =
  'Transcript\n0:00\nright so anthropic pushed a build to npm\n0:04\nwith a source map inside it and everyone\n0:08\ndownloaded it within the hour\n0:12\nand then people started reading it\n0:16\nline by line all night long\n0:20\nthe funniest part honestly is how\n0:24\ncloud code names its own little pet';

describe('detect (cloud code, as captions mishear Claude Code, on a page that names Anthropic)', () => {
  itFindsCounts([
    [CAPTIONS, 'anthropic:cloud code', 1],
    // Google's own extension is still Google's, whatever else the page names.
    ['Anthropic is in the news again.\n\nTutorial: install Google Cloud Code in VS Code, then open the Kubernetes explorer and deploy with cloud code.', 'anthropic:cloud code', 0],
  ]);
});

describe('detect (#claudecode, a hashtag in lower case)', () => {
  itFindsCounts([
    ['POV: the release script forgot one line of .npmignore 💀 #claudecode #devtok #npm', 'anthropic:#claudecode', 1],
    ['pip install my_claudecode_helper', 'anthropic:#claudecode', 0],
  ]);
});

const TWO_LABS = [
  'Parish newsletter, spring issue',
  'The choir meets on Thursdays at seven in the hall, and new voices are always welcome there.',
  'The flower rota for April is on the board by the door; please add your name if you can help.',
  'Our summer fair raised enough this year to repair the roof over the vestry and the side porch.',
  'The youth group will walk the coastal path in May, weather permitting, with a picnic at the cove.',
  'Tech corner: Anthropic says DeepSeek and two other labs copied its models through fake accounts.',
  'Thank you to everyone who baked for the coffee morning; the lemon cake went in ten minutes.',
  'The car park will be resurfaced in June, so please park on the high street for those two weeks.',
  'Reader question: my grandson wonders whether Claude is any good. We told him to talk to his teacher first.',
].join('\n\n');

describe('detect (Claude on a page that names two of the AI companies in their own words)', () => {
  itFindsCounts([
    [TWO_LABS, 'anthropic:Claude', 1],
    // A person of that name, surname and all, is still that person.
    [TWO_LABS.replace('my grandson wonders whether Claude is any good.', 'our organist, Claude Mbeki, retires in June.'), 'anthropic:Claude', 0],
  ]);
});

/** A school newsletter: two AI companies named in one item, the rest about other things. */
const newsletter = (question: string) =>
  [
    'Westbrook School newsletter, week 6',
    'The spring concert is on Thursday at seven, and tickets are on sale at the office.',
    'Year 9 will visit the science museum on 14 March; please return the consent forms by Friday.',
    'The lost property box will be emptied at half term, so check it for coats and water bottles.',
    'Digital safety: Anthropic says DeepSeek distilled its models, and several families asked us what that means for homework.',
    'The football team won both matches last week, and training moves indoors while the field is resurfaced.',
    'Thank you to the parents who helped at the book sale; it raised enough for forty new library books.',
    'Uniform orders for the summer term close on 2 April.',
    question,
  ].join('\n\n');

describe('detect (the policy and the campaign on an AI page: two companies named in their own words)', () => {
  itFindsCounts([
    [newsletter('A parent asks: my cousin in Shanghai cannot sign up at all. Is mainland China really outside the supported regions?'), 'policy:supported regions', 1],
    [newsletter('A parent asks: did the labs really open thousands of fake accounts to do it?'), 'distillation:fake accounts', 1],
    // On a page with no AI company, the same phrases are other things.
    [
      newsletter('A parent asks: my cousin in Shanghai cannot sign up at all. Is mainland China really outside the supported regions?').replace(
        'Anthropic says DeepSeek distilled its models, and several families asked us what that means for homework.',
        'please remind children never to share passwords, even with friends.',
      ),
      'policy:supported regions',
      0,
    ],
  ]);
});

describe('detect (a name that answers as a thing is the product, even beside a person of that name)', () => {
  itFindsCounts([
    ['Family chat\nUncle Claude: who is bringing the cake on Sunday?\nMina: I asked Claude and it says a lemon drizzle serves twelve', 'anthropic:Claude', 1],
    // "He" is a person: both are the uncle.
    ['Family chat\nUncle Claude: who is bringing the cake on Sunday?\nMina: I asked Claude and he says a lemon drizzle serves twelve', 'anthropic:Claude', 0],
  ]);
});

describe('detect (support a little further away, chosen rule by rule over every set)', () => {
  itFindsCounts([
    // cc in a chat, with Claude Code named some forty words before it.
    [
      'dev chat\nmaya: we moved the whole team onto Claude Code last sprint and honestly the review queue is half what it was, the only complaint so far is the token bill which finance keeps asking about every single monday morning\nraj: yeah cc is great, no complaints here either',
      'anthropic:cc',
      1,
    ],
  ]);
});

describe('detect (K2 the car, on a page that also asks Kimi something)', () => {
  itFindsCounts([
    ['车友群\n老K2又亮故障灯了，4S店说是节气门脏了。回家我问了Kimi怎么清洗，它说先断电再拆进气管。', 'moonshot-ai:K2', 0],
    ['My old Kia sedan, a K2, threw a check engine light again; the dealership blamed the transmission fluid.', 'moonshot-ai:K2', 0],
    // Moonshot's model, named beside its maker, is still the model.
    ['月之暗面发布了Kimi K2，开源权重，K2在编程榜单上排名靠前。', 'moonshot-ai:K2', 1],
  ]);
});

describe('detect (a pet called Kimi, named after the kind of animal it is)', () => {
  itFindsCounts([
    ['织毛衣笔记\n让Claude帮我算了插肩的加针，一次就对了。P.S. 图里趴着的是我家猫Kimi，全程不让我看图解。', 'moonshot-ai:Kimi', 0],
    ['月之暗面的新模型出来了，顺便晒一下柯基Kimi的日常，今天它学会了握手。', 'moonshot-ai:Kimi', 0],
    // The assistant asked about a dog is still the assistant.
    ['月之暗面的新模型出来了，我让Kimi给我的柯基做了一份食谱，它列得很细。', 'moonshot-ai:Kimi', 1],
  ]);
});
