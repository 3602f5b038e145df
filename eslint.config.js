import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Process boundaries are enforced here, not remembered (DESIGN.md).
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'worker_threads', 'stream'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Playwright fixtures must destructure their (empty) dependencies.
    files: ['e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/shared/**'],
    rules: restrict(
      [...nodeBuiltins, 'electron', 'better-sqlite3', 'react', 'react-dom', '**/core/**', '**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'],
      'src/shared is the contract: it imports nothing platform-specific.',
    ),
  },
  {
    files: ['src/core/**'],
    rules: restrict(['electron', 'react', 'react-dom', '**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'], 'src/core runs under plain Node and never imports electron or a door.'),
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([...nodeBuiltins, 'electron', 'better-sqlite3', '**/core/**', '**/main/**', '**/cli/**'], 'The renderer talks to the core only through window.clearpack.'),
    },
  },
  {
    files: ['src/preload/**'],
    rules: restrict([...nodeBuiltins, 'better-sqlite3', '**/core/**', '**/renderer/**'], 'The preload only bridges IPC.'),
  },
  {
    files: ['src/cli/**', 'src/main/**'],
    rules: restrict(['**/renderer/**'], 'Doors do not reach into the renderer.'),
  },
);
