// Integration tests start real servers and processes: give them room (speed is measured by
// `npm run bench`, never by test timeouts).
jest.setTimeout(180_000);
