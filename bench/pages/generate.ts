/**
 * Generated questionnaire pages for bench/page.ts: the markup vendor-risk portals serve (section
 * headings, a table row per question with its number, text, a textarea and a select), at any size.
 * "With requests" puts a report request in every tenth question, several of them split across
 * inline elements; "without" holds no text the rules' hint expression can match, which a test
 * checks (tests/page/bench-pages.test.ts).
 */

/** Everyday security questions: none mentions an audit report. */
const PLAIN = [
  'Do you encrypt customer data at rest using AES-256 or stronger?',
  'Is multi-factor authentication enforced for all administrative access?',
  'Describe your process for onboarding and offboarding employees.',
  'How often are vulnerability scans performed on external systems?',
  'Do you maintain an inventory of hardware and software assets?',
  'Are backups tested for restoration at least annually?',
  'Describe how production access is granted, reviewed and revoked.',
  'Do you perform background checks on new hires where permitted by law?',
  'Is customer data logically separated between tenants?',
  'What is your target recovery time for critical services?',
  'Do you have a documented incident response plan with named roles?',
  'Are laptops protected with full-disk encryption and screen locks?',
];

/** Requests, some split across inline elements (markup, written by us, never page text). */
const REQUESTS = [
  'Please attach your most recent SOC <b>2</b> Type II report.',
  'Provide a copy of your ISO/IEC 27001 certificate and scope.',
  'If your report period ended more than three months ago, provide a bridge letter.',
  'Upload your <span>SOC 1</span> Type 2 report covering controls relevant to financial reporting.',
  'Do you have a current SOC report? If yes, attach it.',
  'Is your SOC 3 report available publicly? Provide the link.',
];

export interface PageOptions {
  /** Put a report request in every tenth question. */
  requests: boolean;
  /**
   * CSS put in the head: the extension's manifest CSS, which the browser injects before the
   * page is parsed (the benchmark's pages are not on a known host, so it stands in for that).
   */
  css?: string;
}

/** One question row (number, text, textarea, select). */
export function questionRow(index: number, options: PageOptions): string {
  const asks = options.requests && index % 10 === 3;
  const text = asks ? REQUESTS[index % REQUESTS.length] : PLAIN[index % PLAIN.length];
  return (
    `<tr class="q" data-q="${index}"><td class="num">${Math.floor(index / 50) + 1}.${(index % 50) + 1}</td>` +
    `<td class="text"><span class="label">${text}</span></td>` +
    `<td><textarea name="a${index}" rows="2"></textarea></td>` +
    `<td><select name="s${index}"><option>Yes</option><option>No</option><option>N/A</option></select></td></tr>`
  );
}

/** A whole questionnaire page with `count` questions, 50 per section. */
export function questionnairePage(count: number, options: PageOptions): string {
  const sections: string[] = [];
  for (let start = 0; start < count; start += 50) {
    const rows: string[] = [];
    for (let i = start; i < Math.min(count, start + 50); i++) rows.push(questionRow(i, options));
    sections.push(
      `<section><h2>Section ${start / 50 + 1}: Security controls</h2><table><thead><tr><th>#</th><th>Question</th><th>Answer</th><th>Status</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vendor assessment</title><style>body{font:14px system-ui;margin:16px}td{border-bottom:1px solid #ddd;padding:4px}textarea{width:240px}</style>${options.css ? `<style>${options.css}</style>` : ''}</head><body><h1>Vendor security assessment</h1><main>${sections.join('')}</main></body></html>`;
}

/** A page whose body is one text node of `bytes` characters with a request in its middle. */
export function hugeTextPage(bytes: number, css = ''): string {
  const filler = 'lorem ipsum dolor sit amet consectetur '.repeat(Math.ceil(bytes / 2 / 39));
  return `<!doctype html><html><head><meta charset="utf-8"><title>Huge</title>${css ? `<style>${css}</style>` : ''}</head><body><div>${filler} Please attach your SOC 2 Type II report. ${filler}</div></body></html>`;
}
