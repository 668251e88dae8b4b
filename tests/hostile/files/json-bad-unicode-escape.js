// A \u escape with non-hex digits: V8's SyntaxError with its position, not a C++ exception.
JSON.parse('"\\uZZZZ"');
