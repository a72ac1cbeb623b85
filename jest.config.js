/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // lowdb and steno ship ESM only; jest runs CommonJS, so it must transform them.
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(lowdb|steno)/)'],
  testTimeout: 20000,
  // The start-up tests run the compiled bot (what `npm start` runs), so build it first.
  globalSetup: '<rootDir>/test/helpers/build-dist.ts',
};
