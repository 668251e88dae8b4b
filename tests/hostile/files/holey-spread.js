// A length of 2^32 - 1 costs nothing, but spreading it would make 4 billion elements.
const holes = [];
holes.length = 4294967295;
const all = [...holes];
