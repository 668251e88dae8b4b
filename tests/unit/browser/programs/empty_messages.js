console.log('a');
console.log();
console.log('');
console.log('b');
console.log(' ');
console.log('c');
