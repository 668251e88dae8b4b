// A PassThrough piped into itself: every chunk written comes back out as a new write.
const { PassThrough } = require('stream');
const p = new PassThrough();
p.pipe(p);
p.write('a');
