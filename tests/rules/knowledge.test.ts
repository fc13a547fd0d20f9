import { describe, expect, test } from 'vitest';
import {
  FAQ,
  LEGACY_NAMES,
  SOC1_VS_SOC2,
  SOC2_VS_ISO27001,
  SOC3_AND_BRIDGE_LETTERS,
  TYPE1_VS_TYPE2,
} from '../../lib/rules/knowledge';

const TABLES = [SOC1_VS_SOC2, TYPE1_VS_TYPE2, SOC2_VS_ISO27001];

describe('knowledge catalogue', () => {
  test.each(TABLES.map((table) => [table.id, table] as const))(
    'table %s has unique ids and no empty cell',
    (_id, table) => {
      expect(table.title.trim()).not.toBe('');
      expect(table.columns.every((column) => column.trim() !== '')).toBe(true);
      expect(new Set(table.rows.map((row) => row.id)).size).toBe(table.rows.length);
      for (const row of table.rows) {
        expect(row.aspect.trim(), row.id).not.toBe('');
        for (const cell of row.cells) expect(cell.trim(), row.id).not.toBe('');
      }
    },
  );

  test('SOC 1 vs SOC 2 has every row a user compares', () => {
    expect(SOC1_VS_SOC2.rows.map((row) => row.id)).toEqual([
      'reports-on',
      'one-line',
      'who-needs-it',
      'who-asks',
      'standard',
      'performed-by',
      'types',
      'distribution',
      'default-for-saas',
    ]);
  });

  test('the standards are right: SSAE 18, AT-C 320 for SOC 1, AT-C 105 and 205 for SOC 2', () => {
    const standard = SOC1_VS_SOC2.rows.find((row) => row.id === 'standard');
    expect(standard?.cells[0]).toMatch(/SSAE 18/);
    expect(standard?.cells[0]).toMatch(/AT-C 320/);
    expect(standard?.cells[0]).not.toMatch(/AT-C (105|205)/);
    expect(standard?.cells[1]).toMatch(/SSAE 18/);
    expect(standard?.cells[1]).toMatch(/AT-C 105/);
    expect(standard?.cells[1]).toMatch(/AT-C 205/);
    expect(standard?.cells[1]).not.toMatch(/AT-C 320/);
  });

  test('SOC 2 is the default for SaaS and SOC 1 is not', () => {
    const row = SOC1_VS_SOC2.rows.find((r) => r.id === 'default-for-saas');
    expect(row?.cells[0]).toMatch(/^No\b/);
    expect(row?.cells[1]).toMatch(/^Yes\b/);
  });

  test('both are performed by a licensed CPA firm', () => {
    const row = SOC1_VS_SOC2.rows.find((r) => r.id === 'performed-by');
    expect(row?.cells).toEqual(['A licensed CPA firm.', 'A licensed CPA firm.']);
  });

  test('legacy names cover SAS 70, SSAE 16, SSAE 18, ISAE 3402 and ISAE 3000 with their dates', () => {
    const byId = new Map(LEGACY_NAMES.map((entry) => [entry.id, entry]));
    expect(byId.get('sas-70')?.meaning).toMatch(/2011/);
    expect(byId.get('ssae-16')?.meaning).toMatch(/May 2017/);
    expect(byId.get('isae-3402')?.meaning).toMatch(/SOC 1/);
    expect(byId.get('isae-3000')?.meaning).toMatch(/SOC 2/);
    expect(byId.get('ssae-18')?.meaning).toMatch(/ambiguous/);
    for (const entry of LEGACY_NAMES) {
      expect(entry.name.trim(), entry.id).not.toBe('');
      expect(entry.meaning.trim(), entry.id).not.toBe('');
    }
  });

  test('SOC 3 and bridge letters are explained', () => {
    expect(SOC3_AND_BRIDGE_LETTERS.map((topic) => topic.id)).toEqual(['soc3', 'bridge-letter']);
    for (const topic of SOC3_AND_BRIDGE_LETTERS) {
      expect(topic.points.length, topic.id).toBeGreaterThan(0);
      for (const point of topic.points) expect(point.trim(), topic.id).not.toBe('');
    }
  });

  test('the FAQ has at least five non-empty entries, including the five vendors ask most', () => {
    expect(FAQ.length).toBeGreaterThanOrEqual(5);
    expect(new Set(FAQ.map((entry) => entry.id)).size).toBe(FAQ.length);
    for (const id of [
      'difference',
      'which-do-i-need',
      'is-soc2-harder',
      'one-audit-both',
      'which-first',
    ]) {
      expect(
        FAQ.some((entry) => entry.id === id),
        id,
      ).toBe(true);
    }
    for (const entry of FAQ) {
      expect(entry.question.trim().endsWith('?'), entry.id).toBe(true);
      expect(entry.answer.trim().length, entry.id).toBeGreaterThan(40);
    }
  });
});
