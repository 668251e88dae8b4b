// util.stripVTControlCharacters: colours, cursor moves, OSC hyperlinks and a non-string.
const util = require('util');

const samples = [
  '\u001B[31mred\u001B[39m plain',
  '\u001B[1;4mbold underline\u001B[0m',
  'a\u001B[2Kb\u001B[1Gc',
  '\u001B]8;;https://example.com\u0007link\u001B]8;;\u0007',
  '\u009B32mCSI\u009B0m',
  'no escapes',
];
for (const s of samples) console.log(JSON.stringify(util.stripVTControlCharacters(s)));
try {
  util.stripVTControlCharacters(5);
} catch (err) {
  console.log(err.code, err.message);
}
