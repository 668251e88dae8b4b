// Async generators are in the subset now: check accepts them.
async function* numbers() {
  yield 1;
}
