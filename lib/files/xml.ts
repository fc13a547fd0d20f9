/**
 * The little XML reading the workbook parts need, with regular expressions over the part's text:
 * there is no DOMParser in a worker or in Node, and the parts Excel writes are regular enough.
 * Every element name may carry a namespace prefix (`x:c`), as the Open XML SDK writes them.
 */

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML character and entity references. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    ENTITY,
    (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (name) return NAMED[name] ?? whole;
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/**
 * Excel stores characters XML cannot hold as `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
 */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** Escapes text for an element's content; drops characters XML 1.0 cannot hold at all. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // A literal "_x0041_" in an answer would read back as "A": escape its underscore (same section).
      .replace(/_x([0-9a-fA-F]{4})_/g, '_x005F_x$1_')
  );
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's text (`r="A1" s="3"`), decoded. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTRIBUTE.exec(tag))) out[m[1] as string] = decodeXml(m[2] ?? m[3] ?? '');
  return out;
}

const ONE_ATTRIBUTE = new Map<string, RegExp>();

/** One attribute of a start tag's text, or `undefined`; cheaper than `attributes` for one. */
export function attribute(tag: string, name: string): string | undefined {
  let pattern = ONE_ATTRIBUTE.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ONE_ATTRIBUTE.set(name, pattern);
  }
  const m = pattern.exec(tag);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}

/** The text of every `<t>` element in a string item or inline string, phonetic runs left out. */
export function stringItemText(xml: string): string {
  const plain = xml.includes('rPh')
    ? xml.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '')
    : xml;
  let out = '';
  const t = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
  let m: RegExpExecArray | null;
  while ((m = t.exec(plain))) if (m[1]) out += m[1];
  return decodeExcelEscapes(decodeXml(out));
}
