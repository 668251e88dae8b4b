// engine/node/modules/zlib.cpp — require('zlib'): Node's lib/zlib.js ported as
// engine/node/lib/zlib.js (the streams, and the convenience methods gzip/gzipSync … made of
// them, as in Node), over the native handle of modules/zlib_handle.cpp, which runs the real
// zlib and libbrotli (modules/zlib_context.h). This file holds zlib.constants and builds the
// module.
#include <limits>

#include "engine/node/modules.h"
#include "engine/node/modules/zlib_handle.h"
#include "engine/node/native.h"
#include "engine/node/process.h"

namespace loopscope::node {

namespace {

// zlib.constants, Node 20's table in Node's order (internalBinding('constants').zlib): flush
// values, return codes, levels and strategies, the stream modes, window, chunk and memory
// bounds, and Brotli's operations, parameters, modes and decoder results.
struct Constant {
  const char* name;
  double value;
};
constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr Constant kConstants[] = {
    {"Z_NO_FLUSH", 0},
    {"Z_PARTIAL_FLUSH", 1},
    {"Z_SYNC_FLUSH", 2},
    {"Z_FULL_FLUSH", 3},
    {"Z_FINISH", 4},
    {"Z_BLOCK", 5},
    {"Z_OK", 0},
    {"Z_STREAM_END", 1},
    {"Z_NEED_DICT", 2},
    {"Z_ERRNO", -1},
    {"Z_STREAM_ERROR", -2},
    {"Z_DATA_ERROR", -3},
    {"Z_MEM_ERROR", -4},
    {"Z_BUF_ERROR", -5},
    {"Z_VERSION_ERROR", -6},
    {"Z_NO_COMPRESSION", 0},
    {"Z_BEST_SPEED", 1},
    {"Z_BEST_COMPRESSION", 9},
    {"Z_DEFAULT_COMPRESSION", -1},
    {"Z_FILTERED", 1},
    {"Z_HUFFMAN_ONLY", 2},
    {"Z_RLE", 3},
    {"Z_FIXED", 4},
    {"Z_DEFAULT_STRATEGY", 0},
    {"ZLIB_VERNUM", 4880},
    {"DEFLATE", 1},
    {"INFLATE", 2},
    {"GZIP", 3},
    {"GUNZIP", 4},
    {"DEFLATERAW", 5},
    {"INFLATERAW", 6},
    {"UNZIP", 7},
    {"BROTLI_DECODE", 8},
    {"BROTLI_ENCODE", 9},
    {"Z_MIN_WINDOWBITS", 8},
    {"Z_MAX_WINDOWBITS", 15},
    {"Z_DEFAULT_WINDOWBITS", 15},
    {"Z_MIN_CHUNK", 64},
    {"Z_MAX_CHUNK", kInfinity},
    {"Z_DEFAULT_CHUNK", 16384},
    {"Z_MIN_MEMLEVEL", 1},
    {"Z_MAX_MEMLEVEL", 9},
    {"Z_DEFAULT_MEMLEVEL", 8},
    {"Z_MIN_LEVEL", -1},
    {"Z_MAX_LEVEL", 9},
    {"Z_DEFAULT_LEVEL", -1},
    {"BROTLI_OPERATION_PROCESS", 0},
    {"BROTLI_OPERATION_FLUSH", 1},
    {"BROTLI_OPERATION_FINISH", 2},
    {"BROTLI_OPERATION_EMIT_METADATA", 3},
    {"BROTLI_PARAM_MODE", 0},
    {"BROTLI_MODE_GENERIC", 0},
    {"BROTLI_MODE_TEXT", 1},
    {"BROTLI_MODE_FONT", 2},
    {"BROTLI_DEFAULT_MODE", 0},
    {"BROTLI_PARAM_QUALITY", 1},
    {"BROTLI_MIN_QUALITY", 0},
    {"BROTLI_MAX_QUALITY", 11},
    {"BROTLI_DEFAULT_QUALITY", 11},
    {"BROTLI_PARAM_LGWIN", 2},
    {"BROTLI_MIN_WINDOW_BITS", 10},
    {"BROTLI_MAX_WINDOW_BITS", 24},
    {"BROTLI_LARGE_MAX_WINDOW_BITS", 30},
    {"BROTLI_DEFAULT_WINDOW", 22},
    {"BROTLI_PARAM_LGBLOCK", 3},
    {"BROTLI_MIN_INPUT_BLOCK_BITS", 16},
    {"BROTLI_MAX_INPUT_BLOCK_BITS", 24},
    {"BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING", 4},
    {"BROTLI_PARAM_SIZE_HINT", 5},
    {"BROTLI_PARAM_LARGE_WINDOW", 6},
    {"BROTLI_PARAM_NPOSTFIX", 7},
    {"BROTLI_PARAM_NDIRECT", 8},
    {"BROTLI_DECODER_RESULT_ERROR", 0},
    {"BROTLI_DECODER_RESULT_SUCCESS", 1},
    {"BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT", 2},
    {"BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT", 3},
    {"BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION", 0},
    {"BROTLI_DECODER_PARAM_LARGE_WINDOW", 1},
    {"BROTLI_DECODER_NO_ERROR", 0},
    {"BROTLI_DECODER_SUCCESS", 1},
    {"BROTLI_DECODER_NEEDS_MORE_INPUT", 2},
    {"BROTLI_DECODER_NEEDS_MORE_OUTPUT", 3},
    {"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE", -1},
    {"BROTLI_DECODER_ERROR_FORMAT_RESERVED", -2},
    {"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE", -3},
    {"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET", -4},
    {"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME", -5},
    {"BROTLI_DECODER_ERROR_FORMAT_CL_SPACE", -6},
    {"BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE", -7},
    {"BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT", -8},
    {"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1", -9},
    {"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2", -10},
    {"BROTLI_DECODER_ERROR_FORMAT_TRANSFORM", -11},
    {"BROTLI_DECODER_ERROR_FORMAT_DICTIONARY", -12},
    {"BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS", -13},
    {"BROTLI_DECODER_ERROR_FORMAT_PADDING_1", -14},
    {"BROTLI_DECODER_ERROR_FORMAT_PADDING_2", -15},
    {"BROTLI_DECODER_ERROR_FORMAT_DISTANCE", -16},
    {"BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET", -19},
    {"BROTLI_DECODER_ERROR_INVALID_ARGUMENTS", -20},
    {"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES", -21},
    {"BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS", -22},
    {"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP", -25},
    {"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1", -26},
    {"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2", -27},
    {"BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES", -30},
    {"BROTLI_DECODER_ERROR_UNREACHABLE", -31},
};

}  // namespace

js::Value BuildZlibModule(Process& p) {
  js::Vm& vm = p.vm();
  js::Value constants = vm.NewObject();
  for (const Constant& c : kConstants) vm.Set(constants, c.name, js::Value::Number(c.value));
  js::Value binding = p.modules().NewBinding();
  vm.Set(binding, "constants", constants);
  vm.Set(binding, "handles", BuildZlibHandleBinding(p));
  vm.Set(binding, "stream", p.modules().StreamInternals());
  // buffer.kMaxLength as it is when zlib is first required (Node's tests lower it first).
  js::Completion buffer = p.modules().Require("buffer");
  if (buffer.ok()) vm.Set(binding, "kMaxLength", vm.GetOwn(buffer.value, "kMaxLength"));
  return p.modules().RunLib("zlib", binding);
}

}  // namespace loopscope::node
