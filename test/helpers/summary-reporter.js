// Prints one plain closing line ("framefleet: N passed, N failed, N skipped") after Jest's own
// summary, so logs and CI tools that look for that line find it.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\nframefleet: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  }
}
module.exports = SummaryReporter;
