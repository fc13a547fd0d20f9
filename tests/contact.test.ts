import { describe, expect, test } from 'vitest';
import {
  buildPjMessage,
  MAX_BODY_CHARS,
  MAX_URI_CHARS,
  PJ_PHONE,
  PJ_PHONE_DISPLAY,
  smsUri,
} from '../lib/contact';

/** Reads the body back out of an `sms:` URI the way a phone would. */
function bodyOf(uri: string): string {
  const marker = '?&body=';
  const at = uri.indexOf(marker);
  expect(at).toBeGreaterThan(0);
  return decodeURIComponent(uri.slice(at + marker.length));
}

describe('PJ number', () => {
  test('is +1 858-461-8054 in both forms', () => {
    expect(PJ_PHONE).toBe('+18584618054');
    expect(PJ_PHONE_DISPLAY).toBe('+1 858-461-8054');
    expect(PJ_PHONE_DISPLAY.replace(/[^\d+]/g, '')).toBe(PJ_PHONE);
  });
});

describe('smsUri', () => {
  test('uses the form both iOS and Android read: sms:<number>?&body=', () => {
    expect(smsUri('hi')).toBe('sms:+18584618054?&body=hi');
  });

  test.each([
    ['an ampersand', 'SOC 1 & SOC 2', '%26'],
    ['a hash', 'question #12', '%23'],
    ['a question mark', 'which one?', '%3F'],
    ['a plus sign', 'SOC 2+ HIPAA', '%2B'],
    ['a newline', 'line one\nline two', '%0A'],
    ['an emoji', 'thanks 🙏', '%F0%9F%99%8F'],
    ['an equals sign', 'a=b', '%3D'],
  ])('encodes %s so the body survives', (_name, body, escape) => {
    const uri = smsUri(body);
    expect(uri).toContain(escape);
    expect(bodyOf(uri)).toBe(body);
    // Nothing after the prefix may be a raw separator a phone would split on.
    expect(uri.slice(`sms:${PJ_PHONE}?&body=`.length)).not.toMatch(/[&#?\s=+]/);
  });

  test('never throws on a lone surrogate from page text', () => {
    expect(() => smsUri('broken \uD800 text')).not.toThrow();
    expect(bodyOf(smsUri('broken \uD800 text'))).toBe('broken \uFFFD text');
  });

  test.each([
    ['plain ASCII', 'a'.repeat(5_000)],
    ['spaces, which triple when encoded', ' x'.repeat(3_000)],
    ['emoji, which grow twelvefold', '🙂'.repeat(2_000)],
  ])('caps a long body of %s', (_name, body) => {
    const uri = smsUri(body);
    expect(uri.length).toBeLessThanOrEqual(MAX_URI_CHARS);
    const decoded = bodyOf(uri);
    expect(Array.from(decoded).length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(decoded.endsWith('…')).toBe(true);
    expect(body.startsWith(decoded.slice(0, -1).trimEnd())).toBe(true);
  });

  test('does not cut an emoji in half when truncating', () => {
    const decoded = bodyOf(smsUri('🙂'.repeat(2_000)));
    expect(decoded).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('buildPjMessage', () => {
  test('says what the page asks for and our reading', () => {
    const message = buildPjMessage({
      phrase: 'your SOC report',
      reading: 'SOC 2: an unnumbered SOC report in a security review is SOC 2',
    });
    expect(message).toContain('"your SOC report"');
    expect(message).toContain('Our reading: SOC 2: an unnumbered SOC report');
  });

  test('asks a general question when nothing is given', () => {
    expect(buildPjMessage({})).toMatch(/SOC/);
  });

  test('leaves the page address out unless it is given', () => {
    const without = buildPjMessage({
      phrase: 'SOC 2 report',
      question: 'Attach your SOC 2 report',
    });
    expect(without).not.toMatch(/https?:/);
    const withUrl = buildPjMessage({
      phrase: 'SOC 2 report',
      pageUrl: 'https://acme.my.onetrust.com/q/1',
    });
    expect(withUrl).toContain('https://acme.my.onetrust.com/q/1');
  });

  test('collapses the whitespace of page text', () => {
    const message = buildPjMessage({ phrase: 'SOC\n\n  2\treport', question: 'Attach\nit' });
    expect(message).toContain('"SOC 2 report"');
    expect(message).toContain('"Attach it"');
  });

  test('shortens the quoted question, never the reading, when the message is too long', () => {
    const reading = 'SOC 1 Type 2: the question mentions ICFR and the customer’s external auditor';
    const question = 'Describe your controls. '.repeat(200);
    const message = buildPjMessage({ phrase: 'SSAE 18 report', reading, question });
    expect(Array.from(message).length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(message).toContain(reading);
    expect(message).toContain('The question: "Describe your controls.');
    expect(message).toContain('…"');
    expect(message.endsWith('Which report should I send?')).toBe(true);
  });

  test('does not quote the question when it is just the phrase', () => {
    const message = buildPjMessage({ phrase: 'SOC 2 report', question: 'SOC 2 report' });
    expect(message).not.toContain('The question');
  });
});
