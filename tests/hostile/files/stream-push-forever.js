// A Readable whose _read always pushes, consumed in flowing mode: the stream never ends,
// each read scheduling the next on a nextTick.
const { Readable } = require('stream');
new Readable({ read() { this.push('x'); } }).on('data', () => {});
