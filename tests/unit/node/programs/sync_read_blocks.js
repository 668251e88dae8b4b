const fs = require('fs');
setTimeout(() => console.log('timeout'), 0);
const text = fs.readFileSync(__filename, 'utf8');
console.log('read sync', text.length > 10);
setImmediate(() => console.log('immediate'));
