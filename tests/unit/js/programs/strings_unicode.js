const s = 'héllo wörld';
console.log(s.length, s.toUpperCase(), s.slice(1, 4), s.indexOf('w'), [...'añb'].length, 'é'.charCodeAt(0));
console.log('日本語'.length, '日本語'[1], '日本語'.split(''));
console.log(['naïve', 'café']);
