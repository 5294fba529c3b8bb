import { z } from 'zod';

// Placeholder shapes; the engine work defines the real alias and context-rule schema here.
export const entityLexiconSchema = z.object({}).passthrough();
export const topicLexiconSchema = z.object({}).passthrough();
