// WHATWG URL parsing as node does it: special schemes, userinfo, default ports, dot
// segments, percent-encoding sets, IPv4 numbers and IPv6 compression, relative references,
// opaque paths, setters, searchParams bound to the URL, URLSearchParams, errors.
const u = new URL('HTTP://User:pa ss@EXAMPLE.com:80/a/./b/../c d?x=1 2&y=é#frag ment');
console.log(u.href, u.origin, u.host, u.port, u.pathname, u.search, u.hash, u.username, u.password);
console.log(new URL('../x?q#h', 'http://a.com/b/c/d').href);
console.log(new URL('file:///tmp/a%20b').pathname, require('url').fileURLToPath('file:///tmp/a%20b'));
console.log(require('url').pathToFileURL('/tmp/a b#?%').href);
console.log(new URL('mailto:Joe@Example.com').href, new URL('http://[::1]:8080/').host, new URL('http://0x7f.1/').host);
const p = new URLSearchParams('a=1&b=2&a=3+4%20'); console.log(p.getAll('a'), p.toString(), [...p], p.size);
console.log(new URL('http://x.com/?a=b c').searchParams.get('a'));
try { new URL('nope') } catch (e) { console.log(e.name, e.code, e.message, e.input) }
console.log(Object.keys(URL.prototype));
const v = new URL('https://example.org:443/p?q=1');
v.searchParams.append('r', 'a b&c'); v.hash = 'x'; v.pathname = '/a b/../c'; v.port = '8443';
console.log(v.href, JSON.stringify({ v }), String(v), v + '');
console.log(new URL('http://[2001:db8:0:0:1:0:0:1]/').host, new URL('?z', 'http://h/p?q#f').href, new URL('#g', 'http://h/p?q#f').href, new URL('', 'http://h/p?q#f').href);
console.log(new URL('//other/x', 'https://h/p').href, new URL('data:text/plain,hi there').pathname, new URL('http://h/%7e/%2E%2e/a').href);
console.log(URL.canParse('x'), URL.canParse('x:y'), new URL('http://h/ä?ä#ä').href);
