/** Kin nouns a speaker's relative is named by: "her cousin", "my mum", "a family friend". */
export const KIN =
  '(?:mother|father|mum|mom|dad|parents|son|daughter|wife|husband|brother|sister|cousin|uncle|aunt|nephew|niece|grandmother|grandfather|grandparents|grandson|granddaughter|relative|family\\s+friend|family|friend|neighbou?r)';

/** Kin a pronoun may stand for, by the pronoun's gender ("they" for any). */
export const MALE_KIN = /^(?:father|dad|son|husband|brother|uncle|nephew|grandfather|grandson)$/;
export const FEMALE_KIN = /^(?:mother|mum|mom|wife|daughter|sister|aunt|niece|grandmother|granddaughter)$/;
