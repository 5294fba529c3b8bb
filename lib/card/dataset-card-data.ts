import { entityById, factsFor, topicById } from '../dataset/queries';
import type { CardData } from './card-model';

/** The hover card's look-ups over the bundled dataset. */
export const datasetCardData: CardData = {
  entityById: (id) => entityById(id),
  topicById: (id) => topicById(id),
  factsFor: (query, limit) => factsFor(query, limit),
};
