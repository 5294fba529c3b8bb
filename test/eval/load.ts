import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalPassage } from '../../lib/eval/gold';
import { EvalSetError, mergePassages, parsePassageFile } from '../../lib/eval/resolve';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Every passage file of the labelled set (test/eval/passages/*.json), parsed, resolved and checked. */
export const PASSAGES_DIR = join(HERE, 'passages');

/** The held-out set (test/eval/holdout/*.json): written blind to the engine and to the main set. */
export const HOLDOUT_DIR = join(HERE, 'holdout');

/** The second held-out set (test/eval/holdout2/*.json): written blind to the engine, the main set and the first holdout. */
export const HOLDOUT2_DIR = join(HERE, 'holdout2');

/** The third held-out set (test/eval/holdout3/*.json): written blind after tuning, in genres the others lack. */
export const HOLDOUT3_DIR = join(HERE, 'holdout3');

/** The fourth held-out set (test/eval/holdout4/*.json): written blind, mostly whole pages with navigation and footers. */
export const HOLDOUT4_DIR = join(HERE, 'holdout4');

/** The fifth held-out set (test/eval/holdout5/*.json): written blind, genres and shapes the others lack. */
export const HOLDOUT5_DIR = join(HERE, 'holdout5');

/** The sixth held-out set (test/eval/holdout6/*.json): written blind, realistic news-site text and whole pages. */
export const HOLDOUT6_DIR = join(HERE, 'holdout6');

/** The seventh held-out set (test/eval/holdout7/*.json): written blind, the everyday AI news pages around the story. */
export const HOLDOUT7_DIR = join(HERE, 'holdout7');

/** The eighth held-out set (test/eval/holdout8/*.json): written blind, reference and store pages. */
export const HOLDOUT8_DIR = join(HERE, 'holdout8');

/** The ninth held-out set (test/eval/holdout9/*.json): written blind, bilingual, translated and cluttered pages. */
export const HOLDOUT9_DIR = join(HERE, 'holdout9');

/** The tenth held-out set (test/eval/holdout10/*.json): written blind, fresh articles about the story itself. */
export const HOLDOUT10_DIR = join(HERE, 'holdout10');

/** The eleventh held-out set (test/eval/holdout11/*.json): written blind, short-form social and chat text. */
export const HOLDOUT11_DIR = join(HERE, 'holdout11');

/** The twelfth held-out set (test/eval/holdout12/*.json): written blind, policy and regulation text. */
export const HOLDOUT12_DIR = join(HERE, 'holdout12');

/** The thirteenth held-out set (test/eval/holdout13/*.json): written blind, very long magazine and news pages. */
export const HOLDOUT13_DIR = join(HERE, 'holdout13');

/** The fourteenth held-out set (test/eval/holdout14/*.json): written blind, a final mix of every kind of page. */
export const HOLDOUT14_DIR = join(HERE, 'holdout14');

/** The fifteenth held-out set (test/eval/holdout15/*.json): written blind, the nearest neighbours of the story. */
export const HOLDOUT15_DIR = join(HERE, 'holdout15');

/** The sixteenth held-out set (test/eval/holdout16/*.json): written blind, short-form social and chat text, second round. */
export const HOLDOUT16_DIR = join(HERE, 'holdout16');

/** The seventeenth held-out set (test/eval/holdout17/*.json): written blind, policy and regulation text, second round. */
export const HOLDOUT17_DIR = join(HERE, 'holdout17');

/** The eighteenth held-out set (test/eval/holdout18/*.json): written blind, developer pages and forums. */
export const HOLDOUT18_DIR = join(HERE, 'holdout18');

/** The nineteenth held-out set (test/eval/holdout19/*.json): written blind, markets, business and finance pages. */
export const HOLDOUT19_DIR = join(HERE, 'holdout19');

/** The twentieth held-out set (test/eval/holdout20/*.json): written blind, fresh articles about the story, second round. */
export const HOLDOUT20_DIR = join(HERE, 'holdout20');

/** The twenty-first held-out set (test/eval/holdout21/*.json): written blind, news homepages, aggregators and feeds. */
export const HOLDOUT21_DIR = join(HERE, 'holdout21');

/** The twenty-second held-out set (test/eval/holdout22/*.json): written blind, academic and technical writing. */
export const HOLDOUT22_DIR = join(HERE, 'holdout22');

/** The twenty-third held-out set (test/eval/holdout23/*.json): written blind, transcripts and captions. */
export const HOLDOUT23_DIR = join(HERE, 'holdout23');

/** The twenty-fourth held-out set (test/eval/holdout24/*.json): written blind, creative, opinion and informal writing. */
export const HOLDOUT24_DIR = join(HERE, 'holdout24');

/** The twenty-fifth held-out set (test/eval/holdout25/*.json): written blind, everyday web pages that are not news. */
export const HOLDOUT25_DIR = join(HERE, 'holdout25');

/** The twenty-sixth held-out set (test/eval/holdout26/*.json): written blind, fresh articles about the story, third round. */
export const HOLDOUT26_DIR = join(HERE, 'holdout26');

/** The twenty-seventh held-out set (test/eval/holdout27/*.json): written blind, a final mixed measure of every kind of page. */
export const HOLDOUT27_DIR = join(HERE, 'holdout27');

/** The twenty-eighth held-out set (test/eval/holdout28/*.json): written blind, social media and chat, third round. */
export const HOLDOUT28_DIR = join(HERE, 'holdout28');

/** The twenty-ninth held-out set (test/eval/holdout29/*.json): written blind, help, FAQ and Q&A pages. */
export const HOLDOUT29_DIR = join(HERE, 'holdout29');

/** The thirtieth held-out set (test/eval/holdout30/*.json): written blind, a third final mixed measure of every kind of page. */
export const HOLDOUT30_DIR = join(HERE, 'holdout30');

/** The thirty-first held-out set (test/eval/holdout31/*.json): written blind, social media and comments, fourth round. */
export const HOLDOUT31_DIR = join(HERE, 'holdout31');

/** The sets `npm run eval -- --set <name>` can score; `passages` is the default and the one the floor gates. */
export const EVAL_SET_NAMES = ['passages', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10', 'holdout11', 'holdout12', 'holdout13', 'holdout14', 'holdout15', 'holdout16', 'holdout17', 'holdout18', 'holdout19', 'holdout20', 'holdout21', 'holdout22', 'holdout23', 'holdout24', 'holdout25', 'holdout26', 'holdout27', 'holdout28', 'holdout29', 'holdout30', 'holdout31', 'all'] as const;
export type EvalSetName = (typeof EVAL_SET_NAMES)[number];

export function isEvalSetName(name: string): name is EvalSetName {
  return (EVAL_SET_NAMES as readonly string[]).includes(name);
}

export function loadEvalSet(dir: string = PASSAGES_DIR): EvalPassage[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new EvalSetError(`no passage files in ${dir}`);
  return mergePassages(
    files.map((name) => {
      const path = join(dir, name);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new EvalSetError(`${name}: not valid JSON (${(error as Error).message})`);
      }
      return parsePassageFile(json, name);
    }),
  );
}

/** Loads a named set; `all` joins every folder and still refuses an id used in more than one. */
export function loadNamedEvalSet(name: EvalSetName): EvalPassage[] {
  if (name === 'passages') return loadEvalSet(PASSAGES_DIR);
  if (name === 'holdout') return loadEvalSet(HOLDOUT_DIR);
  if (name === 'holdout2') return loadEvalSet(HOLDOUT2_DIR);
  if (name === 'holdout3') return loadEvalSet(HOLDOUT3_DIR);
  if (name === 'holdout4') return loadEvalSet(HOLDOUT4_DIR);
  if (name === 'holdout5') return loadEvalSet(HOLDOUT5_DIR);
  if (name === 'holdout6') return loadEvalSet(HOLDOUT6_DIR);
  if (name === 'holdout7') return loadEvalSet(HOLDOUT7_DIR);
  if (name === 'holdout8') return loadEvalSet(HOLDOUT8_DIR);
  if (name === 'holdout9') return loadEvalSet(HOLDOUT9_DIR);
  if (name === 'holdout10') return loadEvalSet(HOLDOUT10_DIR);
  if (name === 'holdout11') return loadEvalSet(HOLDOUT11_DIR);
  if (name === 'holdout12') return loadEvalSet(HOLDOUT12_DIR);
  if (name === 'holdout13') return loadEvalSet(HOLDOUT13_DIR);
  if (name === 'holdout14') return loadEvalSet(HOLDOUT14_DIR);
  if (name === 'holdout15') return loadEvalSet(HOLDOUT15_DIR);
  if (name === 'holdout16') return loadEvalSet(HOLDOUT16_DIR);
  if (name === 'holdout17') return loadEvalSet(HOLDOUT17_DIR);
  if (name === 'holdout18') return loadEvalSet(HOLDOUT18_DIR);
  if (name === 'holdout19') return loadEvalSet(HOLDOUT19_DIR);
  if (name === 'holdout20') return loadEvalSet(HOLDOUT20_DIR);
  if (name === 'holdout21') return loadEvalSet(HOLDOUT21_DIR);
  if (name === 'holdout22') return loadEvalSet(HOLDOUT22_DIR);
  if (name === 'holdout23') return loadEvalSet(HOLDOUT23_DIR);
  if (name === 'holdout24') return loadEvalSet(HOLDOUT24_DIR);
  if (name === 'holdout25') return loadEvalSet(HOLDOUT25_DIR);
  if (name === 'holdout26') return loadEvalSet(HOLDOUT26_DIR);
  if (name === 'holdout27') return loadEvalSet(HOLDOUT27_DIR);
  if (name === 'holdout28') return loadEvalSet(HOLDOUT28_DIR);
  if (name === 'holdout29') return loadEvalSet(HOLDOUT29_DIR);
  if (name === 'holdout30') return loadEvalSet(HOLDOUT30_DIR);
  if (name === 'holdout31') return loadEvalSet(HOLDOUT31_DIR);
  return mergePassages(
    [PASSAGES_DIR, HOLDOUT_DIR, HOLDOUT2_DIR, HOLDOUT3_DIR, HOLDOUT4_DIR, HOLDOUT5_DIR, HOLDOUT6_DIR, HOLDOUT7_DIR, HOLDOUT8_DIR, HOLDOUT9_DIR, HOLDOUT10_DIR, HOLDOUT11_DIR, HOLDOUT12_DIR, HOLDOUT13_DIR, HOLDOUT14_DIR, HOLDOUT15_DIR, HOLDOUT16_DIR, HOLDOUT17_DIR, HOLDOUT18_DIR, HOLDOUT19_DIR, HOLDOUT20_DIR, HOLDOUT21_DIR, HOLDOUT22_DIR, HOLDOUT23_DIR, HOLDOUT24_DIR, HOLDOUT25_DIR, HOLDOUT26_DIR, HOLDOUT27_DIR, HOLDOUT28_DIR, HOLDOUT29_DIR, HOLDOUT30_DIR, HOLDOUT31_DIR].map((dir) =>
      loadEvalSet(dir),
    ),
  );
}
