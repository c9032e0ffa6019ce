#include <pg_query.h>

// pg_query_scan returns its tokens as a protobuf message. libpg_query exports protobuf-c's generated unpack and
// free functions for it, but their header (pg_query/pg_query.pb-c.h) needs protobuf-c's headers, which are not
// installed with it. These are the layouts of the two generated structs (protobuf-c 1.x: every message starts
// with a ProtobufCMessage header) and the two functions, declared with those layouts.

typedef struct {
    const void *descriptor;
    unsigned n_unknown_fields;
    void *unknown_fields;
} DBProtobufMessageHeader;

/// PgQuery__ScanToken: one token, byte offsets [start, end) into the scanned text.
typedef struct {
    DBProtobufMessageHeader base;
    int32_t start;
    int32_t end;
    int token;
    int keyword_kind;
} DBScanToken;

/// PgQuery__ScanResult.
typedef struct {
    DBProtobufMessageHeader base;
    int32_t version;
    size_t n_tokens;
    DBScanToken **tokens;
} DBScanResult;

DBScanResult *pg_query__scan_result__unpack(void *allocator, size_t len, const uint8_t *data);
void pg_query__scan_result__free_unpacked(DBScanResult *message, void *allocator);
