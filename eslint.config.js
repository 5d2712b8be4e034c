import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

// The architecture of DESIGN.md §1, enforced by a tool rather than by memory:
// core/ is framework-free and runs in a worker, in Node and in tests.
const coreBoundary = {
  files: ['src/core/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/ui/**', '**/state/**', '**/engine/**'],
            message: 'core/ may not import ui/, state/ or engine/.',
          },
          {
            group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'recharts'],
            message: 'core/ is framework-free.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'window', message: 'core/ runs in workers and Node: no DOM.' },
      { name: 'document', message: 'core/ runs in workers and Node: no DOM.' },
      { name: 'localStorage', message: 'core/ runs in workers and Node: no DOM.' },
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Math', property: 'random', message: 'Use the seeded Rng from core/random.' },
      {
        property: 'dataSync',
        message: 'Read back with `await data()` (dataSync is emulated and slow on WebGPU).',
      },
    ],
  },
};

// ui/ renders; it never touches tensors.
const uiBoundary = {
  files: ['src/ui/**/*.{ts,tsx}', 'src/state/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@tensorflow/*'],
            message: 'ui/ and state/ never import tfjs; ask the engine.',
          },
        ],
      },
    ],
    // Links, imported files and notices carry text from strangers: it reaches the page only
    // as React text children, never as markup.
    'no-restricted-syntax': [
      'error',
      {
        selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
        message: 'No raw HTML: render text as React children.',
      },
      {
        selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
        message: 'No raw HTML: render text as React children.',
      },
      {
        selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
        message: 'No raw HTML: render text as React children.',
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/data',
      'bench/results',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  coreBoundary,
  uiBoundary,
  prettier,
);
