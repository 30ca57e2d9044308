import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng, type CardText } from '../../lib/social-card';
import { chaptersInOrder } from '../../lib/chapters';
import { themeNames, toolsInOrder } from '../../lib/tools';
import { chapterLabel, partNames, SITE_DESCRIPTION } from '../../lib/site';
import { socialCard } from '../../lib/social';

/**
 * One link-card image per chapter and per tool, and one for every other page. Cards are only
 * shown through absolute addresses, so a build without SITE_URL draws none (and is quicker).
 */
export const getStaticPaths: GetStaticPaths = async () => {
  if (!import.meta.env.SITE) return [];
  const chapters = (await chaptersInOrder()).map((c) => ({
    params: { card: socialCard('chapter', c.id) },
    props: { kicker: [partNames[c.data.part], chapterLabel(c.data.part, c.data.order)].filter(Boolean).join(' · '), title: c.data.title },
  }));
  const tools = (await toolsInOrder()).map((t) => ({
    params: { card: socialCard('tool', t.id) },
    props: { kicker: `Calculator · ${themeNames[t.data.theme]}`, title: t.data.title },
  }));
  const book = { params: { card: socialCard('book') }, props: { kicker: 'An interactive book for people who lead Customer Success', title: SITE_DESCRIPTION.split(':')[0]! } };
  return [...chapters, ...tools, book];
};

export const GET: APIRoute = async ({ props }) =>
  new Response((await cardPng(props as CardText)) as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
