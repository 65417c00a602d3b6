import { describe, expect, it } from 'vitest';
import { speakersViaAndQuotes } from './statements.helpers.ts';

describe('a relative’s words handed on in a speaker’s quote (CONVENTIONS 14, row S)', () => {
  it('given "He says they’d rather …" after her cousin was named, the contracted clause is the cousin’s', () => {
    const text =
      'Mariam said her cousin told her the cellars in his street are full of old people.\n\n"He says they\'d rather stay in their own homes," she said.';
    expect(speakersViaAndQuotes(text).at(-1)).toEqual([
      'text:cousin',
      'text:mariam',
      "they'd rather stay in their own homes,",
    ]);
  });

  it('given "Her grandmother …" opening the sentence before, "She always said she’d …" is the grandmother’s', () => {
    const text =
      'For Sona Petrosyan, 20, it is personal. Her grandmother was born in Hadrut.\n\n"She always said she\'d return one day," Petrosyan said.';
    expect(speakersViaAndQuotes(text).at(-1)).toEqual([
      'text:grandmother',
      'text:sona-petrosyan',
      "she'd return one day,",
    ]);
  });

  it('given a call first ("He calls us every evening."), the next "He says …" hands on the relative’s words', () => {
    const text =
      'Another resident, Gor Ghukasyan, told reporters that his brother had been unable to leave the town since May. "He calls us every night. He says the worst thing is that there is no bread for the children," Ghukasyan said.';
    expect(speakersViaAndQuotes(text).at(-1)).toEqual([
      'text:brother',
      'text:gor-ghukasyan',
      'the worst thing is that there is no bread for the children,',
    ]);
  });

  it('given "Her son, Tigran," named before, "He wrote, …" is filed under his name', () => {
    const text =
      'Every morning, Gayane Avetisyan takes the bus to Yerevan. Her son, Tigran, was 19 in October. "He wrote, \'Mama, we are fine, do not worry,\'" she said.';
    expect(speakersViaAndQuotes(text).at(-1)?.slice(0, 2)).toEqual(['text:tigran', 'text:gayane-avetisyan']);
  });

  it('given a call by one pronoun and a saying by the other, no relative speaks', () => {
    const text =
      'Anna Melkonyan said her brother had stayed in the village. "He called me last night. She said the road was closed," Melkonyan said.';
    expect(speakersViaAndQuotes(text).map(([speaker]) => speaker)).not.toContain('text:brother');
  });
});

describe('a call, then "during which he stated" (CONVENTIONS 14)', () => {
  it('given a spokesperson telling that the principal had a call during which he stated …, both are named', () => {
    const text =
      'Anna Sargsyan, spokesperson for the Prime Minister, said that Nikol Pashinyan had a telephone conversation with Emmanuel Macron on Monday, during which he stated that the troops "must be withdrawn."';
    expect(speakersViaAndQuotes(text)).toEqual([
      [
        'text:anna-sargsyan',
        undefined,
        'Nikol Pashinyan had a telephone conversation with Emmanuel Macron on Monday, during which he stated that the troops "must be withdrawn."',
      ],
      ['pashinyan', 'text:anna-sargsyan', 'the troops "must be withdrawn."'],
    ]);
  });
});

describe('a relayed principal named beside a role (CONVENTIONS 14)', () => {
  it('given "that the minister, <Name>, had told his counterpart … that …", the named minister is the principal', () => {
    const text =
      'Foreign Ministry spokesman Nasser Kanaani said on Monday that the minister, Hossein Amir-Abdollahian, had told his Turkish counterpart in a phone call that Iran would not accept new borders.';
    expect(speakersViaAndQuotes(text).at(-1)).toEqual([
      'amir-abdollahian',
      'kanaani',
      'Iran would not accept new borders',
    ]);
  });

  it('given "the minister also informed his interlocutor that …" after his spokesperson, the minister’s words', () => {
    const text =
      'Spokesperson of the Foreign Minister Ani Badalyan said that Minister Ararat Mirzoyan had spoken with the envoy. According to the spokesperson, the minister also informed his interlocutor that the convoy had crossed the bridge.';
    expect(speakersViaAndQuotes(text).at(-1)?.slice(0, 2)).toEqual(['mirzoyan', 'ani-badalyan']);
  });
});

describe('"They said …" after a relative told the speaker (row S)', () => {
  it('given one of her cousins told her …, the next quote’s "They said …" is the cousin’s', () => {
    const text =
      'Lilit said one of her cousins, who is 16, had told her on the phone that the night was "the worst yet". "They said the school in the village is gone," she added.';
    expect(speakersViaAndQuotes(text).at(-1)).toEqual([
      'text:cousin',
      'text:lilit',
      'the school in the village is gone,',
    ]);
  });

  it('given no relative telling the speaker just before, "They told us …" stays the speaker’s', () => {
    const text =
      'Lusine Harutyunyan, whose mother needs dialysis, said the family had waited since Monday. "They told us the convoy would come on Thursday," she said.';
    expect(speakersViaAndQuotes(text).map(([speaker]) => speaker)).not.toContain('text:mother');
  });
});
