/**
 * Common irregular past forms of news copy: a rough test for a clause's verb that only looks for
 * "-ed" misses "a ceasefire came into force", "the shelling began", "fighting broke out".
 */
export const IRREGULAR_PAST =
  'came|went|took|began|became|broke|brought|fell|fled|flew|fought|froze|gave|got|grew|held|hid|hit|kept|knew|left|led|lost|made|met|overran|ran|rose|sank|saw|sent|shook|shot|sought|spent|spoke|stood|struck|swept|thought|threw|told|tore|withdrew|won|wrote';
