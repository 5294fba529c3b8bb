/**
 * The rule engine's public face: the environment rules read and the verdicts the detector asks for,
 * split by family into rules-env (shared environment), rules-negative (rejections and contrary cues)
 * and rules-support (required context and its weighing).
 */
export { DOCUMENT_SUPPORT, makeCasedProse, makeCasualAround, makeTitleCase, type RuleEnv } from './rules-env';
export { namesProduct, negativeVerdict, type Negative } from './rules-negative';
export { supportVerdict } from './rules-support';
