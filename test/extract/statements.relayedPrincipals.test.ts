import { describe, expect, it } from 'vitest';
import { extractFrom, timelineFor } from './statements.helpers.ts';

/** Speaker, relayer and the first words credited. */
const links = (text: string, year?: number) => {
  const timeline = timelineFor(text, year ? { precision: 'year', year, yearStatus: 'stated' } : null);
  return extractFrom(text, timeline).map((s) => [
    s.speaker.id,
    s.via?.id ?? null,
    text.slice(s.quote.start, s.quote.start + 28),
  ]);
};

describe('a spokesperson relaying the one they speak for names both links (CONVENTIONS 14)', () => {
  it('a relayer whose post is written as someone’s: "His press secretary X said the president had told …"', () => {
    const text =
      'President Shavkat Mirziyoyev hosted the two delegations in Samarkand. His press secretary Dilnoza ' +
      'Karimova wrote on Telegram that the president had told the guests that the border talks should go on.';
    expect(links(text)).toEqual([
      ['text:dilnoza-karimova', null, 'the president had told the g'],
      ['text:shavkat-mirziyoyev', 'text:dilnoza-karimova', 'the border talks should go o'],
    ]);
  });

  it('a possessive before a post that relays nothing keeps the speaker alone', () => {
    const text =
      'President Shavkat Mirziyoyev hosted the two delegations. His daughter Saida Karimova said the ' +
      'president had told the guests that the talks should go on.';
    expect(links(text).map((l) => l[0])).toEqual(['text:saida-karimova']);
  });

  it('the principal named by post: "the head of state", "the prime minister"', () => {
    const text =
      'President Vladimir Putin met the two leaders in Moscow. Kremlin spokesman Dmitry Peskov noted that ' +
      'the head of state believes the talks "must continue without delay."';
    expect(links(text)).toEqual([
      ['peskov', null, 'the head of state believes t'],
      ['putin', 'peskov', 'the talks "must continue wit'],
    ]);
  });

  it('the post the relayer serves: "Press Secretary of the President of Russia"', () => {
    const text =
      'Press Secretary of the President of Russia Dmitry Peskov noted that the head of state believes that ' +
      'the dispute "can only be settled at the table."';
    expect(links(text, 2022)).toContainEqual(['putin', 'peskov', 'the dispute "can only be set']);
  });

  it('a thought handed on leaves the teller the one "him" points back to', () => {
    const text =
      'As Kremlin spokesman Dmitry Peskov told reporters, Putin believes that the deal "will hold." ' +
      'According to him, no new talks are planned this year.';
    expect(links(text)).toContainEqual(['peskov', null, 'no new talks are planned thi']);
  });

  it('words handed on leave the teller the one "him" points back to: "X said Y had said …. According to him, …"', () => {
    const text =
      'Government spokesman Davit Harutyunyan said that Prime Minister Nikol Pashinyan, in a call with the ' +
      'Georgian premier, had said that the border talks must resume. According to him, the premier ' +
      'agreed to host the next round.';
    const found = links(text);
    expect(found).toContainEqual(['pashinyan', 'text:davit-harutyunyan', 'the border talks must resume']);
    expect(found).toContainEqual(['text:davit-harutyunyan', null, 'the premier agreed to host t']);
  });

  it('a relayed view leaves the teller the one a following "he" points back to: "According to X, Y considers …"', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov spoke to reporters on Friday. According to Peskov, Vladimir Putin ' +
      'considers that the mission "has been fulfilled". Asked whether Moscow had doubts, he replied that ' +
      '"nothing has changed".';
    const found = links(text);
    expect(found).toContainEqual(['peskov', null, 'nothing has changed".']);
    expect(found.filter((l) => l[0] === 'putin' && l[2]?.startsWith('nothing'))).toEqual([]);
  });

  it('a relayer titled after the name: "Name, spokeswoman for Prime Minister X,"', () => {
    const text =
      'Lilit Harutyunyan, spokeswoman for Prime Minister Nikol Pashinyan, said the prime minister believed ' +
      'the vote was "a test for the whole region."';
    expect(links(text)).toContainEqual([
      'pashinyan',
      'text:lilit-harutyunyan',
      'the vote was "a test for the',
    ]);
  });

  it('"had told the meeting the …": the principal says what follows the hearers', () => {
    const text =
      'His spokeswoman, Lilit Harutyunyan, said later that Pashinyan had told the meeting the decision was "final."';
    expect(links(text)).toContainEqual(['pashinyan', 'text:lilit-harutyunyan', 'the decision was "final."']);
  });

  it('hearers set off by an apposition: "had told the council chair, Name, that …"', () => {
    const text =
      'Prime Minister Nikol Pashinyan flew to Brussels. His spokeswoman, Lilit Harutyunyan, said the prime minister ' +
      'had told the council chair, Anna Berger, that the road "must reopen this week."';
    expect(links(text)).toContainEqual([
      'pashinyan',
      'text:lilit-harutyunyan',
      'the road "must reopen this w',
    ]);
  });

  it('a long aside between the principal and the verb: "Pashinyan, in a call with …, stressed that"', () => {
    const text =
      'Spokeswoman Lilit Harutyunyan informed that Pashinyan, in a telephone conversation with the head of the ' +
      'European Council Charles Michel, stressed that the prisoners must be freed at once.';
    expect(links(text)).toContainEqual([
      'pashinyan',
      'text:lilit-harutyunyan',
      'the prisoners must be freed ',
    ]);
  });

  it('no one named under the post: no holder is guessed', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov noted that the head of state believes the talks "must continue."';
    expect(links(text).map(([speaker]) => speaker)).not.toContain('putin');
  });

  it('a relayer titled by an apposition: "Pashinyan\'s spokeswoman, Name,"', () => {
    const text =
      "Prime Minister Nikol Pashinyan returned from Brussels on Monday. Pashinyan's spokeswoman, Lilit Harutyunyan, " +
      'said the prime minister had told reporters that the deal was "a difficult but necessary step."';
    const found = links(text);
    expect(found).toContainEqual(['text:lilit-harutyunyan', null, 'the prime minister had told ']);
    expect(found).toContainEqual(['pashinyan', 'text:lilit-harutyunyan', 'the deal was "a difficult bu']);
  });

  it('an apposed relayer who mentions a country relays no one', () => {
    const text =
      'The Foreign Ministry in Baku rejected the report. Its spokesman, Kamal Rustamov, added that Azerbaijan had "no claims" on the region.';
    expect(links(text).map(([speaker, via]) => [speaker, via])).toContainEqual(['text:kamal-rustamov', null]);
    expect(links(text).map(([speaker]) => speaker)).not.toContain('gov-azerbaijan');
  });

  it('"had told each minister that …": the principal says the that-clause', () => {
    const text =
      'State Department spokeswoman Morgan Ortagus said Pompeo had told each minister that the shelling "has to stop."';
    expect(links(text)).toEqual([
      ['ortagus', null, 'Pompeo had told each ministe'],
      ['pompeo', 'ortagus', 'the shelling "has to stop."'],
    ]);
  });
});

describe('a relayed principal named by a bare "the minister" (CONVENTIONS 14)', () => {
  it('the one minister the text named before is the minister', () => {
    const text =
      'Foreign Ministry spokeswoman Maria Zakharova said on Tuesday that Sergey Lavrov had called his ' +
      'counterpart in Baku. According to her, the minister stressed that Moscow wanted the talks to resume.';
    expect(links(text, 2023)).toContainEqual(['lavrov', 'zakharova', 'Moscow wanted the talks to r']);
  });

  it('"The minister, she added, …": the subject before an aside is read the same way', () => {
    const text =
      'The ministry’s spokeswoman, Odile Ferrand, said that Minister Catherine Colonna welcomed the deal. ' +
      'The minister, she added, hopes that the convoys will move before winter.';
    expect(links(text, 2023)).toContainEqual([
      'colonna',
      'text:odile-ferrand',
      'the convoys will move before',
    ]);
  });

  it('two ministers of the relayer’s side named before: no minister is chosen', () => {
    const text =
      'Spokeswoman Lena Varossian said that Defence Minister Karen Abrahamyan and Interior Minister Davit ' +
      'Orbelyan had visited the border. According to her, the minister stressed that the posts would stay.';
    expect(links(text).map((l) => l[0])).not.toContain('text:karen-abrahamyan');
    expect(links(text).map((l) => l[0])).not.toContain('text:davit-orbelyan');
  });

  it('a prime minister named before is no holder of "the minister"', () => {
    const text =
      'Spokeswoman Lena Varossian said that Prime Minister Karen Abrahamyan had visited the border. ' +
      'According to her, the minister stressed that the posts would stay.';
    expect(links(text).map((l) => l[0])).not.toContain('text:karen-abrahamyan');
  });
});

describe('"told <whom> that": the object of "told" is no part of the principal’s words', () => {
  it('"said the president had told foreign leaders that …" gives the president the that-clause', () => {
    const text =
      'Samir Guliyev, foreign policy adviser to President Ilham Aliyev, said the president had told ' +
      'visiting foreign leaders that Baku wanted a peaceful outcome.';
    expect(links(text, 2023)).toContainEqual([
      'aliyev',
      'text:samir-guliyev',
      'Baku wanted a peaceful outco',
    ]);
  });
});

describe('"According to her" after a relay is the relayer a title before her name made the subject', () => {
  it('"The press secretary of the Prime Minister X informed that …. According to her, the Prime Minister …"', () => {
    const text =
      'The press secretary of the Prime Minister Mane Gevorgyan informed that Nikol Pashinyan, at a meeting ' +
      'with the governors on Monday, said that no school would close. According to her, the Prime Minister ' +
      'noted that the state would pay the teachers.';
    expect(links(text, 2023)).toContainEqual(['mane-gevorgyan', null, 'the Prime Minister noted tha']);
    expect(links(text, 2023)).toContainEqual(['pashinyan', 'mane-gevorgyan', 'the state would pay the teac']);
  });
});

describe('"made (it) clear that" is the relayed principal’s saying', () => {
  it('"His adviser told the paper that the president had made clear that …"', () => {
    const text =
      'President Ilham Aliyev addressed the nation on Sunday. His foreign policy adviser Hikmet Hajiyev told ' +
      'a weekly that the president had made clear that the returnees would be safe.';
    expect(links(text, 2023)).toContainEqual(['aliyev', 'hajiyev', 'the returnees would be safe.']);
  });
});
