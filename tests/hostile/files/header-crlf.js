// A header value with CR/LF would smuggle a second header: refused as Node refuses it.
const http = require('http');
const req = http.request({ port: 1 });
req.on('error', () => {});
req.setHeader('x-note', 'ok\r\nInjected: yes');
