const o = JSON.parse('{"a":1,"b":[true,false,null],"c":{"d":"e\\n"},"n":-1.5e2}');
console.log(o, o.c.d.length);
console.log(JSON.parse('"str"'), JSON.parse('42'), JSON.parse(' [1, 2] '));
console.log(JSON.parse('{"a":1,"b":2}', (k, v) => typeof v === 'number' ? v + 1 : v));
for (const bad of ['{', '{"a":}', '', '[1,]', 'tru']) { try { JSON.parse(bad); } catch (e) { console.log(e.name); } }
