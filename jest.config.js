// Two projects: `unit` (pure logic beside the code, fast) and `integration` (real nats-server,
// ffmpeg and child processes under test/). Integration tests spawn the built services from
// dist/, so `npm test` builds first (pretest).
const transform = {
  "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
};
module.exports = {
  reporters: ["default", "<rootDir>/test/helpers/summary-reporter.js"],
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/services/**/*.test.ts", "<rootDir>/bench/**/*.test.ts"],
    },
    {
      displayName: "integration",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/test/*.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/helpers/setup.ts"],
      slowTestThreshold: 60,
    },
    {
      displayName: "chaos",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/test/chaos/*.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/helpers/setup-chaos.ts"],
    },
  ],
};
