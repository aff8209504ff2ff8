import { longWords } from '../../../src/extraction/stages/segment';

/** The definition longWords implements without a regex per line. */
function byRegex(text: string) {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return { capitalised: words.filter((w) => w.length > 3 && w[0] !== w[0].toLowerCase()).length, long: words.filter((w) => w.length > 3).length };
}

describe('longWords (how title-cased a line is)', () => {
  it('counts words of more than three letters and the capitalised ones', () => {
    expect(longWords('Russia Sends More Troops to the Front', 0, 37)).toEqual({ capitalised: 5, long: 5 });
    expect(longWords('xx Le chef d’état-major’s Émile', 3, 31)).toEqual({ capitalised: 1, long: 3 });
  });
  it('agrees with the regex on accents, apostrophes, hyphens, marks and astral letters', () => {
    const samples = ['Ça va très Bien l’ÉTAT-Major’s  𝐀𝐁𝐂𝐃 word 😀abcd Émile--x', "d'Abord L'Europe—x -Test 'Quote' ǅungla Ⅻroman Straße İstanbul", 'Cafe\u0301 Zoë 1234 AB-CD'];
    for (const s of samples) expect(longWords(s, 0, s.length)).toEqual(byRegex(s));
  });
});
