/**
 * Text normalisation for the rules, with an offset map back to the original text.
 *
 * Pages hide characters inside phrases: NBSP between "SOC" and "2", zero-width spaces and soft
 * hyphens inserted by rich-text editors, bidi marks from RTL-aware portals, full-width digits in
 * Japanese forms. The rules match the cleaned text, but the content script maps spans back to DOM
 * text nodes, so every span must index the ORIGINAL text (docs/design.md, "Contracts"): `map` keeps,
 * for each cleaned character, the index of the original character it came from.
 */

/** Cleaned text plus, per cleaned character, the index of its original character. */
export interface Normalized {
  text: string;
  /** `map[i]` = index in the original text of cleaned character `i`; `null` means identity. */
  map: Int32Array | null;
}

/**
 * Characters that can split a phrase so that the plain regular expressions would miss it:
 * invisible format characters (soft hyphen, zero-width, bidi marks, BOM), exotic spaces,
 * full-width ASCII, Roman numeral code points. When none is present, the text can be scanned as is.
 */
export const BREAKERS =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u2160-\u2163\uFF01-\uFF5E]/;

/** Replacement for one UTF-16 code unit: `''` drops it; `undefined` keeps it. */
function replacementFor(code: number): string | undefined {
  // Invisible format characters: drop (they sit inside words, "SO\u00ADC 2").
  if (
    code === 0x00ad ||
    code === 0x061c ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff ||
    code === 0x00ae || // ® ("SOC 2®")
    code === 0x2122 || // ™
    code === 0x2120 // ℠
  ) {
    return '';
  }
  // Exotic spaces to a plain space.
  if (
    code === 0x00a0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0x09
  ) {
    return ' ';
  }
  if (code === 0x2028 || code === 0x2029 || code === 0x0d) return '\n';
  // Dashes and minus signs to a hyphen ("SOC‑2", "AT‑C 205").
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63) return '-';
  // Curly and prime quotes to ASCII ("auditor’s report").
  if (code === 0x2018 || code === 0x2019 || code === 0x02bc || code === 0x2032 || code === 0x00b4)
    return "'";
  if (code === 0x201c || code === 0x201d || code === 0x201e) return '"';
  // Full-width ASCII ("ＳＯＣ２" in Japanese forms).
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  // Roman numeral code points ("SOC Ⅱ").
  if (code === 0x2160) return 'I';
  if (code === 0x2161) return 'II';
  if (code === 0x2162) return 'III';
  if (code === 0x2163) return 'IV';
  // Ideographic full stop stays: it ends sentences.
  return undefined;
}

const CHANGED =
  /[\u00A0\u00AD\u00AE\u00B4\u02BC\u061C\u1680\u180E\u2000-\u2015\u2018\u2019\u201C-\u201E\u2028-\u202F\u2032\u205F-\u2069\u2120\u2122\u2160-\u2163\u2212\u3000\uFE63\uFEFF\uFF01-\uFF5E\t\r]/;

/**
 * Cleans `text` for matching and keeps an offset map to the original.
 * Linear time; returns the input unchanged (map `null`) when nothing needs cleaning.
 *
 * @example normalize('SOC\u200B2').text // "SOC2", map [0, 1, 2, 4]
 */
export function normalize(text: string): Normalized {
  if (!CHANGED.test(text)) return { text, map: null };
  const parts: string[] = [];
  const map: number[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const replacement = replacementFor(text.charCodeAt(i));
    if (replacement === undefined) continue;
    if (runStart < i) {
      parts.push(text.slice(runStart, i));
      for (let k = runStart; k < i; k++) map.push(k);
    }
    parts.push(replacement);
    for (let k = 0; k < replacement.length; k++) map.push(i);
    runStart = i + 1;
  }
  if (runStart < text.length) {
    parts.push(text.slice(runStart));
    for (let k = runStart; k < text.length; k++) map.push(k);
  }
  return { text: parts.join(''), map: Int32Array.from(map) };
}

/**
 * Maps a span `[start, end)` of the cleaned text back to the original text.
 * The end is one past the original index of the last cleaned character, so dropped characters
 * inside the phrase stay inside the span and dropped characters around it stay outside.
 */
export function toOriginal(norm: Normalized, start: number, end: number): [number, number] {
  const map = norm.map;
  if (!map) return [start, end];
  if (end <= start || map.length === 0) {
    const at = start < map.length ? (map[start] ?? 0) : (map[map.length - 1] ?? -1) + 1;
    return [at, at];
  }
  return [map[start] ?? 0, (map[end - 1] ?? 0) + 1];
}
