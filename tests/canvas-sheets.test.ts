import { describe, expect, test } from 'vitest';
import { canvasSheetApp } from '../lib/canvas-sheets';

describe('canvasSheetApp recognises', () => {
  test.each([
    [
      'a Google Sheets document',
      'https://docs.google.com/spreadsheets/d/1AbC/edit#gid=0',
      'Google Sheets',
    ],
    [
      'Excel for the web on the Office host',
      'https://excel.officeapps.live.com/x/_layouts/xlviewerinternal.aspx',
      'Excel for the web',
    ],
    [
      'a regional Office host',
      'https://usc-excel.officeapps.live.com/x/_layouts/xlviewerinternal.aspx',
      'Excel for the web',
    ],
    [
      'a SharePoint share link to a workbook',
      'https://acme.sharepoint.com/:x:/r/sites/sec/Doc.xlsx',
      'Excel for the web',
    ],
    [
      'a SharePoint Doc.aspx with an Excel file',
      'https://acme-my.sharepoint.com/_layouts/15/Doc.aspx?sourcedoc=%7B1%7D&file=SIG%20Lite.xlsx&action=default',
      'Excel for the web',
    ],
    ['a OneDrive share link', 'https://onedrive.live.com/:x:/g/personal/abc', 'Excel for the web'],
  ])('%s', (_name, url, name) => {
    expect(canvasSheetApp(url)?.name).toBe(name);
  });
});

describe('canvasSheetApp does not match', () => {
  test.each([
    ['Google Docs', 'https://docs.google.com/document/d/1AbC/edit'],
    ['Google Forms', 'https://docs.google.com/forms/d/e/1AbC/viewform'],
    ['a Word document on SharePoint', 'https://acme.sharepoint.com/:w:/r/sites/sec/Doc.docx'],
    [
      'a SharePoint Doc.aspx with a Word file',
      'https://acme.sharepoint.com/_layouts/15/Doc.aspx?file=Policy.docx',
    ],
    ['a look-alike host', 'https://docs.google.com.evil.example/spreadsheets/d/1'],
    ['plain http', 'http://docs.google.com/spreadsheets/d/1AbC/edit'],
    ['a questionnaire portal', 'https://acme.my.onetrust.com/assessments/1'],
    ['no URL', undefined],
    ['text that is not a URL', 'spreadsheets'],
  ])('%s', (_name, url) => {
    expect(canvasSheetApp(url)).toBeNull();
  });
});
