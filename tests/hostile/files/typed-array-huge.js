// Node allocates a billion-element Float64Array (8 GB) if the machine has it; the
// simulator reserves the bytes first, so the heap limit stops it with a located error.
const a = new Float64Array(1e9);
console.log(a.length);
