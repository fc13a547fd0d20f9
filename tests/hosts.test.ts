import { describe, expect, test } from 'vitest';
import { isKnownHostUrl, KNOWN_HOST_PATTERNS, KNOWN_HOSTS, matchesPattern } from '../lib/hosts';

describe('the known-host catalogue', () => {
  test('every pattern is an https match pattern with a host and a path', () => {
    for (const { pattern } of KNOWN_HOSTS) {
      expect(pattern, pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/[^\s]*$/);
    }
  });

  test('every entry says where the host comes from', () => {
    for (const { pattern, source } of KNOWN_HOSTS) {
      expect(source.trim().length, pattern).toBeGreaterThan(15);
    }
  });

  test('no pattern is listed twice', () => {
    expect(new Set(KNOWN_HOST_PATTERNS).size).toBe(KNOWN_HOST_PATTERNS.length);
  });

  test('nothing matches every site', () => {
    for (const pattern of KNOWN_HOST_PATTERNS) {
      expect(pattern).not.toMatch(/^https:\/\/\*\//);
      expect(pattern).not.toBe('<all_urls>');
    }
  });

  test.each([
    'OneTrust',
    'Whistic',
    'ServiceNow',
    'Ariba',
    'Coupa',
    'ProcessUnity',
    'Prevalent',
    'UpGuard',
    'SecurityScorecard',
    'Panorays',
    'BitSight',
    'Hyperproof',
    'Vanta',
    'Drata',
    'SafeBase',
    'Google Forms',
    'Microsoft Forms',
    'Typeform',
    'Qualtrics',
    'Smartsheet',
    'Jotform',
  ])('%s, a portal our users work in, is listed', (name) => {
    expect(KNOWN_HOSTS.some((host) => host.source.includes(name))).toBe(true);
  });
});

describe('matchesPattern', () => {
  test.each([
    ['a tenant subdomain', 'https://*.onetrust.com/*', 'https://acme.my.onetrust.com/vendor/q/1'],
    ['the bare domain of a *. pattern', 'https://*.onetrust.com/*', 'https://onetrust.com/'],
    ['any port', 'https://*.onetrust.com/*', 'https://acme.my.onetrust.com:8443/x'],
    [
      'a path pattern',
      'https://docs.google.com/forms/*',
      'https://docs.google.com/forms/d/e/1/viewform',
    ],
    ['upper-case host names', 'https://forms.office.com/*', 'https://FORMS.Office.com/Pages/x'],
    [
      'a query after the path',
      'https://app.smartsheet.com/*',
      'https://app.smartsheet.com/b/form/1?x=1',
    ],
    ['* scheme with http', '*://intranet.acme.local/*', 'http://intranet.acme.local/form'],
  ])('matches %s', (_name, pattern, url) => {
    expect(matchesPattern(pattern, url)).toBe(true);
  });

  test.each([
    ['a look-alike suffix', 'https://*.onetrust.com/*', 'https://evilonetrust.com/'],
    [
      'a look-alike with the domain as a label',
      'https://*.onetrust.com/*',
      'https://onetrust.com.evil.test/',
    ],
    ['plain http on an https pattern', 'https://*.onetrust.com/*', 'http://acme.my.onetrust.com/'],
    [
      'another path of a path pattern',
      'https://docs.google.com/forms/*',
      'https://docs.google.com/document/d/1',
    ],
    ['a file URL', '*://intranet.acme.local/*', 'file:///intranet.acme.local/x'],
    ['garbage', 'https://*.onetrust.com/*', 'not a url'],
    ['an invalid pattern', 'onetrust', 'https://onetrust.com/'],
  ])('does not match %s', (_name, pattern, url) => {
    expect(matchesPattern(pattern, url)).toBe(false);
  });
});

describe('isKnownHostUrl', () => {
  test.each([
    'https://acme.my.onetrust.com/vendor/q',
    'https://app.whistic.com/assessments/1',
    'https://acme.service-now.com/vrm',
    'https://docs.google.com/forms/d/e/abc/viewform',
    'https://forms.cloud.microsoft/r/abc',
    'https://form.typeform.com/to/abc',
  ])('%s is a known host', (url) => {
    expect(isKnownHostUrl(url)).toBe(true);
  });

  test.each([
    'https://unlisted.example.test/questionnaire.html',
    'https://docs.google.com/document/d/1',
    'http://acme.my.onetrust.com/',
    'https://www.google.com/',
    'chrome://extensions',
  ])('%s is not', (url) => {
    expect(isKnownHostUrl(url)).toBe(false);
  });
});
