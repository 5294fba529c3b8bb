import entities from '../../assets/data/entities.json';
import topics from '../../assets/data/topics.json';
import facts from '../../assets/data/facts.json';
import faq from '../../assets/data/faq.json';

/**
 * The four bundled JSON files, each behind a getter. In Node (tests, the CLI) they are plain JSON
 * imports. The extension build swaps this module for files.bundle.ts (see wxt.config.ts), which keeps
 * each file as a string and parses it on first use: the content script runs on every page and frame,
 * and parsing 230 KB of JSON in its first task, for a card most pages never show, was a third of it.
 */
export interface DatasetFiles {
  entities(): unknown;
  topics(): unknown;
  facts(): unknown;
  faq(): unknown;
}

export const datasetFiles: DatasetFiles = {
  entities: () => entities,
  topics: () => topics,
  facts: () => facts,
  faq: () => faq,
};
