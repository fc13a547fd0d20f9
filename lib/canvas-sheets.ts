/**
 * Spreadsheet apps on the web that draw their grid on a canvas, so a content script finds no
 * question text in the page: Google Sheets and Excel for the web. The popup recognises them from
 * the tab's URL (known through activeTab) and suggests downloading the sheet and checking the
 * file on the extension's own page instead.
 */

export interface CanvasSheetApp {
  name: 'Google Sheets' | 'Excel for the web';
  /** Where the download is, in the app's own menu words. */
  download: string;
}

const GOOGLE_SHEETS: CanvasSheetApp = {
  name: 'Google Sheets',
  download: 'File > Download > Microsoft Excel (.xlsx)',
};

const EXCEL_WEB: CanvasSheetApp = {
  name: 'Excel for the web',
  download: 'File > Create a Copy > Download a Copy',
};

/**
 * The canvas spreadsheet app a URL belongs to, or null.
 *
 * - Google Sheets: `https://docs.google.com/spreadsheets/d/<id>/edit`.
 * - Excel for the web: the Office viewer/editor host `excel.officeapps.live.com` (and the
 *   regional `*.officeapps.live.com/x/` paths), OneDrive and SharePoint documents opened with
 *   `/:x:/` share links or `Doc.aspx` with an Excel file, and `excel.cloud.microsoft`.
 *
 * @example canvasSheetApp('https://docs.google.com/spreadsheets/d/abc/edit#gid=0')?.name // 'Google Sheets'
 */
export function canvasSheetApp(url: string | undefined): CanvasSheetApp | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname;
  if (host === 'docs.google.com' && /^\/spreadsheets\//.test(path)) return GOOGLE_SHEETS;
  if (host === 'excel.officeapps.live.com' || host === 'excel.cloud.microsoft') return EXCEL_WEB;
  if (host.endsWith('.officeapps.live.com') && /^\/x\//.test(path)) return EXCEL_WEB;
  const microsoftDocs =
    host.endsWith('.sharepoint.com') || host === 'onedrive.live.com' || host === '1drv.ms';
  if (microsoftDocs) {
    if (/^\/:x:\//.test(path)) return EXCEL_WEB;
    const file = parsed.searchParams.get('file') ?? '';
    if (/\/doc2?\.aspx$/i.test(path) && /\.xls[xmb]?$/i.test(file)) return EXCEL_WEB;
  }
  return null;
}
