const util = require('util');
const fs = require('fs');
const readFile = util.promisify(fs.readFile);
readFile(__filename, 'utf8').then((t) => console.log('promisified read', t.length > 0));
readFile('none').catch((e) => console.log('promisified error', e.code));
