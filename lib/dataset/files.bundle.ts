import entities from '../../assets/data/entities.json?raw';
import topics from '../../assets/data/topics.json?raw';
import facts from '../../assets/data/facts.json?raw';
import faq from '../../assets/data/faq.json?raw';
import type { DatasetFiles } from './files';

/** files.ts for the extension build: each file's text, parsed once, when first asked for. */
function parsedOnce(text: string): () => unknown {
  let value: unknown;
  let parsed = false;
  return () => {
    if (!parsed) {
      value = JSON.parse(text);
      parsed = true;
    }
    return value;
  };
}

export const datasetFiles: DatasetFiles = {
  entities: parsedOnce(entities),
  topics: parsedOnce(topics),
  facts: parsedOnce(facts),
  faq: parsedOnce(faq),
};
