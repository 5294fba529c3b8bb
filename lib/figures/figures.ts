import raw from '../../assets/data/figures.json';
import { figuresFileSchema, type Figure } from './schema';

let cached: Figure[] | null = null;

/** The bundled sourced figures, validated on first use (a broken file fails loudly, in tests first). */
export function bundledFigures(): Figure[] {
  cached ??= figuresFileSchema.parse(raw).figures;
  return cached;
}
