// push() keeps returning false, and the program keeps pushing: the buffer grows until the
// heap limit.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
for (;;) r.push(Buffer.alloc(1 << 20));
