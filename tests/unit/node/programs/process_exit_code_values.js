// process.exit(code) takes an integer or an integer string; 'exit' listeners get
// process.exitCode || 0 as given, and the status is its low byte (258 exits 2).
process.on('exit', (c) => console.log('exit listener got', c, typeof c));
console.log('before');
process.exit(258);
