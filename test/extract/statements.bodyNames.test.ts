import { describe, expect, it } from 'vitest';
import { textEntity } from '../../src/extract/entities/textEntity.ts';
import { extractFrom, speakersShown } from './statements.helpers.ts';

describe('a body named by its noun and its domain is the body, never a person (CONVENTIONS 7)', () => {
  it('"the State Office for Compulsory Crop Insurance" is the office, not a "Crop Insurance"', () => {
    expect(
      speakersShown(
        'The State Office for Compulsory Crop Insurance said 120 farms had filed claims since May.',
      ),
    ).toEqual(['text:state-office-for-compulsory-crop-insurance']);
  });

  it('"the National Council for Dialogue with Faith Communities" keeps its whole name', () => {
    expect(
      speakersShown(
        'The National Council for Dialogue with Faith Communities said the chapel would stay open.',
      ),
    ).toEqual(['text:national-council-for-dialogue-with-faith-communities']);
  });

  it('the body is an organisation, its whole name as written', () => {
    expect(textEntity('the State Office for Compulsory Crop Insurance')).toMatchObject({
      id: 'text:state-office-for-compulsory-crop-insurance',
      name: 'State Office for Compulsory Crop Insurance',
      kind: 'organisation',
    });
  });

  it('a person whose title names such a body is still the person', () => {
    expect(textEntity('Chairman of the State Committee for Refugees Tamar Elbakidze')).toMatchObject({
      id: 'text:tamar-elbakidze',
      role: 'Chairman of the State Committee for Refugees',
    });
    expect(textEntity('Ministry of Foreign Affairs spokesperson Leyla Orujova')).toMatchObject({
      id: 'text:leyla-orujova',
    });
  });
});

describe('representatives of a body are filed, like officials, under their head (CONVENTIONS 5)', () => {
  it('"Representatives of the Lebanese Teachers Union said" → text:representatives', () => {
    expect(
      speakersShown(
        'Representatives of the Lebanese Teachers Union said they had written to the ministry twice.',
      ),
    ).toEqual(['text:representatives']);
  });

  it('the words as written stay the mention, so /who-said finds them by the body', () => {
    const [st] = extractFrom(
      'Representatives of the Lebanese Teachers Union said they had written to the ministry twice.',
    );
    expect(st?.speaker.id).toBe('text:representatives');
    expect(st?.mention).toBe('Representatives of the Lebanese Teachers Union');
  });
});
