// socket.write(string, 'buffer') throws at once, as Node's writeBuffer refuses a string.
const net = require('net');

const server = net.createServer().listen(0, () => {
  const client = net.connect(server.address().port, () => {
    try {
      client.write('broken', 'buffer');
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
    client.destroy();
    server.close(() => console.log('closed'));
  });
});
