// Streams piped into process.stdout: Buffers come out as their bytes, strings in their
// encoding; pipe() never ends stdout.
const { Readable, PassThrough } = require('stream');
Readable.from(['a\n', 'b\n']).pipe(process.stdout);
const p = new PassThrough(); p.pipe(process.stdout); p.write('héllo\n'); p.end(Buffer.from('€\n'));
process.stdout.write('6869210a', 'hex');
process.stdout.write(Buffer.from('buf\n'));
