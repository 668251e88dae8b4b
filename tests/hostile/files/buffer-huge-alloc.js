// Node allows Buffers of up to 4 GiB; the heap limit stops this one, with a located error.
const b = Buffer.alloc(4294967296);
console.log(b.length);
