for (const s of ['"\\x"','"\\ud83d\\ude00"', '"é\\uZZ"', '"\\/"','"\\u12"', '"\\uZZZZ"', '"\\u00e9\\"\\\\"']) { try { console.log(JSON.parse(s)) } catch (e) { console.log(e.message) } }
