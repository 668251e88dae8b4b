// Generators are outside the supported subset.
function* numbers() {
  yield 1;
}
