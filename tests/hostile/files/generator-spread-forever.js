// An endless generator spread into an array: the step limit stops it, not the heap.
console.log([...(function* () {
  for (;;) yield "xxxxxxxxxxxxxxxx";
})()].length);
