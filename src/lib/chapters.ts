import { getCollection, type CollectionEntry } from 'astro:content';
import { partOrder } from './site';

export type Chapter = CollectionEntry<'chapters'>;

/** Every written chapter in reading order: by part, then by number. */
export async function chaptersInOrder(): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  return all.sort((a, b) => partOrder.indexOf(a.data.part) - partOrder.indexOf(b.data.part) || a.data.order - b.data.order);
}
