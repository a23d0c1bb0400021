// Quick fixes that add a missing act, means or purpose to the bill's OWN enumeration: in the grammatical form
// its items already use ("recruits" / "recruitment" / "recruiting" / "captare"), with its own separator and
// conjunction, at the Protocol's place in the list, and touching nothing outside the enumeration:
//   "recruits, transports, harbours or receives" + transfer → "recruits, transports, transfers, harbours or receives"
//   "recruits, transports or harbours"            + receipt  → "recruits, transports, harbours or receives"
// Where the list is not a plain enumeration ("de recruter une personne, de la transporter…"), or the form of its
// items cannot be told, no fix is offered: a wrong edit in a statute is worse than none.

import type { Fix, TermMatch } from '../types';
import type { Analysis } from '../analysis';
import type { ScopeUnit } from '../scope';
import { DEFINITION_KEYS } from '../coverage';
import { fold } from '../text/fold';
import { deepestAt } from '../structure';

const LIST_KINDS = new Set(['paragraph', 'item']);

type Item = TermMatch & { unit: ScopeUnit };

const CONJ: Record<string, string> = { en: 'or', fr: 'ou', es: 'o', pt: 'ou' };
// A gap between two items of one enumeration: commas and one conjunction, nothing else.
// Articles per language: the next item's article may sit in the gap ("la menace, la contrainte ou la tromperie").
// Per language because "o" is a Portuguese article but the Spanish "or", and "a" a Spanish preposition.
const ARTICLES: Record<string, string> = { en: 'the', fr: "la|le|les", es: 'el|la|los|las', pt: 'o|a|os|as' };
// French infinitive lists repeat the preposition: "de recruter, de transporter ou d'héberger".
const tail = (lang: string) => `(?:${ARTICLES[lang] ?? 'the'})\\s+${lang === 'fr' ? "|l'|de\\s+|d'" : ''}`;
const gapArticle = (lang: string) => new RegExp(`(?:${tail(lang)})$`, 'i');
const simpleGap = (lang: string) => new RegExp(`^\\s*(?:[,;]\\s*)?(?:(?:or|and|and/or|ou|et|o|u|y|e)\\s+)?(?:${tail(lang)})?$`, 'i');
/** withTail gives the new item the preposition the list repeats ("de"/"d'" before a vowel or mute h). */
function withTail(word: string, gapTail: string): string {
  if (!/^(?:de\s+|d')$/i.test(gapTail)) return word;
  return /^[aeiouyhâàéèêîôû]/i.test(word) ? `d'${word}` : `de ${word}`;
}
// Leading articles of a lexicon form, dropped when the list's items carry none ("force, abduction or deception").
const ARTICLE = /^(?:the|la|le|les|el|los|las|o|a|os|as)\s+|^l'/i;

// An item that is only an article before the element ("(a) the threat or use of force").
const ONLY_LEAD = /^\s{0,4}(?:the|la|le|les|el|los|las|o|a|os|as|l')\s{0,2}$/i;

const order = (key: string) => DEFINITION_KEYS.indexOf(key as typeof DEFINITION_KEYS[number]);

/** runs splits the group's terms into enumerations: maximal sequences separated only by simple gaps. */
function runs(a: Analysis, items: Item[], lang: string): Item[][] {
  const SIMPLE_GAP = simpleGap(lang);
  const out: Item[][] = [];
  for (const m of items) {
    const cur = out[out.length - 1];
    const prev = cur?.[cur.length - 1];
    if (prev && SIMPLE_GAP.test(a.text.slice(prev.end, m.start)) && m.start >= prev.end) cur.push(m);
    else out.push([m]);
  }
  return out;
}

/** formOf names the grammatical form an item is written in, by comparing it with the lexicon's forms. */
function formOf(a: Analysis, m: Item): string | undefined {
  const forms = a.lexFor(m.unit.provision).data.forms?.[m.key];
  if (!forms) return undefined;
  const text = fold(a.text.slice(m.start, m.end));
  for (const [name, f] of Object.entries(forms)) if (f && fold(f.replace(ARTICLE, '')) === text.replace(ARTICLE, '')) return name;
  return undefined;
}

/** enumerationFix builds the fix that writes `key` into the unit's enumeration of its group, if it can. */
export function enumerationFix(a: Analysis, unit: ScopeUnit, key: string): Fix | undefined {
  const group = key.split('.')[0];
  const lex = a.lexFor(unit.provision);
  const seen = new Set<number>();
  const items = a.elements.matches
    .filter(m => m.unit === unit && m.key.startsWith(group + '.'))
    .sort((x, y) => x.start - y.start)
    .filter(m => !seen.has(m.start) && seen.add(m.start));
  if (!items.length) return undefined;
  const all = runs(a, items, lex.lang);
  const GAP_ARTICLE = gapArticle(lex.lang);
  let list: Item[];
  const holders = all.map(r => deepestAt(a.root, r[0].start));
  if (all.length > 1 && new Set(holders).size === all.length && holders.every(h => LIST_KINDS.has(h.kind) && h.parent === holders[0].parent)) {
    // A lettered list ("(a) the threat or use of force; (b) abduction; …"): the new element joins the item
    // of its nearest predecessor in the Protocol's order ("(d) the abuse of power or …"); no renumbering.
    // Only an item the element ends ("(b) abduction;") can take "or …" after it.
    const endsItem = (r: Item[]) => {
      const h = deepestAt(a.root, r[0].start);
      const rest = a.text.slice(r[r.length - 1].end, h.children.length ? h.children[0].start : h.end);
      // …and that starts with it: "(a) keeping a person in a state of slavery" is a clause, not a noun list.
      const lead = a.text.slice(h.bodyStart, r[0].start);
      return /^\s*(?:[,;.:]\s*)?(?:(?:or|and|ou|et|o|y|e)\s*)?$/i.test(rest) && (lead.trim() === '' || ONLY_LEAD.test(lead));
    };
    const before = all.filter(r => r.some(m => order(m.key) < order(key)));
    const pick = [...before.reverse(), ...all].find(endsItem);
    if (!pick) return undefined;
    list = pick;
  } else {
    // The longest enumeration is the one the drafter wrote as "the list"; scattered single terms are not a list.
    list = all.sort((x, y) => y.length - x.length)[0];
    if (list.length === 1 && all.length > 1) return undefined;
    // A lone means or purpose may be a verb or part of a longer phrase ("s'il enlève la personne"): no fix.
    if (list.length === 1 && group !== 'act') return undefined;
  }
  // A lone item must end its phrase ("(d) the abuse of power," / "recruits another person").
  if (list.length === 1 && group !== 'act' && !/^\s*(?:[,;.:—–-]|$|\n)/.test(a.text.slice(list[0].end, list[0].end + 3))) return undefined;
  // A list on a heading-like line ("Slavery, servitude and forced or compulsory labour") is a heading, not law.
  const ls = a.text.lastIndexOf('\n', list[0].start) + 1, le = a.text.indexOf('\n', list[0].start);
  const line = a.text.slice(ls, le < 0 ? a.text.length : le).trim();
  if (line.length < 100 && /^\p{Lu}/u.test(line) && !/[.;:,—–-]$/.test(line)) return undefined;
  // The form: acts must match a known form; means and purposes are nouns.
  let form = 'noun';
  if (group === 'act') {
    const counts = new Map<string, number>();
    for (const m of list) { const f = formOf(a, m); if (f) counts.set(f, (counts.get(f) ?? 0) + 1); }
    const best = [...counts].sort((x, y) => y[1] - x[1])[0];
    if (!best || best[1] * 2 < list.length) return undefined;
    form = best[0];
  }
  let word = lex.data.forms?.[key]?.[form as 'noun'];
  if (!word) return undefined;
  // Bare items ("force, abduction or deception") get a bare new item; articled lists keep the article.
  const before = a.text.slice(Math.max(0, list[0].start - 6), list[0].start);
  const ONLY_ARTICLE = new RegExp(`(?:^|\\s|\\()(?:${ARTICLES[lex.lang] ?? 'the'})\\s+$${lex.lang === 'fr' ? "|(?:^|\\s)l'$" : ''}`, 'i');
  const gapHasArticle = list.slice(1).some((m, i) => new RegExp(`(?:(?:^|\\s)(?:${ARTICLES[lex.lang] ?? 'the'})\\s+${lex.lang === 'fr' ? "|l'" : ''})$`, 'i').test(a.text.slice(list[i].end, m.start)));
  const articled = gapHasArticle || list.some(m => ARTICLE.test(a.text.slice(m.start, m.end))) || ONLY_ARTICLE.test(before);
  if (!articled) word = word.replace(ARTICLE, '');
  const firstGap = a.text.slice(list[0].end, (list[1] ?? list[0]).start);
  word = withTail(word, GAP_ARTICLE.exec(firstGap)?.[0] ?? '');
  // Separator and conjunction without the next item's article (the new item brings its own).
  const strip = (g: string) => g.replace(GAP_ARTICLE, '');
  const sep = list.length >= 3 ? strip(a.text.slice(list[0].end, list[1].start)) : ', ';
  const conj = list.length >= 2 ? strip(a.text.slice(list[list.length - 2].end, list[list.length - 1].start)) : ` ${CONJ[lex.lang] ?? 'or'} `;
  // Place it after the last item that comes before it in the Protocol's order.
  // Never before the first item: its start may be inside a longer phrase ("de réduction en servitude"), while
  // an item's end always meets a plain separator.
  let j = 0;
  list.forEach((m, i) => { if (order(m.key) < order(key)) j = i; });
  const n = list.length;
  let edit;
  if (j < n - 1) {
    edit = { start: list[j].end, end: list[j].end, newText: `${sep.includes(',') ? sep : ', '}${word}` };
  } else if (n === 1) {
    edit = { start: list[0].end, end: list[0].end, newText: `${conj}${word}` };
  } else {
    // After the last item: "A, B or C" → "A, B, C or D" (only the tail of the enumeration is rewritten).
    // The last item keeps any article the gap gave it ("ou la tromperie" → ", la tromperie ou la fraude").
    const last = list[n - 1];
    const gap = a.text.slice(list[n - 2].end, last.start);
    const art = GAP_ARTICLE.exec(gap)?.[0] ?? '';
    edit = { start: list[n - 2].end, end: last.end, newText: `${sep.includes(',') ? sep : ', '}${art}${a.text.slice(last.start, last.end)}${conj}${word}` };
  }
  return { title: `Add “${word}” to the ${group === 'act' ? 'acts' : group === 'means' ? 'means' : 'forms of exploitation'}`, edits: [edit], isPreferred: true };
}
