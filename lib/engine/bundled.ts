import { z } from 'zod';
import entitiesJson from '../../assets/data/entities.json';
import topicsJson from '../../assets/data/topics.json';
import { entitySchema, topicSchema, type Entity, type Topic } from '../dataset/schema';
import { createDetector, type Detector } from './detector';

/** The bundled entities and topics, validated once (a broken entry names itself in the error). */
export function bundledLexicon(): { entities: Entity[]; topics: Topic[] } {
  return {
    entities: z.array(entitySchema).parse(entitiesJson),
    topics: z.array(topicSchema).parse(topicsJson),
  };
}

let cached: Detector | undefined;

/** The detector built from the bundled dataset; compiled on first use, then shared. */
export function defaultDetector(): Detector {
  cached ??= createDetector(bundledLexicon());
  return cached;
}
