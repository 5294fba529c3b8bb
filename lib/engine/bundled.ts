import { dataset } from '../dataset/index';
import type { Entity, Topic } from '../dataset/schema';
import { createDetector, type Detector } from './detector';

/**
 * The bundled entities and topics. They are validated with the full schema when the extension is
 * built (wxt.config.ts) and in the unit tests (which also check that parsing changes nothing), so
 * the content script uses them as they are: no zod parse in the page's first task.
 */
export function bundledLexicon(): { entities: Entity[]; topics: Topic[] } {
  return { entities: dataset.entities, topics: dataset.topics };
}

let cached: Detector | undefined;

/** The detector built from the bundled dataset; compiled on first use, then shared. */
export function defaultDetector(): Detector {
  cached ??= createDetector(bundledLexicon());
  return cached;
}
