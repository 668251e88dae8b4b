// Console text that is not valid UTF-8 inside the engine: both exports still write valid JSON.
console.log('lone \ud800 surrogate', '\udfff');
console.log(require('crypto').randomBytes(64).toString());
console.log(Buffer.from([0xff, 0xfe, 0xed, 0xa0, 0x80]).toString('latin1'));
setTimeout(function later() { console.log('\ud83d' + 'x'); }, 1);
