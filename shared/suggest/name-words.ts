/**
 * The words of a name and what surrounds it: the word lists (titles, roles,
 * honorifics, words that are never names) and the step from a run of
 * capitalised words to a speaker's name, shared by the noun-phrase readers.
 */

export type SpeakerRef = {
  type: 'name' | 'pronoun' | 'role';
  /** The name as written, job titles removed ("Vladimir Putin", "Mr Thomas", "the minister", "he"). */
  text: string;
  start: number;
  end: number;
  /** Job words seen with it ("president"), which "the president" can later refer to. */
  roles: string[];
  gender: 'm' | 'f' | null;
};

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’\-.&]*/gu;

const HONORIFIC_GENDER: Record<string, 'm' | 'f'> = { mr: 'm', sir: 'm', lord: 'm', mrs: 'f', ms: 'f', miss: 'f', lady: 'f', dame: 'f' };
/** Common first names whose bearer "he" or "she" can mean; unknown ones stay open to both. */
const FIRST_NAME_GENDER = new Map<string, 'm' | 'f'>([
  ...('tony gordon michael john david charles jack alan peter paul mark james robert richard william george ' +
    'andrew stephen steven ian neil nick nicholas simon tom thomas chris christopher martin kenneth ken ' +
    'donald vladimir boris jeremy keir rishi iain oliver liam alex alexander patrick kevin brian jim ' +
    'gerry menzies norman frank geoff geoffrey malcolm douglas hugh sergei emmanuel olaf barack joe steve')
    .split(' ')
    .map((n): [string, 'm'] => [n, 'm']),
  ...('margaret theresa tessa ruth clare claire hazel patricia helena helen louise nicola fiona yvette rhona ' +
    'caroline penny estelle harriet cherie jacqui glenda sarah anne ann mary elizabeth jane janet diane ' +
    'emily emma kate catherine angela hillary hilary condoleezza ursula kamala liz julia shirley')
    .split(' ')
    .map((n): [string, 'f'] => [n, 'f']),
]);

const HONORIFICS = new Set([...Object.keys(HONORIFIC_GENDER), 'dr', 'prof', 'rev']);

export const PERSON_ROLES = new Set(
  ('president prime minister premier chancellor secretary leader chief chairman chairwoman chair head governor senator ' +
    'ambassador envoy general commander king queen prince mayor manager coach boss executive director founder judge ' +
    'mp congressman congresswoman deputy vice spokesman spokeswoman spokesperson official officials analyst expert aide ' +
    'adviser advisor negotiator diplomat economist source sources lawyer prosecutor professor researcher author campaigner activist').split(' '),
);

/** Titles written before a name; stripped from it and kept as its roles. */
export const TITLES = new Set(
  ('president prime minister premier chancellor secretary foreign home defence defense interior finance state shadow ' +
    'senator sen governor gov general gen ambassador envoy king queen prince princess mayor judge commissioner chief ' +
    'chairman deputy vice justice representative rep mp msp mep colonel col captain capt lieutenant admiral spokesman spokeswoman ' +
    'solicitor lawyer barrister attorney professor doctor bishop archbishop pope inspector detective superintendent officer ' +
    'director editor chairwoman coordinator co-ordinator backbencher constable commander').split(' '),
);

/** Capitalised words that start a sentence or a clause but never a name. */
export const NOT_NAMES = new Set(
  ('the a an but and or yet so then now however meanwhile still also speaking in on at after before when while if although ' +
    'instead this that these those there here it its his her their our my your we they he she i as by for from with ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow january february march april june ' +
    'july august september october november december last next earlier later new former ex first then acting outgoing incoming of ' +
    'well yes no oh although though because since asked according both all some many one most several few each every ' +
    'neither either none another other others fellow').split(' '),
);

const NATIONALITIES = /^(?:american|british|russian|soviet|chinese|french|german|iranian|israeli|ukrainian|belarusian|japanese|indian|pakistani|italian|spanish|european|nato|us|uk|un|eu|kremlin|labour|tory|conservative|liberal|democrat|democratic|republican|scottish|welsh|irish|english|lib|dem|dems|snp|plaid|ukip|green|australian|canadian|korean|north|south|saudi|syrian|turkish|egyptian|polish|swedish|dutch)$/i;

export const ORGANIZATION_WORD =
  /\b(?:Association|Committee|Council|Party|Office|Ministry|Commission|Bank|Company|Union|Group|Agency|Department|Institute|University|Society|Federation|Organi[sz]ation|Corporation|Trust|Board|Authority|Service|Club|Court|Parliament|Assembly|Government|Fund|Forum|Foundation|Alliance|Inc|Ltd|plc)\b/;

/** What sets an apposition off: commas, or dashes with spaces ("Lord Bingham - a law lord - said"). */
export const APPOSITION = /,|\s[-–—]\s|[–—]/;

export const PARTICLES = new Set(['of', 'de', 'da', 'di', 'van', 'von', 'der', 'den', 'bin', 'al', 'la', 'le', 'du', 'del', 'dos', 'ibn', 'ben', 'al-']);

export type Word = { text: string; start: number; end: number };

export function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) {
    let w = m[0];
    // A full stop belongs to the word only in initials and abbreviations ("J.", "U.S.").
    if (w.endsWith('.') && !/^(?:\p{Lu}\.|(?:\p{Lu}\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|St\.)$/u.test(w)) w = w.slice(0, -1);
    out.push({ text: w, start: from + m.index, end: from + m.index + w.length });
  }
  return out;
}

export const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
export const bare = (w: string) => w.toLowerCase().replace(/[.'’]+$|[’']s$/g, '');

/** A name run made of `run` words: leading titles and nationalities go to roles. */
export function nameFrom(run: Word[], rolesBefore: string[]): SpeakerRef | null {
  const roles = [...rolesBefore];
  let gender: SpeakerRef['gender'] = null;
  let i = 0;
  while (i < run.length - 1) {
    const w = bare(run[i]!.text);
    if (TITLES.has(w)) roles.push(w);
    else if (!NOT_NAMES.has(w) && !NATIONALITIES.test(w)) break;
    i++;
  }
  // "Speaking in Harrogate Mr Kennedy": an honorific starts the name.
  const honorific = run.findLastIndex((w, k) => k > i && k < run.length - 1 && HONORIFICS.has(bare(w.text)));
  if (honorific > i) i = honorific;
  // "Health Secretary Sarah Jones": everything up to the last title word is the job, not the name.
  const lastTitle = run.findLastIndex((w, k) => k >= i && k < run.length - 1 && TITLES.has(bare(w.text)));
  if (lastTitle >= i) {
    roles.push(...run.slice(i, lastTitle + 1).map((w) => bare(w.text)).filter((w) => TITLES.has(w)));
    i = lastTitle + 1;
  }
  // "Archbishop of Canterbury": a title of a place is the whole name.
  if (i > 0 && i === run.length - 1 && bare(run[i - 1]!.text) === 'of') i = 0;
  let kept = run.slice(i);
  // "President Musharraf of Pakistan": after a title, "of" and a place say where, not who.
  if (roles.length > rolesBefore.length && kept.length === 3 && bare(kept[1]!.text) === 'of') kept = kept.slice(0, 1);
  if (kept.length === 0) return null;
  const first = bare(kept[0]!.text);
  if (HONORIFIC_GENDER[first]) gender = HONORIFIC_GENDER[first]!;
  else if (kept.length > 1) gender = FIRST_NAME_GENDER.get(first) ?? null;
  if (kept.every((w) => NOT_NAMES.has(bare(w.text)) || HONORIFICS.has(bare(w.text)) || TITLES.has(bare(w.text)))) return null;
  const start = kept[0]!.start;
  const end = kept[kept.length - 1]!.end;
  return { type: 'name', text: '', start, end, roles, gender };
}

export function withText(ref: SpeakerRef | null, text: string): SpeakerRef | null {
  if (ref && ref.text === '') ref.text = text.slice(ref.start, ref.end).replace(/[’']s$/, '');
  return ref;
}
