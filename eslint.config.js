import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine must stay pure: deterministic, no UI imports.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'setTimeout',
        'setInterval',
        'performance',
        'window',
        'document',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded Random.' },
        { object: 'Date', property: 'now', message: 'Use the virtual clock.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'zustand',
            'framer-motion',
            'd3*',
            '**/store/**',
            '**/ui/**',
            '**/content/**',
          ],
        },
      ],
    },
  },
  {
    // One read path: views read the store's snapshot and plain-data queries, never the live,
    // mutable Simulation (only src/store holds it). See src/store/readPath.test.ts.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/engine', '**/engine/index'],
              importNames: ['Simulation'],
              message: "Views read the snapshot and the store's queries, not the Simulation.",
            },
            {
              group: ['**/engine/sim/Simulation'],
              message: "Views read the snapshot and the store's queries, not the Simulation.",
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='sim']",
          message: "Views read the snapshot and the store's queries, not the store's `sim`.",
        },
        {
          selector: "ObjectPattern > Property[key.name='sim']",
          message: "Views read the snapshot and the store's queries, not the store's `sim`.",
        },
        {
          selector: "Identifier[name='Simulation']",
          message: "Views read the snapshot and the store's queries, not the Simulation.",
        },
      ],
    },
  },
);
