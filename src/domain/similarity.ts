/**
 * 相近名称: finds the registry names closest to what someone typed, so an unknown unit name can say
 * "did you mean 区卫计局?" (SPEC R3) and likely duplicate items can be flagged (R5).
 */
import { nameKey } from './text.ts';

export interface Match<T> {
  value: T;
  name: string;
  score: number;
}

/** 编辑距离: the Levenshtein distance between two strings, counted in characters (code points). */
export function levenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  let current = new Array<number>(t.length + 1);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[t.length];
}

// Character bigrams; a one-character string is its own single "bigram" so it can still match.
function bigrams(key: string): string[] {
  const chars = Array.from(key);
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/**
 * Dice coefficient over bigram multisets, each bigram weighted by how rare it is among the
 * candidates. Every full name here starts with 张家界市武陵源区; unweighted, that shared prefix
 * outweighs the two characters that tell 区卫计局 from 区教育局.
 */
function weightedDice(a: string[], b: string[], weight: (gram: string) => number): number {
  if (a.length === 0 || b.length === 0) return 0;
  const remaining = new Map<string, number>();
  for (const g of b) remaining.set(g, (remaining.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of a) {
    const left = remaining.get(g) ?? 0;
    if (left > 0) {
      common += weight(g);
      remaining.set(g, left - 1);
    }
  }
  const total = a.reduce((sum, g) => sum + weight(g), 0) + b.reduce((sum, g) => sum + weight(g), 0);
  return total === 0 ? 0 : (2 * common) / total;
}

function levenshteinSimilarity(a: string, b: string): number {
  const longest = Math.max(Array.from(a).length, Array.from(b).length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

// One key inside the other (区教育 in 区教育局) is nearly a match; the closer the lengths, the
// nearer. Single characters are inside too many names to mean anything.
function containmentScore(a: string, b: string): number {
  const [shorter, longer] = Array.from(a).length <= Array.from(b).length ? [a, b] : [b, a];
  const shortLength = Array.from(shorter).length;
  if (shortLength < 2 || !longer.includes(shorter)) return 0;
  return 0.7 + 0.3 * (shortLength / Array.from(longer).length);
}

const DICE_SHARE = 0.6;

/** 相近名称匹配: the candidates whose names are closest to the query, best first, each once under its best name. */
export function closestMatches<T>(
  query: string,
  candidates: { value: T; names: string[] }[],
  opts: { limit?: number; minScore?: number } = {},
): Match<T>[] {
  const limit = opts.limit ?? 3;
  const minScore = opts.minScore ?? 0.3;
  const queryKey = nameKey(query);
  if (queryKey === '' || limit <= 0) return [];

  const keyed = candidates.map((c) => c.names.map((name) => ({ name, key: nameKey(name) })).filter((n) => n.key !== ''));

  // Document frequency per candidate (not per name), so a unit with many aliases is not penalized.
  const frequency = new Map<string, number>();
  for (const names of keyed) {
    for (const gram of new Set(names.flatMap((n) => bigrams(n.key)))) frequency.set(gram, (frequency.get(gram) ?? 0) + 1);
  }
  const weight = (gram: string) => Math.log(1 + keyed.length / (frequency.get(gram) ?? 1));
  const queryGrams = bigrams(queryKey);

  const matches: Match<T>[] = [];
  candidates.forEach((candidate, index) => {
    let best: Match<T> | undefined;
    for (const { name, key } of keyed[index]) {
      const blended =
        key === queryKey
          ? 1
          : DICE_SHARE * weightedDice(queryGrams, bigrams(key), weight) + (1 - DICE_SHARE) * levenshteinSimilarity(queryKey, key);
      const score = Math.max(blended, key === queryKey ? 1 : containmentScore(queryKey, key));
      if (!best || score > best.score || (score === best.score && Array.from(name).length < Array.from(best.name).length)) {
        best = { value: candidate.value, name, score };
      }
    }
    if (best && best.score >= minScore) matches.push(best);
  });

  // Stable sort: equal scores keep the candidates' order.
  return matches.sort((x, y) => y.score - x.score).slice(0, limit);
}
