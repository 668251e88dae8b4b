// A program reaching into its stream's native handle with ranges outside the buffers (node
// aborts on a CHECK): the handle refuses with an error, never reading outside them.
const zlib = require('zlib');
const gzip = zlib.createGzip();
gzip._handle.write(0, Buffer.from('abc'), 2, 1e9, Buffer.alloc(16), 8, 4096);
