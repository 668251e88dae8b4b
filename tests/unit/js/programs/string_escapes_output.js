console.log('tab:\t|', 'nl:\n|', 'quote:\'', "dq:\"", 'bs:\\', 'uni:\u00e9\u{1F600}', 'hex:\x41');
console.log(['\t', '\n', '\u00e9', '\\']);
