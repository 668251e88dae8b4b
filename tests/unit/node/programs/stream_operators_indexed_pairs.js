// readable.asIndexedPairs() warns once (DeprecationWarning, from a nextTick) and pairs indexes
// with values.
process.on('warning', (w) => console.log('warning', w.name, w.message));
const { Readable } = require('stream');
Readable.from([1, 2]).asIndexedPairs().toArray().then((r) => console.log(r));
Readable.from([3]).asIndexedPairs().toArray().then((r) => console.log(r));
