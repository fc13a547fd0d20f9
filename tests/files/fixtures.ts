/**
 * Questionnaire workbooks built by code, for the unit tests, the benchmark and the real-browser
 * test (which imports `sigWorkbook` and friends to upload a file). Shapes follow the common
 * questionnaires (SIG, CAIQ, HECVAT, a custom one); the questions are our own words. Every
 * workbook carries what an answered copy must keep: styles, column widths, merged cells, list
 * validations (drop-downs), formulas, a comment, a hidden sheet and defined names.
 * No Node APIs here, so a browser test can run it too.
 */
import { strToU8, zipSync } from 'fflate';

/** A cell: text, a number, or details. `null` leaves the cell out. */
export type FixtureValue = string | number | FixtureCell | null;

export interface FixtureCell {
  /** The value (a formula's cached result). */
  value: string | number;
  bold?: boolean;
  /** A formula without "=", stored with `value` as its cached result. */
  formula?: string;
  /** An error value such as "#N/A". */
  error?: boolean;
  /** Stored as rich text: two runs, the first bold. */
  rich?: boolean;
}

export interface FixtureSheet {
  name: string;
  /** Rows from row 1; each row from column A. */
  rows: FixtureValue[][];
  /** Merged ranges ("A5:E5"). */
  merges?: string[];
  /** List validations (drop-downs): range and choices. */
  lists?: Array<{ range: string; choices: string[] }>;
  /** Column widths from column A. */
  widths?: number[];
  hidden?: boolean;
  /** Notes on cells ("D4"). */
  comments?: Array<{ cell: string; text: string }>;
  /** A used range to declare instead of the real one ("A1:Z1048576" for a lying file). */
  dimension?: string;
}

export interface WorkbookOptions {
  definedNames?: Array<{ name: string; ref: string }>;
  /** Write text as inline strings instead of a shared-string table. */
  inlineStrings?: boolean;
}

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function col(n: number): string {
  let out = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

const CONTENT_TYPES_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>';

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** An .xlsx workbook with the sheets given, as Excel would lay it out. */
export function buildWorkbook(sheets: FixtureSheet[], options: WorkbookOptions = {}): Uint8Array {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  let stringRefs = 0;
  const shared = (text: string): number => {
    stringRefs++;
    let i = stringIndex.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      stringIndex.set(text, i);
    }
    return i;
  };
  const files: Record<string, Uint8Array> = {};
  let types = CONTENT_TYPES_HEAD;
  const sheetEntries: string[] = [];
  const workbookRels: string[] = [];
  sheets.forEach((sheet, index) => {
    const n = index + 1;
    const rowsXml: string[] = [];
    let maxCol = 1;
    sheet.rows.forEach((row, r) => {
      const cells: string[] = [];
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const ref = `${col(c + 1)}${r + 1}`;
        maxCol = Math.max(maxCol, c + 1);
        const cell: FixtureCell = typeof value === 'object' ? value : { value };
        const style = cell.bold
          ? ' s="1"'
          : typeof cell.value === 'string' && cell.value.length > 40
            ? ' s="2"'
            : '';
        const formula = cell.formula ? `<f>${esc(cell.formula)}</f>` : '';
        if (cell.error)
          cells.push(`<c r="${ref}"${style} t="e">${formula}<v>${esc(String(cell.value))}</v></c>`);
        else if (typeof cell.value === 'number')
          cells.push(`<c r="${ref}"${style}>${formula}<v>${cell.value}</v></c>`);
        else if (cell.formula)
          cells.push(`<c r="${ref}"${style} t="str">${formula}<v>${esc(cell.value)}</v></c>`);
        else if (cell.rich) {
          const cut = Math.max(1, cell.value.indexOf(' '));
          const runs = `<r><rPr><b/></rPr><t>${esc(cell.value.slice(0, cut))}</t></r><r><t xml:space="preserve">${esc(cell.value.slice(cut))}</t></r>`;
          if (options.inlineStrings)
            cells.push(`<c r="${ref}"${style} t="inlineStr"><is>${runs}</is></c>`);
          else {
            stringRefs++;
            strings.push(`\u0000${runs}`);
            cells.push(`<c r="${ref}"${style} t="s"><v>${strings.length - 1}</v></c>`);
          }
        } else if (options.inlineStrings) {
          cells.push(
            `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${esc(cell.value)}</t></is></c>`,
          );
        } else cells.push(`<c r="${ref}"${style} t="s"><v>${shared(cell.value)}</v></c>`);
      });
      if (cells.length > 0)
        rowsXml.push(
          `<row r="${r + 1}" spans="1:${Math.max(row.length, 1)}">${cells.join('')}</row>`,
        );
    });
    const dimension = sheet.dimension ?? `A1:${col(maxCol)}${Math.max(sheet.rows.length, 1)}`;
    const colsXml = sheet.widths
      ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '';
    const merges = sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
      : '';
    const lists = sheet.lists?.length
      ? `<dataValidations count="${sheet.lists.length}">${sheet.lists
          .map(
            (l) =>
              `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${l.range}"><formula1>"${esc(l.choices.join(','))}"</formula1></dataValidation>`,
          )
          .join('')}</dataValidations>`
      : '';
    const sheetRels: string[] = [];
    let legacy = '';
    if (sheet.comments?.length) {
      files[`xl/comments${n}.xml`] = strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments ${NS}><authors><author>Reviewer</author></authors><commentList>${sheet.comments
          .map(
            (c) =>
              `<comment ref="${c.cell}" authorId="0"><text><t>${esc(c.text)}</t></text></comment>`,
          )
          .join('')}</commentList></comments>`,
      );
      files[`xl/drawings/vmlDrawing${n}.vml`] = strToU8(
        `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">${sheet.comments
          .map(
            (c) =>
              `<v:shape type="#_x0000_t202" style="visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>${Number(c.cell.replace(/\D/g, '')) - 1}</x:Row><x:Column>0</x:Column></x:ClientData></v:shape>`,
          )
          .join('')}</xml>`,
      );
      sheetRels.push(
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments${n}.xml"/>`,
        `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing${n}.vml"/>`,
      );
      types += `<Override PartName="/xl/comments${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`;
      legacy = '<legacyDrawing r:id="rId2"/>';
    }
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><dimension ref="${dimension}"/><sheetViews><sheetView workbookViewId="0"${n === 1 ? ' tabSelected="1"' : ''}/></sheetViews><sheetFormatPr defaultRowHeight="15"/>${colsXml}<sheetData>${rowsXml.join('')}</sheetData>${merges}${lists}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${legacy}</worksheet>`,
    );
    if (sheetRels.length) {
      files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels.join('')}</Relationships>`,
      );
    }
    types += `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
    sheetEntries.push(
      `<sheet name="${esc(sheet.name)}" sheetId="${n}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${n}"/>`,
    );
    workbookRels.push(
      `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`,
    );
  });
  const k = sheets.length;
  workbookRels.push(
    `<Relationship Id="rId${k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`,
  );
  if (strings.length > 0) {
    workbookRels.push(
      `<Relationship Id="rId${k + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`,
    );
    types +=
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>';
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${stringRefs}" uniqueCount="${strings.length}">${strings
        .map((s) =>
          s.startsWith('\u0000')
            ? `<si>${s.slice(1)}</si>`
            : `<si><t xml:space="preserve">${esc(s)}</t></si>`,
        )
        .join('')}</sst>`,
    );
  }
  const names = options.definedNames?.length
    ? `<definedNames>${options.definedNames.map((d) => `<definedName name="${esc(d.name)}">${esc(d.ref)}</definedName>`).join('')}</definedNames>`
    : '';
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS}><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetEntries.join('')}</sheets>${names}<calcPr calcId="191029"/></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${workbookRels.join('')}</Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(STYLES);
  files['docProps/core.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Which SOC? tests</dc:creator></cp:coreProperties>',
  );
  files['_rels/.rels'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
  );
  files['[Content_Types].xml'] = strToU8(`${types}</Types>`);
  // [Content_Types].xml first, as Excel writes it; a fixed date keeps the bytes reproducible.
  const ordered: Record<string, Uint8Array> = {
    '[Content_Types].xml': files['[Content_Types].xml'] as Uint8Array,
  };
  for (const [name, data] of Object.entries(files)) ordered[name] = data;
  return zipSync(ordered, { level: 6, mtime: new Date('2026-01-15T12:00:00Z') });
}

const YES_NO = ['Yes', 'No', 'N/A'];

/** Questions that ask for no report (our own words). */
export const PLAIN_QUESTIONS = [
  'Is customer data encrypted at rest with keys you manage in a dedicated service?',
  'Do all administrators sign in with multi-factor authentication?',
  'How quickly are critical vulnerabilities patched on internet-facing systems?',
  'Do you keep a written incident response plan and test it every year?',
  'Are production changes reviewed by a second engineer before release?',
  'Do new employees pass a background check before they get access to customer data?',
  'Is your 24x7 SOC run by your own staff or by a managed provider?',
  'How long do you keep audit logs of administrative actions?',
  'Do you hold cyber insurance, and what is the coverage limit?',
  'Are backups copied to a second region and restored in a yearly test?',
] as const;

/** Questions that ask for a report (our own words), with what they ask for. */
export const REQUEST_QUESTIONS = {
  soc2Type2: 'Please attach your most recent SOC 2 Type II report.',
  iso: 'Do you hold a current ISO/IEC 27001 certificate? Attach it with the scope.',
  bridge: 'If your audit period ended over three months ago, provide a bridge letter.',
  unnumbered: 'Do you have a current SOC report? If so, attach it.',
  soc1: 'Provide your SOC 1 Type 2 report covering controls over financial reporting.',
  soc1or2: 'Do you have a SOC 1 or SOC 2 report you can share under NDA?',
};

/** A SIG-shaped workbook: a cover sheet, question tabs with "Ques Num / Question/Request / Response / Additional Information". */
export function sigWorkbook(): Uint8Array {
  const header = [
    { value: 'Ques Num', bold: true },
    { value: 'Question/Request', bold: true },
    { value: 'Response', bold: true },
    { value: 'Additional Information', bold: true },
  ];
  return buildWorkbook(
    [
      {
        name: 'Instructions',
        rows: [
          [{ value: 'Standardized questionnaire (test copy)', bold: true }],
          ['Answer every question on the tabs that follow.'],
        ],
        widths: [80],
      },
      {
        name: 'Business Resiliency',
        rows: [
          [{ value: 'K. Business Resiliency', bold: true }],
          header,
          ['K.1', PLAIN_QUESTIONS[9], 'Yes', 'Tested in March.'],
          ['K.2', PLAIN_QUESTIONS[3], null, null],
          [{ value: 'K.3 Third-party assurance', bold: true }],
          ['K.3.1', REQUEST_QUESTIONS.soc2Type2, null, null],
          ['K.3.2', REQUEST_QUESTIONS.bridge, null, null],
        ],
        merges: ['A1:D1', 'A5:D5'],
        lists: [{ range: 'C3:C200', choices: YES_NO }],
        widths: [10, 70, 12, 50],
        comments: [{ cell: 'C6', text: 'Pick Yes, No or N/A.' }],
      },
      {
        name: 'Information Assurance',
        rows: [
          header,
          ['L.1', PLAIN_QUESTIONS[0], 'Yes', 'AES-256'],
          ['L.2', REQUEST_QUESTIONS.iso, 'Yes', 'Certificate attached.'],
          ['L.3', PLAIN_QUESTIONS[6], null, null],
          ['L.4', REQUEST_QUESTIONS.unnumbered, null, null],
        ],
        lists: [{ range: 'C2:C200', choices: YES_NO }],
        widths: [10, 70, 12, 50],
      },
      {
        name: 'Lists',
        rows: [['Yes'], ['No'], ['N/A'], [REQUEST_QUESTIONS.soc2Type2]],
        hidden: true,
      },
    ],
    { definedNames: [{ name: 'Answers', ref: 'Lists!$A$1:$A$3' }] },
  );
}

/** A CAIQ-shaped workbook: "Question ID / Question / CSP CAIQ Answer / CSP Implementation Description". */
export function caiqWorkbook(): Uint8Array {
  return buildWorkbook([
    {
      name: 'CAIQv4',
      rows: [
        [{ value: 'Consensus Assessments Initiative Questionnaire (test copy)', bold: true }],
        [null],
        [
          { value: 'Question ID', bold: true },
          { value: 'Question', bold: true },
          { value: 'CSP CAIQ Answer', bold: true },
          { value: 'SSRM Control Ownership', bold: true },
          { value: 'CSP Implementation Description (Optional/Recommended)', bold: true },
        ],
        [
          'A&A-01.1',
          'Are audit and assurance policies documented, approved and kept current?',
          'Yes',
          'CSP-owned',
          null,
        ],
        [
          'A&A-02.1',
          'Are independent audit and assurance assessments run at least once a year?',
          'Yes',
          'CSP-owned',
          null,
        ],
        ['A&A-02.2', REQUEST_QUESTIONS.soc1or2, null, null, null],
        ['A&A-03.1', REQUEST_QUESTIONS.iso, null, null, null],
        ['CEK-01.1', PLAIN_QUESTIONS[0], 'Yes', 'Shared', null],
      ],
      lists: [{ range: 'C4:C300', choices: YES_NO }],
      widths: [12, 70, 14, 18, 60],
    },
  ]);
}

/** A HECVAT-shaped workbook: "ID / Question / Answer / Additional Information", with a score formula. */
export function hecvatWorkbook(): Uint8Array {
  return buildWorkbook([
    {
      name: 'HECVAT',
      rows: [
        [{ value: 'Higher education vendor assessment (test copy)', bold: true }],
        [
          { value: 'ID', bold: true },
          { value: 'Question', bold: true },
          { value: 'Answer', bold: true },
          { value: 'Additional Information', bold: true },
        ],
        [{ value: 'Documentation', bold: true }],
        ['DOCU-01', 'Do you have a well-documented information security policy?', 'Yes', null],
        ['DOCU-02', REQUEST_QUESTIONS.soc2Type2, null, null],
        ['DOCU-03', 'Have you completed a SOC 2 Type 1 audit? Share the report if so.', null, null],
        [{ value: 'Application Security', bold: true }],
        ['APPL-01', PLAIN_QUESTIONS[2], 'No', null],
        ['', 'Score', { value: 2, formula: 'COUNTIF(C4:C8,"Yes")' }, null],
      ],
      merges: ['A1:D1', 'A3:D3', 'A7:D7'],
      lists: [{ range: 'C4:C8', choices: YES_NO }],
      widths: [12, 70, 12, 50],
    },
  ]);
}

/** A custom workbook: "Requirement / Vendor Response / Comments", sections, and a Financial Controls sheet. */
export function customWorkbook(): Uint8Array {
  const header = [
    { value: '#', bold: true },
    { value: 'Requirement', bold: true },
    { value: 'Vendor Response', bold: true },
    { value: 'Comments', bold: true },
  ];
  return buildWorkbook(
    [
      {
        name: 'Security',
        rows: [
          header,
          [{ value: 'Audits and certifications', bold: true }],
          [1, REQUEST_QUESTIONS.unnumbered, null, null],
          [
            2,
            {
              value: 'Attach your ISO 27001 certificate and Statement of Applicability.',
              rich: true,
            },
            'See attached',
            null,
          ],
          [3, PLAIN_QUESTIONS[1], { value: '#N/A', error: true }, null],
          [{ value: 'Operations', bold: true }],
          [4, PLAIN_QUESTIONS[4], null, null],
          [
            5,
            { value: 'Summary of open items', formula: 'CONCATENATE("Summary ","of open items")' },
            null,
            null,
          ],
        ],
        merges: ['A2:D2', 'A6:D6'],
        widths: [6, 70, 30, 40],
      },
      {
        name: 'Financial Controls',
        rows: [
          [{ value: 'Financial reporting controls (SOX)', bold: true }],
          header,
          [1, REQUEST_QUESTIONS.unnumbered, null, null],
          [2, 'Do you reconcile payroll totals to the general ledger each month?', 'Yes', null],
          [3, REQUEST_QUESTIONS.bridge, null, null],
        ],
        merges: ['A1:D1'],
        widths: [6, 70, 30, 40],
      },
    ],
    { definedNames: [{ name: 'Responses', ref: "'Security'!$C$3:$C$8" }] },
  );
}

/**
 * A large workbook: `rows` questions over `sheets` sheets with a header and a section row every
 * 25 questions; one question in ten asks for a report. `questions` replaces the question pool
 * (the benchmark passes real questionnaire text).
 */
export function largeWorkbook(rows: number, sheets: number, questions?: string[]): Uint8Array {
  const perSheet = Math.ceil(rows / sheets);
  const list: FixtureSheet[] = [];
  let n = 0;
  for (let s = 0; s < sheets; s++) {
    const sheetRows: FixtureValue[][] = [
      [
        { value: 'ID', bold: true },
        { value: 'Question', bold: true },
        { value: 'Response', bold: true },
        { value: 'Comments', bold: true },
      ],
    ];
    for (let i = 0; i < perSheet && n < rows; i++, n++) {
      if (i % 25 === 0) sheetRows.push([{ value: `Section ${s + 1}.${i / 25 + 1}`, bold: true }]);
      const question = questions
        ? (questions[n % questions.length] as string)
        : n % 10 === 3
          ? (Object.values(REQUEST_QUESTIONS)[n % 6] as string)
          : (PLAIN_QUESTIONS[n % 10] as string);
      sheetRows.push([`${s + 1}.${i + 1}`, question, i % 3 === 0 ? 'Yes' : null, null]);
    }
    list.push({
      name: `Domain ${s + 1}`,
      rows: sheetRows,
      widths: [8, 70, 12, 40],
      lists: [{ range: `C2:C${sheetRows.length}`, choices: YES_NO }],
    });
  }
  return buildWorkbook(list);
}

/**
 * An OLE compound file (the container of .xls workbooks and of password-encrypted .xlsx) with
 * empty streams of the names given: "Workbook" for an old .xls, "EncryptionInfo" and
 * "EncryptedPackage" for an encrypted workbook ([MS-CFB] 2.2 header, 2.6 directory entries).
 */
export function oleFile(streams: string[]): Uint8Array {
  const sector = 512;
  const out = new Uint8Array(sector * 3);
  const view = new DataView(out.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (out[i] = b));
  view.setUint16(0x18, 0x3e, true); // minor version
  view.setUint16(0x1a, 3, true); // major version 3: 512-byte sectors
  view.setUint16(0x1c, 0xfffe, true); // little-endian
  view.setUint16(0x1e, 9, true); // sector shift
  view.setUint16(0x20, 6, true); // mini sector shift
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory starts at sector 1
  view.setUint32(0x38, 4096, true); // mini stream cutoff
  view.setUint32(0x3c, 0xfffffffe, true); // no mini FAT
  view.setUint32(0x44, 0xfffffffe, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + 4 * i, i === 0 ? 0 : 0xffffffff, true);
  // FAT (sector 0): itself, then the directory's one-sector chain.
  const fat = sector;
  for (let i = 0; i < 128; i++) view.setUint32(fat + 4 * i, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true);
  view.setUint32(fat + 4, 0xfffffffe, true);
  // Directory (sector 1): the root, then one entry per stream, chained as right siblings.
  const names = ['Root Entry', ...streams.slice(0, 3)];
  names.forEach((name, i) => {
    const at = sector * 2 + 128 * i;
    for (let j = 0; j < name.length; j++) view.setUint16(at + 2 * j, name.charCodeAt(j), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    out[at + 0x42] = i === 0 ? 5 : 2;
    out[at + 0x43] = 1;
    view.setUint32(at + 0x44, 0xffffffff, true);
    view.setUint32(at + 0x48, i > 0 && i < names.length - 1 ? i + 1 : 0xffffffff, true);
    view.setUint32(at + 0x4c, i === 0 && names.length > 1 ? 1 : 0xffffffff, true);
    view.setUint32(at + 0x74, 0xfffffffe, true);
  });
  return out;
}
