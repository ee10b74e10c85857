// A chaos run is a few minutes of real work on a 2-core machine.
jest.setTimeout(20 * 60_000);
