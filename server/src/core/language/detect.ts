import { LANGS, type Lang } from '../types';
import { lexiconData } from '../lexicon';
import { Memo, MAX_KEY, ownCopy } from '../cache';

let stop: Map<string, number> | undefined;

/** A word → bitmask of the languages that list it as a stopword (built once from the lexicon data). */
function stopwords(): Map<string, number> {
  if (stop) return stop;
  stop = new Map();
  LANGS.forEach((lang, i) => { for (const w of lexiconData(lang).stopwords) stop!.set(w, (stop!.get(w) ?? 0) | (1 << i)); });
  return stop;
}

export interface Detection { lang: Lang; confidence: number }

/**
 * detectLanguage votes with stopwords over (a sample of) folded[start, end). Confidence is the winner's
 * share of its own and the runner-up's votes (damped below 8 votes); near 0.5 the text is mixed or too short.
 */
export function detectLanguage(folded: string, start = 0, end = folded.length, fallback: Lang = 'en'): Detection {
  // A section's vote depends only on its text: an edit elsewhere does not re-count it.
  if (end - start > MAX_KEY) return vote(folded, start, end, fallback);
  const slice = folded.slice(start, end), key = `${fallback}${slice}`;
  let d = votes.get(key);
  if (!d) { d = vote(slice, 0, slice.length, fallback); votes.set(ownCopy(key), d); }
  return d;
}
const votes = new Memo<Detection>(20000);

function vote(folded: string, start: number, end: number, fallback: Lang): Detection {
  const words = stopwords();
  const votes = new Array(LANGS.length).fill(0);
  // A few spread-out windows are enough and keep this O(1) on huge files.
  const len = end - start, win = 4000;
  const windows = len <= win * 3 ? [[start, end]] : [0, 0.5, 0.9].map(f => { const s = start + Math.floor(len * f); return [s, Math.min(end, s + win)]; });
  const re = /[a-z']+/g;
  for (const [s, e] of windows) {
    const sample = folded.slice(s, e);
    re.lastIndex = 0;
    for (let m = re.exec(sample); m; m = re.exec(sample)) {
      const mask = words.get(m[0]);
      if (!mask) continue;
      for (let i = 0; i < LANGS.length; i++) if (mask & (1 << i)) votes[i]++;
    }
  }
  const total = votes.reduce((a, b) => a + b, 0);
  if (!total) return { lang: fallback, confidence: 0 };
  let best = 0;
  for (let i = 1; i < votes.length; i++) if (votes[i] > votes[best]) best = i;
  // French, Spanish and Portuguese share many function words ("la", "de", "ou"), so the winner's share of
  // all votes understates a clear win; measure it against the runner-up instead. Few votes mean little.
  const second = Math.max(...votes.filter((_, i) => i !== best));
  const confidence = (votes[best] / (votes[best] + second)) * Math.min(1, total / 8);
  return { lang: LANGS[best], confidence };
}
