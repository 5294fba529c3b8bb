import type { Dataset } from './schema';
import { datasetFiles } from './files';

/**
 * The four bundled JSON files as they are on disk, for validation (build hook and unit tests). Each
 * property is read (and, in the extension, parsed) on first use, so importing this module costs nothing.
 */
export const rawDataset: unknown = {
  get entities() {
    return datasetFiles.entities();
  },
  get topics() {
    return datasetFiles.topics();
  },
  get facts() {
    return datasetFiles.facts();
  },
  get faq() {
    return datasetFiles.faq();
  },
};

/**
 * The bundled dataset, typed. It is validated by `validateDataset` at build time (wxt.config.ts) and in
 * the unit tests, so here a cast is enough: this keeps zod out of the content script's hot path.
 */
export const dataset = rawDataset as Dataset;
