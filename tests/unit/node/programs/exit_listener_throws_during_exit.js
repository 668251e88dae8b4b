process.on('exit', function (c) { console.log('exit', c); throw new Error('in exit'); });
process.exitCode = 4;
console.log('main');
process.exit(2);
