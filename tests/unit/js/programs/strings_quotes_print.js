console.log(['single', "it's", 'say "hi"', `both ' and "`, 'back\\slash', 'tab\there', 'new\nline']);
console.log({ s: "it's" }, 'top level it\'s not quoted');
console.log([''], { '': 1 }, { 'a b': 1, a_b: 2, $d: 3, '1a': 4 });
