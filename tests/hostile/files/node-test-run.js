// node:test's run() would start test files in child processes: refused, with the call's place.
require('node:test').run({ files: ['a.test.js'] });
