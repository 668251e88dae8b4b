// web_streams_text_coding.js: TextEncoderStream and TextDecoderStream, stream/web and the lazy globals.
const te = new TextEncoderStream();
const td = new TextDecoderStream();
console.log(te.encoding, td.encoding, td.fatal, te, td);
const rs = ReadableStream.from(['hé', 'llo', ' wörld']).pipeThrough(te).pipeThrough(td);
(async () => { let s = ''; for await (const c of rs) { s += c; console.log('chunk', JSON.stringify(c)); } console.log(s); })();
const web = require('stream/web');
console.log(web.ReadableStream === ReadableStream, web.TextDecoderStream === TextDecoderStream, require('node:stream/web') === web);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'WritableStream'));
