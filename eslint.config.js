// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
      // `import { z }` pulls all of zod (its locales too) into each bundle: 700 KB against
      // 157 KB for the namespace import, which esbuild can tree-shake.
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier",
          message: "use `import * as z from 'zod'`: the named import keeps all of zod in dist/",
        },
      ],
    },
  },
  {
    // The command line and scripts talk to a terminal; tests may log.
    files: ['src/cli/**', 'scripts/**', 'bin/**', 'test/**', 'examples/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // CommonJS (bin/package.json), so Node starts the command without its ES module loader.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // A failed `!` in a test is a failed test, which is what it should be.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
