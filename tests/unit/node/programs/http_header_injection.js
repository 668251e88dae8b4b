// Header names must be HTTP tokens and values free of CR, LF and other control characters.
const http = require('http');
const server = http.createServer((req, res) => {
  try { res.setHeader('x', 'a\r\nInjected: 1'); } catch (e) { console.log('res', e.name, e.code, e.message); }
  try { res.writeHead(200, { 'z': 'q\nr' }); } catch (e) { console.log('writeHead', e.code, e.message); }
  res.end('ok');
});
server.listen(0, () => {
  const port = server.address().port;
  try {
    http.get({ port, headers: { 'x': 'a\r\nb' } });
  } catch (e) { console.log('req', e.name, e.code, e.message); }
  const req = http.request({ port });
  try { req.setHeader('y', 'v\n'); } catch (e) { console.log('set', e.code, e.message); }
  try { req.setHeader('u', undefined); } catch (e) { console.log('undef', e.code, e.message); }
  try { req.setHeader('bad name', 'v'); } catch (e) { console.log('name', e.code, e.message); }
  try { req.setHeader('tab', 'a\tb'); console.log('tab ok'); } catch (e) { console.log('tab', e.code); }
  req.end();
  req.on('response', (res) => {
    console.log('status', res.statusCode);
    res.resume();
    res.on('end', () => server.close());
  });
});
