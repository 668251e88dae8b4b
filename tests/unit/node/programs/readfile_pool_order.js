const fs = require('fs');
console.log('First task started');
fs.readFile(__filename, 'utf8', (err, data) => {
  console.log('data length > 0:', data.length > 0);
});
console.log('Second task started');
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
console.log('First task ended');
