const fs = require('fs');
fs.writeFile('out.txt', 'hello', (err) => {
  console.log('written', err);
  fs.readFile('out.txt', 'utf8', (err2, text) => console.log('read back:', text));
});
console.log('sync');
