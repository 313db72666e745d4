import 'server-only';
import { getDataGeneration } from '@/lib/datasets/load';

/**
 * Keeps drawings made from the data for as long as the data files read stay the same, forgetting
 * them all once a file is read again; at most `maxEntries`, the oldest going first. A drawing that
 * fails is not kept. In development nothing is kept, so edited messages and components show at once.
 */
export function createDrawingCache<T>(maxEntries = Number.POSITIVE_INFINITY) {
  const drawings = new Map<string, Promise<T>>();
  let drawnFrom = -1;
  return (key: string, draw: () => Promise<T>): Promise<T> => {
    if (process.env.NODE_ENV === 'development') return draw();
    const generation = getDataGeneration();
    if (generation !== drawnFrom) {
      drawings.clear();
      drawnFrom = generation;
    }
    let drawing = drawings.get(key);
    if (!drawing) {
      drawing = draw();
      drawing.catch(() => drawings.delete(key));
      drawings.set(key, drawing);
      if (drawings.size > maxEntries) drawings.delete(drawings.keys().next().value!);
    }
    return drawing;
  };
}
