// engine/node/lib/domexception.js — the global DOMException, ported from Node 20's
// lib/internal/per_context/domexception.js: name, message and code are getters on the
// prototype, the legacy code constants sit on the class and its prototype, and the
// instance's only own property is its stack, which names this file's constructor line as
// Node's does. Node chains DOMException.prototype to Error.prototype; here the class
// extends Error so that util.inspect prints it as an error ("DOMException [DataCloneError]").
// Where to look next: structured_clone_global.cpp (throws DataCloneError), modules.cpp.
'use strict';

// [name, legacy constant, code] (WebIDL §2.8.1 "DOMException names" table).
const kLegacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  ['ValidationError', 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];
const kConstructorFrame = '\n    at new DOMException (node:internal/per_context/domexception:53:5)';

class DOMException extends Error {
  #name;
  #message;
  constructor(message = '', options = 'Error') {
    super();
    if (options !== null && typeof options === 'object') {
      this.#name = `${options.name}`;
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          value: options.cause, configurable: true, writable: true, enumerable: false,
        });
      }
    } else {
      this.#name = `${options}`;
    }
    this.#message = `${message}`;
    // The captured stack's first line is Error's; Node's starts "name: message" and shows
    // the constructor's own frame (library frames are otherwise hidden here).
    const captured = this.stack;
    const at = captured.indexOf('\n    at');
    const frames = at < 0 ? '' : captured.slice(at);
    const header = this.#message === '' ? this.#name : `${this.#name}: ${this.#message}`;
    this.stack = header + kConstructorFrame + frames;
  }
  get name() { return this.#name; }
  get message() { return this.#message; }
  get code() {
    for (const entry of kLegacyCodes) {
      if (entry[0] === this.#name) return entry[2];
    }
    return 0;
  }
}

Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  configurable: true, value: 'DOMException',
});
for (const key of ['name', 'message', 'code']) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(DOMException.prototype, key, desc);
}
for (const entry of kLegacyCodes) {
  const desc = { enumerable: true, value: entry[2] };
  Object.defineProperty(DOMException, entry[1], desc);
  Object.defineProperty(DOMException.prototype, entry[1], desc);
}

return DOMException;
