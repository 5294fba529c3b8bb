import type { Dataset } from './schema';
import entities from '../../assets/data/entities.json';
import topics from '../../assets/data/topics.json';
import facts from '../../assets/data/facts.json';
import faq from '../../assets/data/faq.json';

/** The four bundled JSON files as they are on disk, for validation (build hook and unit tests). */
export const rawDataset: unknown = { entities, topics, facts, faq };

/**
 * The bundled dataset, typed. It is validated by `validateDataset` at build time (wxt.config.ts) and in
 * the unit tests, so here a cast is enough: this keeps zod out of the content script's hot path.
 */
export const dataset = rawDataset as Dataset;
