import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * House rules, each with the reason a reader sees when it fires.
 * Page text must never be parsed as HTML or code (SECURITY.md): these sinks are banned everywhere.
 */
const noHtmlSinks = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Never assign innerHTML: page text must stay text. Build nodes or use Preact.',
  },
  {
    selector: "AssignmentExpression[left.property.name='outerHTML']",
    message: 'Never assign outerHTML: page text must stay text.',
  },
  {
    // el['innerHTML'] = …: the same sink by a string key.
    selector: 'AssignmentExpression[left.property.value=/^(innerHTML|outerHTML)$/]',
    message: 'Never assign innerHTML or outerHTML: page text must stay text.',
  },
  {
    selector: "AssignmentExpression[left.property.name='srcdoc']",
    message: 'Never assign srcdoc: it is parsed as HTML.',
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|parseFromString)$/]',
    message: 'Never parse strings as HTML (createContextualFragment, setHTMLUnsafe, DOMParser).',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Never use insertAdjacentHTML: page text must stay text.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'Never use document.write.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Never use dangerouslySetInnerHTML: page text must stay text.',
  },
  {
    selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']",
    message: 'No eval or new Function: no code from strings.',
  },
  {
    selector:
      "CallExpression[callee.name=/^(setTimeout|setInterval)$/][arguments.0.type='Literal']",
    message: 'No string callbacks to timers: no code from strings.',
  },
];

/**
 * Outside lib/rules, the rules library is reached only through lib/rules/index.ts, so its public
 * API is one list (the unit tests of lib/rules, in tests/rules, test its parts directly).
 */
const rulesThroughIndex = {
  // knowledge-languages loads the cheat-sheet's languages as chunks: outside the index, so the
  // content script, which imports the index, never links them.
  group: ['**/rules/*', '!**/rules/index', '!**/rules/knowledge-languages'],
  message: 'Import the rules library from lib/rules (its index.ts), not from its files.',
};

/**
 * The extension's words come from the locale files (`t()` from lib/i18n), so a literal sentence in
 * a component is a word some users cannot read. These selectors find text written in JSX: as
 * children, in the attributes people read, and as the branches of a condition there. A rendered
 * test in a pseudo-language catches what they cannot see (text built in plain code).
 */
const TEXT_ATTRIBUTES = '/^(aria-label|aria-description|title|placeholder|alt|label)$|Label$/';
const LETTERS = '/[A-Za-z]{2}/';
const noLiteralText = [
  {
    selector: `JSXText[value=${LETTERS}]`,
    message: 'Write UI text with t() and a message in locales/, not in JSX.',
  },
  {
    selector: `JSXAttribute[name.name=${TEXT_ATTRIBUTES}] > Literal[value=${LETTERS}]`,
    message: 'Text people read (aria-label, title, placeholder, …) comes from t().',
  },
  {
    selector: `JSXAttribute[name.name=${TEXT_ATTRIBUTES}] > JSXExpressionContainer :matches(ConditionalExpression, LogicalExpression) > Literal[value=${LETTERS}]`,
    message: 'Text people read (aria-label, title, placeholder, …) comes from t().',
  },
  {
    selector: `JSXElement > JSXExpressionContainer > Literal[value=${LETTERS}]`,
    message: 'Write UI text with t() and a message in locales/, not in JSX.',
  },
  {
    selector: `JSXElement > JSXExpressionContainer > :matches(ConditionalExpression, LogicalExpression) > Literal[value=${LETTERS}]`,
    message: 'Write UI text with t() and a message in locales/, not in JSX.',
  },
  {
    selector: `JSXElement > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${LETTERS}]`,
    message: 'Write UI text with t() and a message in locales/, not in JSX.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/e2e/.artifacts/**',
      'bench/.results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
      },
    },
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlSinks],
      'no-implied-eval': 'error',
      // window.eval(…) and Function(…) without `new`, which the selectors above do not see.
      'no-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-undef': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['lib/rules/**', 'tests/rules/**', 'lib/page/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [rulesThroughIndex] }] },
  },
  {
    // lib/rules is pure: no DOM, no browser APIs, no UI.
    files: ['lib/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['preact', 'preact/*'], message: 'lib/rules is pure TypeScript: no UI.' },
            {
              group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'],
              message: 'lib/rules uses no browser APIs.',
            },
            {
              group: ['**/entrypoints/**', '**/components/**', '**/page/**'],
              message: 'lib/rules imports nothing from the UI or DOM layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'lib/rules has no DOM.' },
        { name: 'window', message: 'lib/rules has no DOM.' },
        { name: 'browser', message: 'lib/rules uses no browser APIs.' },
        { name: 'chrome', message: 'lib/rules uses no browser APIs.' },
      ],
    },
  },
  {
    // lib/page touches the DOM it is given, never extension APIs.
    files: ['lib/page/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'],
              message: 'lib/page uses no extension APIs.',
            },
            rulesThroughIndex,
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/page uses no extension APIs.' },
        { name: 'chrome', message: 'lib/page uses no extension APIs.' },
      ],
    },
  },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...noHtmlSinks, ...noLiteralText] },
  },
  {
    // Tests may build hostile markup on purpose, to prove it stays inert.
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
