// Three projects so `npm test` can run them in order (unit → integration → browser) and
// each can be run alone. PnPjs v4 is ESM-only: let ts-jest transpile it.
const common = {
  preset: 'ts-jest/presets/js-with-ts',
  transform: {
    '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  moduleNameMapper: {
    '^@microsoft/sp-webpart-base$': '<rootDir>/tests/doubles/sp-webpart-base.ts',
    '^@microsoft/sp-property-pane$': '<rootDir>/tests/doubles/sp-property-pane.ts',
    '^@microsoft/teams-js$': '<rootDir>/tests/doubles/teams-js.ts',
    '^[A-Za-z]+WebPartStrings$': '<rootDir>/tests/doubles/webpart-strings.ts',
    '\\.(css|scss)$': '<rootDir>/tests/doubles/style.ts',
  },
  rootDir: __dirname,
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'jsdom', testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup-dom.ts'] },
    { ...common, displayName: 'integration', testEnvironment: 'node', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    { ...common, displayName: 'browser', testEnvironment: 'node', testMatch: ['<rootDir>/tests/browser/**/*.test.ts'] },
  ],
};
