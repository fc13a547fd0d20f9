/** @vitest-environment happy-dom */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from '../../components/qr-code';
import { TextPj } from '../../components/text-pj';
import { PJ_PHONE, smsUri } from '../../lib/contact';
import { byText, click, mount, unmountAll } from './render';

afterEach(unmountAll);

const BODY = 'Hi PJ, they ask for "SOC 2 & ISO 27001" #4. Which one?';

describe('TextPj', () => {
  test('links to the sms: URI with the message prefilled', () => {
    const root = mount(<TextPj body={BODY} />);
    const link = byText<HTMLAnchorElement>(root, 'a', 'Text PJ');
    expect(link?.getAttribute('href')).toBe(smsUri(BODY));
    expect(link?.getAttribute('href')).toMatch(/^sms:\+18584618054\?&body=/);
  });

  test('shows the number people read', () => {
    expect(mount(<TextPj body={BODY} />).textContent).toContain('+1 858-461-8054');
  });

  test('draws a QR code of the same URI as an SVG path, without markup strings', () => {
    const root = mount(<TextPj body={BODY} />);
    const svg = root.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toMatch(/QR code/);
    const expected = encode(smsUri(BODY), { ecc: 'L', border: 2 });
    expect(svg?.getAttribute('viewBox')).toBe(`0 0 ${expected.size} ${expected.size}`);
    expect(svg?.querySelector('path')?.getAttribute('d')).toBe(qrPath(expected.data));
  });

  test('copies the number', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = mount(<TextPj body={BODY} />);
    await click(byText(root, 'button', 'Copy number'));
    expect(writeText).toHaveBeenCalledWith(PJ_PHONE);
  });
});

describe('QrCode size', () => {
  test.each([
    ['a short message stays at the 160 px floor', 'hi', 160],
    ['a long message grows to about 3 px per module', 'x'.repeat(600), 0],
  ])('%s', (_name, body, floor) => {
    const root = mount(<TextPj body={body} />);
    const svg = root.querySelector('svg');
    const modules = encode(smsUri(body), { ecc: 'L', border: 2 }).size;
    const width = Number(svg?.getAttribute('width'));
    expect(width).toBe(Math.min(320, Math.max(160, modules * 3)));
    expect(width).toBeGreaterThanOrEqual(floor);
    expect(width).toBeLessThanOrEqual(320);
  });
});

describe('qrPath', () => {
  test('draws one unit square per dark module, nothing for light ones', () => {
    expect(
      qrPath([
        [true, false],
        [false, true],
      ]),
    ).toBe('M0 0h1v1h-1zM1 1h1v1h-1z');
    expect(qrPath([[false]])).toBe('');
  });
});
