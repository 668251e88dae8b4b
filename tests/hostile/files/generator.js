// Async generators are outside the supported subset.
async function* numbers() {
  yield 1;
}
