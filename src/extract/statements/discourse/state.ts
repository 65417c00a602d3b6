import type { EntityMention } from '../../entities/mentions.ts';
import type { RoleDate } from '../../entities/resolve.ts';
import type { Entity } from '../../types.ts';
import { type GroupMemory, noGroupYet } from '../groupMemory.ts';
import type { DocumentOutlet } from '../ownOutlet.ts';
import type { PersonMention, Surnames } from '../people.ts';
import type { GenderVotes } from '../personGender.ts';
import type { WrittenFullName } from '../sharedSurname.ts';

/**
 * What the text has established so far, for reading "he", "it", "the statement", "the
 * Secretary" and "a spokesperson": who spoke last, which written statement is being quoted,
 * and which known entities the text has named.
 */
export interface Discourse {
  /** The date role phrases are read at ("the Azerbaijani foreign minister" in 2020). */
  at: RoleDate;
  /** Gazetteer names seen so far, in text order (read up to a unit by readMentionsBefore). */
  mentions: EntityMention[];
  lastPerson: Entity | null;
  lastBody: Entity | null;
  /** How often each body spoke so far, and where it last did, for a "the ministry" far from any name. */
  bodySpeeches: Map<string, BodySpeeches>;
  /** The words a body spoke under ("the Interior Ministry of the unrecognized republic"), for "the ministry". */
  spokenAs: WeakMap<Entity, string>;
  /** A written statement being quoted: its author, and whom it is about when it relays someone. */
  activeStatement: { author: Entity; principal: Entity | null; paragraph: number; at: number } | null;
  /** The last group that spoke together and the last joint text, for "the two sides", "the statement said". */
  groups: GroupMemory;
  /** People the gazetteer lacks, as the text introduced them ("Alexei Overchuk"), for a later "Overchuk". */
  textPeople: Entity[];
  /** Unnamed people the text let speak ("a source in the ministry"), for a later "the source". */
  unnamedSpeakers: Entity[];
  /** The document's text, to find the full name of a surname first written elsewhere than as a speaker. */
  text: string;
  /** Full names already looked up in the text, by surname (null: none written out). */
  fullNames: Map<string, WrittenFullName[]>;
  /** People the text named or let speak, in text order, with the unit they stand in. */
  people: (PersonMention & { unit: number })[];
  /** The unit being read: a pronoun points back to people named before it. */
  unit: number;
  /** The paragraph the unit being read opens in. */
  paragraph: number;
  /** Where the unit being read starts, and where the words being resolved stand in it (-1: unknown). */
  unitStart: number;
  speakerAt: number;
  /** The latest mention of each surname the text gave a person. */
  surnames: Surnames;
  /** What the units read so far tell of each person's gender (see personGender.ts). */
  genders: GenderVotes;
  /**
   * Reads the people named in the units before `unit` that are not read yet. People are read
   * only when a pronoun or a bare "A:" needs them: most units never pay for it.
   */
  readPeopleBefore: (unit: number) => void;
  /** Reads the gazetteer names in the units before `unit` not read yet, as readPeopleBefore does people. */
  readMentionsBefore: (unit: number) => void;
  /** The document's outlet, where its metadata names one (its own voice, its country). */
  outlet: DocumentOutlet | null;
  /** Names the text has shown reporting as an outlet does ("…, Kazinform reports"): media from then on. */
  reportingOutlets: Set<string>;
  /**
   * While a group that told someone is read ("Michel said both leaders had told him …"), the one
   * told: no member of the group counted, so the count is of the others. Null otherwise.
   */
  toldOne: Entity | null;
}

export interface BodySpeeches {
  entity: Entity;
  count: number;
  /** Where it last spoke. */
  last: number;
  /** The names it spoke under ("the Azerbaijani Defence Ministry"), a bare "the ministry" aside. */
  names: string[];
}

export interface ResolvedSpeaker {
  entity: Entity;
  /** The words naming the speaker, as written. */
  mention: string;
  /** True when the speaker is a document ("the statement", "it"): its author speaks through it. */
  viaDocument: boolean;
}

export function newDiscourse(at: RoleDate, text = ''): Discourse {
  return {
    at,
    mentions: [],
    lastPerson: null,
    lastBody: null,
    bodySpeeches: new Map(),
    spokenAs: new WeakMap(),
    activeStatement: null,
    groups: noGroupYet(),
    textPeople: [],
    unnamedSpeakers: [],
    text,
    fullNames: new Map(),
    people: [],
    unit: 0,
    paragraph: 0,
    unitStart: 0,
    speakerAt: -1,
    surnames: new Map(),
    genders: new Map(),
    readPeopleBefore: readNothing,
    readMentionsBefore: readNothing,
    outlet: null,
    reportingOutlets: new Set(),
    toldOne: null,
  };
}

/** A discourse's readers until its document sets them: one function for all, not two made per document. */
function readNothing(_upTo: number): void {}
