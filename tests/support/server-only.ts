// Stands in for the `server-only` package in Vitest (vitest.config.mts): the tests run server
// code in plain Node, where the package's guard would throw.
export {};
