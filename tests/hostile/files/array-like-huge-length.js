// An array-like with the largest length and nothing in it: Node would visit 2^53 - 1
// indices for ever. Every index visited counts as a step, so the step limit ends it.
Array.prototype.forEach.call({ length: 2 ** 53 - 1 }, () => {});
