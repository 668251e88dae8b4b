// An unref'd listening server does not keep the process alive; ref() would.
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => console.log('listening (never printed)'));
server.unref();
setTimeout(() => console.log('timer ran, server still listening:', server.listening), 5);
process.on('exit', (code) => console.log('exit', code));
console.log('main done');
